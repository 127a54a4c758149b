// Scores saywho against gold annotations, with the definitions of
// shared/eval/score.py: content spans match when, trimmed of space,
// punctuation and quotation marks, their Jaccard overlap is at least 0.5
// (one-to-one, best overlap first); a matched pair's source is right when
// the spans overlap or one's words contain the other's (titles and "the"
// dropped); its cue is right when the cue spans overlap.
#include "eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "saywho.h"
#include "utf8.h"

namespace saywho {
namespace {

using json = nlohmann::ordered_json;
using Text = std::u32string;

Text decode_all(std::string_view s) {
  Text out;
  for (std::size_t i = 0, len = 1; i < s.size(); i += len) out.push_back(utf8::decode(s, i, len));
  return out;
}

// Space, punctuation and math or modifier symbols (Unicode P*, Sk, Sm), as
// far as the blocks news text uses.
bool is_trim(char32_t c) {
  if (c < 0x80) return !std::isalnum(static_cast<int>(c));
  return c == 0xA0 || (c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) ||
         c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x2190 && c <= 0x22FF) ||
         (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20);
}

bool is_alnum(char32_t c) {
  if (c < 0x80) return std::isalnum(static_cast<int>(c));
  return !is_trim(c) && !(c >= 0x2100 && c <= 0x2BFF) && !(c >= 0x1F000 && c <= 0x1FAFF);
}

struct Range {
  long s = 0, e = 0;
};

std::optional<Range> trimmed(const json& span, const Text& text) {
  if (!span.is_object()) return std::nullopt;
  long s = std::max<long>(0, span.value("start", 0L));
  long e = std::min<long>(static_cast<long>(text.size()), span.value("end", 0L));
  while (s < e && is_trim(text[static_cast<std::size_t>(s)])) ++s;
  while (e > s && is_trim(text[static_cast<std::size_t>(e - 1)])) --e;
  if (s >= e) return std::nullopt;
  return Range{s, e};
}

double jaccard(std::optional<Range> a, std::optional<Range> b) {
  if (!a || !b) return 0;
  const long inter = std::max(0L, std::min(a->e, b->e) - std::max(a->s, b->s));
  const long uni = std::max(a->e, b->e) - std::min(a->s, b->s);
  return uni ? static_cast<double>(inter) / static_cast<double>(uni) : 0;
}

std::set<std::u32string> words(const Text& s) {
  static const std::set<std::u32string> titles = {
      U"mr", U"mrs", U"ms", U"miss", U"dr", U"prof", U"sen", U"rep", U"gov", U"gen", U"the", U"a",
      U"an", U"president", U"minister", U"secretary", U"director", U"s", U"'s"};
  std::set<std::u32string> out;
  std::u32string w;
  auto flush = [&] {
    if (!w.empty() && !titles.count(w)) out.insert(w);
    w.clear();
  };
  for (char32_t c : s) {
    if (is_alnum(c)) w.push_back(c < 0x80 ? static_cast<char32_t>(std::tolower(static_cast<int>(c))) : c);
    else flush();
  }
  flush();
  return out;
}

Text slice(const Text& t, std::optional<Range> r) {
  return r ? t.substr(static_cast<std::size_t>(r->s), static_cast<std::size_t>(r->e - r->s)) : Text();
}

bool subset(const std::set<std::u32string>& a, const std::set<std::u32string>& b) {
  return std::includes(b.begin(), b.end(), a.begin(), a.end());
}

bool source_ok(const json& p, const json& g, const Text& text) {
  const json& ps = p["source"];
  const json& gs = g["source"];
  if (!gs.is_object()) return !ps.is_object();
  if (!ps.is_object()) return false;
  auto a = trimmed(ps, text), b = trimmed(gs, text);
  if (a && b && std::min(a->e, b->e) > std::max(a->s, b->s)) return true;
  auto resolved = [&](const json& x, std::optional<Range> r) {
    if (x.contains("source_resolved") && x["source_resolved"].is_string() &&
        !x["source_resolved"].get<std::string>().empty())
      return decode_all(x["source_resolved"].get<std::string>());
    return slice(text, r);
  };
  const auto pw = words(resolved(p, a)), gw = words(resolved(g, b));
  return !pw.empty() && !gw.empty() && (subset(pw, gw) || subset(gw, pw));
}

bool cue_ok(const json& p, const json& g, const Text& text) {
  auto a = trimmed(p["cue"], text), b = trimmed(g["cue"], text);
  if (!b) return true;
  return a && std::min(a->e, b->e) > std::max(a->s, b->s);
}

// Four decimals, as shared/eval/score.py rounds every figure before it
// prints three: the two tools then print the same digits.
double round4(double x) { return std::round(x * 10000) / 10000; }

json prf(long tp, long npred, long ngold) {
  const double p = npred ? static_cast<double>(tp) / static_cast<double>(npred) : 0;
  const double r = ngold ? static_cast<double>(tp) / static_cast<double>(ngold) : 0;
  const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  return {{"precision", round4(p)}, {"recall", round4(r)}, {"f1", round4(f)},
          {"tp", tp}, {"pred", npred}, {"gold", ngold}};
}

}  // namespace

std::set<std::string> split_kinds(const std::string& s) {
  std::set<std::string> out;
  std::stringstream in(s);
  for (std::string k; std::getline(in, k, ',');) out.insert(k);
  return out;
}

