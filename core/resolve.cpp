#include "resolve.h"

#include <algorithm>
#include <cstdint>
#include <deque>

#include "word_map.h"

namespace saywho {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view strip_possessive(std::string_view w) {
  // Each suffix ends in 's', '\'' or ’'s last byte: most words end in none.
  if (w.empty() || (w.back() != 's' && w.back() != '\'' && w.back() != '\x99')) return w;
  for (std::string_view s : {"'s", "\u2019s", "'", "\u2019"})
    if (ends_with(w, s) && w.size() > s.size()) return w.substr(0, w.size() - s.size());
  return w;
}

// A run of capitalised words in the text: "FBI Director James Comey". A
// long text has one every fifty bytes or so: token indexes keep it small.
struct Mention {
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
  std::uint32_t at = 0;                 // first token
  std::uint32_t first = 0, last = 0;    // the tokens of the name without titles: James, Comey
  std::uint32_t described_as = kNone;   // the token of the head noun of an apposition: "agency"
  std::uint32_t age = kNone;            // the token of an age after the name: "Ana Ruiz, 58,"
  char gender = '-';                    // m, f or -
  char kind = '-';                      // p(erson), o(rganisation), n(amed like one) or - (unknown)
  bool firm = false;                    // named like a business: "Orbital Foods", "Acme Inc."
  Range name() const { return {first, last}; }
};

// Someone or something named so far, under its fullest name.
struct Known {
  std::string name;
  std::vector<std::string_view> words;  // views of the document's text
  char gender = '-';
  char kind = '-';
  bool firm = false;
  std::size_t salient_sentence = npos;  // last sentence where it was a source or subject
                                        // (counted from the text's start, across blocks)
  std::size_t source_sentence = npos;   // last sentence where it was a source by its name
};

}  // namespace

// Resolves sources in one pass over the text: mentions are taken in order
// and the claims' sources are met in order, so each lookup sees only what
// came before it and costs a bounded amount of work. A long text comes in
// blocks, one Document each: what is known carries from one to the next.
class Resolver {
 public:
  // A news article names a few dozen people and organisations: room for
  // them from the start, not grown (and rehashed) step by step.
  Resolver() {
    by_name_.reserve(kNames);
    by_word_.reserve(kNames);
  }

  std::vector<std::string> run(const Document& d, const std::vector<Claim>& claims, bool last) {
    d_ = &d;
    mentions_.clear();
    seen_ = 0;
    collect_mentions();
    collect_subjects();
    // Claims in the order their source (or antecedent) appears; (position,
    // index) keys keep equal positions in claim order (one 64-bit key, as
    // in rules.cpp).
    std::vector<std::uint64_t> order(claims.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      const Claim& c = claims[i];
      order[i] = std::uint64_t{(c.antecedent ? *c.antecedent : c.source ? *c.source : c.content).first} << 32 | i;
    }
    std::sort(order.begin(), order.end());
    std::vector<std::string> out(claims.size());
    for (const std::uint64_t key : order) {
      const std::size_t i = static_cast<std::uint32_t>(key);
      const Claim& c = claims[i];
      if (!c.source) continue;
      const Range r = c.antecedent ? *c.antecedent : *c.source;
      see_mentions_before(r.last + 1);
      out[i] = resolve(r);
    }
    // The rest of the block's mentions come before the next block's sources.
    if (!last) see_mentions_before(d_->size());
    sentence_base_ += d_->sentences.size();
    mentions_.clear();
    mentions_.shrink_to_fit();
    subjects_.clear();
    d_ = nullptr;
    return out;
  }

 private:
  static constexpr std::size_t kRecent = 12;  // candidates kept for pronouns
  static constexpr std::size_t kNames = 32;   // room reserved in by_name_ and by_word_

  const Document* d_ = nullptr;    // the current block
  std::size_t sentence_base_ = 0;  // sentences in the blocks before it
  std::vector<Mention> mentions_;  // the block's, in text order
  std::size_t seen_ = 0;           // mentions_[0, seen_) are before the current source
  std::vector<Range> subjects_;    // "The company" opening a sentence, in text order
  std::size_t seen_subjects_ = 0;  // subjects_[0, seen_subjects_) are before it
  // The maps' keys view the text (which outlives every block), a known
  // name or a head noun kept in heads_ (a deque never moves its elements).
  std::deque<Known> known_;
  std::deque<std::string> heads_;
  // Index values are 32-bit, as the lexicon's: in wasm one copy of the code serves both.
  WordMap<std::uint32_t> by_name_;  // canonical name -> known_
  WordMap<std::uint32_t> by_word_;  // each word of a full name -> known_
  WordMap<std::string> by_head_;    // "agency" -> "Xinhua"
  std::vector<std::size_t> recent_;                            // known_ indices, latest first
  std::string name_;  // alias()'s buffer for a name being looked up
  const int calendar_ = Lexicon::get().list_id("calendar");
  const int particles_ = Lexicon::get().list_id("name-particles");
  const int org_ends_ = Lexicon::get().list_id("org-name-ends");
  const int firm_ends_ = Lexicon::get().list_id("firm-name-ends");
  const int firm_nouns_ = Lexicon::get().list_id("firm-nouns");
  const int nouns_m_ = Lexicon::get().list_id("nouns-m");
  const int nouns_f_ = Lexicon::get().list_id("nouns-f");
  const int linking_ = Lexicon::get().list_id("linking-adjectives");
  const int speakers_for_ = Lexicon::get().list_id("speakers-for");

