// saywho: the command-line tool. See `saywho --help`.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "eval.h"
#include "jsonl.h"
#include "saywho.h"

namespace {

constexpr const char* kHelp = R"(usage:
  saywho annotate [--jobs N] [FILE...]
                                 annotate JSON Lines documents, N at a time
                                 (0: one per core); output keeps input order
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

// Annotates every line of `in`, `jobs` documents at a time, and prints the
// results in input order; returns the number of bad lines. Memory stays
// bounded by one batch of lines.
int annotate_stream(std::istream& in, const std::string& name, unsigned jobs) {
  int bad = 0;
  const std::size_t batch = jobs > 1 ? 16 * jobs : 1;
  std::vector<std::string> lines;
  std::vector<saywho::LineResult> results;
  long first_line = 1;
  auto flush = [&] {
    results.assign(lines.size(), {});
    if (jobs > 1) {
      std::atomic<std::size_t> next{0};
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < jobs; ++t)
        pool.emplace_back([&] {
          for (std::size_t i; (i = next++) < lines.size();) results[i] = saywho::annotate_line(lines[i]);
        });
      for (auto& t : pool) t.join();
    } else {
      for (std::size_t i = 0; i < lines.size(); ++i) results[i] = saywho::annotate_line(lines[i]);
    }
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (!results[i].error.empty()) {
        std::cerr << "saywho: " << name << ":" << first_line + static_cast<long>(i) << ": "
                  << results[i].error << "\n";
        ++bad;
      }
      if (!results[i].output.empty()) std::cout << results[i].output << '\n';
    }
    std::cout.flush();
    first_line += static_cast<long>(lines.size());
    lines.clear();
  };
  for (std::string line; std::getline(in, line);) {
    lines.push_back(std::move(line));
    if (lines.size() >= batch) flush();
  }
  flush();
  return bad;
}

int annotate_command(std::vector<std::string> args) {
  unsigned jobs = 1;
  std::vector<std::string> files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--jobs" || args[i] == "-j") {
      if (i + 1 == args.size()) {
        std::cerr << "saywho: --jobs needs a number\n";
        return 2;
      }
      const int n = std::atoi(args[++i].c_str());
      jobs = n > 0 ? static_cast<unsigned>(n) : std::max(1u, std::thread::hardware_concurrency());
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      std::cerr << "saywho: unknown option '" << args[i] << "' (see saywho --help)\n";
      return 2;
    } else {
      files.push_back(args[i]);
    }
  }
  int bad = 0;
  if (files.empty()) return annotate_stream(std::cin, "stdin", jobs) ? 1 : 0;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      std::cerr << "saywho: cannot open " << f << "\n";
      ++bad;
      continue;
    }
    bad += annotate_stream(in, f, jobs);
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
  for (const std::string& a : args)
    if (a == "--help" || a == "-h") {
      std::cout << kHelp;
      return 0;
    }
  if (command == "annotate") return annotate_command(args);
  if (command == "eval") return saywho::eval_command(args);
  std::cerr << "saywho: unknown command '" << command << "' (see saywho --help)\n";
  return 2;
}
