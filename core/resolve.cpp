#include "resolve.h"

#include <algorithm>

namespace saywho {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A person or organisation named in the text.
struct Entity {
  std::size_t at = 0;         // token where it is mentioned
  std::string name;           // canonical: "James Comey"
  std::vector<std::string> words;
  char gender = '-';          // m, f or -
  char kind = '-';            // p(erson), o(rganisation), g(roup) or -
  bool source = false;        // mentioned as a claim's source
  bool subject = false;       // opens its sentence
};

class Resolver {
 public:
  explicit Resolver(const Document& d) : d_(d) { collect_names(); }

  std::vector<std::string> run(const std::vector<Claim>& claims) {
    std::vector<const Claim*> order;
    for (const Claim& c : claims) order.push_back(&c);
    std::stable_sort(order.begin(), order.end(), [](const Claim* a, const Claim* b) {
      return (a->source ? a->source->first : a->content.first) <
             (b->source ? b->source->first : b->content.first);
    });
    std::vector<std::string> out(claims.size());
    for (const Claim* c : order) {
      if (!c->source) continue;
      out[static_cast<std::size_t>(c - claims.data())] = resolve(c->antecedent ? *c->antecedent : *c->source);
    }
    return out;
  }

 private:
  const Document& d_;
  std::vector<Entity> entities_;  // in order of mention

  const Token& tok(std::size_t i) const { return d_.tokens[i]; }
  bool word(std::size_t i) const { return tok(i).kind == TokenKind::word; }
  std::string_view text(std::size_t i) const { return tok(i).span.of(d_.text); }

  static std::string strip_possessive(std::string_view w) {
    for (std::string_view s : {"'s", "\u2019s", "'", "\u2019"})
      if (ends_with(w, s) && w.size() > s.size()) return std::string(w.substr(0, w.size() - s.size()));
    return std::string(w);
  }

  bool capital_name(std::size_t i) const {
    if (!word(i) || !tok(i).capitalized) return false;
    const std::string_view c = d_.word_class(i);
    return c.empty() || c == "time";
  }

  // Builds an entity from the capitalised words in r: titles before the name
  // give gender and kind and are dropped from the name.
  std::optional<Entity> entity(Range r) const {
    Entity e;
    e.at = r.first;
    std::size_t start = r.first;
    bool titled = false;
    for (std::size_t k = r.first; k <= r.last; ++k) {
      auto t = d_.lex.titles.find(tok(k).lower);
      if (t == d_.lex.titles.end()) continue;
      if (k < r.last) start = k + 1;
      titled = true;
      if (t->second.gender != '-') e.gender = t->second.gender;
    }
    for (std::size_t k = start; k <= r.last; ++k) {
      if (!capital_name(k) && !(k > start && word(k) && tok(k).capitalized)) continue;
      e.words.push_back(strip_possessive(text(k)));
    }
    if (e.words.empty()) return std::nullopt;
    for (const std::string& w : e.words) e.name += (e.name.empty() ? "" : " ") + w;
    std::string first = e.words.front();
    for (char& ch : first)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (e.gender == '-') {
      auto g = d_.lex.given_names.find(first);
      if (g != d_.lex.given_names.end() && e.words.size() > 1) e.gender = g->second;
    }
    if (titled || e.gender != '-') e.kind = 'p';
    auto p = d_.lex.people.find(tok(r.last).lower);
    if (p != d_.lex.people.end()) e.kind = p->second == "org" ? 'o' : 'g';
    return e;
  }

  // Every run of capitalised words is a mention; an apposition after it
  // ("Xinhua, China's state-run news agency,") tells what it is.
  void collect_names() {
    const std::size_t n = d_.size();
    for (std::size_t i = 0; i < n;) {
      if (!capital_name(i) && !(d_.lex.titles.count(tok(i).lower) && tok(i).capitalized)) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j + 1 < n && !tok(j + 1).line_before && word(j + 1) && tok(j + 1).capitalized &&
             (capital_name(j + 1) || d_.lex.titles.count(tok(j + 1).lower)))
        ++j;
      if (auto e = entity(Range{i, j})) {
        if (e->kind == '-') e->kind = apposition_kind(j);
        const std::size_t first = d_.sentences[d_.sentence_of[i]].first;
        e->subject = i <= first + 1;
        entities_.push_back(std::move(*e));
      }
      i = j + 1;
    }
  }