  const Token& tok(std::size_t i) const { return d_->tokens[i]; }
  bool word(std::size_t i) const { return i < d_->size() && tok(i).kind == TokenKind::word; }
  std::string_view text(std::size_t i) const { return tok(i).span.of(d_->text); }
  std::string_view name_word(std::size_t i) const { return strip_possessive(text(i)); }
  // Word i of a name ending at `last`: only the last loses a possessive ("the King's Fund").
  std::string_view word_of(std::size_t i, std::size_t last) const { return i == last ? name_word(i) : text(i); }
  bool title(std::size_t i) const { return d_->lexeme(i) && d_->lexeme(i)->title; }
  // The sentence of token i, counted from the text's start.
  std::size_t sentence(std::size_t i) const { return sentence_base_ + d_->sentence_of[i]; }

  // by_head_[head] = name, keeping a key that outlives the block's
  // lower-cased copy of the text.
  void set_head(std::string_view head, std::string name) {
    if (auto* e = by_head_.find(head)) e->second = std::move(name);
    else by_head_[heads_.emplace_back(head)] = std::move(name);
  }

  // A day or month is a name only as a given name ("April Ruiz", not
  // "Trump Wednesday").
  bool capital_name(std::size_t i) const {
    if (!word(i) || !d_->name_capital(i)) return false;
    const std::string_view c = d_->word_class(i);
    return c.empty() || (c == "time" && (!d_->listed(i, calendar_) || d_->lexeme(i)->given != '-'));
  }

  // "de" in "Bill de Blasio" and "Mr. de Blasio", "van" in "Ludwig van Beethoven".
  bool particle(std::size_t k) const {
    return k + 1 < d_->size() && word(k) && !tok(k).capitalized && d_->listed(k, particles_) && capital_name(k + 1) &&
           !tok(k + 1).line_before;
  }

  bool given(std::size_t i) const { return d_->lexeme(i) && d_->lexeme(i)->given != '-'; }
  bool is_possessive(std::size_t k) const { return word(k) && name_word(k).size() < text(k).size(); }

  // "of", "for", "and" or "&" between two capitalised words of one name
  // ("Department for Transport", "Bank of England").
  bool joins_name(std::size_t k) const {
    if (k == 0 || k + 1 >= d_->size() || !word(k)) return false;
    const std::string_view w = tok(k).lower;
    // "Hillary Clinton and Bernie Sanders", "Cruz and Sen. Rubio" are two.
    if ((w == "and" || w == "&") && (title(k + 1) || given(k + 1) || is_possessive(k - 1))) return false;
    // "Ted Cruz of Texas", "Sen. Cruz of Texas": a person of a place.
    if (w == "of" || w == "for") {
      std::size_t j = k - 1;
      while (j > 0 && capital_name(j - 1) && !title(j - 1)) --j;
      if (!title(j) && (given(j) || (j > 0 && title(j - 1)) || (j > 1 && !word(j - 1) && title(j - 2)))) return false;
    }
    return (w == "of" || w == "for" || w == "and" || w == "&") && capital_name(k - 1) && capital_name(k + 1) &&
           !tok(k + 1).line_before;
  }

  char people_kind(std::size_t i) const {
    const Lexeme* l = d_->lexeme(i);
    if (!l || l->people.empty()) return '-';
    return l->people == "org" ? 'o' : 'p';
  }

  // In a title-case headline ("9 Offensive Things Donald Trump Has Said",
  // "Chuck Grassley Compares Trump ...") a name starts at a given name or
  // title, and ends before a word in -s after it (not right after a given
  // name: "Bernie Sanders").
  Range headline_name(Range r) const {
    auto verb_like = [&](std::size_t k) {
      const std::string_view w = tok(k).lower;
      return w.size() > 3 && ends_with(w, "s") && !ends_with(w, "ss") && !is_possessive(k) && !given(k) &&
             !(k > 0 && given(k - 1));  // "Bernie Sanders" is a surname
    };
    std::size_t g = r.first;
    while (g < r.last && !given(g) && !title(g)) ++g;
    if (given(g) || title(g)) r.first = g;
    while (r.first < r.last && verb_like(r.first)) ++r.first;  // "... Clinton Wins Delaware Primary"
    for (std::size_t k = r.first + 1; k <= r.last; ++k)
      if (verb_like(k)) {
        r.last = k - 1;
        break;
      }
    return r;
  }

