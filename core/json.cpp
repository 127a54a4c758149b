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

// A number in [0, 1] with up to three decimals ("0.95", "1"), at most 5
// bytes at p, written without printf, which would pull its whole formatter
// into the wasm module.
char* put_fraction(char* p, double v) {
  long thousandths = std::lround(std::clamp(v, 0.0, 1.0) * 1000);
  *p++ = thousandths == 1000 ? '1' : '0';
  if (thousandths == 0 || thousandths == 1000) return p;
  *p++ = '.';
  for (long unit = 100; thousandths > 0; unit /= 10) {
    *p++ = static_cast<char>('0' + thousandths / unit);
    thousandths %= unit;
  }
  return p;
}

// Writes a literal or a number at p and returns the end.
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

// The output, written through a pointer: each piece asks for room first,
// so that the writing itself makes no capacity checks and no calls
// (std::string's appends cost V8 a call each).
class Out {
 public:
  explicit Out(std::size_t expected) { grow(expected); }
  // A pointer with room for n bytes; give the end of what was written to done().
  char* room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - p_) < n) grow(n);
    return p_;
  }
  void done(char* p) { p_ = p; }
  // One call for a key or a mark: inlined at each of them, the copies cost
  // the wasm module about 2 KB.
  template <std::size_t N>
  void literal(const char (&s)[N]) { append(s, N - 1); }
  [[gnu::noinline]] void append(const char* s, std::size_t n) {
    char* p = room(n);
    std::memcpy(p, s, n);
    done(p + n);
  }
  std::string finish() {
    resize(static_cast<std::size_t>(p_ - s_.data()));
    return std::move(s_);
  }

 private:
  std::string s_;
  char* p_ = nullptr;
  char* end_ = nullptr;

  void grow(std::size_t n) {
    const std::size_t used = p_ ? static_cast<std::size_t>(p_ - s_.data()) : 0;
    resize(std::max(s_.size() * 2, used + n));
    p_ = s_.data() + used;
    end_ = s_.data() + s_.size();
  }
  void resize(std::size_t size) {
#ifdef _LIBCPP_VERSION
    s_.__resize_default_init(size);  // libc++ (the wasm build): new bytes are not zeroed first
#else
    s_.resize(size);
#endif
  }
};

// s as a JSON string, only quotation marks, backslashes and control
// characters escaped (annotate() has checked that the text is UTF-8).
// Plain runs go eight bytes at a time, copied as they are tested.
void put_string(Out& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  const char* q = s.data();
  const char* const end = q + s.size();
  char* p = out.room(s.size() + 2);
  *p++ = '"';
  while (q != end) {
    if (end - q >= 8 && json_plain8(q)) {
      std::memcpy(p, q, 8);
      p += 8;
      q += 8;
      continue;
    }
    // A byte to escape among the next eight, or the last few: byte by byte.
    for (const char* stop = end - q >= 8 ? q + 8 : end; q != stop; ++q) {
      const auto c = static_cast<unsigned char>(*q);
      if (c >= 0x20 && c != '"' && c != '\\') {
        *p++ = static_cast<char>(c);
        continue;
      }
      // Up to six bytes for one: room for them and for the rest as it is.
      out.done(p);
      p = out.room(6 + static_cast<std::size_t>(end - q) + 1);
      *p++ = '\\';
      switch (c) {
        case '"': *p++ = '"'; break;
        case '\\': *p++ = '\\'; break;
        case '\n': *p++ = 'n'; break;
        case '\r': *p++ = 'r'; break;
        case '\t': *p++ = 't'; break;
        default:
          p = put(p, "u00");
          *p++ = hex[c >> 4];
          *p++ = hex[c & 15];
      }
    }
  }
  *p++ = '"';
  out.done(p);
}

