// Pairs quotation marks into quotations.
#pragma once

#include <cstddef>
#include <cstdint>
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

// The quotation of each token, an index into Quotations::list or npos,
// kept in 32 bits a token.
class QuotationOfToken {
 public:
  void assign(std::size_t tokens) { index_.assign(tokens, kNone); }
  void set(std::size_t token, std::size_t quotation) { index_[token] = static_cast<std::uint32_t>(quotation); }
  std::size_t operator[](std::size_t token) const { return index_[token] == kNone ? npos : index_[token]; }
  std::size_t size() const { return index_.size(); }

 private:
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
  std::vector<std::uint32_t> index_;
};

struct Quotations {
  std::vector<Quotation> list;  // in text order, none nested
  QuotationOfToken of_token;    // index into list for each token, or npos
};

// Double marks pair first: curly and guillemets by shape, straight ones by
// toggling. A quotation still open at a line break ends there (news style
// reopens it in the next paragraph). Single marks pair only outside double
// quotations, and an apostrophe inside or closing a word is not a mark.
Quotations pair_quotes(const std::vector<Token>& tokens);

}  // namespace saywho