  // The name in r: the capitalised words after the last title, so that
  // "Council member Tomás Okafor" is "Tomás Okafor". Titles give gender.
  std::optional<Mention> mention(Range r) const {
    if (d_->sentences[d_->sentence_of[r.first]].title_case) r = headline_name(r);
    Mention m;
    m.at = static_cast<std::uint32_t>(r.first);
    bool titled = false;
    std::size_t start = r.first;
    // "World Health Organization": in an organisation's name a title word is a name word.
    const bool named_org = tok(r.last).capitalized && d_->listed(r.last, org_ends_);
    for (std::size_t k = r.first; k <= r.last; ++k) {
      if (named_org && k < r.last && title(k) && capital_name(k)) continue;
      // "Secretary of State Ana Ruiz": the title's "of" phrase is no part of the name.
      if (k > r.first && k + 2 <= r.last && tok(k).lower == "of" && title(k - 1) && capital_name(k + 1)) {
        start = k + 2;
        ++k;
        continue;
      }
      // "NBC's Chuck Todd": an owner before a person's given name and surname,
      // or title, is no part of the name ("Trump's Virginia" keeps its owner).
      if (k < r.last && is_possessive(k) &&
          (title(k + 1) || (given(k + 1) && k + 2 <= r.last && capital_name(k + 2)))) {
        start = k + 1;
        continue;
      }
      // "Farmer Glenn Whitaker", "Actress Ana Ruiz": a person noun before a
      // given name, or before two words of a person's name, is a title.
      const bool role = k == r.first && k < r.last && people_kind(k) == 'p' &&
                        (given(k + 1) || (k + 2 <= r.last && capital_name(k + 1) && capital_name(k + 2) &&
                                          !named_org && people_kind(r.last) != 'o'));
      if (!title(k) && !role && capital_name(k)) continue;
      if (k > r.first && k < r.last && joins_name(k)) continue;  // "Department for Transport"
      if (k < r.last && particle(k) && (k == r.first || title(k - 1) || capital_name(k - 1))) continue;
      if (title(k)) {
        titled = true;
        const char g = d_->lexeme(k)->title->gender;
        if (g != '-') m.gender = g;
      }
      start = k + 1;
    }
    if (start > r.last) return std::nullopt;
    m.first = static_cast<std::uint32_t>(start);
    m.last = static_cast<std::uint32_t>(r.last);
    if (m.gender == '-' && r.last > start) {
      // The first word without its possessive, lower-cased: the same bytes of the
      // token's lower-case view ("Hillary's" is "hillary").
      const Lexeme* first = d_->lex.lexeme(tok(start).lower.substr(0, name_word(start).size()));
      if (first) m.gender = first->given;
    }
    // "Dayton Daily News" ends in a word of organisations' names: 'n', no "he" or "she".
    m.kind = people_kind(r.last) == 'o' ? 'o' : (titled || m.gender != '-') ? 'p' : named_org ? 'n' : '-';
    m.firm = m.kind == 'n' && d_->listed(r.last, firm_ends_);
    return m;
  }

  // The head noun of a description: the last word before a preposition or
  // the end ("a longtime critic of the project" -> critic); its token, or npos.
  std::size_t head_of(std::size_t first, std::size_t end) const {
    std::size_t head = npos;
    for (std::size_t k = first; k < end && word(k); ++k) {
      if (d_->word_class(k) == "preposition" || d_->word_class(k) == "relative") break;
      head = k;
    }
    return head;
  }

  // "Xinhua, China's state-run news agency," or "The city's chief engineer,
  // Dr. Lena Park,": the description says what the name is (the token of
  // its head noun, or npos).
  std::size_t described(std::size_t first, std::size_t last) const {
    const std::size_t after = last + 1;
    if (after + 1 < d_->size() && tok(after).lower == "," && !tok(after + 1).line_before &&
        (d_->word_class(after + 1) == "determiner" || ends_with(tok(after + 1).lower, "s"))) {
      std::size_t end = after + 1;
      while (end < d_->size() && end - after < 12 && word(end) && !tok(end).line_before) ++end;
      if (end < d_->size() && (tok(end).lower == "," || tok(end).lower == ".")) return head_of(after + 1, end);
    }
    if (first >= 2 && tok(first - 1).lower == "," && word(first - 2) && !tok(first - 2).capitalized &&
        last + 1 < d_->size() && tok(last + 1).lower == ",")
      return first - 2;
    return npos;
  }

