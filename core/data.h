// The lexicons under core/data/, compiled into the binary.
#pragma once

#include <string_view>

namespace saywho::data {

// The text of the data file with this name ("verbs.tsv"), or "" if none.
std::string_view file(std::string_view name);

}  // namespace saywho::data
