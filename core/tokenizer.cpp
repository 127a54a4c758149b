#include "tokenizer.h"

#include <cstring>

#include "lexicon.h"
#include "utf8.h"

namespace saywho {
namespace {

// "the 58-year-old said": an age stands for a person, as the lexicon's
// "person" does ("18-year-olds" for "people"); 0 for any other word.
std::uint32_t age_lexeme(std::string_view w, const Lexicon& lex) {
  auto ends = [w](std::string_view s) { return w.size() > s.size() && w.substr(w.size() - s.size()) == s; };
  if (ends("-year-old")) return lex.lexeme_id("person");
  if (ends("-year-olds")) return lex.lexeme_id("people");
  return 0;
}

enum class Class { space, newline, word, extend, punct, symbol, quote };

constexpr bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

constexpr QuoteMark quote_mark(char32_t c) {
  switch (c) {
    case U'"': return QuoteMark::double_straight;
    case U'\u201C': case U'\u201E': case U'\u00AB': return QuoteMark::double_open;
    case U'\u201D': case U'\u00BB': return QuoteMark::double_close;
    case U'\'': return QuoteMark::single_straight;
    case U'\u2018': case U'\u2039': case U'\u201A': return QuoteMark::single_open;
    case U'\u2019': case U'\u203A': return QuoteMark::single_close;
    default: return QuoteMark::none;
  }
}

constexpr Class classify_slow(char32_t c) {
  if (is_line_break(c)) return Class::newline;
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x1680 ||
      (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 ||
      c == 0xFEFF)
    return Class::space;
  if (quote_mark(c) != QuoteMark::none) return Class::quote;
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
      return Class::word;
    return c < 0x20 || c == 0x7F ? Class::space : Class::punct;
  }
  // Combining marks, joiners and variation selectors stay with what precedes.
  if ((c >= 0x300 && c <= 0x36F) || c == 0x200C || c == 0x200D ||
      (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
      (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xE0100 && c <= 0xE01EF) ||
      (c >= 0x1F3FB && c <= 0x1F3FF))
    return Class::extend;
  if ((c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 ||
      c == 0xF7 || (c >= 0x2010 && c <= 0x205E) || (c >= 0x3001 && c <= 0x303F) ||
      (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
      (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65))
    return Class::punct;
  if ((c >= 0x2100 && c <= 0x2BFF) || (c >= 0x1F000 && c <= 0x1FAFF) ||
      (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFFF0 && c <= 0xFFFF))
    return Class::symbol;
  return Class::word;
}

// ASCII classes come from a table built at compile time.
struct AsciiTable {
  Class cls[128] = {};
  constexpr AsciiTable() {
    for (char32_t c = 0; c < 128; ++c) cls[c] = classify_slow(c);
  }
};
constexpr AsciiTable kAscii;

Class classify(char32_t c) { return c < 128 ? kAscii.cls[c] : classify_slow(c); }

// Whether a byte is an ASCII letter or digit, and whether it is an ASCII
// character that may join two words (joins_words() or a digits' comma).
struct AsciiBytes {
  bool word[256] = {};
  bool may_join[256] = {};
  constexpr AsciiBytes() {
    for (char32_t c = 0; c < 128; ++c) word[c] = classify_slow(c) == Class::word;
    for (char c : {'\'', '-', '.', '&', ','}) may_join[static_cast<unsigned char>(c)] = true;
  }
};
constexpr AsciiBytes kAsciiBytes;

// The end of the run of ASCII letters and digits at p: the bulk of every
// word, scanned without decoding or classifying each byte. A NUL ends it.
const unsigned char* skip_word_bytes(const unsigned char* p) {
  while (kAsciiBytes.word[*p]) ++p;
  return p;
}

bool is_digit(unsigned char b) { return b >= '0' && b <= '9'; }
bool is_alpha(unsigned char b) { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'); }

bool is_upper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F);
}

// Characters that stay inside a word when a word character follows them.
bool joins_words(char32_t c) {
  return c == '\'' || c == 0x2019 || c == '-' || c == '.' || c == 0x2011 || c == '&';
}

struct Decoded {
  char32_t c;
  std::size_t len;
};

Decoded at(std::string_view text, std::size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return {b, 1};  // most news text is ASCII
  std::size_t len = 1;
  char32_t c = utf8::decode(text, i, len);
  return {c, len};
}

}  // namespace

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  // Eight bytes at a time in a 64-bit word: wasm has no vectors here, and
  // a loop over bytes cost V8 about 10 instructions a byte. A byte's high
  // bit marks it: set in (b & 0x7F) + (0x80 - 'A') for b >= 'A', in
  // (b & 0x7F) + (0x80 - 'Z' - 1) for b > 'Z', and in b for non-ASCII.
  constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  char* p = out.data();
  const std::size_t n = out.size();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x;
    std::memcpy(&x, p + i, 8);
    const std::uint64_t seven = x & ~high;
    const std::uint64_t upper = (seven + (0x80 - 'A') * ones) & ~(seven + (0x80 - 'Z' - 1) * ones) & ~x & high;
    x |= upper >> 2;  // 0x80 >> 2 is 0x20, the case bit
    std::memcpy(p + i, &x, 8);
  }
  for (; i < n; ++i) p[i] = static_cast<char>(p[i] + (static_cast<unsigned char>(p[i] - 'A') < 26 ? 32 : 0));
  return out;
}