  void collect_mentions() {
    const std::size_t n = d_->size();
    mentions_.reserve(n / 8);  // news runs about one a ten tokens: no regrowth
    for (std::size_t i = 0; i < n;) {
      // A name starts at a name capital or at a lower-case particle; nine
      // in ten tokens are neither, and this loop visits every token.
      const Token& t = tok(i);
      if (!t.name_capital && (t.capitalized || t.kind != TokenKind::word || !d_->listed(i, particles_))) {
        ++i;
        continue;
      }
      // Names inside a quotation are the speaker's words, not candidates
      // for the pronoun that names the speaker after it.
      const bool starts = (t.name_capital && !d_->in_quote(i) && (capital_name(i) || title(i))) ||
                          (!d_->in_quote(i) && particle(i));
      if (!starts) {
        ++i;
        continue;
      }
      // "Said Solovey, ...", "(See Sexton's timeline)": a verb that opens the
      // sentence is no part of a name.
      const std::size_t opens = d_->sentences[d_->sentence_of[i]].first;
      if (d_->is_verb_form(i) && !given(i) && (opens == i || (opens + 1 == i && !word(opens)))) {
        ++i;
        continue;
      }
      std::size_t j = i;
      for (;;) {
        if (j + 2 < n && joins_name(j + 1) && !tok(j + 2).line_before && !d_->in_quote(j + 2)) {
          // "and" joins an organisation's name ("Securities and Exchange
          // Commission"), not two people ("Crapo and Risch").
          std::size_t e = j + 2;
          while (e + 1 < n && capital_name(e + 1) && !tok(e + 1).line_before) ++e;
          const std::string_view w = tok(j + 1).lower;
          if ((w == "and" || w == "&") && people_kind(e) != 'o') break;
          j += 2;  // "Bank of England", "Institute for Fiscal Studies"
          continue;
        }
        if (j + 2 < n && !d_->in_quote(j + 1) && particle(j + 1) && !tok(j + 1).line_before) {
          ++j;  // "Pierre de Vos"
          continue;
        }
        // "Clinton's Iowa dilemma": a possessive ends the name.
        if (is_possessive(j) ||
            !(j + 1 < n && !tok(j + 1).line_before && !d_->in_quote(j + 1) && d_->name_capital(j + 1) &&
              (capital_name(j + 1) || title(j + 1))))
          break;
        ++j;
      }
      // A lone capitalised common noun ("Drivers should ...") opens a
      // sentence; it names no one.
      const bool common =
          i == j && (people_kind(i) != '-' || (d_->lexeme(i) && !d_->lexeme(i)->noun.empty()) || d_->is_verb_form(i));
      if (auto m = common ? std::nullopt : mention(Range{i, j})) {
        if (const std::size_t d = described(i, j); d != npos) m->described_as = static_cast<std::uint32_t>(d);
        if (j + 3 < n && tok(j + 1).lower == "," && tok(j + 3).lower == "," && tok(j + 2).lower.size() <= 3 &&
            std::all_of(tok(j + 2).lower.begin(), tok(j + 2).lower.end(), [](char c) { return c >= '0' && c <= '9'; }))
          m->age = static_cast<std::uint32_t>(j + 2);
        if (m->kind == '-' && m->described_as != Mention::kNone) {
          const char kind = people_kind(m->described_as);
          if (kind != '-') m->kind = kind;
        }
        mentions_.push_back(*m);
      }
      i = j + 1;
    }
  }

  // "The company disputed that account. In a statement, it said": an
  // organisation described by its head noun as a sentence's subject is
  // whom "it" after it stands for, as its name would be.
  void collect_subjects() {
    seen_subjects_ = 0;
    for (const Sentence& sent : d_->sentences) {
      const std::size_t k = sent.first;
      if (k + 2 >= d_->size() || tok(k).lower != "the" || d_->in_quote(k)) continue;
      std::size_t h = k + 1;
      while (h < k + 3 && word(h + 1) && !tok(h + 1).capitalized && d_->word_class(h).empty() &&
             people_kind(h) != 'o')
        ++h;
      if (word(h) && !tok(h).capitalized && people_kind(h) == 'o' && !is_possessive(h) && word(h + 1) &&
          !tok(h + 1).capitalized && d_->word_class(h + 1) != "preposition")
        subjects_.push_back(Range{k, h});
    }
  }

  void see_subject(Range r) {
    if (const std::size_t k = described_entity(r); k != npos) {
      known_[k].salient_sentence = sentence(r.first);
      make_recent(k);
    }
  }

  // The known entity a definite description of an organisation stands for
  // ("the media outlet" for Xinhua, "the company" for a business named
  // just before), or npos.
  std::size_t described_entity(Range r) const {
    const WordMap<std::string>::Entry* known = by_head_.find(tok(r.last).lower);
    return known ? entity_named(known->second) : organisation_named_before(r);
  }

  // The organisation named last before a description of one that names no
  // head it was given ("the company" after "Orbital Foods"), or npos.
  std::size_t organisation_named_before(Range r) const {
    if (people_kind(r.last) != 'o') return npos;
    // "the company" is the business named last, not an agency named since.
    const bool firm = d_->listed(r.last, firm_nouns_);
    const Known* e = firm ? latest(r.first, [](const Known& x) { return !x.words.empty() && x.firm; }) : nullptr;
    if (!e) e = latest(r.first, [](const Known& x) { return !x.words.empty() && x.kind == 'o'; });
    // "Apple said ... The company added": a one-word name that is no
    // person's, a source in one of the two sentences before.
    if (!e && firm) {
      const std::size_t now = sentence(r.first);
      e = latest(r.first, [now](const Known& x) {
        return x.words.size() == 1 && x.kind == '-' && x.gender == '-' && x.source_sentence != npos &&
               now - x.source_sentence <= 2;
      });
    }
    // (Named ones only: "the council" is not "the agency" met before.)
    if (!e || e->salient_sentence == npos || sentence(r.first) - e->salient_sentence > 3) return npos;
    return entity_named(e->name);
  }

