#include "jsonl.h"

#include <nlohmann/json.hpp>

#include "json_bytes.h"
#include "saywho.h"
#include "utf8.h"

namespace saywho {
namespace {

bool json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void skip_space(std::string_view s, std::size_t& i) {
  while (i < s.size() && json_space(s[i])) ++i;
}

// Four hex digits at s[i], or false.
bool hex4(std::string_view s, std::size_t i, char32_t& cp) {
  if (s.size() < i + 4) return false;
  cp = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    const char c = s[k];
    const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return false;
    cp = cp << 4 | static_cast<char32_t>(d);
  }
  return true;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Reads the JSON string that opens at s[i] into out and moves i past it.
// False for a raw control character, a bad escape or a lone surrogate: the
// caller then leaves the line to nlohmann, which says what is wrong. The
// bytes are not checked for UTF-8 here.
bool read_string(std::string_view s, std::size_t& i, std::string& out) {
  if (i >= s.size() || s[i] != '"') return false;
  std::size_t run = ++i;  // the bytes not yet copied
  for (;;) {
    while (i + 8 <= s.size() && json_plain8(s.data() + i)) i += 8;
    while (i < s.size() && s[i] != '"' && s[i] != '\\' && static_cast<unsigned char>(s[i]) >= 0x20) ++i;
    if (i >= s.size() || static_cast<unsigned char>(s[i]) < 0x20) return false;
    out.append(s.data() + run, i - run);
    if (s[i++] == '"') return true;
    if (i >= s.size()) return false;
    const char e = s[i++];
    char32_t cp = 0;
    switch (e) {
      case '"': case '\\': case '/': out += e; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        if (!hex4(s, i, cp)) return false;
        i += 4;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          char32_t low = 0;
          if (s.substr(i, 2) != "\\u" || !hex4(s, i + 2, low) || low < 0xDC00 || low > 0xDFFF) return false;
          i += 6;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, cp);
        break;
      }
      default: return false;
    }
    run = i;
  }
}

// The usual line, {"id": "...", "text": "..."} with the keys in either
// order, an id that is a string without escapes or null (or no id), read
// without building a JSON document: false for anything else, which goes to
// nlohmann. id_json gets the id as nlohmann would write it back.
bool read_plain_line(std::string_view s, std::string& id_json, std::string& text) {
  std::size_t i = 0;
  skip_space(s, i);
  if (i >= s.size() || s[i++] != '{') return false;
  bool have_id = false, have_text = false;
  std::string key;
  for (;;) {
    skip_space(s, i);
    key.clear();
    if (!read_string(s, i, key)) return false;
    skip_space(s, i);
    if (i >= s.size() || s[i++] != ':') return false;
    skip_space(s, i);
    if (key == "text" && !have_text) {
      text.reserve(s.size() - i);  // no longer than its JSON: no regrowth and copying
      if (!read_string(s, i, text)) return false;
      have_text = true;
    } else if (key == "id" && !have_id) {
      if (s.substr(i, 4) == "null") {
        id_json = "null";
        i += 4;
      } else {
        const std::size_t start = i;
        if (!read_string(s, i, key)) return false;
        if (s.substr(start, i - start).find('\\') != std::string_view::npos) return false;
        id_json = s.substr(start, i - start);
        if (utf8::first_invalid(key)) return false;
      }
      have_id = true;
    } else {
      return false;
    }
    skip_space(s, i);
    if (i >= s.size()) return false;
    const char c = s[i++];
    if (c == '}') break;
    if (c != ',') return false;
  }
  skip_space(s, i);
  if (i != s.size() || !have_text || utf8::first_invalid(text)) return false;
  if (!have_id) id_json = "null";
  return true;
}

}  // namespace

LineResult annotate_line(std::string_view line) {
  using json = nlohmann::ordered_json;
  LineResult r;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find_first_not_of(" \t") == std::string_view::npos) return r;
  std::string id, text;
  if (!read_plain_line(line, id, text)) {
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
    text = std::move(doc["text"].get_ref<std::string&>());
    const json id_value = doc.contains("id") ? doc["id"] : json(nullptr);
    id = id_value.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  const Result result = annotate(text);
  if (!result.ok()) r.error = result.error->id + ": " + result.error->message;
  // {"id":...,  then the core's own JSON object without its opening brace.
  const std::string body = to_json(text, result);
  r.output.reserve(7 + id.size() + body.size());
  r.output += "{\"id\":";
  r.output += id;
  r.output += ',';
  r.output.append(body, 1);
  return r;
}

}  // namespace saywho