std::optional<json> evaluate(std::istream& in, const std::set<std::string>& kinds, std::string& error) {
  auto kind_of = [](const json& a) { return a.value("kind", std::string("direct")); };
  long n_gold = 0, n_pred = 0, tp_content = 0, tp_attr = 0, tp_full = 0, docs = 0;
  std::map<std::string, std::pair<long, long>> by_kind;
  std::string line;
  for (long n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json doc;
    try {
      doc = json::parse(line);
    } catch (const json::exception& e) {
      error = "line " + std::to_string(n) + ": not valid JSON: " + e.what();
      return std::nullopt;
    }
    if (!doc.is_object() || !doc.contains("text") || !doc["text"].is_string()) {
      error = "line " + std::to_string(n) + ": expected an object with a string \"text\"";
      return std::nullopt;
    }
    ++docs;
    const std::string raw = doc["text"].get<std::string>();
    const Text text = decode_all(raw);
    std::vector<json> g, p;
    for (const json& a : doc.value("attributions", json::array()))
      if (kinds.count(kind_of(a))) g.push_back(a);
    const json pred = json::parse(to_json(raw, annotate(raw)));
    for (const json& a : pred.value("attributions", json::array()))
      if (kinds.count(kind_of(a)) && a["content"].is_object()) p.push_back(a);
    n_gold += static_cast<long>(g.size());
    n_pred += static_cast<long>(p.size());
    for (const json& a : g) by_kind[kind_of(a)].second += 1;
    struct Cand {
      double o;
      std::size_t i, j;
    };
    std::vector<Cand> cand;
    std::vector<std::optional<Range>> gc;
    for (const json& a : g) gc.push_back(trimmed(a["content"], text));
    for (std::size_t i = 0; i < p.size(); ++i) {
      const auto pc = trimmed(p[i]["content"], text);
      for (std::size_t j = 0; j < g.size(); ++j) {
        const double o = jaccard(pc, gc[j]);
        if (o >= 0.5) cand.push_back({o, i, j});
      }
    }
    // Best overlap first; ties as Python's reverse tuple sort breaks them.
    std::sort(cand.begin(), cand.end(), [](const Cand& a, const Cand& b) {
      if (a.o != b.o) return a.o > b.o;
      if (a.i != b.i) return a.i > b.i;
      return a.j > b.j;
    });
    std::vector<char> used_p(p.size(), 0), used_g(g.size(), 0);
    for (const Cand& c : cand) {
      if (used_p[c.i] || used_g[c.j]) continue;
      used_p[c.i] = used_g[c.j] = 1;
      ++tp_content;
      if (source_ok(p[c.i], g[c.j], text)) {
        ++tp_attr;
        by_kind[kind_of(g[c.j])].first += 1;
        if (cue_ok(p[c.i], g[c.j], text)) ++tp_full;
      }
    }
  }
  json result = {{"documents", docs},
                 {"content", prf(tp_content, n_pred, n_gold)},
                 {"attribution", prf(tp_attr, n_pred, n_gold)},
                 {"attribution_with_cue", prf(tp_full, n_pred, n_gold)}};
  json recall = json::object();
  for (const auto& [k, v] : by_kind)
    recall[k] = v.second ? round4(static_cast<double>(v.first) / static_cast<double>(v.second)) : 0.0;
  result["recall_by_kind"] = recall;
  return result;
}

int eval_command(const std::vector<std::string>& args) {
  std::string gold_path, kinds_arg = "direct,indirect,mixed";
  bool as_json = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--json") as_json = true;
    else if (args[i] == "--kinds" && i + 1 < args.size()) kinds_arg = args[++i];
    else if (gold_path.empty()) gold_path = args[i];
    else {
      std::cerr << "saywho eval: unexpected argument '" << args[i] << "'\n";
      return 2;
    }
  }
  if (gold_path.empty()) {
    std::cerr << "saywho eval: usage: saywho eval GOLD.jsonl [--kinds LIST] [--json]\n";
    return 2;
  }
  std::ifstream in(gold_path, std::ios::binary);
  if (!in) {
    std::cerr << "saywho eval: cannot open " << gold_path << "\n";
    return 2;
  }
  std::string error;
  const auto result = evaluate(in, split_kinds(kinds_arg), error);
  if (!result) {
    std::cerr << "saywho eval: " << gold_path << ": " << error << "\n";
    return 2;
  }
  for (const char* key : {"content", "attribution", "attribution_with_cue"}) {
    const json& m = (*result)[key];
    std::printf("%-22s P %.3f  R %.3f  F1 %.3f  (tp %ld, pred %ld, gold %ld)\n", key,
                m["precision"].get<double>(), m["recall"].get<double>(), m["f1"].get<double>(),
                m["tp"].get<long>(), m["pred"].get<long>(), m["gold"].get<long>());
  }
  std::printf("recall by kind (attribution):");
  const char* sep = " ";
  for (const auto& [k, v] : (*result)["recall_by_kind"].items()) {
    std::printf("%s%s %.3f", sep, k.c_str(), v.get<double>());
    sep = ", ";
  }
  std::printf("\n");
  if (as_json) std::printf("%s\n", result->dump().c_str());
  return 0;
}

}  // namespace saywho