  std::size_t entity_named(const std::string& name) const {
    const auto* it = by_name_.find(name);
    return it ? it->second : npos;
  }

  void see_mentions_before(std::size_t token) {
    for (; seen_ < mentions_.size() && mentions_[seen_].at < token; ++seen_) {
      const Mention& m = mentions_[seen_];
      see_subjects_before(m.at);
      const std::size_t first = d_->sentences[d_->sentence_of[m.at]].first;
      // ("Rovers coach Pete Sandoval was ...": a name after its team and role opens the sentence too.)
      bool subject = m.at <= first + 1;
      // "Asked whether ..., Barrett shrugged.": a name after the sentence's
      // opening phrase and its comma, before a verb, is its subject too.
      if (!subject && m.at > first + 2 && tok(m.at - 1).lower == "," && m.last + 1 < d_->size() &&
          d_->is_verb_form(m.last + 1) && !tok(m.last + 1).capitalized &&
          strip_possessive(tok(m.last).lower).size() == tok(m.last).lower.size()) {  // (not "..., Oz's show proved")
        subject = true;
        for (std::size_t k = first; k + 1 < m.at; ++k) subject = subject && tok(k).lower != ",";
      }
      if (!subject && m.at <= first + 3 && people_kind(m.at - 1) == 'p' && !tok(m.at - 1).capitalized) {
        subject = true;
        for (std::size_t k = first; k + 1 < m.at; ++k) subject = subject && capital_name(k);
      }
      learn(m, subject);
    }
    see_subjects_before(token);
  }

  void see_subjects_before(std::size_t token) {
    for (; seen_subjects_ < subjects_.size() && subjects_[seen_subjects_].first < token; ++seen_subjects_)
      see_subject(subjects_[seen_subjects_]);
  }

  // Adds a mention to what is known and returns its entity's index.
  std::size_t learn(const Mention& m, bool salient) {
    std::size_t k = alias(m.name(), m.kind == 'p');
    // "Mrs. Clinton" after "Bill Clinton": another person of that name.
    if (k != npos && m.gender != '-' && known_[k].gender != '-' && known_[k].gender != m.gender) {
      k = npos;
      const std::string_view surname = name_word(m.last);
      // One of that gender, else one whose gender is not known ("Ivana
      // Trump"), named in full with that surname last, among the recent ones
      // (a bounded search however many names the text holds).
      for (const char g : {m.gender, '-'})
        for (std::size_t j : recent_)
          if (k == npos && known_[j].gender == g && known_[j].kind != 'o' && known_[j].words.size() > 1 &&
              known_[j].words.back() == surname)
            k = j;
      if (k == npos) {  // named with the title, so that the two differ
        std::size_t t = m.at;
        while (t < m.first && !title(t)) ++t;  // "the former Mrs. Trump": from "Mrs."
        name_.assign(text(t).data(), text(m.last).data() + text(m.last).size() - text(t).data());
        if (auto* exact = by_name_.find(name_)) k = exact->second;
      }
    }
    if (k == npos) {
      Known e;
      e.name = name_;  // alias() has joined the words
      e.words.reserve(m.last - m.first + 1);
      for (std::size_t t = m.first; t <= m.last; ++t) e.words.push_back(word_of(t, m.last));
      k = known_.size();
      known_.push_back(std::move(e));
      by_name_[known_[k].name] = static_cast<std::uint32_t>(k);
    }
    Known& e = known_[k];
    if (e.gender == '-') e.gender = m.gender;
    if (e.kind == '-') e.kind = m.kind;
    e.firm = e.firm || m.firm;
    // "Clinton" after "Hillary Clinton" and "the Clinton Foundation" is the
    // person: an organisation's name takes no word a person's name holds.
    if (e.words.size() > 1)
      for (std::string_view w : e.words) {
        auto* it = by_word_.find(w);
        if (!it) by_word_[w] = static_cast<std::uint32_t>(k);
        else if (e.kind != 'o' || known_[it->second].kind != 'p') it->second = static_cast<std::uint32_t>(k);
      }
    if (salient) e.salient_sentence = sentence(m.at);
    if (m.described_as != Mention::kNone) set_head(tok(m.described_as).lower, e.name);
    // "Ana Ruiz, 58, said ... The 58-year-old added".
    if (m.age != Mention::kNone) set_head(std::string(tok(m.age).lower) + "-year-old", e.name);
    make_recent(k);
    return k;
  }

  // Puts entity k first among the candidates for pronouns.
  // The list is short (kRecent): the ones before k (or all, the last
  // dropped when it is full) move back by one, with no erase and insert.
  void make_recent(std::size_t k) {
    std::size_t j = 0;
    while (j < recent_.size() && recent_[j] != k) ++j;
    if (j == recent_.size()) {
      if (recent_.size() < kRecent) recent_.push_back(k);
      j = recent_.size() - 1;
    }
    for (; j > 0; --j) recent_[j] = recent_[j - 1];
    recent_[0] = k;
  }

