#include "document.h"

namespace saywho {

Document::Document(std::string_view t, const Lexicon& l)
    : text(t), lex(l), lower(lower_ascii(t)), tokens(tokenize(t, lower, l)), quotes(pair_quotes(tokens)),
      sentences(split_sentences(tokens, quotes)), sentence_of(tokens.size(), 0) {
  for (Token& t : tokens)
    if (t.kind == TokenKind::word) t.lexeme = lex.lexeme_id(t.lower);
  for (std::size_t s = 0; s < sentences.size(); ++s)
    for (std::size_t k = sentences[s].first; k < sentences[s].end; ++k) sentence_of[k] = static_cast<std::uint32_t>(s);
}

}  // namespace saywho
