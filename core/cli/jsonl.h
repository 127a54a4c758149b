// One line of `saywho annotate` input to one line of output.
#pragma once

#include <string>
#include <string_view>

namespace saywho {

struct LineResult {
  std::string output;  // the JSON line to print (no newline); empty if none
  std::string error;   // why the line could not be annotated; empty if fine
};

// Reads {"id": ..., "text": "..."} and annotates the text. Blank lines give
// neither output nor error. Never throws.
LineResult annotate_line(std::string_view line);

}  // namespace saywho
