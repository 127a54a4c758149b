// Benchmark driver for the native core. Prints one JSON object.
//
//   bench_annotate corpus FILE.jsonl [REPEATS]   throughput over each text
//   bench_annotate size FILE.jsonl BYTES         one text of about BYTES,
//                                                made of the corpus's texts
//   bench_annotate adversarial NAME BYTES        no-sentence-end, quotes,
//                                                interrupted-quotes, asides, verbless-clause,
//                                                relative-claims, according-run, one-quotation
//   bench_annotate blocks FILE.jsonl BYTES [BLOCK]  one text of about BYTES,
//                                                the corpus's texts joined by
//                                                blank lines, in blocks of BLOCK
//                                                (annotate()'s by default) and
//                                                whole: how many attributions differ
// Peak memory is the process's maximum resident set (run one case per
// process to measure it); annotate()'s share of it is the peak less the
// resident set just before the call (rss_now_before_kb).
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "blocks.h"
#include "saywho.h"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> read_texts(const std::string& path) {
  std::vector<std::string> texts;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) texts.push_back(nlohmann::json::parse(line)["text"].get<std::string>());
  return texts;
}

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

// The resident set now (Linux), or -1: the peak before annotate() may be
// higher, left by reading the corpus.
long rss_kb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = -1;
  if (!(statm >> pages >> resident)) return -1;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

void print_one(const std::string& text) {
  const long before = peak_rss_kb(), now = rss_kb();
  const auto t = Clock::now();
  const saywho::Result r = saywho::annotate(text);
  const double s = seconds_since(t);
  nlohmann::json out = {{"bytes", text.size()},
                        {"seconds", s},
                        {"mb_per_s", static_cast<double>(text.size()) / 1e6 / s},
                        {"attributions", r.attributions.size()},
                        {"rss_before_kb", before},
                        {"rss_now_before_kb", now},
                        {"peak_rss_kb", peak_rss_kb()}};
  std::cout << out.dump() << "\n";
}

// Each attribution as its JSON, counted: a multiset to compare runs by.
std::map<std::string, int> attribution_set(const std::string& text, const saywho::Result& r) {
  std::map<std::string, int> out;
  const nlohmann::json j = nlohmann::json::parse(saywho::to_json(text, r));
  for (const auto& a : j["attributions"]) ++out[a.dump()];
  return out;
}

