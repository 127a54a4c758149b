// libFuzzer target: any bytes through annotate() and to_json(). Checks that
// nothing crashes, every span lies inside the text, and the JSON parses
// with each span's text equal to its code point slice.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "saywho.h"
#include "../unit/test_util.h"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}


}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const saywho::Result r = saywho::annotate(text);
  const std::string out = saywho::to_json(text, r);
  const auto j = nlohmann::json::parse(out);
  if (!r.ok()) {
    require(j.contains("error"));
    return 0;
  }
  const std::u32string cps = saywho::test::code_points(text);
  for (const saywho::Attribution& a : r.attributions) {
    require(a.content.begin < a.content.end && a.content.end <= text.size());
    if (a.source) require(a.source->begin < a.source->end && a.source->end <= text.size());
    if (a.cue) require(a.cue->begin < a.cue->end && a.cue->end <= text.size());
  }
  for (const auto& a : j["attributions"])
    for (const char* key : {"source", "cue", "content"}) {
      if (a[key].is_null()) continue;
      const auto s = a[key]["start"].get<std::size_t>(), e = a[key]["end"].get<std::size_t>();
      require(s < e && e <= cps.size());
      require(saywho::test::code_points(a[key]["text"].get<std::string>()) == cps.substr(s, e - s));
    }
  return 0;
}
