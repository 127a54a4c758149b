// saywho: the command-line tool. See `saywho --help`.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "eval.h"
#include "json.h"
#include "saywho.h"

namespace {

constexpr const char* kHelp = R"(usage:
  saywho annotate [FILE...]      annotate JSON Lines documents
  saywho eval GOLD.jsonl [--kinds direct,indirect,mixed] [--json]
                                 score saywho against annotated documents
  saywho --help | --version

annotate reads one JSON object a line, {"id": ..., "text": "..."}, from each
FILE or from standard input, and writes one line a document:
  {"id": ..., "attributions": [{"source", "cue", "content", "kind",
   "source_resolved", "rule", "confidence"}, ...]}
where source, cue and content are {"start", "end", "text"} with Unicode code
point offsets into the text (end exclusive); source and cue may be null.
A line that cannot be read is reported on standard error with its line
number; the other lines are still processed, and the exit status is 1.

eval runs saywho over GOLD (the same JSON Lines, with gold "attributions")
and prints content, attribution (content+source) and cue precision, recall
and F1, and recall by kind, as shared/eval/score.py defines them.
)";

using json = nlohmann::ordered_json;

// Annotates every line of `in`; returns the number of bad lines.
int annotate_stream(std::istream& in, const std::string& name) {
  int bad = 0;
  std::string line;
  for (long n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    auto fail = [&](const std::string& why) {
      std::cerr << "saywho: " << name << ":" << n << ": " << why << "\n";
      ++bad;
    };
    json doc;
    try {
      doc = json::parse(line);
    } catch (const json::parse_error& e) {
      fail(std::string("not valid JSON: ") + e.what());
      continue;
    }
    if (!doc.is_object() || !doc.contains("text") || !doc["text"].is_string()) {
      fail("expected an object with a string \"text\"");
      continue;
    }
    const std::string text = doc["text"].get<std::string>();
    json out;
    out["id"] = doc.contains("id") ? doc["id"] : json(nullptr);
    const saywho::Result result = saywho::annotate(text);
    if (!result.ok()) fail(result.error->id + ": " + result.error->message);
    json body = saywho::to_json_value(text, result);
    for (auto& [key, value] : body.items()) out[key] = std::move(value);
    std::cout << out.dump(-1, ' ', false, json::error_handler_t::replace) << '\n' << std::flush;
  }
  return bad;
}

int annotate_command(const std::vector<std::string>& files) {
  int bad = 0;
  if (files.empty()) return annotate_stream(std::cin, "stdin") ? 1 : 0;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::cerr << "saywho: cannot open " << f << "\n";
      ++bad;
      continue;
    }
    bad += annotate_stream(in, f);
  }
  return bad ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kHelp;
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "saywho " << saywho::version() << "\n";
    return 0;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  if (command == "annotate") return annotate_command(args);
  if (command == "eval") return saywho::eval_command(args);
  std::cerr << "saywho: unknown command '" << command << "' (see saywho --help)\n";
  return 2;
}
