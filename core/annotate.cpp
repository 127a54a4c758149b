#include <algorithm>
#include <cstdint>

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

Result annotate(std::string_view text, const Options& options) {
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
  const Document doc(text, Lexicon::get());
  std::vector<Claim> claims = find_claims(doc);
  claims.shrink_to_fit();  // a long text's claims are megabytes: drop the growth slack
  std::vector<std::string> names = SourceResolver().resolve(doc, claims, true);
  result.attributions.reserve(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    Attribution a;
    if (c.source) a.source = doc.span(*c.source);
    if (c.cue) a.cue = doc.span(*c.cue);
    a.content = doc.span(c.content);
    a.content_fragments.reserve(c.fragments.size());
    for (const Range& f : c.fragments) a.content_fragments.push_back(doc.span(f));
    a.kind = c.fragments.empty() ? kind_of(doc, &c.content, 1)
                                 : kind_of(doc, c.fragments.data(), c.fragments.size());
    a.source_resolved = std::move(names[i]);
    a.rule = std::string(c.rule);
    const Rule* rule = find_rule(c.rule);
    a.confidence = rule ? rule->confidence : 0.5;
    result.attributions.push_back(std::move(a));
  }
  return result;
}

}  // namespace saywho