// Attributions in `a` and not in `b`, printed to standard error.
std::size_t only_in(const std::map<std::string, int>& a, const std::map<std::string, int>& b, const char* label) {
  std::size_t n = 0;
  for (const auto& [json, count] : a) {
    const auto it = b.find(json);
    const int missing = count - (it == b.end() ? 0 : it->second);
    for (int k = 0; k < missing; ++k, ++n) std::cerr << label << " " << json << "\n";
  }
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() >= 2 && args[0] == "corpus") {
    const auto texts = read_texts(args[1]);
    const int repeats = args.size() > 2 ? std::stoi(args[2]) : 5;
    std::size_t bytes = 0, found = 0;
    for (const auto& t : texts) bytes += t.size();
    std::vector<double> runs;
    for (int r = 0; r < repeats; ++r) {
      const auto t = Clock::now();
      found = 0;
      for (const auto& text : texts) found += saywho::annotate(text).attributions.size();
      runs.push_back(seconds_since(t));
    }
    std::sort(runs.begin(), runs.end());
    const double median = runs[runs.size() / 2];
    nlohmann::json out = {{"texts", texts.size()},    {"bytes", bytes},
                          {"repeats", repeats},        {"median_seconds", median},
                          {"mb_per_s", static_cast<double>(bytes) / 1e6 / median},
                          {"attributions", found}};
    std::cout << out.dump() << "\n";
    return 0;
  }
  if (args.size() == 3 && args[0] == "size") {
    const auto texts = read_texts(args[1]);
    const std::size_t want = std::stoul(args[2]);
    std::string text;
    for (std::size_t i = 0; text.size() < want && !texts.empty(); ++i) {
      text += texts[i % texts.size()];
      text += "\n";
    }
    print_one(text);
    return 0;
  }
  if ((args.size() == 3 || args.size() == 4) && args[0] == "blocks") {
    const auto texts = read_texts(args[1]);
    const std::size_t want = std::stoul(args[2]);
    const std::size_t block = args.size() == 4 ? std::stoul(args[3]) : saywho::kBlockBytes;
    std::string text;
    for (std::size_t i = 0; text.size() < want && !texts.empty(); ++i) {
      if (i > 0) text += "\n\n";
      text += texts[i % texts.size()];
    }
    std::size_t blocks = 0;
    for (std::size_t b = 0; b < text.size(); ++blocks) b = saywho::block_end(text, b, block);
    const auto blocked = attribution_set(text, saywho::annotate_in_blocks(text, {}, block));
    const auto whole = attribution_set(text, saywho::annotate_in_blocks(text, {}, text.size()));
    std::size_t n_blocked = 0, n_whole = 0;
    for (const auto& [json, count] : blocked) n_blocked += count;
    for (const auto& [json, count] : whole) n_whole += count;
    nlohmann::json out = {{"bytes", text.size()},
                          {"block_bytes", block},
                          {"blocks", blocks},
                          {"attributions_blocked", n_blocked},
                          {"attributions_whole", n_whole},
                          {"only_blocked", only_in(blocked, whole, "blocked-only")},
                          {"only_whole", only_in(whole, blocked, "whole-only")}};
    std::cout << out.dump() << "\n";
    return 0;
  }
  if (args.size() == 3 && args[0] == "adversarial") {
    const std::size_t n = std::stoul(args[2]);
    std::string text;
    if (args[1] == "no-sentence-end") {
      const std::string piece = "officials said the plan, which he said would work, was fine and ";
      while (text.size() < n) text += piece;
    } else if (args[1] == "quotes") {
      while (text.size() < n) text += "\xE2\x80\x9C said ";  // unmatched opening marks
    } else if (args[1] == "interrupted-quotes") {
      while (text.size() < n) text += "\xE2\x80\x9CWe will win,\xE2\x80\x9D he said, \xE2\x80\x9C" "and ";
    } else if (args[1] == "asides") {
      // One sentence of participle asides: each one's source search once
      // ran back through all those before it.
      text = "Ruiz";
      while (text.size() < n) text += ", saying it";
      text += ", said the plan failed.";
    } else if (args[1] == "verbless-clause") {
      // One sentence of words with no verb, then ", said Smith.": the test
      // that the words before the comma make a clause once ran over them
      // again for each of them.
      while (text.size() < n) text += "word ";
      text += ", said Smith.";
    } else if (args[1] == "relative-claims") {
      // One sentence of relative clauses that each report ("— which
      // engineers say is old"): each claim's clause was once sought to the
      // sentence's end.
      while (text.size() < n) text += "the levee \xE2\x80\x94 which engineers say is old ";
      text += ".";
    } else if (args[1] == "according-run") {
      // One sentence of "according to" phrases: each once sought a colon
      // back to the sentence's start, and each relay covered all before it.
      while (text.size() < n) text += "According to a poll published by the paper ";
    } else if (args[1] == "one-quotation") {
      text = "\xE2\x80\x9C";
      const std::string piece = "We will win. They said so, he said. ";
      while (text.size() < n) text += piece;
      text += "\xE2\x80\x9D the mayor said.";
    } else {
      std::cerr << "unknown adversarial input " << args[1] << "\n";
      return 2;
    }
    print_one(text);
    return 0;
  }
  std::cerr << "usage: bench_annotate corpus FILE [REPEATS] | size FILE BYTES | blocks FILE BYTES [BLOCK] | "
               "adversarial NAME BYTES\n";
  return 2;
}
