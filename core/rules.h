// The attribution rules: each finds claims of one shape in a document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace saywho {

// A rule's record, from core/data/rules.tsv.
struct Rule {
  std::string id;
  double confidence = 0;
  std::string what;
  std::string example;  // "\n" in the file stands for a line break
};

const std::vector<Rule>& rules();
const Rule* find_rule(std::string_view id);

// A claim as token ranges, before resolution.
struct Claim {
  std::optional<Range> source;
  std::optional<Range> cue;
  Range content;
  std::vector<Range> fragments;  // two or more when the content is interrupted
  std::string_view rule;
  std::optional<Range> antecedent = std::nullopt;  // what a relative pronoun source ("who") stands for
};

// Applies every rule; claims come back in order of content start.
std::vector<Claim> find_claims(const Document& doc);

}  // namespace saywho
