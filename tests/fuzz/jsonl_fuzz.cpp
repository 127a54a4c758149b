// libFuzzer target: any bytes as one line of `saywho annotate` input. Checks
// that nothing crashes and that every line gets either output or an error.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const saywho::LineResult r = saywho::annotate_line(line);
  if (!r.output.empty() && !nlohmann::json::accept(r.output)) std::abort();
  const bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
  if (!blank && r.output.empty() && r.error.empty()) std::abort();
  return 0;
}
