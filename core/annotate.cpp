#include <algorithm>
#include <cstdint>

#include "blocks.h"
#include "document.h"
#include "resolve.h"
#include "rules.h"
#include "saywho.h"
#include "utf8.h"

namespace saywho {
namespace {

// direct if every letter and digit of the content lies inside quotation
// marks, indirect if none does, mixed otherwise.
Kind kind_of(const Document& doc, const Range* pieces, std::size_t count) {
  std::size_t inside = 0, outside = 0;
  for (const Range* r = pieces; r != pieces + count; ++r)
    for (std::size_t k = r->first; k <= r->last; ++k) {
      if (doc.tokens[k].kind != TokenKind::word) continue;
      (doc.in_quote(k) ? inside : outside) += 1;
    }
  if (outside == 0 && inside > 0) return Kind::direct;
  return inside == 0 ? Kind::indirect : Kind::mixed;
}

bool blank(char c) { return static_cast<unsigned char>(c) <= ' ' || c == '\x7F'; }
bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool ends_sentence(char c) { return c == '.' || c == '!' || c == '?'; }

// Annotates one block, the bytes [base, base + block.size()) of the text,
// and appends its attributions with their spans into the whole text.
void annotate_block(std::string_view block, std::size_t base, bool last, SourceResolver& resolver,
                    std::vector<Attribution>& out) {
  const Document doc(block, Lexicon::get());
  const std::vector<Claim> claims = find_claims(doc);
  std::vector<std::string> names = resolver.resolve(doc, claims, last);
  auto span = [&](Range r) {
    const Span s = doc.span(r);
    return Span{base + s.begin, base + s.end};
  };
  if (out.empty()) out.reserve(claims.size());  // one block: no growth slack
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    Attribution a;
    if (c.source) a.source = span(*c.source);
    if (c.cue) a.cue = span(*c.cue);
    a.content = span(c.content);
    a.content_fragments.reserve(c.fragments.size());
    for (const Range& f : c.fragments) a.content_fragments.push_back(span(f));
    a.kind = c.fragments.empty() ? kind_of(doc, &c.content, 1)
                                 : kind_of(doc, c.fragments.data(), c.fragments.size());
    a.source_resolved = std::move(names[i]);
    a.rule = std::string(c.rule);
    const Rule* rule = find_rule(c.rule);
    a.confidence = rule ? rule->confidence : 0.5;
    out.push_back(std::move(a));
  }
}

}  // namespace

const char* to_string(Kind kind) {
  switch (kind) {
    case Kind::direct: return "direct";
    case Kind::mixed: return "mixed";
    case Kind::indirect: return "indirect";
  }
  return "indirect";
}

const char* version() { return SAYWHO_VERSION; }

std::size_t block_end(std::string_view text, std::size_t begin, std::size_t block_bytes) {
  block_bytes = std::max<std::size_t>(block_bytes, 1);
  if (text.size() - begin <= block_bytes) return text.size();
  const std::size_t until = (text.size() - begin) / 2 < block_bytes ? text.size() : begin + 2 * block_bytes;
  // Where to cut if there is no clean break: after the first line break,
  // sentence end or white space past block_bytes, in that order.
  std::size_t line = npos, sentence = npos, space = npos;
  for (std::size_t i = begin + block_bytes; i < until; ++i) {
    if (text[i] == ' ' || text[i] == '\t') {
      if (space == npos) space = i + 1;
      if (sentence == npos && ends_sentence(text[i - 1]) && i + 1 < text.size() && text[i + 1] >= 'A' &&
          text[i + 1] <= 'Z')
        sentence = i + 1;
      continue;
    }
    if (text[i] != '\n' && text[i] != '\r') continue;
    std::size_t next = i;  // the next paragraph's first byte
    while (next < text.size() && blank(text[next])) ++next;
    if (next == text.size()) return text.size();
    if (line == npos) line = next;
    std::size_t end = i;  // just after the last byte of the paragraph before
    while (end > begin && blank(text[end - 1])) --end;
    if (end > begin && ends_sentence(text[end - 1]) && ascii_alnum(text[next])) return next;
    i = next - 1;
  }
  if (until == text.size()) return text.size();
  if (line != npos) return line;
  if (sentence != npos) return sentence;
  if (space != npos) return space;
  std::size_t cut = until;
  while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  return cut;
}

Result annotate(std::string_view text, const Options& options) {
  return annotate_in_blocks(text, options, kBlockBytes);
}

Result annotate_in_blocks(std::string_view text, const Options& options, std::size_t block_bytes) {
  Result result;
  // Tokens keep 32-bit offsets: no max_bytes can let a text reach 4 GiB.
  const std::size_t max_bytes = std::min<std::size_t>(options.max_bytes, UINT32_MAX);
  if (text.size() > max_bytes) {
    result.error = Error{"too_large",
                         "the text has " + std::to_string(text.size()) + " bytes; the limit is " +
                             std::to_string(max_bytes),
                         max_bytes};
    return result;
  }
  if (auto bad = utf8::first_invalid(text)) {
    result.error = Error{"invalid_utf8", "the text is not valid UTF-8 at byte " + std::to_string(*bad), *bad};
    return result;
  }
  SourceResolver resolver;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = block_end(text, begin, block_bytes);
    annotate_block(text.substr(begin, end - begin), begin, end == text.size(), resolver, result.attributions);
    // Room for all of a long text's attributions, at the first block's
    // rate and a quarter more: doubling as they come would hold both the
    // old and the new array at once, twice the attributions, at its peak.
    if (begin == 0 && end < text.size())
      result.attributions.reserve(static_cast<std::size_t>(
          static_cast<double>(result.attributions.size()) * static_cast<double>(text.size()) / end * 1.25));
    begin = end;
  }
  return result;
}

}  // namespace saywho
