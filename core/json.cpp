// The JSON form of a result, written by hand: it is the hot path of every
// exit (CLI, wasm), and a small writer keeps nlohmann/json out of the wasm
// module. Offsets are converted from bytes to code points in one pass.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "json_bytes.h"
#include "saywho.h"
#include "utf8.h"

namespace saywho {
namespace {

// Appends s as a JSON string. s is valid UTF-8 (annotate() checks), so
// only quotation marks, backslashes and control characters need escapes;
// the runs between them are copied whole.
void append_string(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    while (i + 8 <= s.size() && json_plain8(s.data() + i)) i += 8;
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 15];
    }
  }
  out.append(s.data() + run, s.size() - run);
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

// Writes a literal or a number at p and returns the end: a span's fixed
// parts are put together in a buffer and appended in one go.
template <std::size_t N>
char* put(char* p, const char (&literal)[N]) {
  std::memcpy(p, literal, N - 1);
  return p + N - 1;
}

char* put_number(char* p, std::size_t n) {
  char digits[20];
  std::size_t len = 0;
  do {
    digits[len++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n > 0);
  while (len > 0) *p++ = digits[--len];
  return p;
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
    char buf[64];
    char* p = put(buf, "{\"start\":");
    p = put_number(p, cp(s.begin));
    p = put(p, ",\"end\":");
    p = put_number(p, cp(s.end));
    p = put(p, ",\"text\":");
    out.append(buf, static_cast<std::size_t>(p - buf));
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