std::vector<Token> tokenize(std::string_view text, const std::string& lower_text, const Lexicon& lex) {
  // The scans read the lower-cased copy: outside A-Z its bytes are the
  // text's, and the NUL after its last byte (a std::string's) is neither a
  // word byte nor '.', so the loops over bytes need no bounds checks.
  const std::string_view lower(lower_text);
  const auto* s = reinterpret_cast<const unsigned char*>(lower_text.c_str());
  const std::size_t size = text.size();
  const std::string_view no_lower(lower_text.data() + lower_text.size(), 0);  // at the NUL
  std::vector<Token> tokens;
  tokens.reserve(size / 5 + 1);  // news text runs about six bytes a token
  bool space = true, line = true;  // the first token is as if after a line break
  bool single_open = false;  // a single quotation mark opened in this paragraph
  std::size_t i = 0;
  while (i < size) {
    if (s[i] == ' ') {  // the commonest byte between tokens
      space = true;
      ++i;
      continue;
    }
    const Decoded d = at(lower, i);
    const Class cls = classify(d.c);
    if (cls == Class::space || cls == Class::newline) {
      space = true;
      line = line || cls == Class::newline;
      if (cls == Class::newline) single_open = false;
      i += d.len;
      continue;
    }
    const bool space_before = space;
    const bool line_before = line;
    space = line = false;
    std::size_t end = i + d.len;
    if (cls == Class::extend && !tokens.empty() && !space_before) {
      tokens.back().span.end = static_cast<std::uint32_t>(end);  // a stray mark extends the last token
      i = end;
      continue;
    }
    Token& t = tokens.emplace_back();  // built in place: no copy of each token
    t.lower = no_lower;
    t.space_before = space_before;
    t.line_before = line_before;
    if (cls == Class::word || cls == Class::extend) {
      t.kind = TokenKind::word;
      t.capitalized = d.c < 0x80 ? text[i] >= 'A' && text[i] <= 'Z' : is_upper(d.c);
      t.name_capital = t.capitalized;  // outside a title-case headline
      bool dotted = false;
      for (;;) {
        end = static_cast<std::size_t>(skip_word_bytes(s + end) - s);
        // Mostly a space: the word ends (so it does at the closing NUL).
        if (s[end] < 0x80 && !kAsciiBytes.may_join[s[end]]) break;
        const Decoded n = at(lower, end);
        if (n.c >= 0x80) {  // an ASCII byte here is no word byte
          const Class nc = classify(n.c);
          if (nc == Class::word || nc == Class::extend) {
            end += n.len;
            continue;
          }
        }
        // "1,000": a comma between digits stays in the number.
        const bool digit_comma = n.c == ',' && is_digit(s[end - 1]) && is_digit(s[end + 1]);
        if ((joins_words(n.c) || digit_comma) && end + n.len < size) {
          const Decoded after = at(lower, end + n.len);
          if (classify(after.c) == Class::word) {
            dotted = dotted || (n.c == '.' && is_alpha(s[end - 1]) && is_alpha(s[end + 1]));
            end += n.len + after.len;
            continue;
          }
        }
        break;
      }
      // "the nurses' union": after a plural, an apostrophe that closes no
      // single quotation is the possessive's, part of the word.
      if (!single_open && s[end - 1] == 's' && (s[end] == '\'' || s[end] == 0xE2)) {
        const Decoded n = at(lower, end);
        const bool doubled = n.c == '\'' && s[end + 1] == '\'';
        if ((n.c == '\'' || n.c == 0x2019) && !doubled &&
            (end + n.len >= size || classify(at(lower, end + n.len).c) != Class::word))
          end += n.len;
      }
      // A trailing period joins abbreviations, initials and dotted words.
      t.lower = std::string_view(lower.data() + i, end - i);
      if (s[end] == '.') {
        const bool initial = end - i == 1 && t.capitalized;
        // "(R-Ariz.)": the part after a hyphen may be the abbreviation.
        const std::size_t hyphen = t.lower.rfind('-');
        // ("No. 2" keeps its period; "he said no." ends a sentence.)
        std::size_t next = end + 1;
        while (s[next] == ' ') ++next;
        const bool listed = lex.abbreviation(t.lower) && (!lex.number_abbreviation(t.lower) || is_digit(s[next]));
        if (initial || dotted || listed ||
            (hyphen != std::string_view::npos && lex.abbreviation(t.lower.substr(hyphen + 1)))) {
          ++end;
          t.lower = std::string_view(lower.data() + i, end - i);
        }
      }
      t.span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)};
      t.lexeme = lex.lexeme_id(t.lower);  // while its bytes are at hand
      if (t.lexeme == 0 && t.lower[0] >= '0' && t.lower[0] <= '9') t.lexeme = age_lexeme(t.lower, lex);
    } else if (cls == Class::quote) {
      t.kind = TokenKind::quote;
      t.quote = quote_mark(d.c);
      // "'old-school,'''": the first of three closes the single quotation.
      const bool closes_nested = single_open && d.c == '\'' && s[end] == '\'' && s[end + 1] == '\'';
      if (t.quote == QuoteMark::single_open || (t.quote == QuoteMark::single_straight && space_before))
        single_open = true;
      else if (t.quote == QuoteMark::single_close || t.quote == QuoteMark::single_straight)
        single_open = false;
      // `` and '' are double quotation marks in some newsroom styles.
      if ((d.c == '\'' || d.c == '`') && s[end] == d.c && !closes_nested) {
        ++end;
        t.quote = QuoteMark::double_straight;
      }
      t.span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)};
    } else {
      t.kind = cls == Class::symbol ? TokenKind::symbol : TokenKind::punct;
      if (d.c == '`' && s[end] == '`') {
        ++end;
        t.kind = TokenKind::quote;
        t.quote = QuoteMark::double_open;
      }
      t.span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)};
      t.lower = std::string_view(lower.data() + i, end - i);  // no A-Z here: the text's own bytes
    }
    i = end;
  }
  return tokens;
}

}  // namespace saywho
static_assert(sizeof(saywho::Token) <= 32, "a token is kept small: see tokenizer.h");
