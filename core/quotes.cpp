#include "quotes.h"

namespace saywho {
namespace {

bool opens_double(QuoteMark m) { return m == QuoteMark::double_open; }
bool closes_double(QuoteMark m) { return m == QuoteMark::double_close; }
bool is_double(QuoteMark m) {
  return m == QuoteMark::double_open || m == QuoteMark::double_close ||
         m == QuoteMark::double_straight;
}
bool is_single(QuoteMark m) {
  return m == QuoteMark::single_open || m == QuoteMark::single_close ||
         m == QuoteMark::single_straight;
}

// A single mark can open where a word starts after space or an opening bracket.
bool can_open_single(const std::vector<Token>& t, std::size_t i) {
  if (t[i].quote == QuoteMark::single_close) return false;
  const bool before_ok = t[i].space_before || i == 0 || t[i - 1].lower == "(" ||
                         t[i - 1].lower == "[" || t[i - 1].kind == TokenKind::quote;
  return before_ok && i + 1 < t.size() && !t[i + 1].space_before && !t[i + 1].line_before &&
         t[i + 1].kind == TokenKind::word;
}

bool can_close_single(const std::vector<Token>& t, std::size_t i) {
  if (t[i].quote == QuoteMark::single_open) return false;
  if (t[i].space_before) return false;
  return i + 1 == t.size() || t[i + 1].space_before || t[i + 1].kind != TokenKind::word;
}

// "a fascist?“ he asked": an opening mark typed where a closing one goes,
// right after the quoted words and before a space or punctuation.
bool closes_like(const std::vector<Token>& t, std::size_t i) {
  return !t[i].space_before && i > 0 && t[i - 1].kind != TokenKind::quote &&
         (i + 1 == t.size() || t[i + 1].space_before || t[i + 1].kind == TokenKind::punct);
}

}  // namespace

Quotations pair_quotes(const std::vector<Token>& tokens) {
  Quotations q;
  q.of_token.assign(tokens.size());
  std::size_t open = npos;  // opening double mark of the current quotation
  std::size_t single_open = npos;

  auto finish = [&](std::size_t close, std::size_t last, bool single) {
    Quotation quote;
    quote.open = single ? single_open : open;
    quote.close = close;
    quote.last = last;
    quote.single = single;
    for (std::size_t k = quote.open; k <= last; ++k) q.of_token.set(k, q.list.size());
    q.list.push_back(quote);
    if (single) single_open = npos; else open = npos;
  };

  const std::size_t n = tokens.size();  // read once: the loop stores through q
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    // Only a line break or a quotation mark changes anything.
    if (!t.line_before && t.kind != TokenKind::quote) continue;
    if (t.line_before && i > 0) {
      if (open != npos) {
        finish(npos, i - 1, false);
        q.list.back().continues = t.kind == TokenKind::quote && !closes_double(t.quote) &&
                                  is_double(t.quote);
      }
      single_open = npos;
    }
    if (t.kind != TokenKind::quote) continue;
    if (is_double(t.quote)) {
      if (open == npos) {
        if (closes_double(t.quote)) continue;  // stray closing mark
        single_open = npos;                    // an unclosed single mark was not a quote
        open = i;
      } else if (opens_double(t.quote) && !closes_like(tokens, i)) {
        finish(npos, i - 1, false);            // missing close: end before the new quote
        open = i;
      } else {
        finish(i, i, false);
      }
    } else if (is_single(t.quote) && open == npos) {
      if (single_open == npos) {
        if (can_open_single(tokens, i)) single_open = i;
      } else if (can_close_single(tokens, i)) {
        finish(i, i, true);
      }
    }
  }
  if (open != npos) finish(npos, tokens.size() - 1, false);
  return q;
}

}  // namespace saywho
