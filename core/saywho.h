// saywho: find who asserted what in a news article.
//
// Usage:
//
//   saywho::Result r = saywho::annotate(article_utf8);
//   if (!r.ok()) { std::cerr << r.error->message; return; }
//   for (const saywho::Attribution& a : r.attributions) {
//     // a.source, a.cue, a.content are byte spans into article_utf8.
//     std::cout << a.source_resolved << ": " << a.content.of(article_utf8);
//   }
//   std::string json = saywho::to_json(article_utf8, r);  // code point offsets
//
// The text is never altered: every span points into the caller's bytes.
// annotate() never throws on any input; failures come back as Result::error.
//
// Memory: a text over 256 KiB is read in blocks of about that size, cut
// between paragraphs where no quotation or attribution crosses, so that
// annotate() needs a block's worth of memory (about 3 MB) plus the
// attributions (about a byte for each byte of a long news text), not ten
// times the text. The names sources stand for carry from block to block.
// News articles are one block. Only a text with no such break within
// 512 KiB (no paragraph that ends a sentence before one that opens with a
// letter or digit) is cut elsewhere, and its claims at the cut may differ
// from those of the text read whole.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace saywho {

// A half-open byte range [begin, end) into the UTF-8 input.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view of(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  bool operator==(const Span&) const = default;
};

enum class Kind { direct, indirect, mixed };
const char* to_string(Kind kind);

struct Attribution {
  std::optional<Span> source;   // who asserts, as written; none if unnamed
  std::optional<Span> cue;      // "said", "according to", ...
  Span content;                 // covers every fragment of the content
  std::vector<Span> content_fragments;  // set when a quote is interrupted
  Kind kind = Kind::indirect;
  std::string source_resolved;  // "Xinhua" for "the media outlet"
  std::string rule;             // id of the rule that made it, e.g. "quote-said-x"
  double confidence = 0;        // 0..1
};

struct Error {
  std::string id;       // stable: "invalid_utf8", "too_large"
  std::string message;  // for people
  std::size_t byte_offset = 0;
};

struct Options {
  std::size_t max_bytes = 16u << 20;  // larger inputs are refused (always from 4 GiB)
};

struct Result {
  std::vector<Attribution> attributions;  // in order of content start
  std::optional<Error> error;
  bool ok() const { return !error.has_value(); }
};

Result annotate(std::string_view text, const Options& options = {});

// One JSON object: {"attributions":[...]} or {"error":{...}}, with Unicode
// code point offsets and each span's text, as the CLI and wasm API print it.
std::string to_json(std::string_view text, const Result& result);

const char* version();

}  // namespace saywho
