// saywho eval: scores saywho against gold-annotated JSON Lines, with the
// definitions of shared/eval/score.py.
#pragma once

#include <istream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace saywho {

// Annotates each gold document read from `gold` and returns the figures:
// {"documents", "content", "attribution", "attribution_with_cue" (each
// {"precision", "recall", "f1", "tp", "pred", "gold"}), "recall_by_kind"}.
// Only attributions whose kind is in `kinds` count. On unreadable input,
// returns nothing and says why in `error`.
std::optional<nlohmann::ordered_json> evaluate(std::istream& gold, const std::set<std::string>& kinds,
                                               std::string& error);

std::set<std::string> split_kinds(const std::string& comma_separated);

// Runs `saywho eval ARGS...`; returns the exit status.
int eval_command(const std::vector<std::string>& args);

}  // namespace saywho
