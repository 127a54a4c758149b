#include <algorithm>
#include <nlohmann/json.hpp>

#include "json.h"
#include "saywho.h"
#include "utf8.h"

namespace saywho {

using json = nlohmann::ordered_json;

json to_json_value(std::string_view text, const Result& result) {
  if (!result.ok()) {
    const Error& e = *result.error;
    const std::size_t at = std::min(e.byte_offset, text.size());
    json err = {{"id", e.id}, {"message", e.message}, {"offset", utf8::to_code_points(text, {at})[0]}};
    return json{{"error", err}};
  }
  // Every byte offset is converted to code points in a single pass.
  std::vector<std::size_t> bytes;
  auto collect = [&](const Span& s) {
    bytes.push_back(s.begin);
    bytes.push_back(s.end);
  };
  for (const Attribution& a : result.attributions) {
    if (a.source) collect(*a.source);
    if (a.cue) collect(*a.cue);
    collect(a.content);
    for (const Span& f : a.content_fragments) collect(f);
  }
  std::sort(bytes.begin(), bytes.end());
  bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
  const std::vector<std::size_t> cps = utf8::to_code_points(text, bytes);
  auto cp = [&](std::size_t b) {
    return cps[static_cast<std::size_t>(std::lower_bound(bytes.begin(), bytes.end(), b) - bytes.begin())];
  };
  auto span = [&](const Span& s) {
    return json{{"start", cp(s.begin)}, {"end", cp(s.end)}, {"text", std::string(s.of(text))}};
  };
  json list = json::array();
  for (const Attribution& a : result.attributions) {
    json j;
    j["source"] = a.source ? span(*a.source) : json(nullptr);
    j["cue"] = a.cue ? span(*a.cue) : json(nullptr);
    j["content"] = span(a.content);
    if (!a.content_fragments.empty()) {
      json frags = json::array();
      for (const Span& f : a.content_fragments) frags.push_back(span(f));
      j["content_fragments"] = std::move(frags);
    }
    j["kind"] = to_string(a.kind);
    j["source_resolved"] = a.source ? json(a.source_resolved) : json(nullptr);
    j["rule"] = a.rule;
    j["confidence"] = a.confidence;
    list.push_back(std::move(j));
  }
  return json{{"attributions", std::move(list)}};
}

std::string to_json(std::string_view text, const Result& result) {
  return to_json_value(text, result).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace saywho