  // A person known by a description only: no words to match a later name.
  void remember(const std::string& name, char gender, std::size_t at, char kind = 'p') {
    std::size_t k;
    if (auto* it = by_name_.find(name)) {
      k = it->second;
      if (known_[k].gender == '-') known_[k].gender = gender;
    } else {
      k = known_.size();
      known_.push_back(Known{name, {}, gender, kind});
      by_name_[known_[k].name] = static_cast<std::uint32_t>(k);
    }
    known_[k].salient_sentence = sentence(at);
    make_recent(k);
  }

  // "City officials said ... they say": people in the plural are whom "they"
  // stands for ("witness", "waitress" are one).
  void remember_plural(Range r, const std::string& name) {
    const std::string_view h = tok(r.last).lower;
    if (people_kind(r.last) == 'p' && h.size() > 3 &&
        ((h.back() == 's' && !ends_with(h, "ss")) || h == "people" || h == "police"))
      remember(name, 'p', r.first);
  }

  // "Comey" or "Mr. Comey" is the "James Comey" named before. If it finds
  // none (npos), it leaves the name's words joined by spaces in name_.
  std::size_t alias(Range name, bool person) {
    // A lone surname is the fullest name that holds it ("Clinton" after
    // "Hillary Clinton"), even where it was also seen alone before.
    auto it = by_word_.find(name_word(name.last));
    // "QUILL: ..." in a transcript is the Quill named before.
    if (name.first == name.last && it == by_word_.end()) {
      const std::string_view w = name_word(name.last);
      if (w.size() > 1 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        it = by_word_.find(std::string(w.substr(0, 1)).append(tok(name.last).lower.substr(1, w.size() - 1)));
    }
    // A titled one ("Mr. Clinton") is a person, not the "Clinton Global Initiative".
    if (name.first == name.last && it != by_word_.end() && known_[it->second].kind != 'o' &&
        (!person || known_[it->second].kind == 'p'))
      return it->second;
    name_.clear();  // joined only now: a known lone surname needs no copy
    for (std::size_t t = name.first; t <= name.last; ++t) {
      if (t > name.first) name_ += ' ';
      name_ += word_of(t, name.last);
    }
    if (auto exact = by_name_.find(name_); exact != by_name_.end()) return exact->second;
    if (it == by_word_.end()) return npos;
    const Known& full = known_[it->second];
    for (std::size_t t = name.first; t <= name.last; ++t)
      if (std::find(full.words.begin(), full.words.end(), word_of(t, name.last)) == full.words.end()) return npos;
    return it->second;
  }

  // A source or a sentence's subject in the last two sentences before token `at`.
  bool salient(const Known& e, std::size_t at) const {
    return e.salient_sentence != npos && sentence(at) - e.salient_sentence <= 2;
  }

  // The latest known entity that fits; a salient one wins over a passing mention.
  template <typename Fits>
  const Known* latest(std::size_t at, Fits fits) const {
    const Known* any = nullptr;
    for (std::size_t k : recent_) {
      const Known& e = known_[k];
      if (!fits(e)) continue;
      if (!any) any = &e;
      if (salient(e, at)) return &e;
    }
    return any;
  }

  std::string as_written(Range r) const {
    std::size_t first = r.first;
    while (first < r.last && (tok(first).lower == "the" || tok(first).lower == "a" || tok(first).lower == "an"))
      ++first;
    std::string out(d_->span(Range{first, r.last}).of(d_->text));
    // "The mayor's warning that ...": the owner, without the possessive.
    if (is_possessive(r.last)) out.resize(out.size() - (text(r.last).size() - name_word(r.last).size()));
    return out;
  }

  std::string pronoun(Range r, char g) const {
    const Known* e = nullptr;
    if (g == 'm' || g == 'f') {
      auto person = [g](const Known& x) {
        return (x.kind == 'p' || (x.kind == '-' && x.words.size() > 1)) && (x.gender == g || x.gender == '-');
      };
      e = latest(r.first, person);
      // "Martha Quill keeps the Point Arden light. ... she added": one of
      // that gender beats a name not known to be a person's, unless that
      // was just a subject ("Dr. Lena Park" is a person's).
      if (e && e->gender == '-' && e->kind == '-' && !salient(*e, r.first))
        if (const Known* same = latest(r.first, [&](const Known& x) { return person(x) && x.gender == g; }))
          e = same;
    } else if (g == 'n')
      e = latest(r.first, [](const Known& x) {
        return x.kind == 'o' || x.kind == 'n' || (x.kind == '-' && x.words.size() == 1);
      });
    else if (g == 'p')
      e = latest(r.first, [](const Known& x) { return x.kind == 'o' || x.gender == 'p'; });
    return e ? e->name : std::string(text(r.first));
  }

  // The word class of token i, or of the pronoun in a contraction
  // ("they've", "he’d", "she's").
  std::string_view word_class(std::size_t i) const {
    const std::string_view c = d_->word_class(i);
    return c.empty() ? d_->lex.word_class(d_->contracted(i)) : c;
  }

  std::string resolve(Range r) {
    const std::string_view cls = word_class(r.last);
    if (r.first == r.last && cls.substr(0, 8) == "pronoun-") return pronoun(r, cls.back());
    // "his claim that ...": a possessive pronoun stands for its owner as
    // the personal pronoun would.
    if (r.first == r.last) {
      const std::string_view w = tok(r.first).lower;
      if (w == "his" || w == "her") return pronoun(r, w == "his" ? 'm' : 'f');
      if (w == "their") return pronoun(r, 'p');
      if (w == "its") return pronoun(r, 'n');
    }
    // "A statement from the mayor's office", "A 2020 study by Harvard
    // researchers": a document or remark from or by someone is theirs.
    for (std::size_t k = r.first + 1; k + 1 <= r.last && k <= r.first + 3; ++k)
      if ((tok(k).lower == "from" || tok(k).lower == "by") && d_->lexeme(k - 1) && !d_->lexeme(k - 1)->noun.empty() &&
          (people_kind(r.last) != '-' || capital_name(r.last)))  // not "reports from the convention"
        return resolve(Range{k + 1, r.last});
    bool named = false;
    for (std::size_t k = r.first; k <= r.last; ++k) named = named || capital_name(k);
    const char head_kind = d_->name_capital(r.last) ? '-' : people_kind(r.last);
    // "its chief executive, Vanessa Hebditch, said": a role in commas
    // before a name is that one's.
    // ("According to one source, G4S is ..." is no such name.)
    if (head_kind == 'p' && seen_ < mentions_.size() && mentions_[seen_].at == r.last + 2 &&
        tok(r.last + 1).lower == "," && mentions_[seen_].kind != 'o' && mentions_[seen_].kind != 'n' &&
        mentions_[seen_].last + 1 < d_->size() &&
        (tok(mentions_[seen_].last + 1).lower == "," || tok(mentions_[seen_].last + 1).lower == ".")) {
      see_subjects_before(r.last + 2);
      return known_[learn(mentions_[seen_++], false)].name;
    }
    // "Xinhua's report said": a document or remark is its author's.
    if (r.last > r.first && d_->lexeme(r.last) && !d_->lexeme(r.last)->noun.empty() && is_possessive(r.last - 1) &&
        capital_name(r.last - 1)) {
      std::size_t first = r.last - 1;
      while (first > r.first && (capital_name(first - 1) || (first > r.first + 1 && joins_name(first - 1)))) --first;
      // The name opens the phrase: "a person familiar with the FDA's review" is no review.
      if (first <= r.first + 1)
        if (auto m = mention(Range{first, r.last - 1})) return known_[learn(*m, true)].name;
    }
    // "Lawrence Joyce and William Graham" said: both, as written.
    for (std::size_t k = r.first + 1; named && k < r.last; ++k)
      if ((tok(k).lower == "and" || tok(k).lower == "&") && (!joins_name(k) || (k >= 2 && tok(k - 2).lower == ",")))
        return as_written(r);  // ("Ruiz, Lee and Park": a list, whatever joins_name says)
    // "financial disclosures filed with the Senate": a participle and a
    // preposition before the name place the phrase's own head ("polls
    // compiled by CNN" are CNN's).
    for (std::size_t k = r.first + 1; named && k < r.last && !capital_name(k); ++k)
      if (word(k) && !tok(k).capitalized && tok(k).lower.size() > 3 && ends_with(tok(k).lower, "ed") &&
          d_->word_class(k + 1) == "preposition" &&
          (tok(k + 1).lower != "by" || people_kind(k - 1) == 'p'))  // "residents interviewed by Reuters"
        return as_written(r);
    // "a retiree in Carthage", "Six Gannett newspapers in New Jersey": people
    // placed somewhere are not the place; nor are "people familiar with the
    // FBI's review" the FBI.
    for (std::size_t k = r.first; named && k < r.last; ++k)
      if (word(k) && (!tok(k).capitalized || k == r.first) &&  // "Officials in Kyiv", "Democrats on the panel"
          ((people_kind(k) != '-' &&
            (tok(k + 1).lower == "in" || tok(k + 1).lower == "from" || d_->listed(k + 1, linking_))) ||
           (k == r.first && ends_with(tok(k).lower, "s") && (tok(k + 1).lower == "in" || tok(k + 1).lower == "on"))))
        return as_written(r);
    // "Grace Mutua of the Nairobi-based Institute": the person, not the place she is of.
    std::size_t f = r.first;
    while (f < r.last && (title(f) || !word(f))) ++f;  // "Sen. Ted Cruz"
    if (named && capital_name(f) && !title(f)) {
      std::size_t k = f;
      while (k < r.last && capital_name(k + 1)) ++k;
      const std::string_view p = k < r.last ? tok(k + 1).lower : std::string_view{};
      // "Sen. Ted Cruz of Texas" is a person too, though "of" may join a name.
      if ((k > f || f > r.first) && (p == "of" || p == "at" || p == "from"))
        if (auto m = mention(Range{r.first, k});
            m && m->kind != 'o' && m->kind != 'n' && (!joins_name(k + 1) || m->kind == 'p'))
          return known_[learn(*m, true)].name;
    }
    if (named && head_kind == '-') {
      auto m = mention(r);
      if (!m) return as_written(r);
      const std::size_t k = learn(*m, true);
      known_[k].source_sentence = sentence(r.first);
      if (r.first == r.last) remember_plural(r, known_[k].name);  // "Critics argue ... they contend"
      // "A spokesperson for the Rail Delivery Group" makes "the
      // spokesperson" that group's too.
      for (std::size_t p = r.first; p + 1 <= r.last; ++p)
        if (people_kind(p) != '-' && !tok(p).capitalized &&
            (tok(p + 1).lower == "for" || tok(p + 1).lower == "of" || tok(p + 1).lower == "at"))
          set_head(tok(p).lower, known_[k].name);
      return known_[k].name;
    }
    // "A Department for Transport spokesperson": the organisation named
    // before a word for one who speaks for it, as "a spokesperson for".
    if (named && r.last > r.first && d_->listed(r.last, speakers_for_) && capital_name(r.last - 1)) {
      std::size_t first = r.first;
      while (first < r.last && !capital_name(first)) ++first;
      if (auto m = mention(Range{first, r.last - 1}); m && m->kind != 'p') {
        const std::size_t k = learn(*m, true);
        set_head(tok(r.last).lower, known_[k].name);
        return known_[k].name;
      }
    }
    if (named || head_kind == '-') {  // "the Obama administration"
      std::string name = as_written(r);
      remember_plural(r, name);
      return name;
    }
    for (std::size_t k = r.first; k < r.last; ++k)
      if (d_->word_class(k) == "preposition") {  // "a letter sent to the council"
        std::string name = as_written(r);
        // "A spokesperson for the county council said ... She added": one
        // person first met so is whom a pronoun after may stand for.
        const std::string_view d = tok(r.first).lower;
        if (k == r.first + 2 && (d == "a" || d == "an" || d == "one") && people_kind(k - 1) == 'p' &&
            !ends_with(tok(k - 1).lower, "s"))
          remember(name, d_->listed(k - 1, nouns_m_) ? 'm' : d_->listed(k - 1, nouns_f_) ? 'f' : '-', r.first);
        return name;
      }
    // A description: "the media outlet", "the agency", "the spokesman".
    const std::string_view head = tok(r.last).lower;
    const bool definite = tok(r.first).lower == "the" || tok(r.first).lower == "this";
    std::string name;
    if (definite && r.last - r.first <= 3) {
      // "Sam Okoro, 58, ... The 58-year-old union boss": a known age names
      // the one described before the head noun does.
      const WordMap<std::string>::Entry* known = nullptr;
      for (std::size_t k = r.first + 1; !known && k <= r.last; ++k)
        if (ends_with(tok(k).lower, "-year-old")) known = by_head_.find(tok(k).lower);
      if (!known) known = by_head_.find(head);
      if (known) {
        name = known->second;
      } else if (head_kind == 'o') {
        // "Orbital Foods said ... The company said": a business's name is
        // "the company", and "it" after it stands for that business.
        if (const std::size_t k = organisation_named_before(r); k != npos) {
          name = known_[k].name;
          known_[k].salient_sentence = sentence(r.first);
          make_recent(k);
        }
      }
    }
    if (name.empty()) {
      name = as_written(r);
      // "A homeless man said ... he asked": a man or a woman first met in a
      // description is someone a pronoun may stand for ("the businessman" is
      // most often someone named before).
      const std::string_view d = tok(r.first).lower;
      const bool new_one = d == "a" || d == "an" || d == "one" || d == "my" || d == "his" || d == "her" ||
                           d == "their" || d == "our";
      const char g = d_->listed(r.last, nouns_m_) ? 'm' : d_->listed(r.last, nouns_f_) ? 'f' : '-';
      if (g != '-' && new_one) remember(name, g, r.first);
      if (g == '-') remember_plural(r, name);
      // "The hospital disputes her account. In a statement, it said": an
      // organisation first met in a description is whom "it" stands for.
      if (head_kind == 'o' && definite && r.last - r.first <= 3) remember(name, '-', r.first, 'o');
    }
    set_head(head, name);  // "the state transport agency" ... "the agency"
    return name;
  }
};

SourceResolver::SourceResolver() : resolver_(std::make_unique<Resolver>()) {}
SourceResolver::~SourceResolver() = default;

std::vector<std::string> SourceResolver::resolve(const Document& block, const std::vector<Claim>& claims,
                                                 bool last) {
  return resolver_->run(block, claims, last);
}

}  // namespace saywho
