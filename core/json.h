// The JSON form of a result, for the CLI and the wasm binding.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "saywho.h"

namespace saywho {

// {"attributions":[...]} or {"error":{...}}, with code point offsets.
nlohmann::ordered_json to_json_value(std::string_view text, const Result& result);

}  // namespace saywho