  char apposition_kind(std::size_t last) const {
    std::size_t k = last + 1;
    if (k >= d_.size() || tok(k).lower != ",") return '-';
    for (std::size_t m = k + 1; m < d_.size() && m - k < 12; ++m) {
      if (tok(m).line_before) break;
      if (tok(m).lower == "," || tok(m).lower == ".") {
        auto p = d_.lex.people.find(tok(m - 1).lower);
        if (p != d_.lex.people.end()) return p->second == "org" ? 'o' : 'p';
        break;
      }
    }
    return '-';
  }

  std::string as_written(Range r) const {
    std::size_t first = r.first;
    while (first < r.last && (tok(first).lower == "the" || tok(first).lower == "a" || tok(first).lower == "an"))
      ++first;
    const Span s = d_.span(Range{first, r.last});
    return std::string(s.of(d_.text));
  }

  // The latest entity before token `at` that fits; a source or a sentence
  // subject in the last two sentences wins over a later passing mention.
  const Entity* latest(std::size_t at, auto fits) const {
    const Entity* any = nullptr;
    const Entity* salient = nullptr;
    for (const Entity& e : entities_) {
      if (e.at >= at) break;
      if (!fits(e)) continue;
      any = &e;
      if (e.source || e.subject) salient = &e;
    }
    if (salient && d_.sentence_of[at] - d_.sentence_of[salient->at] <= 2) return salient;
    return any;
  }

  const Entity* alias(const Entity& e) const {
    // "Mr. Comey" or "Comey" is the fuller name mentioned before.
    const Entity* best = nullptr;
    for (const Entity& other : entities_) {
      if (other.at >= e.at) break;
      if (other.words.size() <= e.words.size()) continue;
      bool all = true;
      for (const std::string& w : e.words)
        all = all && std::find(other.words.begin(), other.words.end(), w) != other.words.end();
      if (all) best = &other;
    }
    return best;
  }

  void remember(Entity e) {
    e.source = true;
    auto pos = std::find_if(entities_.begin(), entities_.end(), [&](const Entity& x) { return x.at > e.at; });
    entities_.insert(pos, std::move(e));
  }

  std::string resolve(Range r) {
    const std::string_view cls = d_.word_class(r.last);
    if (r.first == r.last && cls.substr(0, 8) == "pronoun-") {
      const char g = cls.back();
      const Entity* e = nullptr;
      if (g == 'm' || g == 'f')
        e = latest(r.first, [g](const Entity& x) { return x.kind == 'p' && (x.gender == g || x.gender == '-'); });
      else if (g == 'n')
        e = latest(r.first, [](const Entity& x) { return x.kind == 'o'; });
      else if (g == 'p')
        e = latest(r.first, [](const Entity& x) { return x.kind == 'o' || x.kind == 'g'; });
      return e ? e->name : std::string(text(r.first));
    }
    bool named = false;
    for (std::size_t k = r.first; k <= r.last; ++k) named = named || capital_name(k);
    const bool definite = tok(r.first).lower == "the";
    auto head = d_.lex.people.find(tok(r.last).lower);
    const bool nominal = !tok(r.last).capitalized && head != d_.lex.people.end();
    if (named && nominal) return as_written(r);  // "the Obama administration"
    if (named) {
      auto e = entity(r);
      if (!e) return as_written(r);
      if (const Entity* full = alias(*e)) {
        if (e->kind == '-') e->kind = full->kind;
        e->name = full->name;
        e->words = full->words;
      }
      if (e->kind == '-') {
        auto same = std::find_if(entities_.begin(), entities_.end(),
                                 [&](const Entity& x) { return x.at == e->at; });
        if (same != entities_.end()) e->kind = same->kind;
      }
      std::string name = e->name;
      remember(std::move(*e));
      return name;
    }
    if (nominal && definite && r.last - r.first <= 3) {
      // "the media outlet": the organisation (or person) last named as a source.
      const char want = head->second == "org" ? 'o' : 'p';
      const Entity* e = latest(r.first, [want](const Entity& x) { return x.source && x.kind == want; });
      if (e) return e->name;
    }
    return as_written(r);
  }
};

}  // namespace

std::vector<std::string> resolve_sources(const Document& doc, const std::vector<Claim>& claims) {
  return Resolver(doc).run(claims);
}

}  // namespace saywho
