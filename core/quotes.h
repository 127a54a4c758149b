// Pairs quotation marks into quotations.
#pragma once

#include <cstddef>
#include <vector>

#include "tokenizer.h"

namespace saywho {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

struct Quotation {
  std::size_t open = 0;        // token index of the opening mark
  std::size_t close = npos;    // token index of the closing mark; npos if unclosed
  std::size_t last = 0;        // last token inside (the closing mark if closed)
  bool single = false;         // ‘…’ or '…' rather than “…”
  bool continues = false;      // unclosed, and the next paragraph reopens it
};

struct Quotations {
  std::vector<Quotation> list;       // in text order, none nested
  std::vector<std::size_t> of_token; // index into list for each token, or npos
};

// Double marks pair first: curly and guillemets by shape, straight ones by
// toggling. A quotation still open at a line break ends there (news style
// reopens it in the next paragraph). Single marks pair only outside double
// quotations, and an apostrophe inside or closing a word is not a mark.
Quotations pair_quotes(const std::vector<Token>& tokens);

}  // namespace saywho
