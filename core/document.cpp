#include "document.h"

#include <algorithm>

namespace saywho {

Document::Document(std::string_view t, const Lexicon& l)
    : text(t), lex(l), lower(lower_ascii(t)), tokens(tokenize(t, lower, l)), quotes(pair_quotes(tokens)),
      sentences(split_sentences(tokens, quotes, l)), sentence_of(tokens.size(), 0) {
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    Sentence& sentence = sentences[s];
    // A sentence that opens a paragraph with nine in ten of its words
    // capitalised is a headline in title case; the short words such a
    // headline keeps in lower case ("of", "and", "the") do not count.
    if (sentence.starts_paragraph) {
      std::size_t words = 0, lower_case = 0;
      for (std::size_t k = sentence.first; k < sentence.end; ++k) {
        const Token& t = tokens[k];
        if (t.kind != TokenKind::word || !(t.lower[0] >= 'a' && t.lower[0] <= 'z')) continue;
        if (!t.capitalized && t.lower.size() <= 3 && lex.by_id[t.lexeme] && !lex.by_id[t.lexeme]->word_class.empty())
          continue;
        ++words;
        lower_case += !t.capitalized;
        // More words in lower case than a tenth of the tokens, so than a
        // tenth of the words: no headline (most sentences stop here early).
        if (lower_case * 10 > sentence.end - sentence.first) break;
      }
      sentence.title_case = words >= 3 && lower_case * 10 <= words;
    }
    std::fill(sentence_of.begin() + static_cast<std::ptrdiff_t>(sentence.first),
              sentence_of.begin() + static_cast<std::ptrdiff_t>(sentence.end), static_cast<std::uint32_t>(s));
    // The tokenizer gave every capitalised word its name_capital.
    if (sentence.title_case)
      for (std::size_t k = sentence.first; k < sentence.end; ++k) {
        Token& t = tokens[k];
        if (t.capitalized) t.name_capital = name_in_title_case(t);
      }
  }
  // "Theresa May", "Mrs. May", "Aung Myint May", "Chairman Will Rogers": a
  // capitalised modal after a given name, a title or a name's word (not
  // the sentence's first) is a surname, a word the lexicon does not list.
  // So is one before a cue verb's past or -s form ("Will urged", "May
  // says"), which no modal takes.
  static const int modals = lex.list_id("modals");
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& before = tokens[k ? k - 1 : k];
    const Lexeme* b = lex.by_id[before.lexeme];
    const Lexeme* a = k + 1 < tokens.size() ? lex.by_id[tokens[k + 1].lexeme] : nullptr;
    if (tokens[k].name_capital && listed(k, modals) &&
        ((a && a->verb && !tokens[k + 1].capitalized && tokens[k + 1].lower != a->verb->lemma) ||
         (k && before.kind == TokenKind::word && before.name_capital &&
          (!b || b->given != '-' || b->title ||
           (b->word_class.empty() && sentences[sentence_of[k - 1]].first != k - 1)))))
      tokens[k].lexeme = 0;
  }
}

std::string_view Document::contracted(std::size_t i) const {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::word) return {};
  const std::string_view w = tokens[i].lower;
  for (std::string_view mark : {"'", "\u2019"})
    if (const std::size_t at = w.find(mark); at != std::string_view::npos && at > 0) {
      const std::string_view rest = w.substr(at + mark.size());
      if (rest == "s" || rest == "ve" || rest == "d" || rest == "ll" || rest == "re" || rest == "m") return w.substr(0, at);
    }
  return {};
}

// In a title-case headline ("Hollande Says Trump ‘Makes You Want To
// Retch’") only words the lexicon does not know, given names and titles
// keep their capital.
bool Document::name_in_title_case(const Token& t) const {
  if (t.lower.size() > 2 && t.lower.substr(t.lower.size() - 2) == "ly") return false;
  const Lexeme* l = lex.by_id[t.lexeme];
  static const int particles = lex.list_id("name-particles");  // "Al Sharpton", "Marine Le Pen"
  return !l || l->given != '-' || l->title || (particles >= 0 && (l->lists >> particles & 1));
}

}  // namespace saywho
