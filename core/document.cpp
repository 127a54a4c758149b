#include "document.h"

namespace saywho {

Document::Document(std::string_view t, const Lexicon& l)
    : text(t), lex(l), lower(lower_ascii(t)), tokens(tokenize(t, lower, l)), quotes(pair_quotes(tokens)),
      sentences(split_sentences(tokens, quotes, l)), sentence_of(tokens.size(), 0) {
  for (Token& t : tokens)
    if (t.kind == TokenKind::word) t.lexeme = lex.lexeme_id(t.lower);
  for (std::size_t s = 0; s < sentences.size(); ++s)
    for (std::size_t k = sentences[s].first; k < sentences[s].end; ++k) sentence_of[k] = static_cast<std::uint32_t>(s);
  // A sentence that opens a paragraph with nine in ten of its words
  // capitalised is a headline in title case.
  for (Sentence& s : sentences) {
    if (!s.starts_paragraph) continue;
    std::size_t words = 0, caps = 0;
    for (std::size_t k = s.first; k < s.end; ++k) {
      const Token& t = tokens[k];
      if (t.kind != TokenKind::word || !(t.lower[0] >= 'a' && t.lower[0] <= 'z')) continue;
      ++words;
      caps += t.capitalized;
    }
    s.title_case = words >= 3 && caps * 10 >= words * 9;
  }
}

bool Document::name_capital(std::size_t i) const {
  const Token& t = tokens[i];
  if (!t.capitalized || !sentences[sentence_of[i]].title_case) return t.capitalized;
  if (t.lower.size() > 2 && t.lower.substr(t.lower.size() - 2) == "ly") return false;
  const Lexeme* l = lexeme(i);
  return !l || l->given != '-' || l->title;
}

}  // namespace saywho
