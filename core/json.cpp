// The JSON form of a result, written by hand: it is the hot path of every
// exit (CLI, wasm), and a small writer keeps nlohmann/json out of the wasm
// module. Offsets are converted from bytes to code points in one pass.
#include <algorithm>
#include <cmath>

#include "saywho.h"
#include "utf8.h"

namespace saywho {
namespace {

// Appends s as a JSON string. s is valid UTF-8 (annotate() checks), so
// only quotation marks, backslashes and control characters need escapes.
void append_string(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

// A number in [0, 1] with up to three decimals ("0.95", "1"), written
// without printf, which would pull its whole formatter into the wasm module.
void append_fraction(std::string& out, double v) {
  long thousandths = std::lround(std::clamp(v, 0.0, 1.0) * 1000);
  out += thousandths == 1000 ? '1' : '0';
  if (thousandths == 0 || thousandths == 1000) return;
  out += '.';
  for (long unit = 100; thousandths > 0; unit /= 10) {
    out += static_cast<char>('0' + thousandths / unit);
    thousandths %= unit;
  }
}

class Writer {
 public:
  Writer(std::string_view text, const Result& r) : text_(text) {
    for (const Attribution& a : r.attributions) {
      if (a.source) collect(*a.source);
      if (a.cue) collect(*a.cue);
      collect(a.content);
      for (const Span& f : a.content_fragments) collect(f);
    }
    std::sort(bytes_.begin(), bytes_.end());
    bytes_.erase(std::unique(bytes_.begin(), bytes_.end()), bytes_.end());
    cps_ = utf8::to_code_points(text, bytes_);
  }

  void span(std::string& out, const Span& s) const {
    out += "{\"start\":";
    out += std::to_string(cp(s.begin));
    out += ",\"end\":";
    out += std::to_string(cp(s.end));
    out += ",\"text\":";
    append_string(out, s.of(text_));
    out += '}';
  }

  void optional_span(std::string& out, const std::optional<Span>& s) const {
    if (s) span(out, *s);
    else out += "null";
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> bytes_, cps_;

  void collect(const Span& s) {
    bytes_.push_back(s.begin);
    bytes_.push_back(s.end);
  }
  std::size_t cp(std::size_t byte) const {
    return cps_[static_cast<std::size_t>(std::lower_bound(bytes_.begin(), bytes_.end(), byte) - bytes_.begin())];
  }
};

}  // namespace

std::string to_json(std::string_view text, const Result& result) {
  std::string out;
  if (!result.ok()) {
    const Error& e = *result.error;
    const std::size_t at = std::min(e.byte_offset, text.size());
    out += "{\"error\":{\"id\":";
    append_string(out, e.id);
    out += ",\"message\":";
    append_string(out, e.message);
    out += ",\"offset\":";
    out += std::to_string(utf8::to_code_points(text, {at})[0]);
    out += "}}";
    return out;
  }
  const Writer w(text, result);
  out.reserve(64 + result.attributions.size() * 320);
  out += "{\"attributions\":[";
  for (std::size_t i = 0; i < result.attributions.size(); ++i) {
    const Attribution& a = result.attributions[i];
    if (i) out += ',';
    out += "{\"source\":";
    w.optional_span(out, a.source);
    out += ",\"cue\":";
    w.optional_span(out, a.cue);
    out += ",\"content\":";
    w.span(out, a.content);
    if (!a.content_fragments.empty()) {
      out += ",\"content_fragments\":[";
      for (std::size_t f = 0; f < a.content_fragments.size(); ++f) {
        if (f) out += ',';
        w.span(out, a.content_fragments[f]);
      }
      out += ']';
    }
    out += ",\"kind\":\"";
    out += to_string(a.kind);
    out += "\",\"source_resolved\":";
    if (a.source) append_string(out, a.source_resolved);
    else out += "null";
    out += ",\"rule\":";
    append_string(out, a.rule);
    out += ",\"confidence\":";
    append_fraction(out, a.confidence);
    out += '}';
  }
  out += "]}";
  return out;
}

}  // namespace saywho
