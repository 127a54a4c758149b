// Lexicon::get(): the lexicon built once from the embedded data files.
#include "lexicon.h"

#include <algorithm>
#include <string>

#include "data.h"

namespace saywho {
namespace {

// The parts of a string between separators, in order, read in place;
// with ' ' as the separator, empty parts are skipped.
class Parts {
 public:
  Parts(std::string_view s, char sep) : rest_(s), sep_(sep) {}
  bool next(std::string_view& part) {
    while (!done_) {
      const std::size_t end = rest_.find(sep_);
      part = rest_.substr(0, end);
      done_ = end == std::string_view::npos;
      if (!done_) rest_.remove_prefix(end + 1);
      if (sep_ != ' ' || !part.empty()) return true;
    }
    return false;
  }

 private:
  std::string_view rest_;
  char sep_;
  bool done_ = false;
};

// The columns of the next line that is neither blank nor a # comment;
// false after the last.
bool next_row(Parts& lines, std::vector<std::string_view>& cols) {
  std::string_view line, c;
  while (lines.next(line)) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    cols.clear();
    for (Parts p(line, '\t'); p.next(c);) cols.push_back(c);
    return true;
  }
  return false;
}

// Calls f(columns) for each line that is neither blank nor a # comment.
template <typename F>
void each_row(std::string_view file, F f) {
  std::vector<std::string_view> cols;  // reused from line to line
  for (Parts lines(file, '\n'); next_row(lines, cols);) f(cols);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view col(const std::vector<std::string_view>& cols, std::size_t i) {
  return i < cols.size() ? cols[i] : std::string_view();
}

// The embedded data write a word that shares its beginning with the word
// before it (a verb's or noun's first form, the last line's word) as a
// number of bytes to take off the end of that word, then what follows
// them ("announce 0s 0d 1ing"; core/data/embed.cmake). A word without the
// number is written in full.
std::string_view expand(std::string_view base, std::string_view word, std::string& out) {
  std::size_t cut = 0, i = 0;
  for (; i < word.size() && word[i] >= '0' && word[i] <= '9'; ++i) cut = cut * 10 + static_cast<std::size_t>(word[i] - '0');
  if (i == 0) return word;
  out.assign(base.substr(0, base.size() - std::min(cut, base.size())));
  out += word.substr(i);
  return out;
}

// Calls f(form) for each form in a column of forms, each written out.
template <typename F>
void each_form(std::string_view forms, F f) {
  std::string_view first, form;
  std::string buffer;
  for (Parts p(forms, ' '); p.next(form);) {
    if (first.empty()) first = form;
    f(expand(first, form, buffer));
  }
}

// Adds the lexemes to a lexicon as the data files are read. Where a word
// is listed twice for one field, the first listing wins.
class Builder {
 public:
  explicit Builder(Lexicon& lex) : lex_(lex) {
    lex_.by_id.push_back(nullptr);
    lex_.lexeme_index.reserve(kWords);
  }

  // The lexeme of a lower-case word, new if the word is.
  Lexeme& operator[](std::string word) { return lex_.lexemes[id(std::move(word)) - 1]; }

  // Sets a field that an earlier listing may have set already.
  void set_class(std::string word, std::string_view c) {
    if (Lexeme* l = set(std::move(word), kClass, &Lexeme::word_class, c)) l->class_id.id = WordClass::of(c);
  }
  void set_noun(std::string word, std::string_view c) { set(std::move(word), kNoun, &Lexeme::noun, c); }

  void add_abbreviation(std::string a, bool before_number) {
    if (!lex_.abbreviation_index.find(a))
      lex_.abbreviation_index[lex_.words.emplace_back(std::move(a))] = before_number ? 2 : 1;
  }

  // News copy writes "didn’t" as often as "didn't": a word listed with a
  // straight apostrophe is also found with a curly one.
  void add_curly_forms() {
    const std::size_t n = lex_.lexemes.size();
    for (std::size_t k = 0; k < n; ++k) {
      const std::string& w = lex_.words[keys_[k]];
      if (w.find('\'') == std::string::npos) continue;
      std::string c;
      for (char ch : w) c += ch == '\'' ? std::string("\u2019") : std::string(1, ch);
      if (lex_.lexeme_index.find(c)) continue;  // listed with a curly one too
      const Lexeme l = lex_.lexemes[k];
      (*this)[std::move(c)] = l;
    }
  }

 private:
  static constexpr std::uint8_t kClass = 1, kNoun = 2;
  static constexpr std::size_t kWords = 4000;  // the lists hold about 3,500 words and curly forms
  Lexicon& lex_;
  std::vector<std::uint8_t> set_;     // per lexeme: the kClass and kNoun fields set
  std::vector<std::uint32_t> keys_;   // per lexeme: its word in lex_.words

  std::uint32_t id(std::string word) {
    if (const auto* e = lex_.lexeme_index.find(word)) return e->second;
    keys_.push_back(static_cast<std::uint32_t>(lex_.words.size()));
    const std::string& key = lex_.words.emplace_back(std::move(word));
    lex_.by_id.push_back(&lex_.lexemes.emplace_back());
    set_.push_back(0);
    const auto id = static_cast<std::uint32_t>(lex_.lexemes.size());
    lex_.lexeme_index[key] = id;
    return id;
  }

  // The lexeme, or nullptr if the field was set already.
  Lexeme* set(std::string word, std::uint8_t field, std::string_view Lexeme::*member, std::string_view value) {
    const std::uint32_t k = id(std::move(word)) - 1;
    if (set_[k] & field) return nullptr;
    set_[k] |= field;
    lex_.lexemes[k].*member = value;
    return &lex_.lexemes[k];
  }
};

// Pointers and views into the lexicon's tables and the embedded data stay
// valid: neither changes after this.
void build(Lexicon& lex) {
  Builder lexemes(lex);
  // The embedded verbs and nouns leave out the columns after the forms
  // where they are those of the line before (core/data/embed.cmake).
  std::string_view category, flags;
  each_row(data::file("verbs.tsv"), [&](const auto& c) {
    CueVerb& v = lex.verbs.emplace_back();
    // The embedded copy leaves out a lemma that is the first form.
    v.lemma = std::string(col(c, 0).empty() ? col(c, 1).substr(0, col(c, 1).find(' ')) : col(c, 0));
    if (c.size() > 2) category = col(c, 2), flags = col(c, 3);
    v.category = std::string(category);
    std::string_view flag;
    for (Parts p(flags, ' '); p.next(flag);) {
      v.takes_object |= flag == "obj";
      v.needs_that |= flag == "that";
      v.weak |= flag == "weak";
    }
    each_form(col(c, 1), [&](std::string_view form) {
      Lexeme& l = lexemes[lower(form)];
      if (!l.verb) l.verb = &v;
    });
  });
  // A phrase embedded without its columns has those of the one before it
  // (core/data/embed.cmake).
  std::string_view role;
  each_row(data::file("phrases.tsv"), [&](const auto& c) {
    CuePhrase p;
    std::string_view w;
    for (Parts words(col(c, 0), ' '); words.next(w);) p.words.push_back(lower(w));
    if (c.size() > 1) category = col(c, 1), role = col(c, 2);
    p.category = std::string(category);
    p.role = std::string(role);
    if (p.words.empty()) return;
    lexemes[p.words.front()].phrase_first = true;
    lex.phrases.push_back(std::move(p));
  });
  // Longest first, in file order within a length (the longest match wins).
  std::vector<CuePhrase> by_length;
  std::size_t longest = 0;
  for (const CuePhrase& p : lex.phrases) longest = std::max(longest, p.words.size());
  for (std::size_t n = longest; n > 0; --n)
    for (CuePhrase& p : lex.phrases)
      if (p.words.size() == n) by_length.push_back(std::move(p));
  lex.phrases = std::move(by_length);
  each_row(data::file("nouns.tsv"), [&](const auto& c) {
    if (c.size() > 2) category = col(c, 2);
    each_form(col(c, 1), [&](std::string_view form) { lexemes.set_noun(lower(form), category); });
  });
  each_row(data::file("titles.tsv"), [&](const auto& c) {
    const std::string_view g = col(c, 2);
    const Title& t = lex.titles.emplace_back(Title{std::string(col(c, 1)), g.empty() ? '-' : g[0]});
    Lexeme& l = lexemes[lower(col(c, 0))];
    if (!l.title) l.title = &t;
  });
  // people.tsv's words are written against the line before, and a kind
  // that is the line before's is left out.
  std::string previous, buffer;
  std::string_view kind;
  each_row(data::file("people.tsv"), [&](const auto& c) {
    previous = expand(previous, col(c, 0), buffer);
    if (c.size() > 1) kind = col(c, 1);
    Lexeme& l = lexemes[lower(previous)];
    if (l.people.empty()) l.people = kind;
  });
  each_row(data::file("words.tsv"), [&](const auto& c) {
    const std::string_view list = col(c, 0);
    const char given = list == "given-m" ? 'm' : list == "given-f" ? 'f' : '-';
    std::string_view w;
    for (Parts p(col(c, 1), ' '); p.next(w);) {
      if (given == '-') {
        lexemes.set_class(lower(w), list);
      } else {
        Lexeme& l = lexemes[lower(w)];
        if (l.given == '-') l.given = given;
      }
    }
  });
  each_row(data::file("abbreviations.txt"), [&](const auto& c) {
    std::string a = lower(col(c, 0));
    if (!a.empty() && a.back() == '.') a.pop_back();
    if (!a.empty()) lexemes.add_abbreviation(std::move(a), col(c, 1) == "number");
  });
  each_row(data::file("rule_words.tsv"), [&](const auto& c) {
    if (lex.list_names.size() == 64) return;  // Lexeme::lists has 64 bits
    const std::uint64_t bit = std::uint64_t{1} << lex.list_names.size();
    lex.list_names.emplace_back(col(c, 0));
    std::string_view w;
    for (Parts p(col(c, 1), ' '); p.next(w);) lexemes[lower(w)].lists |= bit;
  });
  lexemes.add_curly_forms();
  for (CueVerb& v : lex.verbs)
    if (const Lexeme* l = lex.lexeme(v.lemma)) v.lemma_lists = l->lists;
}

}  // namespace

const Lexicon& Lexicon::get() {
  static const Lexicon* lexicon = [] {
    auto* lex = new Lexicon;
    build(*lex);
    return lex;
  }();
  return *lexicon;
}

}  // namespace saywho