class Writer {
 public:
  // The code point offset of every span's ends, in the order span() asks
  // for them: sorted by byte offset (with their order in the low 32 bits)
  // for one pass over the text, then stored by order, so that span() needs
  // no search. annotate() keeps offsets below 4 GiB.
  Writer(std::string_view text, const Result& r) : text_(text) {
    std::size_t spans = 0;
    for (const Attribution& a : r.attributions) {
      spans += 1 + a.source.has_value() + a.cue.has_value() + a.content_fragments.size();
      // The output's size if no byte needs an escape: one allocation for
      // any news text (the keys, kind and confidence, then the strings).
      expected_size += 200 + a.source_resolved.size() + a.rule.size();
    }
    std::vector<std::uint64_t> keys(2 * spans);
    std::uint32_t n = 0;
    auto collect = [&](const Span& s) {
      expected_size += 64 + s.end - s.begin;
      keys[n] = std::uint64_t{std::min(s.begin, text.size())} << 32 | n;
      ++n;
      keys[n] = std::uint64_t{std::min(s.end, text.size())} << 32 | n;
      ++n;
    };
    for (const Attribution& a : r.attributions) {
      if (a.source) collect(*a.source);
      if (a.cue) collect(*a.cue);
      collect(a.content);
      for (const Span& f : a.content_fragments) collect(f);
    }
    std::sort(keys.begin(), keys.end());
    cps_.resize(keys.size());
    std::size_t byte = 0, cp = 0;
    for (const std::uint64_t key : keys) {
      const std::size_t target = static_cast<std::size_t>(key >> 32);
      if (target > byte) {
        cp += utf8::code_points(text.substr(byte, target - byte));
        byte = target;
      }
      cps_[static_cast<std::uint32_t>(key)] = static_cast<std::uint32_t>(cp);
    }
  }

  void span(Out& out, const Span& s) {
    char* p = out.room(64);
    p = put(p, "{\"start\":");
    p = put_number(p, cps_[next_++]);
    p = put(p, ",\"end\":");
    p = put_number(p, cps_[next_++]);
    p = put(p, ",\"text\":");
    out.done(p);
    put_string(out, s.of(text_));
    out.literal("}");
  }

  void optional_span(Out& out, const std::optional<Span>& s) {
    if (s) span(out, *s);
    else out.literal("null");
  }

  std::size_t expected_size = 64;  // the room Out reserves

 private:
  std::string_view text_;
  std::vector<std::uint32_t> cps_;
  std::size_t next_ = 0;
};

}  // namespace

std::string to_json(std::string_view text, const Result& result) {
  if (!result.ok()) {
    const Error& e = *result.error;
    const std::size_t at = std::min(e.byte_offset, text.size());
    Out out(64);
    out.literal("{\"error\":{\"id\":");
    put_string(out, e.id);
    out.literal(",\"message\":");
    put_string(out, e.message);
    out.literal(",\"offset\":");
    out.done(put_number(out.room(20), utf8::code_points(text.substr(0, at))));
    out.literal("}}");
    return out.finish();
  }
  Writer w(text, result);
  Out out(w.expected_size);
  out.literal("{\"attributions\":[");
  for (std::size_t i = 0; i < result.attributions.size(); ++i) {
    const Attribution& a = result.attributions[i];
    if (i) out.literal(",");
    out.literal("{\"source\":");
    w.optional_span(out, a.source);
    out.literal(",\"cue\":");
    w.optional_span(out, a.cue);
    out.literal(",\"content\":");
    w.span(out, a.content);
    if (!a.content_fragments.empty()) {
      out.literal(",\"content_fragments\":[");
      for (std::size_t f = 0; f < a.content_fragments.size(); ++f) {
        if (f) out.literal(",");
        w.span(out, a.content_fragments[f]);
      }
      out.literal("]");
    }
    out.literal(",\"kind\":\"");
    const std::string_view kind = to_string(a.kind);
    out.done(std::copy(kind.begin(), kind.end(), out.room(kind.size())));
    out.literal("\",\"source_resolved\":");
    if (a.source) put_string(out, a.source_resolved);
    else out.literal("null");
    out.literal(",\"rule\":");
    put_string(out, a.rule);
    out.literal(",\"confidence\":");
    out.done(put_fraction(out.room(8), a.confidence));
    out.literal("}");
  }
  out.literal("]}");
  return out.finish();
}

}  // namespace saywho
