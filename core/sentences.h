// Splits tokens into sentences.
#pragma once

#include <cstddef>
#include <vector>

#include "lexicon.h"
#include "quotes.h"
#include "tokenizer.h"

namespace saywho {

struct Sentence {
  std::size_t first = 0;  // token index
  std::size_t end = 0;    // one past the last token
  bool starts_paragraph = false;
  bool title_case = false;  // a headline in title case (set by Document)
};

// A sentence ends at . ! ? (with any closing quotation marks and brackets
// that follow) when the next token does not start in lower case, and always
// at a line break. Abbreviations never end one: the tokenizer has already
// joined their periods to them. Marks inside a quotation or brackets end a
// sentence only where the quotation closes. A dash after a quotation keeps
// the speaker who follows it in the quotation's sentence. An abbreviation
// ends one when a capitalised function word follows it ("in Washington,
// D.C. The mayor ...").
std::vector<Sentence> split_sentences(const std::vector<Token>& tokens, const Quotations& quotes,
                                      const Lexicon& lex);

}  // namespace saywho
