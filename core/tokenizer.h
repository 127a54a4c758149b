// Splits text into tokens that keep their byte offsets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "saywho.h"

namespace saywho {

struct Lexeme;
struct Lexicon;

enum class TokenKind : std::uint8_t { word, punct, quote, symbol };

// Quotation marks by role; `straight` marks decide open or close by context.
enum class QuoteMark : std::uint8_t {
  none,
  double_open, double_close, double_straight,  // “ „ « / ” » / " `` ''
  single_open, single_close, single_straight   // ‘ ‹ / ’ › / '
};

// A token's bytes [begin, end): 32 bits suffice, annotate() refuses longer texts.
struct TokenSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
};

// There are about as many tokens as a fifth of the text's bytes, so a
// token is kept small: 32 bytes (24 in wasm).
struct Token {
  // ASCII-lower-cased text of a word, punctuation or symbol, a view of the
  // lower-cased copy of the text; empty for a quotation mark (it then views
  // that copy's terminating NUL, so lower[0] reads '\0' as a std::string's would).
  std::string_view lower;
  TokenSpan span;
  std::uint32_t lexeme = 0;     // a word's Lexicon::lexeme_id of `lower`; 0 if unlisted or no word
  TokenKind kind = TokenKind::word;
  QuoteMark quote = QuoteMark::none;
  bool space_before : 1 = false;  // white space between this and the last token
  bool line_before : 1 = false;   // a line break (new paragraph) before it
  bool capitalized : 1 = false;   // first letter is upper case
  bool name_capital : 1 = false;  // Document::name_capital: `capitalized` until Document clears it
};

// The text with A-Z lower-cased, byte for byte: what Token::lower views.
std::string lower_ascii(std::string_view text);

// Words keep inner apostrophes, hyphens and periods (U.S., don't, 3.5); a
// trailing period joins the word when the lexicon lists it as an
// abbreviation ("mr", "dec") or the word is an initial ("J") or dotted
// ("U.S"). `lower` is lower_ascii(text); it must outlive the tokens. Each
// word gets its lexeme id from `lex`.
std::vector<Token> tokenize(std::string_view text, const std::string& lower, const Lexicon& lex);

}  // namespace saywho
