// Splits text into tokens that keep their byte offsets.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "saywho.h"

namespace saywho {

struct Lexeme;

enum class TokenKind { word, punct, quote, symbol };

// Quotation marks by role; `straight` marks decide open or close by context.
enum class QuoteMark {
  none,
  double_open, double_close, double_straight,  // “ „ « / ” » / " `` ''
  single_open, single_close, single_straight   // ‘ ‹ / ’ › / '
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::word;
  QuoteMark quote = QuoteMark::none;
  bool space_before = false;    // white space between this and the last token
  bool line_before = false;     // a line break (new paragraph) before it
  bool capitalized = false;     // first letter is upper case
  std::string lower;            // ASCII-lower-cased text of a word
  const Lexeme* lex = nullptr;  // what the lexicon says of `lower`; set by Document
};

// Words keep inner apostrophes, hyphens and periods (U.S., don't, 3.5); a
// trailing period joins the word when `abbreviations` holds it lower-cased
// ("mr", "dec") or the word is an initial ("J") or dotted ("U.S").
std::vector<Token> tokenize(std::string_view text,
                            const std::unordered_set<std::string>& abbreviations);

}  // namespace saywho
