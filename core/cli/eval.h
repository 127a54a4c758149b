// saywho eval: scores saywho against gold-annotated JSON Lines.
#pragma once

#include <string>
#include <vector>

namespace saywho {

// Runs `saywho eval ARGS...`; returns the exit status.
int eval_command(const std::vector<std::string>& args);

}  // namespace saywho
