#include "lexicon.h"

#include <algorithm>

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

Lexicon build() {
  Lexicon lex;
  each_row(data::file("verbs.tsv"), [&](const auto& c) {
    CueVerb v;
    v.lemma = std::string(col(c, 0));
    v.category = std::string(col(c, 2));
    std::string_view flag, form;
    for (Parts p(col(c, 3), ' '); p.next(flag);) {
      v.takes_object |= flag == "obj";
      v.needs_that |= flag == "that";
      v.weak |= flag == "weak";
    }
    for (Parts p(col(c, 1), ' '); p.next(form);) lex.verbs.emplace(lower(form), v);
  });
  each_row(data::file("phrases.tsv"), [&](const auto& c) {
    CuePhrase p;
    std::string_view w;
    for (Parts words(col(c, 0), ' '); words.next(w);) p.words.push_back(lower(w));
    p.category = std::string(col(c, 1));
    p.role = std::string(col(c, 2));
    if (!p.words.empty()) lex.phrases.push_back(std::move(p));
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
    std::string_view form;
    for (Parts p(col(c, 1), ' '); p.next(form);) lex.nouns.emplace(lower(form), std::string(col(c, 2)));
  });
  each_row(data::file("titles.tsv"), [&](const auto& c) {
    const std::string_view g = col(c, 2);
    lex.titles.emplace(lower(col(c, 0)), Title{std::string(col(c, 1)), g.empty() ? '-' : g[0]});
  });
  each_row(data::file("people.tsv"), [&](const auto& c) { lex.people.emplace(lower(col(c, 0)), std::string(col(c, 1))); });
  each_row(data::file("words.tsv"), [&](const auto& c) {
    std::string_view w;
    for (Parts p(col(c, 1), ' '); p.next(w);) {
      if (col(c, 0) == "given-m") lex.given_names.emplace(lower(w), 'm');
      else if (col(c, 0) == "given-f") lex.given_names.emplace(lower(w), 'f');
      else lex.words.emplace(lower(w), col(c, 0));
    }
  });
  each_row(data::file("abbreviations.txt"), [&](const auto& c) {
    std::string a = lower(col(c, 0));
    if (!a.empty() && a.back() == '.') a.pop_back();
    if (!a.empty()) lex.abbreviations.insert(a);
  });
  each_row(data::file("rule_words.tsv"), [&](const auto& c) {
    if (lex.list_names.size() == 64) return;  // Lexeme::lists has 64 bits
    lex.list_names.emplace_back(col(c, 0));
  });
  return lex;
}

// Builds Lexicon::lexemes; pointers into the other tables stay valid
// because the lexicon never changes after this.
void index(Lexicon& lex) {
  for (const auto& [w, v] : lex.verbs) lex.lexemes[w].verb = &v;
  for (const auto& [w, t] : lex.titles) lex.lexemes[w].title = &t;
  for (const auto& [w, c] : lex.words) lex.lexemes[w].word_class = c;
  for (const auto& [w, k] : lex.people) lex.lexemes[w].people = k;
  for (const auto& [w, k] : lex.nouns) lex.lexemes[w].noun = k;
  for (const auto& [w, g] : lex.given_names) lex.lexemes[w].given = g;
  std::size_t bit = 0;
  each_row(data::file("rule_words.tsv"), [&](const auto& c) {
    if (bit == 64) return;
    std::string_view w;
    for (Parts p(col(c, 1), ' '); p.next(w);) lex.lexemes[lower(w)].lists |= std::uint64_t{1} << bit;
    ++bit;
  });
  // News copy writes "didn’t" as often as "didn't": a word listed with a
  // straight apostrophe is also found with a curly one.
  std::vector<std::pair<std::string, Lexeme>> curly;
  for (const auto& [w, l] : lex.lexemes) {
    if (w.find('\'') == std::string::npos) continue;
    std::string c;
    for (char ch : w) c += ch == '\'' ? std::string("\u2019") : std::string(1, ch);
    curly.emplace_back(std::move(c), l);
  }
  for (auto& [w, l] : curly) lex.lexemes.emplace(std::move(w), l);
  // Keys view the maps' own strings: node-based maps never move them.
  lex.by_id.push_back(nullptr);
  for (const auto& [w, l] : lex.lexemes) {
    lex.lexeme_index[w] = static_cast<std::uint32_t>(lex.by_id.size());
    lex.by_id.push_back(&l);
  }
  for (const std::string& a : lex.abbreviations) lex.abbreviation_index[a] = true;
}

}  // namespace

const Lexicon& Lexicon::get() {
  static const Lexicon* lexicon = [] {
    auto* lex = new Lexicon(build());
    index(*lex);
    return lex;
  }();
  return *lexicon;
}

int Lexicon::list_id(std::string_view name) const {
  for (std::size_t i = 0; i < list_names.size(); ++i)
    if (list_names[i] == name) return static_cast<int>(i);
  return -1;
}

bool Lexicon::listed(std::string_view w, int list) const {
  const Lexeme* l = lexeme(w);
  return l && list >= 0 && (l->lists >> list & 1);
}

// Every function word has a lexeme whose word_class is its class.
std::string_view Lexicon::word_class(std::string_view w) const {
  const Lexeme* l = lexeme(w);
  return l ? l->word_class : std::string_view();
}

}  // namespace saywho
