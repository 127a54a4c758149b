#include "jsonl.h"

#include <nlohmann/json.hpp>

#include "saywho.h"

namespace saywho {

LineResult annotate_line(std::string_view line) {
  using json = nlohmann::ordered_json;
  LineResult r;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find_first_not_of(" \t") == std::string_view::npos) return r;
  json doc = json::parse(line, nullptr, false);
  if (doc.is_discarded()) {
    // Parse again only to say where it went wrong; bad lines are rare.
    try {
      [[maybe_unused]] const json again = json::parse(line);
    } catch (const json::exception& e) {
      r.error = std::string("not valid JSON: ") + e.what();
    }
    if (r.error.empty()) r.error = "not valid JSON";
    return r;
  }
  if (!doc.is_object() || !doc.contains("text") || !doc["text"].is_string()) {
    r.error = "expected an object with a string \"text\"";
    return r;
  }
  if (doc.contains("id") && !(doc["id"].is_string() || doc["id"].is_number() || doc["id"].is_null())) {
    r.error = "\"id\" must be a string or a number";
    return r;
  }
  const std::string& text = doc["text"].get_ref<const std::string&>();
  const Result result = annotate(text);
  if (!result.ok()) r.error = result.error->id + ": " + result.error->message;
  // {"id":...,  then the core's own JSON object without its opening brace.
  const std::string body = to_json(text, result);
  const json id = doc.contains("id") ? doc["id"] : json(nullptr);
  r.output = "{\"id\":" + id.dump(-1, ' ', false, json::error_handler_t::replace) + "," + body.substr(1);
  return r;
}

}  // namespace saywho
