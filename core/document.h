// The analysed text that every pipeline stage reads: tokens, quotations and
// sentences, with small queries over them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "quotes.h"
#include "sentences.h"
#include "tokenizer.h"

namespace saywho {

// An inclusive range of token indices.
struct Range {
  std::size_t first = 0;
  std::size_t last = 0;
  bool operator==(const Range&) const = default;
};

struct Document {
  std::string_view text;
  const Lexicon& lex;
  std::string lower;  // lower_ascii(text): the tokens' `lower` views it
  std::vector<Token> tokens;
  Quotations quotes;
  std::vector<Sentence> sentences;
  std::vector<std::uint32_t> sentence_of;  // sentence index of each token

  Document(std::string_view text, const Lexicon& lex);
  Document(const Document&) = delete;  // the tokens view this one's `lower`
  Document& operator=(const Document&) = delete;

  const Token& at(std::size_t i) const { return tokens[i]; }
  std::size_t size() const { return tokens.size(); }
  // is() and listed() are inlined at every call (the rules make thousands):
  // against a literal, is() folds to a few compares.
  [[gnu::always_inline]] bool is(std::size_t i, std::string_view lower) const {
    return i < tokens.size() && same_bytes(tokens[i].lower, lower);
  }
  bool in_quote(std::size_t i) const { return i < tokens.size() && quotes.of_token[i] != npos; }
  const Lexeme* lexeme(std::size_t i) const { return i < tokens.size() ? lex.by_id[tokens[i].lexeme] : nullptr; }
  std::string_view word_class(std::size_t i) const {
    const Lexeme* l = lexeme(i);
    return l ? l->word_class : std::string_view();
  }
  bool is_verb_form(std::size_t i) const { return lexeme(i) && lexeme(i)->verb; }
  // Whether token i is in list `list` (Lexicon::list_id) of rule_words.tsv.
  [[gnu::always_inline]] bool listed(std::size_t i, int list) const {
    const Lexeme* l = lexeme(i);
    return l && list >= 0 && (l->lists >> list & 1);
  }
  Span span(Range r) const { return {tokens[r.first].span.begin, tokens[r.last].span.end}; }
  // The word before a contraction's apostrophe: "he" in "he’d", "who" in
  // "who's" ('s, 've, 'd, 'll, 're or 'm after it); otherwise empty.
  std::string_view contracted(std::size_t i) const;
  // Capitalised as a name is: in a title-case headline, "Says" is not.
  bool name_capital(std::size_t i) const { return tokens[i].name_capital; }

 private:
  bool name_in_title_case(const Token& t) const;
};

}  // namespace saywho
