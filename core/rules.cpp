#include "rules.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "data.h"
#include "lexicon.h"

namespace saywho {
namespace {

// "0.85" -> 0.85. The file is ours; std::stod would bring locale code into
// the wasm module for this one use.
double parse_fraction(std::string_view s) {
  double value = 0, scale = 1;
  bool after_point = false;
  for (char c : s) {
    if (c == '.') after_point = true;
    else if (c >= '0' && c <= '9') {
      if (after_point) value += (c - '0') * (scale /= 10);
      else value = value * 10 + (c - '0');
    }
  }
  return value;
}

std::vector<Rule> load_rules() {
  std::vector<Rule> out;
  std::string_view file = data::file("rules.tsv");
  while (!file.empty()) {
    std::size_t nl = file.find('\n');
    std::string_view line = file.substr(0, nl);
    file = nl == std::string_view::npos ? std::string_view() : file.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i)
      if (i == line.size() || line[i] == '\t') {
        cols.emplace_back(line.substr(start, i - start));
        start = i + 1;
      }
    if (cols.size() < 4) continue;
    Rule r{cols[0], parse_fraction(cols[1]), cols[2], ""};
    for (std::size_t i = 0; i < cols[3].size(); ++i) {  // "\\n" in the file is a line break
      const bool escape = cols[3].compare(i, 2, "\\n") == 0;
      r.example += escape ? '\n' : cols[3][i];
      i += escape;
    }
    out.push_back(std::move(r));
  }
  return out;
}

// The ids of the core/data/rule_words.tsv lists the rules consult.
struct Lists {
  static int id(std::string_view name) { return Lexicon::get().list_id(name); }
  int adjunct_openers = id("adjunct-openers");
  int answers = id("answers");
  int anonymity = id("anonymity");
  int asked_openers = id("asked-openers");
  int back_verbs = id("back-verbs");
  int bare_object = id("bare-object");
  int be_forms = id("be-forms");
  int clause_breaks = id("clause-breaks");
  int title_nouns = id("title-nouns");
  int colon_labels = id("colon-labels");
  int content_prepositions = id("content-prepositions");
  int idiom_objects = id("idiom-objects");
  int audience_verbs = id("audience-verbs");
  int place_prepositions = id("place-prepositions");
  int coordinators = id("coordinators");
  int modals = id("modals");
  int passive_of = id("passive-of");
  int time_openers = id("time-openers");
  int cue_prepositions = id("cue-prepositions");
  int preposition_verbs = id("preposition-verbs");
  int verb_prepositions = id("verb-prepositions");
  int mostly_nouns = id("mostly-nouns");
  int naming = id("naming");
  int sides = id("sides");
  int idle_participles = id("idle-participles");
  int name_particles = id("name-particles");
  int needs_to = id("needs-to");
  int told_to = id("told-to");
  int noun_determiners = id("noun-determiners");
  int noun_first = id("noun-first");
  int participle_prepositions = id("participle-prepositions");
  int participles = id("participles");
  int pronoun_heads = id("pronoun-heads");
  int view_nouns = id("view-nouns");
  int linking_adjectives = id("linking-adjectives");
  int preposition_content = id("preposition-content");
  int no_bare_object = id("no-bare-object");
  int raising = id("raising");
  int raising_adjectives = id("raising-adjectives");
  int raising_looks = id("raising-looks");
  int going_on = id("going-on");
  int ly_nouns = id("ly-nouns");
  int relative_verbs = id("relative-verbs");
  int object_verbs = id("object-verbs");
  int amount_prepositions = id("amount-prepositions");
  int phoning = id("phoning");
  int that_hosts = id("that-hosts");
  int survey_nouns = id("survey-nouns");
  int idle_objects = id("idle-objects");
  int venues = id("venues");
  int np_enders = id("np-enders");
};

const Lists& lists() {
  static const Lists ids;
  return ids;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && same_bytes(s.substr(s.size() - suffix.size()), suffix);
}

// Finds claims sentence by sentence. Tokens join at most one claim's
// content, as in PolNeAR, except that a relay ("X said ..., according to
// Y") may cover a claim already made.
class Finder {
 public:
  static constexpr std::size_t kMaxModifierTail = 40;  // tokens
  static constexpr std::size_t kMaxNounPhrase = 48;     // tokens
  static constexpr std::size_t kMaxClause = 600;        // tokens: a reported clause's most
  static constexpr std::size_t kMinFloatingWords = 6;  // a floating quotation's least words
  static constexpr std::size_t kMinContinuedWords = 3;  // ... right after the speaker's quotation
  explicit Finder(const Document& d) : d_(d), used_(d.size(), 0), words_before_(d.size() + 1, 0) {
    for (std::size_t k = 0; k < d.size(); ++k) words_before_[k + 1] = words_before_[k] + word(k);
  }

  std::vector<Claim> run() {
    for (std::size_t s = 0; s < d_.sentences.size(); ++s) {
      const Sentence& sent = d_.sentences[s];
      lo_ = sent.first;
      hi_ = sent.end;
      const std::size_t made = out_.size();
      headline_colon();
      colon_paragraph();
      quotations();
      closing_attribution();
      cues();
      gap_claims(made);
    }
    floating_quotes();
    // In text order; claims on the same content start keep the order found.
    // (Position and index as one key: the wasm then holds one sort, the
    // one json.cpp uses; a block has far fewer than 2^32 tokens.)
    std::vector<std::uint64_t> order(out_.size());
    for (std::size_t i = 0; i < out_.size(); ++i) order[i] = std::uint64_t{out_[i].content.first} << 32 | i;
    std::sort(order.begin(), order.end());
    std::vector<Claim> sorted;
    sorted.reserve(out_.size());
    for (const std::uint64_t key : order) sorted.push_back(std::move(out_[static_cast<std::uint32_t>(key)]));
    return sorted;
  }

 private:
  const Document& d_;
  const Lists& lists_ = lists();  // read for nearly every token: a member, not a call
  std::vector<char> used_;
  std::vector<std::uint32_t> words_before_;  // word tokens before token k: counts without rescanning
  std::vector<Claim> out_;
  std::size_t lo_ = 0, hi_ = 0;  // the current sentence's tokens [lo_, hi_)
  bool cross_sentence_ = false;    // looking for a quotation's attribution in the next sentence
  bool period_cross_ = false;      // ... after a quotation closed by a period
  std::size_t loose_finding_ = npos;  // a finding cue whose loose subject holds a study noun
  std::size_t according_cue_ = npos;  // the last "according to" (or like phrase) that made a claim,
  std::size_t according_end_ = npos;  // and the last token of that claim's source or clause

  // ---- token tests ----
  const Token& tok(std::size_t i) const { return d_.tokens[i]; }
  // Capitalised as a name is; in a title-case headline, "Says" and "To"
  // are read as if lower case (Document::name_capital).
  bool cap(std::size_t i) const { return d_.name_capital(i); }
  bool word(std::size_t i) const { return i < d_.size() && tok(i).kind == TokenKind::word; }
  // Token i, lower-cased, is w; token i is in list `list`. Called at some
  // 160 and 60 places, they are kept out of line in the wasm, which is then
  // 4.8 KB gzip smaller (CMakeLists.txt), and inlined natively, where that
  // is 3% fewer instructions.
#ifdef __EMSCRIPTEN__
#define SAYWHO_TEST_INLINE
#else
#define SAYWHO_TEST_INLINE [[gnu::always_inline]]
#endif
  SAYWHO_TEST_INLINE bool is(std::size_t i, std::string_view w) const { return d_.is(i, w); }
  SAYWHO_TEST_INLINE bool listed(std::size_t i, int list) const { return d_.listed(i, list); }
#undef SAYWHO_TEST_INLINE
  // Word tokens in [a, b).
  std::size_t words_in(std::size_t a, std::size_t b) const {
    b = std::min(b, d_.size());
    return a < b ? words_before_[b] - words_before_[a] : 0;
  }
  bool punct(std::size_t i, std::string_view p) const {
    return i < d_.size() && tok(i).kind == TokenKind::punct && same_bytes(tok(i).lower, p);
  }
  bool comma(std::size_t i) const { return punct(i, ","); }
  // A slash between two capitalised words joins them into one name ("CNN/ORC").
  bool name_slash(std::size_t i) const { return i > 0 && punct(i, "/") && cap(i - 1) && word(i + 1) && cap(i + 1); }
  bool dash(std::size_t i) const {
    if (i >= d_.size() || tok(i).kind != TokenKind::punct) return false;  // the kind tested once
    const std::string_view p = tok(i).lower;
    return same_bytes(p, "\u2014") || same_bytes(p, "\u2013") || same_bytes(p, "-") || same_bytes(p, "--") ||
           same_bytes(p, "\u2015");
  }
  bool cls(std::size_t i, WordClass c) const { return word(i) && lx(i) && lx(i)->class_id == c; }
  WordClass class_of(std::size_t i) const {  // "" if none
    const Lexeme* l = lx(i);
    return l ? l->class_id : WordClass();
  }
  bool pronoun(std::size_t i) const {
    return word(i) && class_of(i).pronoun();
  }
  bool function_word(std::size_t i) const { return word(i) && !d_.word_class(i).empty(); }
  bool title(std::size_t i) const { return word(i) && lx(i) && lx(i)->title; }
  bool people(std::size_t i) const { return word(i) && lx(i) && !lx(i)->people.empty(); }
  bool cue_noun(std::size_t i) const { return word(i) && lx(i) && !lx(i)->noun.empty(); }
  const Lexeme* lx(std::size_t i) const { return d_.lexeme(i); }
  bool phrase_first(std::size_t i) const { return word(i) && lx(i) && lx(i)->phrase_first; }
  // A lower-case -ing form that is no function word ("saying", "citing").
  bool ing_form(std::size_t i) const {
    return word(i) && !cap(i) && !function_word(i) && ends_with(tok(i).lower, "ing");
  }
  bool possessive(std::size_t i) const {
    if (!word(i)) return false;
    const std::string_view w = tok(i).lower;
    // Only a last byte of 's', '\'' or that of ’ (0x99) can end a possessive.
    if (w.back() != 's' && w.back() != '\'' && w.back() != '\x99') return false;
    return ends_with(w, "'s") || ends_with(w, "\u2019s") || ends_with(w, "s'") || ends_with(w, "s\u2019");
  }
  bool name(std::size_t i) const {
    if (!word(i) || !cap(i)) return false;
    const WordClass c = class_of(i);
    return c == "" || c == "time" || c == "quantifier";
  }
  // A word that starts with a digit: "200", "1.5", "2016", "9/11".
  bool numeral(std::size_t i) const { return word(i) && std::isdigit(static_cast<unsigned char>(tok(i).lower[0])); }
  bool determiner(std::size_t i) const {
    return cls(i, "determiner") || cls(i, "quantifier") || possessive(i);
  }
  bool modifier(std::size_t i) const {
    if (!word(i) || cap(i)) return false;
    const WordClass c = class_of(i);
    return c == "adverb" || c == "auxiliary" || c == "negation" ||
           (c == "" && ends_with(tok(i).lower, "ly") && !people(i) && !listed(i, lists_.ly_nouns));
  }
  bool open_quote(std::size_t i) const {
    return i < d_.size() && d_.in_quote(i) && d_.quotes.list[d_.quotes.of_token[i]].open == i;
  }
  bool close_quote(std::size_t i) const {
    return i < d_.size() && d_.in_quote(i) && d_.quotes.list[d_.quotes.of_token[i]].close == i;
  }
  bool terminal(std::size_t i) const {
    if (i >= d_.size() || tok(i).kind != TokenKind::punct) return false;  // the kind tested once
    const std::string_view p = tok(i).lower;
    return same_bytes(p, ".") || same_bytes(p, "!") || same_bytes(p, "?") || same_bytes(p, "\u2026");
  }
  // "when", "because", "although": a word opening a subordinate clause
  // ("during", "after" are prepositions too, and open phrases).
  bool subordinator(std::size_t i) const { return listed(i, lists_.adjunct_openers) && !cls(i, "preposition"); }
  // A verb group's start after a cue in a relative clause's gap ("that he
  // said was drafted", "which he said defied"): an auxiliary or an -ed form.
  bool gap_verb(std::size_t i) const {
    return cls(i, "auxiliary") || (word(i) && !cap(i) && ends_with(tok(i).lower, "ed"));
  }
  const CueVerb* verb(std::size_t i) const {
    if (!word(i) || d_.in_quote(i) || used_[i]) return nullptr;
    // A capitalised verb form inside a sentence is a name: "The Washington
    // Post", "Air Force"; after a quotation only a plain verb of saying
    // may open with a capital (“…” Said the mayor).
    const CueVerb* v = lx(i) ? lx(i)->verb : nullptr;
    // ("“…,” State policy director Ruiz wrote": after a comma that closes
    // the quotation, a capital is a name's.)
    if (cap(i) && i != lo_ &&
        !(tok(i - 1).kind == TokenKind::quote && !(i > lo_ + 1 && comma(i - 2)) && v &&
          same_bytes(v->category, "speech") && !v->needs_that && !v->weak))
      return nullptr;
    if (!v) return nullptr;
    // "Looking back", "came back": "back" after a verb is its particle
    // (after a verb of retort, "shot back", the two make one cue later).
    if (is(i, "back") && i > lo_ && word(i - 1) && (!cap(i - 1) || i - 1 == lo_) && !listed(i - 1, lists_.back_verbs) &&
        (ends_with(tok(i - 1).lower, "ing") || ends_with(tok(i - 1).lower, "ed") || d_.is_verb_form(i - 1)))
      return nullptr;
    // "a firm called Cambridge Analytica", "a new group called Black Votes
    // Matter": after an indefinite noun phrase, "called" before a name names
    // it ("A neighbour called Ruiz a liar" still calls her something).
    std::size_t named = i + 1;
    while (named < hi_ && word(named) && cap(named)) ++named;
    if (is(i, "called") && i > lo_ + 1 && named > i + 1 && !determiner(named) && !open_quote(named) &&
        word(i - 1) && !function_word(i - 1) && !name(i - 1))
      for (std::size_t k = i - 1; k-- > lo_ && i - k <= 4;) {
        if (is(k, "a") || is(k, "an")) return nullptr;
        if (!word(k) || function_word(k) || cap(k)) break;
      }
    // "his remarks", "Trump's plan": after a determiner the form is a noun.
    if (i > lo_ && ((listed(i - 1, lists_.noun_determiners) && !standalone_determiner(i - 1)) ||
                    (possessive(i - 1) && !contraction(i - 1))))
      return nullptr;
    // "wrote in a Facebook post:", "his Twitter post": so is a base form
    // after a capitalised word and "a" or a possessive ("The Democrats
    // say" keeps its verb).
    if (i > lo_ + 1 && is(i, v->lemma) && cap(i - 1) && listed(i - 2, lists_.noun_determiners) && !is(i - 2, "the"))
      return nullptr;
    // "a clear message that", "his populist, anti-corporate message": some
    // forms are nouns after a determiner and modifiers too ("the suit
    // claims" is still a verb).
    if (listed(i, lists_.mostly_nouns))
      for (std::size_t k = i; k-- > lo_ && i - k <= 3;) {
        if (listed(k, lists_.noun_determiners) || possessive(k)) return nullptr;
        if (!word(k) || function_word(k) || d_.is_verb_form(k) || cap(k) || people(k)) break;
      }
    if (passive_participle(i)) return nullptr;
    if (listed(i, lists_.idle_participles)) return nullptr;
    if (i > lo_ && is(i - 1, "worth")) return nullptr;  // "It is worth noting that": the writer's aside
    // "Trump's reality TV show, “The Apprentice,”": a title noun before its title.
    if (listed(i, lists_.title_nouns) && comma(i + 1) && title_like(i + 2)) return nullptr;
    // "have reasons to", "will face charges": no verb's -s form follows an
    // auxiliary, nor a verb's past or -ing form ("released details of").
    if (i > lo_ && ends_with(tok(i).lower, "s") && !is(i, v->lemma) &&
        (cls(i - 1, "auxiliary") ||
         (word(i - 1) && !cap(i - 1) && !function_word(i - 1) && ends_with(tok(i - 1).lower, "ed")) ||
         (d_.is_verb_form(i - 1) && !cap(i - 1) && ends_with(tok(i - 1).lower, "ing"))))
      return nullptr;
    if (listed(i, lists_.told_to) && is(i + 1, "to")) return nullptr;  // "Residents told to boil water"
    // "Cycling advocates have long complained", "advocates say": a form in
    // -s before a plural verb (or a verb of saying's base form) is the noun
    // that is its subject.
    if (i > lo_ && ends_with(tok(i).lower, "s") && !pronoun(i - 1) &&
        (is(i + 1, "have") || is(i + 1, "are") || is(i + 1, "were") || is(i + 1, "do") ||
         plural_speech(i + 1)))
      return nullptr;
    // "the congressional report said", "an earlier note warned": a
    // noun-first base form before another cue verb's past or -s form is
    // that verb's subject.
    if (noun_first(i) && is(i, v->lemma) && i + 1 < hi_ && word(i + 1) && !cap(i + 1))
      if (const CueVerb* next = lx(i + 1) ? lx(i + 1)->verb : nullptr;
          next && !is(i + 1, next->lemma) && !ends_with(tok(i + 1).lower, "ing"))
        return nullptr;
    // "declined to comment" but not "prices declined".
    // "declined to publicly detail" may put an adverb after "to".
    if (v->listed(lists_.needs_to) &&
        !(is(i + 1, "to") && word(i + 2) && (!function_word(i + 2) || (modifier(i + 2) && word(i + 3)))))
      return nullptr;
    return v;
  }

  // The base form of a verb of saying, as the lexicon lists it ("say",
  // "argue"), read without the rules' tests of verb().
  bool plural_speech(std::size_t i) const {
    const CueVerb* v = lx(i) ? lx(i)->verb : nullptr;
    return v && is(i, v->lemma) && same_bytes(v->category, "speech") && !v->needs_that && !noun_first(i);
  }

  // "Yet another said", "Others say": a determiner that opens its clause
  // and stands for a noun phrase before a verb form ("All told" does not).
  bool standalone_determiner(std::size_t e) const {
    if (!listed(e, lists_.pronoun_heads) || !d_.is_verb_form(e + 1) || ends_with(tok(e + 1).lower, "ing") ||
        noun_first(e + 1) || (is(e, "all") && is(e + 1, "told")))
      return false;
    return e == lo_ || comma(e - 1) || cls(e - 1, "conjunction") || cls(e - 1, "adverb") || is(e - 1, "that") ||
           tok(e - 1).kind == TokenKind::quote;  // "“…,” another said."
  }

  // "was backed by", "is expected to": a participle after a form of "be".
  bool passive_participle(std::size_t i) const {
    if (ends_with(tok(i).lower, "ing") || i <= lo_) return false;
    std::size_t k = i - 1;
    while (k > lo_ && modifier(k) && !listed(k, lists_.be_forms)) --k;
    return word(k) && listed(k, lists_.be_forms);
  }

  // "he's", "it's", "who's": a pronoun with a contracted "is" or "has".
  bool contraction(std::size_t i) const {
    const std::string_view w = d_.contracted(i);
    const std::string_view c = d_.lex.word_class(w);
    return c.substr(0, 8) == "pronoun-" || c == "relative" || w == "there";
  }

  // A cue form that is usually a noun ("the state", "a plan") needs "that",
  // a colon or a quotation after it.
  bool noun_first(std::size_t i) const { return listed(i, lists_.noun_first); }
  // "press" in "White House press secretary": a noun-first form before a title or people noun.
  // "press secretary", "planning director": a noun-first or -ing form before a role modifies it.
  bool names_a_role(std::size_t i) const { return (noun_first(i) || ing_form(i)) && (title(i + 1) || people(i + 1)); }

  // A lower-case word that can head a noun phrase on its own: a person or
  // organisation noun, a cue noun ("the report"), or a plural after a
  // determiner ("many economists").
  bool common_head(std::size_t i, std::size_t lo) const {
    if (people(i) || cue_noun(i)) return true;
    if (!word(i) || function_word(i) || d_.is_verb_form(i)) return false;
    if (!ends_with(tok(i).lower, "s") || ends_with(tok(i).lower, "ss")) return false;
    for (std::size_t k = i; k-- > lo && k + 3 >= i;)
      if (determiner(k)) return true;
    return false;
  }

  // ---- noun phrases ----

  // A lower-case past participle: an -ed form, or one of list participles.
  bool participle(std::size_t i) const {
    return word(i) && !cap(i) && !function_word(i) && !d_.in_quote(i) &&
           (ends_with(tok(i).lower, "ed") || listed(i, lists_.participles));
  }

  // An -ing form used as a noun: after a determiner, with at most a few
  // names or numbers between ("the briefing", "a 2014 Senate hearing"; not
  // "a statement saying").
  bool ing_noun(std::size_t c) const {
    if (!ends_with(tok(c).lower, "ing")) return false;
    for (std::size_t k = c; k-- > lo_ && c - k <= 4;) {
      if (cls(k, "determiner") && !d_.in_quote(k)) return true;
      if (!word(k) || !(cap(k) || numeral(k)) || function_word(k))
        return false;
    }
    return false;
  }

  // "by" at k after a participle after a person or a document noun
  // ("residents interviewed by", "a poll conducted by").
  bool passive_by(std::size_t k, std::size_t lo) const {
    return is(k, "by") && k >= lo + 2 && participle(k - 1) &&
           (people(k - 2) || cue_noun(k - 2));
  }

  // The noun phrase that ends at token e, no further left than lo.
  std::optional<Range> np_before(std::size_t e, std::size_t lo, bool allow_apposition = true) const {
    if (e == npos || e < lo || e >= d_.size()) return std::nullopt;
    // A phrase is never longer than kMaxNounPhrase tokens. The bound also
    // keeps the recursion through owner_start() and its "of", "to" or "by"
    // heads shallow in a 1 MB run of them: every call nested in this one
    // searches no further back than it does.
    if (e > lo + kMaxNounPhrase) lo = e - kMaxNounPhrase;
    auto np = np_before_unlinked(e, lo, allow_apposition);
    // "Sources close to the mayor", "those familiar with her thinking": the
    // people before a linking adjective and its preposition are the phrase's head.
    const std::size_t j = np ? np->first : cls(e, "object") ? e : npos;
    if (j != npos && j >= lo + 3 && cls(j - 1, "preposition") && listed(j - 2, lists_.linking_adjectives) &&
        (people(j - 3) || listed(j - 3, lists_.pronoun_heads))) {
      if (!people(j - 3)) return Range{j - 3, e};  // "those", "many"
      if (auto head = np_before_unlinked(j - 3, lo, false)) return Range{head->first, e};
    }
    // "The mayor and the governor agreed", "Ruiz, Lee and Park said": people
    // joined by "and", a list of names opening the clause.
    if (np && np->first >= lo + 2 && is(np->first - 1, "and") && !d_.in_quote(np->first - 1) &&
        (people(np->last) || name(np->last)))
      // ("Former prosecutor and New York City Mayor Rudy Giuliani" is one person.)
      if (auto left = np_before_unlinked(np->first - 2, lo, false);
          left && (people(left->last) || name(left->last)) && !pronoun(left->last) &&
          !(people(left->last) && !name(left->last) && !ends_with(tok(left->last).lower, "s") && name(np->last)))
        np->first = left->first;
    if (np && np->first >= lo + 2 && comma(np->first - 1) && name(np->first - 2) &&
        std::any_of(d_.tokens.begin() + np->first, d_.tokens.begin() + np->last,
                    [](const Token& t) { return same_bytes(t.lower, "and"); }))
      if (auto more = np_before_unlinked(np->first - 2, lo, false);
          more && more->first == first_word(lo) && name(more->last))
        np->first = more->first;
    return np;
  }
  // np_before() without the people linked to it by an adjective or "and".
  std::optional<Range> np_before_unlinked(std::size_t e, std::size_t lo, bool allow_apposition) const {
    if (pronoun(e)) return Range{e, e};
    // "Many of them say", "some of us believe", "many of whom say".
    if ((cls(e, "object") || is(e, "whom")) && e >= lo + 2 && is(e - 1, "of") &&
        listed(e - 2, lists_.pronoun_heads))
      return Range{e - 2, e};
    // "Yet another said", "Others say": a determiner standing for a noun.
    if (standalone_determiner(e)) return Range{e, e};
    if (punct(e, ")")) {
      // ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been
      // mistaken for a junior staffer) says": a bracket may hold a clause.)
      for (std::size_t k = e; k-- > lo && e - k < 24;)
        if (punct(k, "(")) return k > lo ? np_before(k - 1, lo, allow_apposition) : std::nullopt;
      return std::nullopt;
    }
    // "Joe Scarborough, host of “Morning Joe,” said": the aside's comma is
    // inside a title's closing mark.
    const bool title_comma =
        close_quote(e) && comma(e - 1) && title_end(d_.quotes.list[d_.quotes.of_token[e]].open) == e;
    if (title_comma && allow_apposition) return apposition_before(e, lo);
    if (comma(e) && allow_apposition) {
      if (auto np = apposition_before(e, lo)) return np;
      // "Sen. Jack Reed (D-R.I.), said", "Sanders, meanwhile, said": a
      // comma after a bracket or an adverb between commas sets off no phrase.
      if (e > lo && punct(e - 1, ")")) return np_before(e - 1, lo, false);
      // ("Murphy, though, said": "though" between commas is one too.)
      if (e > lo + 2 && (cls(e - 1, "adverb") || is(e - 1, "though")) && comma(e - 2))
        return np_before(e - 3, lo, false);
      return std::nullopt;
    }
    if (dash(e) && allow_apposition) return dashed_before(e, lo);
    if (!word(e)) return std::nullopt;
    // "the secretary of state", "chiefs of staff": a role's "of" phrase.
    const bool role_of = e >= lo + 2 && is(e - 1, "of") && title(e - 2) && !cap(e) && !function_word(e);
    const bool head = name(e) || title(e) || people(e) || cue_noun(e) || common_head(e, lo) || role_of;
    if (!head) return std::nullopt;
    std::size_t j = e;
    while (j > lo) {
      const std::size_t k = j - 1;
      if (name(k) || title(k) || people(k) || cue_noun(k) || possessive(k) ||
          numeral(k)) {
        j = k;
        continue;
      }
      if (k > lo && name_slash(k)) {
        j = k;
        continue;
      }
      // "Mayor Bill de Blasio", "Ana de la Cruz", ", de Blasio said": lower-case
      // particles inside a name or opening it.
      if (listed(k, lists_.name_particles) && (name(k + 1) || listed(k + 1, lists_.name_particles))) {
        std::size_t b = k;
        while (b > lo && listed(b - 1, lists_.name_particles)) --b;
        if (b == lo || name(b - 1) || !word(b - 1)) {
          j = b;
          continue;
        }
      }
      if (determiner(k)) {
        j = owner_start(k, lo);
        break;
      }
      // ("A 2020 study by Harvard researchers": a document by its authors;
      // "Chad's ambassador to France", "aides to the mayor": a role's "to".)
      if ((cls(k, "preposition") && (tok(k).lower == "of" || tok(k).lower == "for" || tok(k).lower == "at" ||
                                     tok(k).lower == "from" || tok(k).lower == "in" ||
                                     (tok(k).lower == "by" && cue_noun(k - 1) && !cap(k - 1)) ||
                                     (tok(k).lower == "to" && (title(k - 1) || people(k - 1))))) &&
          k > lo && (people(k - 1) || title(k - 1) || cue_noun(k - 1) || name(k - 1) ||
                     (is(k, "of") && listed(k - 1, lists_.pronoun_heads))) &&
          (!is(k, "in") || (people(k - 1) && lower_case(k - 1)))) {  // "a retiree in Carthage", "Officials in Kyiv"
        j = k;
        continue;
      }
      // "Residents interviewed by Reuters", "a poll conducted by Gallup".
      if (passive_by(k, lo)) {
        auto head = np_before(k - 2, lo, false);
        j = head ? head->first : k - 2;
        break;
      }
      if (cls(k, "conjunction") && tok(k).lower == "and" && name(j) && k > lo && name(k - 1)) {
        j = k;
        continue;
      }
      // A lower-case modifier ("state-run", "homeless") needs a determiner
      // within a few words to its left.
      // "The GOP presidential nominee", "Republican presidential hopeful
      // Sen. Ted Cruz": a name may stand among the modifiers, and a phrase
      // that names a person's role needs no determiner.
      // ("the state agency": a cue form that is mostly a noun may be one.)
      // ("policy planning director Ana Ruiz": an -ing form before a role is a modifier.)
      if (word(k) && !function_word(k) && !cap(k) && (!d_.is_verb_form(k) || noun_first(k) || names_a_role(k))) {
        const bool role = people(k + 1) || title(k + 1);
        std::size_t m = k;
        while (m > lo && k - m < 3 && word(m - 1) && !function_word(m - 1) &&
               (!cap(m - 1) || (role && name(m - 1) && !d_.is_verb_form(m - 1) && !possessive(m - 1))))
          --m;
        if (m > lo && determiner(m - 1)) {
          j = owner_start(m - 1, lo);  // "A spokesperson for the transportation department"
          break;
        }
        if (m < k && cap(m) && name(m) && role &&
            (m == lo || !word(m - 1) || cls(m - 1, "preposition") || cls(m - 1, "conjunction"))) {
          j = m;
          break;
        }
        // "“…,” veteran analyst Charlie Cook wrote": after a quotation's
        // comma or at the bound of the search, a role's lower-case modifiers
        // open the phrase.
        if (role && name(e) && (m == lo || (m > lo + 1 && tok(m - 1).kind == TokenKind::quote && comma(m - 2)))) {
          j = m;
          break;
        }
        // "Local shop owners said": modifiers back to the clause's start,
        // whose first word has the sentence's capital.
        if (m > lo && m - 1 == lo_ && cap(m - 1) && !function_word(m - 1) && !d_.is_verb_form(m - 1) &&
            people(e)) {
          j = m - 1;
          break;
        }
        // "..., state police said": or back to a comma before them.
        if (m > lo && comma(m - 1) && people(e)) {
          j = m;
          break;
        }
        // "a USA TODAY analysis of newly filed campaign-finance reports":
        // or back to the "of" or "by" of a document or a person.
        if (m > lo + 1 && (is(m - 1, "of") || is(m - 1, "by")) && (cue_noun(m - 2) || people(m - 2))) {
          j = m;
          continue;
        }
      }
      break;
    }
    // "South Korea's joint chiefs of staff": a possessive name keeps the
    // words of its name.
    if (possessive(j) && name(j) && j < e)
      while (j > lo && (name(j - 1) || title(j - 1)) && !possessive(j - 1)) --j;
    // A sentence-initial capitalised function word is not part of a name.
    // "April Mellody" keeps a month that is a given name.
    while (j < e && word(j) && cap(j) && !d_.word_class(j).empty() &&
           d_.word_class(j) != "determiner" && d_.word_class(j) != "quantifier" &&
           !(cls(j, "time") && lx(j)->given != '-' && name(j + 1)))
      ++j;
    return Range{j, e};
  }

  // Where a noun phrase whose determiner is at k starts, with the one it
  // belongs to: k itself, or the head before "of", "for", "from" ... .
  // In lower case, or capitalised only as the sentence's first word.
  bool lower_case(std::size_t i) const { return !cap(i) || i == first_word(lo_); }

  std::size_t owner_start(std::size_t k, std::size_t lo) const {
    // "Many of the engineers", "one of the aides".
    std::size_t j = k > lo + 1 && is(k - 1, "of") && listed(k - 2, lists_.pronoun_heads) ? k - 2 : k;
    // "A spokesperson for the Rail Delivery Group": a person of an organisation.
    // "Grace Mutua of the Institute for ...": a person of an organisation.
    // "A statement from the mayor's office", "an official in the ministry",
    // "Republicans on the committee", "an adviser to the mayor".
    // ("Data from the Bureau ...": the sentence's capital is no name's.)
    const bool from = ((is(k - 1, "from") && people(k - 2)) ||
                       ((is(k - 1, "from") || is(k - 1, "by")) && cue_noun(k - 2))) &&
                      lower_case(k - 2);  // ("An analysis by The Washington Post")
    // ("Wheat growers across the plains", "officials around the country".)
    const bool in = (is(k - 1, "in") || is(k - 1, "on") || is(k - 1, "across") || is(k - 1, "around") ||
                     is(k - 1, "throughout")) &&
                    ((people(k - 2) && lower_case(k - 2)) ||
                     (name(k - 2) && ends_with(tok(k - 2).lower, "s")));  // "Democrats on the panel"
    if (k > lo + 1 && (((is(k - 1, "for") || is(k - 1, "of") || is(k - 1, "at") || is(k - 1, "to")) &&
                        (((people(k - 2) || title(k - 2)) && lower_case(k - 2)) ||
                         (name(k - 2) && !is(k - 1, "for") && !is(k - 1, "to")))) ||
                       from || in))
      if (auto head = np_before(k - 2, lo, false)) j = head->first;
    // "Residents interviewed by The Times".
    if (k > lo + 2 && passive_by(k - 1, lo)) {
      auto head = np_before(k - 3, lo, false);
      j = head ? head->first : k - 3;
    }
    return j;
  }

  // "Xinhua, China's state-run news agency, reported": the comma at e closes
  // an apposition or relative clause; the source is the phrase before it.
  std::optional<Range> apposition_before(std::size_t e, std::size_t lo) const {
    // "Clinton, during a town hall in Columbus, Ohio, said", "The senator,
    // in an interview, said": a placing phrase between commas, commas of
    // its own allowed.
    for (std::size_t c = e; c-- > lo + 1 && e - c < 25;) {
      if (!(word(c) || comma(c)) || d_.in_quote(c) || verb(c) || cls(c, "auxiliary") || cls(c, "relative")) break;
      if (comma(c) && listed(c + 1, lists_.place_prepositions)) {
        // The phrase opens the clause: not "who lost her daughter in Aurora,
        // Colorado, in July, said" nor "At a rally in Portsmouth, N.H., on Tuesday, Sanders".
        auto np = np_before(before_asides(c, lo) - 1, lo, false);
        if (np && (name(np->last) || people(np->last)) &&
            (np->first == first_word(lo) || (np->first == opening_end(e) && !name(np->first))))
          return np;
        break;
      }
    }
    // "Ana Ruiz, who lost her home in Dayton, Ohio, in 2019, said": a
    // relative clause may hold commas of its own.
    for (std::size_t c = e; c-- > lo + 1 && e - c < 40;) {
      // "Trump, speaking at a rally in Wilmington, N.C., warned": so may a
      // participle phrase.
      if (ing_form(c) && c >= lo + 2 && comma(c - 1) && !d_.in_quote(c)) {
        // "Sen. Marco Rubio, R-Fla., appearing ...". The search before it
        // stays within this one's window, so a run of ", saying ..." asides
        // is not searched again from each of them (quadratic in the run).
        const std::size_t near = e > lo + 40 ? e - 40 : lo;
        auto np = np_before(c - 1, std::max(lo, near));
        if (!np) np = np_before(c - 2, lo, false);
        if (np && (name(np->last) || people(np->last))) return np;
      }
      // A verb ends the search; "a rally" is a noun.
      if (tok(c).kind == TokenKind::quote || terminal(c) || (verb(c) && !determiner(c - 1))) break;
      if (comma(c) && (is(c + 1, "who") || is(c + 1, "whose"))) {
        const std::size_t b = c > lo + 2 && cls(c - 1, "adverb") && comma(c - 2) ? c - 3 : c - 1;
        if (auto np = np_before(b, lo, false); np && (name(np->last) || people(np->last))) return np;
      }
    }
    for (std::size_t c = close_quote(e) ? e + 1 : e; c-- > lo && e - c < 30;) {
      // "Joe Scarborough, host of MSNBC's “Morning Joe,” suggested": a short
      // quoted title inside the aside.
      if (tok(c).kind == TokenKind::quote && d_.in_quote(c)) {
        const std::size_t open = d_.quotes.list[d_.quotes.of_token[c]].open;
        if (open < c && open > lo && title_end(open) == c) {
          c = open;
          continue;
        }
      }
      if (tok(c).kind == TokenKind::quote || terminal(c)) return std::nullopt;
      if (!comma(c)) continue;
      std::size_t s = c + 1;
      while (s + 1 < e && cls(s, "adverb") && !cls(s + 1, "adverb")) ++s;  // ", also a GOP hopeful,"
      // "Megan Ruiz, senior associate for education at the institute, said".
      const bool person_noun = word(s) && (people(s + 1) || title(s + 1)) && !function_word(s);
      // "Sen. Marco Rubio, R-Fla., appearing on Fox News after the speech, said".
      const bool ing_participle = ing_form(s);
      // "The report, released on Monday, found": a past participle and its phrase.
      const bool past_participle = participle(s) && (cls(s + 1, "preposition") || time_word(s + 1));
      const bool apposition = determiner(s) || cap(s) || cls(s, "relative") || people(s) || title(s) || person_noun ||
                              ing_participle || past_participle ||
                              cls(s, "quantifier") || cls(s, "preposition") ||
                              numeral(s);
      if (!apposition || c == lo) return std::nullopt;
      // "..., candidates have more room to walk away, said Grubbs": a clause
      // with an auxiliary of its own, not a relative one, is no aside.
      for (std::size_t k = s; k < e && !cls(k, "relative") && !is(k, "that"); ++k)
        if (cls(k, "auxiliary") && !d_.in_quote(k)) return std::nullopt;
      // "After winning Ohio, Gov. John Kasich (R-Ohio), said", "The mayor,
      // Ana Ruiz, said": a name that fills the commas is the source.
      if (auto own = np_before(e - 1, s, false); own && own->first == s && name(own->last) && !title(own->last) &&
                                                 !cap(c - 1)) {
        // "Giovanni Vian, the editor of the Vatican's newspaper,
        // L'Osservatore Romano, said": a description set off after a name
        // is that name's; the name after it names the description's noun.
        for (std::size_t k = c; k-- > lo + 1 && c - k < 20;) {
          if (!comma(k)) continue;
          if (determiner(k + 1) && !cap(k + 1))
            if (auto named = np_before(k - 1, lo, false);
                named && named->first == first_word(lo) && name(named->last) && !title(named->last))
              return named;
          break;
        }
        return own;
      }
      auto np = np_before(before_asides(c, lo) - 1, lo, false);
      // "The union representing workers at the two plants, in Ohio, said":
      // a phrase after a preposition is part of the subject before it.
      std::size_t before = np ? np->first : lo;
      while (before > lo + 1 && determiner(before - 1)) --before;  // "at the two plants"
      if (np && before > lo && cls(before - 1, "preposition") && e + 1 < hi_)
        if (auto whole = loose_subject(e + 1); whole && whole->first < np->first && whole->last == np->last) {
          bool clause = false;  // "come up Friday after Mr. Trump", "run by Michael McDonald"
          for (std::size_t k = whole->first; k < np->first && !clause; ++k)
            clause = is(k, "according") || modifier(k) ||
                     (!cap(k) && !ing_form(k) && !cls(k, "preposition") &&
                      (d_.is_verb_form(k) || ends_with(tok(k).lower, "ed")) &&
                      !(ends_with(tok(k).lower, "ed") && k > 0 && people(k - 1)));  // "the people interviewed for"
          if (!clause) return whole;
        }
      // "Cruz lacks support from his colleagues, whom he's alienated, said
      // Sabato": a preposition's object with a relative clause is no subject.
      // ("two days after the Huffington Post, which ..., said": "after" opens a clause.)
      if (np && before > lo && cls(before - 1, "preposition") && !listed(before - 1, lists_.adjunct_openers) &&
          cls(s, "relative"))
        return std::nullopt;
      // "Tom Fitton, the president of Judicial Watch, a conservative group
      // ..., said": a description after a name is one more aside.
      if (np && np->first > lo + 1 && comma(np->first - 1) && determiner(np->first) && !cap(np->first))
        if (auto named = np_before(np->first - 2, lo, false); named && name(named->last) && !title(named->last))
          return named;
      return np;
    }
    return std::nullopt;
  }

  // "Cory James, 22, of Flint, Mich., said": an age or a place between
  // commas is an aside too. From the comma `open` that opens an aside, the
  // comma that opens the first of the asides before it.
  std::size_t before_asides(std::size_t open, std::size_t lo) const {
    for (int n = 0; n < 3 && open > lo + 1; ++n) {
      const std::size_t k = open - 1;
      std::size_t o = npos;
      // "Sen. Marco Rubio, R-Fla., ...": a party and state are an aside too.
      const std::string_view w = tok(k).lower;
      const bool party = word(k) && w.size() >= 3 && w.size() <= 9 && w[1] == '-' &&
                         (w[0] == 'r' || w[0] == 'd' || w[0] == 'i');
      if (word(k) && (numeral(k) || party) && comma(k - 1)) {
        o = k - 1;
      } else if (auto np = np_before(k, lo, false); np && np->first > lo + 1 &&
                 (is(np->first - 1, "of") || is(np->first - 1, "from") || is(np->first - 1, "including")) &&
                 comma(np->first - 2)) {  // "Several lawmakers, including Rep. Mia Chen, D-Calif., said"
        o = np->first - 2;
      }
      if (o == npos || o <= lo) break;
      open = o;
    }
    return open;
  }

  // "Jason Sims — a teacher from Mount Pleasant — says", "Democrats — and
  // some Republicans — say": the dash at e closes an aside; the source is
  // the phrase before the dash that opens it.
  std::optional<Range> dashed_before(std::size_t e, std::size_t lo) const {
    while (e > lo && dash(e - 1)) --e;  // "- -" written for a dash
    for (std::size_t c = e; c-- > lo && e - c < 30;) {
      if (tok(c).kind == TokenKind::quote || terminal(c)) return std::nullopt;
      if (!dash(c)) continue;
      if (c + 1 == e) return std::nullopt;
      while (c > lo && dash(c - 1)) --c;
      if (c == lo) return std::nullopt;
      return np_before(c - 1, lo, false);
    }
    return std::nullopt;
  }

  // The noun phrase that starts at token s, before hi.
  std::optional<Range> np_after(std::size_t s, std::size_t hi) const {
    std::size_t j = s;
    if (j >= hi || !word(j)) return std::nullopt;
    if (pronoun(j) || cls(j, "object")) return Range{j, j};
    // "recently hacked documents": an -ly adverb may open the phrase.
    if (modifier(j) && ends_with(tok(j).lower, "ly") && j + 1 < hi && word(j + 1) && !function_word(j + 1)) ++j;
    std::size_t last = npos;
    while (j < hi && j - s < 12) {
      // "the “Medicare for all” document": a short quoted title inside.
      if (j > s && !word(j)) {
        // "an NBC News/Wall Street Journal poll": names joined by a slash.
        if (name_slash(j) && j + 1 < hi) {
          ++j;
          continue;
        }
        const std::size_t t = title_end(j);
        if (t == npos) break;
        last = t;  // "ABC's “Good Morning America”": a title may end the phrase
        if (t + 1 >= hi || !word(t + 1)) break;
        j = t + 1;
        continue;
      }
      const std::string_view c = d_.word_class(j);
      // "a person close to the process" keeps its "to".
      const bool close_to = tok(j).lower == "to" && j > s && is(j - 1, "close");
      if (c == "relative" || c == "conjunction" || c == "auxiliary" || c == "adverb" ||
          c == "negation" || (c == "preposition" && !(tok(j).lower == "of" || tok(j).lower == "for" ||
                                                      tok(j).lower == "at" || tok(j).lower == "by" ||
                                                      tok(j).lower == "with" || tok(j).lower == "from" || close_to)))
        break;
      if (j > s && (pronoun(j) || cls(j, "object") || pronoun_contraction(j))) break;  // "the debate he ...", "the rally him"
      // "told reporters her client was ...": a determiner after a head opens a new phrase.
      if (j > s && last == j - 1 && cls(j, "determiner")) break;
      // "officials Monday" ends at the time word, but "the Times" is a name.
      // ("the new Morning Consult poll": a capitalised time word before a name's word is a name's.)
      if (c == "time" && j > s && !(cap(j) && (determiner(j - 1) || (cap(j + 1) && !time_word(j + 1))))) break;
      if (j > s && time_word(j + 1) && (is(j, "last") || is(j, "next") || is(j, "this")))
        break;
      // "a letter sent to the council", "a report published by the agency":
      // a participle with its phrase modifies the head.
      if (j > s && last == j - 1 && c.empty() && participle(j) && cls(j + 1, "preposition") &&
          j + 2 < hi) {
        if (auto pp = np_after(j + 2, hi)) {
          last = pp->last;
          break;
        }
      }
      // A verb form right after a determiner is a noun or modifier: "the state agency".
      // So is a noun-first form before a title or people noun: "White House press secretary".
      // ("the proposed credit": so is one after a determiner and a participle.)
      if (d_.is_verb_form(j) && !cap(j) && !people(j) && !cue_noun(j) &&
          j > s && !determiner(j - 1) && !names_a_role(j) &&
          !(j >= s + 2 && determiner(j - 2) && ends_with(tok(j - 1).lower, "ed") && !function_word(j - 1)))
        break;
      if (c != "preposition" && c != "determiner") last = j;
      ++j;
    }
    // "“…,” tweeted another.": a determiner that stands alone at the end.
    if (last == npos && listed(s, lists_.pronoun_heads) && (s + 1 >= hi || !word(s + 1))) last = s;
    if (last == npos) return std::nullopt;
    return Range{s, last};
  }

  // Skips adverbs, auxiliaries and time words ("this week", "on Tuesday")
  // between a subject and its verb.
  // "late Thursday", "early Monday", "this week", "last year".
  bool time_opener(std::size_t i) const {
    return (is(i, "late") || is(i, "early") || is(i, "this") || is(i, "last") || is(i, "next")) &&
           cls(i + 1, "time");
  }

  bool time_word(std::size_t i) const {
    return cls(i, "time") || (word(i) && cap(i) && cls(i, "time"));
  }
  std::size_t skip_modifiers_back(std::size_t i, std::size_t lo) const {
    // "have both argued", "they all said": a floating quantifier.
    auto floating = [&](std::size_t k) {
      return (is(k, "both") || is(k, "all") || is(k, "each")) && k > lo &&
             (cls(k - 1, "auxiliary") || pronoun(k - 1) || name(k - 1) || (people(k - 1) && !cap(k - 1)));
    };
    // "who in 2010 said", "have in the past said": a time phrase with "in".
    auto year = [&](std::size_t k) { return numeral(k) && tok(k).lower.size() == 4; };
    auto in_time = [&](std::size_t k) {
      if (year(k)) return k > lo && is(k - 1, "in");
      if (is(k, "past")) return k >= lo + 2 && is(k - 1, "the") && is(k - 2, "in");
      if (is(k, "the")) return is(k + 1, "past") && k > lo && is(k - 1, "in");
      return is(k, "in") && (year(k + 1) || (is(k + 1, "the") && is(k + 2, "past")));
    };
    // "last week", "on Monday", "this past week".
    while (i != npos && i >= lo && (modifier(i) || time_word(i) || floating(i) || in_time(i) ||
                                    (time_word(i + 1) && listed(i, lists_.time_openers)) ||
                                    (is(i, "this") && is(i + 1, "past") && time_word(i + 2)))) {
      // "Day said ...": a capitalised time word alone before the verb is a name.
      if (i == lo) return cap(i) && time_word(i) && lo == lo_ ? i : npos;
      --i;
    }
    return i;
  }

  // The phrase a relative pronoun at e stands for: "Smith, who", "voters
  // who", "the report, which", "a memo that".
  std::optional<Range> antecedent(std::size_t e) const {
    if (e == npos || e <= lo_ || !(is(e, "who") || is(e, "which") || is(e, "that") || who_contraction(e)))
      return std::nullopt;
    // "Graham, who's called for ...", "Clinton — who’s called for ... —".
    const bool after_comma = comma(e - 1) || (dash(e - 1) && !is(e, "that"));
    if (is(e, "that") && after_comma) return std::nullopt;
    const std::size_t b = after_comma ? e - 2 : e - 1;
    if (b == npos || b < lo_) return std::nullopt;
    if (is(e, "that") && !(people(b) || cue_noun(b) || name(b))) return std::nullopt;
    if (auto np = np_before(b, lo_)) return np;
    // "an architect who said": "who" makes any noun after a determiner a person.
    if (is(e, "which") || is(e, "that") || (!word(b) && !punct(b, "%")) || function_word(b) || d_.is_verb_form(b))
      return std::nullopt;
    for (std::size_t k = b; k-- > lo_ && b - k <= 3;) {
      if (determiner(k) || numeral(k)) return Range{k, b};  // ("including 18 percent who say", "18% who say")
      if (!word(k) || function_word(k) || d_.is_verb_form(k)) break;
    }
    return std::nullopt;
  }

  // Whether token i is in a relative clause opened by a comma ("Smith,
  // who", "Smith, who asked not to be named because she") that has no
  // comma of its own before i.
  bool in_comma_relative(std::size_t i) const {
    for (std::size_t k = i + 1; k-- > lo_ + 1 && i - k < 20;) {
      if ((is(k, "who") || is(k, "which") || is(k, "whom") || is(k, "whose") || who_contraction(k)) &&
          comma(k - 1))
        return true;
      if (!word(k) || d_.in_quote(k)) return false;
    }
    return false;
  }

  // "who's", "who’s", "who'd": a relative pronoun with its auxiliary.
  bool who_contraction(std::size_t i) const { return d_.contracted(i) == "who"; }
  // "he’d", "they're", "it's": a subject pronoun with its auxiliary.
  bool pronoun_contraction(std::size_t i) const {
    return d_.lex.word_class(d_.contracted(i)).substr(0, 8) == "pronoun-";
  }

  // The subject of a cue verb at c; rejects "which he said" and the like.
  std::optional<Range> subject(std::size_t c) const {
    if (c <= lo_) return std::nullopt;
    const std::size_t e = skip_modifiers_back(c - 1, lo_);
    if (e != npos && e > lo_ && (is(e, "and") || is(e, "but"))) {
      // "A spokeswoman, Jenna Moss, declined to comment but said": the
      // first verb's source, if it made a claim.
      if (auto s = earlier_source(c); s && s->last < e && !clause_at(s->last + 1, e)) return s;
      if (auto s = clause_subject(e)) return s;
      // "When he was asked ..., he laughed and said": the subject of the
      // verb just before "and".
      const std::size_t v = e - 1;
      if (v > lo_ && word(v) && !function_word(v) && !cap(v) && !d_.in_quote(v) && ends_with(tok(v).lower, "ed"))
        if (const std::size_t b = skip_modifiers_back(v - 1, lo_); b != npos && b >= lo_ && b < v)
          if (auto np = np_before(b, lo_, false);
              np && !possessive(np->last) && (pronoun(np->last) || name(np->last) || people(np->last)))
            return np;
      return std::nullopt;
    }
    auto np = np_before(e, lo_);
    // "disclosures filed on Sunday night revealed", "records released
    // Monday show": a participle phrase after the head.
    if (!np && e != npos && e > lo_ && c > e + 1 && participle(e))
      if (auto head = np_before(e - 1, lo_, false); head && (people(head->last) || cue_noun(head->last))) {
        std::size_t last = c - 1;
        while (last > e && modifier(last)) --last;  // "... on Sunday now suggest"
        np = Range{head->first, last};
      }
    // "Documents filed in the case show": a participle and its phrase,
    // which ends in a noun.
    const bool noun_end = e != npos && word(e) && !function_word(e) && !time_word(e) && !d_.is_verb_form(e) &&
                          !numeral(e);
    for (std::size_t p = e; !np && noun_end && p-- > lo_ + 1 && e - p < 6;) {
      if (!word(p) || d_.in_quote(p) || verb(p) || cls(p, "auxiliary") || is(p, "to") || time_word(p)) break;
      if (cap(p) || function_word(p) || !ends_with(tok(p).lower, "ed") || !cls(p + 1, "preposition")) continue;
      if (auto head = np_before(p - 1, lo_, false); head && (people(head->last) || cue_noun(head->last)))
        np = Range{head->first, e};
      break;
    }
    // "Research published in Nature last year suggests", "Officials quoted
    // in the report said": the phrase is the preposition's object; the
    // subject is the head before the participle.
    // ("Experts not involved in the research said", "Another source
    // speaking to Fox News said": a participle of speaking too.)
    if (np && np->first >= lo_ + 3 && cls(np->first - 1, "preposition") &&
        (participle(np->first - 2) || (ing_form(np->first - 2) && verb(np->first - 2)))) {
      const std::size_t h = np->first - 3 - (np->first >= lo_ + 4 && is(np->first - 3, "not"));
      if (auto head = np_before(h, lo_, false);
          head && (people(head->last) || cue_noun(head->last)) && head->first == first_word(lo_))
        np = Range{head->first, np->last};
    }
    // "the company running the study said", "Officials investigating the
    // crash say": an -ing form and its object after the head, which opens
    // the sentence or follows a comma.
    if (np && np->first >= lo_ + 2 && ing_form(np->first - 1) && !verb(np->first - 1))
      if (auto head = np_before(np->first - 2, lo_, false);
          head && people(head->last) && (head->first == first_word(lo_) || comma(head->first - 1)))
        np = Range{head->first, np->last};
    if (!np)
      if (auto head = gap_relative_head(e)) return head;
    if (!np) {
      // "Smith, who said" / "voters who said": PolNeAR takes the relative
      // pronoun as the source; the resolver names the phrase it stands for.
      if (antecedent(e)) return Range{e, e};
      // "her campaign's leadership, who, on a press call Friday, criticized":
      // an aside between commas after the relative pronoun.
      if (e != npos && comma(e))
        for (std::size_t k = e; k-- > lo_ + 1 && e - k < 10 && (word(k) || comma(k));)
          if (comma(k)) {
            if (antecedent(k - 1)) return Range{k - 1, k - 1};
            break;
          }
      // "The groups who wrote to her on Thursday say": the relative clause
      // ends in no noun phrase.
      if (e != npos && e > lo_ && word(e) && !d_.in_quote(e) && plain_speech(c) && !ing_form(c))
        if (auto head = relative_head(e + 1, true); head && head->last + 2 < e && has_verb(head->last + 2, head->last + 3))
          return head;
      return std::nullopt;
    }
    if (np->first > lo_) {
      const std::size_t b = np->first - 1;
      // "in which he said ..." opens a clause of its own and is a claim.
      const bool prep_which = tok(b).lower == "which" && b > lo_ && cls(b - 1, "preposition");
      // ("as she sought to puncture ...", "as he laments a ''throwaway
      // culture''", "As he said, the levee was old." are claims.)
      // "which he described as “reckless”" names its object: a claim.
      const bool naming = tok(b).lower != "as" && verb(c) && verb(c)->listed(lists_.naming);
      // "a finish that he said defied expectations": a gap the relative
      // word fills, with a finite verb right after the cue, is what was
      // said, unless commas or dashes set it off ("the plan, which he said
      // would cost millions, was dropped" makes no claim).
      const bool gap = np->first == np->last && c + 1 < hi_ && b > lo_ &&
                       !comma(b - 1) && !dash(b - 1) && !punct(b - 1, "(") &&
                       gap_verb(c + 1);
      if (pronoun(np->first) && !prep_which && !naming && !gap &&
          (tok(b).lower == "which" || tok(b).lower == "what" || tok(b).lower == "that"))
        return std::nullopt;
      // "the man they said was ...": a verb's object is not a subject.
      if (word(b) && d_.is_verb_form(b) && pronoun(np->first)) return std::nullopt;
      if (!pronoun(np->first))
        if (auto head = relative_head(np->first)) return head;
    }
    return np;
  }

  // "The experts I spoke with said", "none of the scholars we interviewed
  // this week thought": people, then a relative clause with no relative
  // pronoun, its subject a personal pronoun, ending at e. The people
  // with their clause.
  std::optional<Range> gap_relative_head(std::size_t e) const {
    if (e == npos || e < lo_ + 3) return std::nullopt;
    std::size_t k = e;
    while (k > lo_ + 2 && time_word(k)) --k;  // "this week"
    if (k < e && (is(k, "this") || is(k, "last"))) --k;
    if (cls(k, "preposition")) --k;  // "spoke with"
    if (!word(k) || cap(k) || function_word(k) || d_.in_quote(k) ||
        (!ends_with(tok(k).lower, "ed") && !(lx(k) && lx(k)->verb)))
      return std::nullopt;
    const std::size_t p = k - 1;
    if (!pronoun(p) || cls(p, "pronoun-n") || cls(p, "object") || p < lo_ + 1) return std::nullopt;
    auto head = np_before(p - 1, lo_, false);
    if (!head || !people(head->last) || cap(head->last)) return std::nullopt;
    // ("all the experts I interviewed", as written.)
    const std::size_t first = head->first > lo_ && is(head->first - 1, "all") ? head->first - 1 : head->first;
    return Range{first, e};
  }

  // "Democrats in Iowa who watched the debate said", "leaders who'd rather
  // be campaigning for Ben Carson said": a noun phrase that ends a relative
  // clause (no comma, no cue verb in it) is not the subject; the phrase the
  // clause follows is.
  std::optional<Range> relative_head(std::size_t f, bool own_cue = false) const {
    for (std::size_t k = f; k-- > lo_ + 1 && f - k <= 20;) {
      // With own_cue, the relative clause's own verb may be a cue ("who wrote to her").
      const bool own_verb = own_cue && (is(k - 1, "who") || is(k - 1, "that"));
      if (!word(k) || d_.in_quote(k) || (k + 1 < f && verb(k) && !own_verb)) return std::nullopt;
      const bool rel = is(k, "who") || is(k, "that") || who_contraction(k);
      if (!rel) continue;
      if (k + 1 == f || comma(k - 1)) return std::nullopt;
      auto head = np_before(k - 1, lo_, false);
      if (head && (people(head->last) || name(head->last) || common_head(head->last, lo_))) return head;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // "Guo met Comey and pledged ...": the subject of the clause that holds
  // token e, which starts the sentence or follows "that".
  std::optional<Range> clause_subject(std::size_t e) const {
    std::size_t start = opening_end(e);
    for (std::size_t k = e; k-- > lo_;) {
      if (d_.in_quote(k)) return std::nullopt;
      if (is(k, "that")) {
        start = k + 1;
        break;
      }
    }
    while (start < e && cls(start, "conjunction")) ++start;
    if (pronoun(start)) return Range{start, start};
    std::size_t j = start, last = npos;
    while (j < e && (name(j) || title(j) || people(j) || determiner(j))) {
      if (!determiner(j)) last = j;
      ++j;
    }
    // "Mr. Obama's eyes welled ... and urged": the possessor, not "Mr.".
    if (last != npos && last + 1 < j && possessive(j - 1)) last = j - 1;
    if (last == npos) return std::nullopt;
    return Range{start, last};
  }

  // ---- content ----

  std::size_t sentence_last() const {
    std::size_t e = hi_ - 1;
    while (e > lo_ && (terminal(e) || punct(e, ")") || punct(e, "]")) &&
           !(tok(e).kind == TokenKind::quote))
      --e;
    return e;
  }

  // "and" or "but" (after an optional comma) that joins a second cue to the
  // same subject ("praised Garland and said ...") or opens a clause with its
  // own subject and cue (", and he added that ..."): the first content ends
  // before it.
  bool starts_new_claim(std::size_t k, std::size_t i) const {
    std::size_t j = k;
    if (comma(j) || dash(j)) ++j;
    // "... ,'' and he repeated ...": the quotation closes after its comma.
    const bool after_comma = j > k || (k >= 2 && close_quote(k - 1) && comma(k - 2));
    if (after_comma && comma(k) && (i == 0 || !is(i - 1, "that") || has_verb(i, k)) && comma_splice(j)) return true;
    if (!(is(j, "and") || is(j, "but") || (after_comma && is(j, "while")))) return false;
    if (d_.in_quote(j)) return false;
    ++j;
    // "said her client was innocent and would plead not guilty": a modal
    // goes on with the reported clause's subject.
    if (!after_comma && listed(j, lists_.modals)) return false;
    while (j < hi_ && (modifier(j) || time_word(j))) ++j;
    // "she worries about noise and fumes.": a cue form that ends the
    // sentence says nothing of its own.
    if (j >= sentence_last()) return false;
    // "... but added, “…”": the second cue may already head the quotation's claim.
    if (word(j) && used_[j] && lx(j) && lx(j)->verb && !d_.in_quote(j) && (comma(j + 1) || punct(j + 1, ":")) &&
        open_quote(j + 2))
      return true;
    // ("he'd sit Putin down and tell him ...": a base form after "and" goes on
    // with a modal of the reported clause.)
    auto modal_before = [&] {
      for (std::size_t m = k > i + kMaxModifierTail ? k - kMaxModifierTail : i; m < k; ++m)  // bounded
        if (listed(m, lists_.modals) ||
            (word(m) && (ends_with(tok(m).lower, "\u2019d") || ends_with(tok(m).lower, "'d"))))
          return true;
      return false;
    };
    // ("violated federal and state law": a noun-first form is a cue only
    // before "that", a colon or a quotation.)
    const bool plain_noun = noun_first(j) && !is(j + 1, "that") && !open_quote(j + 1) && !punct(j + 1, ":");
    if (verb(j) && !verb(j)->needs_that && !ends_with(tok(j).lower, "ing") && !plain_noun &&
        !(!after_comma && is(j, verb(j)->lemma) && modal_before()))
      return true;
    // "... and called him a liar", "criticizing X and calling for Y": an
    // inflected cue verb that needs "that" elsewhere, or a participle.
    if (const CueVerb* v = verb(j); v && !is(j, v->lemma) &&
        (!v->needs_that || v->listed(lists_.bare_object) || is(j + 1, "that") ||
         open_quote(j + 1) || punct(j + 1, ":")))
      return true;
    // A new subject needs the comma: "A and he said" is rare. But a clause
    // before "and" may be followed by a named speaker's own ("... mishandled
    // the inquiry and Democrats accused the GOP of ...").
    if (!after_comma) {
      // "Congress and President Obama agreed" is one subject of two.
      const std::size_t left = k - 1;
      if (i == 0 || !has_verb(i, k) || name(left) || people(left) || pronoun(left) || title(left)) return false;
      auto np = np_after(j, hi_);
      if (!np || np->last - j > 3 || !(name(np->last) || people(np->last)) || (title(np->last) && cap(np->last)))
        return false;
      std::size_t n = np->last + 1;
      while (n < hi_ && (modifier(n) || time_word(n)) && !cls(n, "auxiliary")) ++n;
      const CueVerb* v = verb(n);
      return v && !v->needs_that && !ends_with(tok(n).lower, "ing") && !is(n + 1, "to");
    }
    // ", while 9 percent found ...", ", but critics say ...".
    if (!pronoun(j)) {
      // ", and more than 4 in 10 said ...": a loose speaker before a verb of saying.
      for (std::size_t c = j + 1; c < hi_ && c - j <= 8 && word(c) && !d_.in_quote(c); ++c)
        if (plain_speech(c)) {
          if (plain_speaker(Range{j, c - 1})) return true;
          break;
        }
      // "..., and Trump vowed to bomb ...": a name, and its verb may take "to".
      if (name(j)) {
        std::size_t n = j + 1;
        while (n < hi_ && n - j < 4 && name(n)) ++n;
        while (n < hi_ && (modifier(n) || time_word(n))) ++n;
        if (verb(n) && !ends_with(tok(n).lower, "ing")) return true;
      }
      auto np = np_after(j, hi_);
      if (!np || np->last - j > 5) return false;
      std::size_t n = np->last + 1;
      while (n < hi_ && (modifier(n) || time_word(n))) ++n;
      return verb(n) != nullptr && !is(n + 1, "to");
    }
    // ", and it is clear" goes on; ", and it vowed to ..." is the source's own.
    const bool it = cls(j, "pronoun-n");
    ++j;
    while (j < hi_ && (modifier(j) || time_word(j))) ++j;
    const CueVerb* v = verb(j);
    // "..., and he repeated that ...": a verb that needs "that" has it.
    const bool that = v && (!v->needs_that || is(j + 1, "that") || open_quote(j + 1) || punct(j + 1, ":"));
    return that && (!it || same_bytes(v->category, "speech") || same_bytes(v->category, "stance"));
  }

  // "according to" at token k.
  bool says_according_to(std::size_t k) const { return is(k, "according") && is(k + 1, "to"); }

  // Whether tokens [i, k) hold a verb: in "noted that at one of his first
  // meetings, in 1972, he supported ..." only an adverbial stands before the
  // commas, and the clause after them is still what was noted.
  bool has_verb(std::size_t i, std::size_t k) const {
    for (std::size_t j = i; j < k; ++j)
      if (word(j) && !d_.in_quote(j) && (cls(j, "auxiliary") || (d_.is_verb_form(j) && !noun_after_determiner(j)) ||
                                         (ends_with(tok(j).lower, "ed") && !function_word(j) && !cap(j))))
        return true;
    return false;
  }

  // "Over the long term": a verb's form right after a determiner, or two
  // words after one that follows a preposition, is a noun ("the term", "over
  // the long term"; not "the levee held").
  bool noun_after_determiner(std::size_t j) const {
    if (j == lo_) return false;
    if (determiner(j - 1)) return true;
    return j >= lo_ + 3 && word(j - 1) && !d_.is_verb_form(j - 1) && determiner(j - 2) && cls(j - 3, "preposition");
  }

  // "Asked what he would do next, he laughed.", "When asked about it, ...":
  // the question put to the subject opens the sentence at token s.
  bool question_put(std::size_t s) const {
    return is(s, "asked") || (listed(s, lists_.asked_openers) && is(s + 1, "asked"));
  }

  // Whether tokens [i, k) hold an auxiliary that is finite ("are", not
  // "being"): "Hundreds of people are here, he said." is a clause, not an
  // opening phrase such as "Back in 1999,".
  bool finite_auxiliary(std::size_t i, std::size_t k) const {
    // "As has been ...", "Asked what he would do next, he ...": an opener.
    if (cls(i, "conjunction") || cls(i, "preposition") || cls(i, "relative") || d_.is_verb_form(i) ||
        ends_with(tok(i).lower, "ed") || ing_form(i))
      return false;
    for (std::size_t j = i; j < k && !cls(j, "relative") && !cls(j, "conjunction"); ++j)
      if (cls(j, "auxiliary") && !d_.in_quote(j) && !ends_with(tok(j).lower, "ing")) return true;
    return false;
  }

  // "..., even some allies questioned why ...": after a comma, a short
  // subject and a cue verb that reports a clause of its own (not ", he
  // said." closing the sentence, nor ", he said, ..." interrupting it).
  bool comma_splice(std::size_t j) const {
    while (j < hi_ && modifier(j)) ++j;
    auto np = pronoun(j) ? std::optional<Range>(Range{j, j}) : np_after(j, hi_);
    if (!np || np->last - j > 5 || cls(np->last, "pronoun-n") || d_.in_quote(j)) return false;
    if (!(pronoun(np->last) || people(np->last) || name(np->last))) return false;
    std::size_t n = np->last + 1;
    while (n < hi_ && (modifier(n) || time_word(n))) ++n;
    const CueVerb* v = verb(n);
    if (!v || v->needs_that || ends_with(tok(n).lower, "ing") || is(n + 1, "to") || comma(n + 1)) return false;
    return !ends_sentence_after(n);
  }

  // Whether the cue at c stands in a subordinate clause that opens the
  // sentence ("After he blasted ..., X ...", "If Carson implied that ...,").
  bool subordinate(std::size_t c) const {
    std::size_t s = lo_;
    while (s < c && (tok(s).kind == TokenKind::quote || cls(s, "adverb") || is(s, "and") || is(s, "but")))
      ++s;
    if (s < c && word(s) && !listed(s, lists_.adjunct_openers) && !is(s, "if") && s + 1 < c &&
        (is(s + 1, "after") || is(s + 1, "before")))
      ++s;  // "Years after", "Days before"
    if (!(listed(s, lists_.adjunct_openers) || is(s, "if"))) return false;
    for (std::size_t k = s + 1; k < c; ++k)
      if (comma(k) && !d_.in_quote(k)) return false;
    return true;
  }

  // Where a reported clause ends: before a trailing attribution, a
  // participle cue or a semicolon, else at the sentence's end.
  std::size_t clause_end(std::size_t i) const {
    // A reported clause is far shorter than the bound, which keeps a text
    // without sentence ends, and a cue every few words, linear to read.
    const std::size_t last = std::min(sentence_last(), i + kMaxClause);
    bool bracket = false;  // a "(" opened inside the clause
    for (std::size_t k = i; k <= last; ++k) {
      // "represents “New York values,” stating ...": a comma inside the
      // closing mark ends the clause before a participle as well.
      if (k > i && k < last && close_quote(k) && comma(k - 1) && !d_.in_quote(k + 1) &&
          (ing_form(k + 1) || listed(k + 1, lists_.clause_breaks) ||
           (is(k + 1, "but") && clause_after_but(k + 2, last)) ||
           says_according_to(k + 1)))
        return k;
      if (d_.in_quote(k)) continue;
      if (punct(k, ";")) return k > i ? k - 1 : i;
      // "(..., who called Trump “a psychopath”), has ...": a clause that
      // starts inside brackets ends at their close.
      if (punct(k, "(")) bracket = true;
      if (punct(k, ")") && !bracket && k > i) return k - 1;
      if (k > i && starts_new_claim(k, i)) return k - 1;
      // "... on Twitter before claiming that ...": a participle cue with its own "that".
      if (k > i && listed(k, lists_.participle_prepositions) && ing_form(k + 1) && verb(k + 1) &&
          is(k + 2, "that"))
        return k - 1;
      // A comma or dash at i opens no trailing attribution of this clause.
      if (k == i || (!comma(k) && !dash(k))) continue;
      const std::size_t n = k + 1;
      if (n > last) break;
      if (says_according_to(n)) return k - 1;
      if (comma(k) && listed(n, lists_.clause_breaks)) return k - 1;
      // "... would be “catastrophic” — an assessment many economists
      // shared.": a dash and a noun phrase that comments on the clause.
      if (dash(k) && (is(n, "a") || is(n, "an")) && last - n < 12 && !d_.in_quote(last)) return k - 1;
      // "... would pay more, an admission that ...": so does a comma before
      // a speech noun that comments on the clause.
      if (comma(k) && (is(n, "a") || is(n, "an")) && !name(k - 1) && !in_list(k, last))
        for (std::size_t h = n + 1; h <= last && h - n <= 3 && word(h) && !d_.in_quote(h); ++h)
          if (cue_noun(h) && !title(h)) return k - 1;
      // "..., but he sounded a nostalgic note": a contrast with a clause of its own.
      if (comma(k) && is(n, "but") && clause_after_but(n + 1, last)) return k - 1;
      if (!d_.in_quote(n) && ing_form(n)) return k - 1;
      // ", he said." / ", said Smith." closing the sentence.
      if (comma(k)) {
        for (std::size_t c = n; c <= last && c - n < 8; ++c)
          if (verb(c) && !verb(c)->needs_that && !(c > n && determiner(c - 1))) {  // "the talks" is a noun
            if (c == n) {
              auto np = np_after(c + 1, last + 1);
              if (np && np->last >= last - 1) return k - 1;
            } else {
              auto np = np_before(skip_modifiers_back(c - 1, n), n);
              if (np && np->first == n && c >= last - 3) return k - 1;
              // ", two people familiar with the talks said.": a looser speaker.
              if (c >= last - 3 && plain_speech(c))
                if (auto loose = loose_subject(c); loose && loose->first == n)
                  for (std::size_t j = n; j < c; ++j)
                    if (people(j) && !cap(j)) return k - 1;
            }
            break;
          }
      }
    }
    return last;
  }

  // Whether a clause starts at i (after "but"), perhaps after an opening
  // phrase closed by a comma ("but for Republicans, it is ...").
  bool clause_after_but(std::size_t i, std::size_t last) const {
    if (i > last || is(i, "also") || is(i, "not") || is(i, "rather")) return false;
    if (clause_at(i, last) || speaker_end(i) != npos) return true;
    for (std::size_t k = i + 1; k <= last && k - i < 8; ++k)
      if (comma(k)) return clause_at(k + 1, last);
    return false;
  }

  // The subject of the cue at c is plainly a source: a name, a personal
  // pronoun, a person or organisation noun, or a cue noun ("the poll").
  bool clear_source(std::size_t c) const {
    if (c == loose_finding_) return true;
    auto src = subject(c);
    if (!src) return false;
    const std::size_t h = src->last;
    if (cls(h, "relative")) {  // "voters who ...": the phrase it stands for
      auto a = antecedent(h);
      if (!a) return false;
      const std::size_t ah = a->last;
      return people(ah) || cue_noun(ah) || (name(ah) && !title(ah)) || common_head(ah, lo_);
    }
    if ((pronoun(h) && !cls(h, "pronoun-n")) || people(h) || cue_noun(h) || (name(h) && !title(h))) return true;
    // "A poll conducted by voters in Saturday's primary", "a poll released last week": the head
    // before a participle and a phrase or a time.
    for (std::size_t k = src->first; k + 2 <= h; ++k)
      if ((people(k) || cue_noun(k)) && ends_with(tok(k + 1).lower, "ed") &&
          (cls(k + 2, "preposition") || time_word(k + 2) || listed(k + 2, lists_.time_openers)))
        return true;
    return false;
  }

  // A prepositional phrase that places or addresses a cue rather than
  // reporting content; "to" before a verb ("vowed to fight") is content.
  bool starts_placement(std::size_t i) const {
    if (!cls(i, "preposition") || d_.in_quote(i)) return false;
    if (is(i, "to")) return determiner(i + 1) || (word(i + 1) && cap(i + 1)) || pronoun(i + 1) ||
                               cls(i + 1, "object");
    return !listed(i, lists_.content_prepositions) && !listed(i + 1, lists_.idiom_objects);
  }

  // Where a phrasal content starting at i ends, at or before e: before a
  // comma, a participle clause or a word that opens an adjunct ("during
  // the rally", "as he left", "so that ...").
  std::size_t phrase_end(std::size_t i, std::size_t e) const {
    bool listing = false;  // inside a list: its ", and" goes on with it
    for (std::size_t k = i + 1; k <= e; ++k) {
      if (d_.in_quote(k)) continue;
      if (comma(k) && (in_list(k, e) || (listing && (is(k + 1, "and") || is(k + 1, "or"))))) {
        listing = true;
        continue;
      }
      // "defended Sanders as a mainstream candidate": "as a" names a role.
      // "emerge as the mainstream alternative" too, but not "as the crowd cheered".
      const bool as_role = is(k, "as") && !(pronoun(k + 1) && !cls(k + 1, "pronoun-n")) && !clause_at(k + 1, e);
      if (comma(k) || dash(k) || (word(k) && listed(k, lists_.adjunct_openers) && !as_role))
        return k - 1;
    }
    return e;
  }

  // "to invest in roads, expand benefits, and enable free college": the
  // comma at k separates items of a list that closes with ", and" or
  // ", or" before e, with no other comma-free clause break in between.
  bool in_list(std::size_t k, std::size_t e) const {
    // (", despite ...", ", while ...", ", including ...": an adjunct, not an item.)
    auto adjunct = [&](std::size_t j) {
      return listed(j, lists_.adjunct_openers) || cls(j, "conjunction") || cls(j, "relative") ||
             ends_with(tok(j).lower, "ing") || participle(j);
    };
    for (std::size_t j = k + 1, item = k; j <= e && j - item <= 12; ++j) {
      if (d_.in_quote(j) || tok(j).kind == TokenKind::quote) continue;  // a “quoted” item
      if (dash(j) || terminal(j)) return false;
      // "his tactics, his judgment, his worldview and his decency": more items.
      if (comma(j) && word(j + 1) && !is(j + 1, "and") && !is(j + 1, "or") && j > item + 1) {
        if (adjunct(k + 1) || adjunct(j + 1)) return false;
        item = j;
        continue;
      }
      if (comma(j)) return (is(j + 1, "and") || is(j + 1, "or")) && (word(j + 2) || open_quote(j + 2)) &&
                           !pronoun(j + 2);
      // "reductions in early voting, restrictions on registration and the ID
      // requirement": the last item may follow "and" with no comma, if no
      // verb stands in the item before it.
      if (cls(j, "auxiliary") || (d_.is_verb_form(j) && !ends_with(tok(j).lower, "ing"))) return false;
      if ((is(j, "and") || is(j, "or")) && j > k + 1) return word(j + 1) && !pronoun(j + 1);
    }
    return false;
  }

  // Whether a clause with its own subject and verb starts at i ("the
  // nominee garnered twice the airtime"), rather than a noun phrase.
  // A pronoun or a noun phrase of at most four words at i, then an
  // auxiliary: "the levee was old", "he would run".
  bool short_clause_at(std::size_t i, std::size_t e) const {
    std::size_t n;
    if (pronoun(i) && !cls(i, "pronoun-n") && !cls(i, "pronoun-2")) {
      n = i + 1;
    } else {
      auto np = np_after(i, e + 1);
      if (!np || np->last >= e || np->last - np->first > 3) return false;
      n = np->last + 1;
    }
    return n <= e && cls(n, "auxiliary") && !d_.in_quote(n);
  }

  bool clause_at(std::size_t i, std::size_t e) const {
    std::size_t n;
    if (pronoun(i) && !cls(i, "pronoun-n")) {
      n = i + 1;
    } else {
      auto np = np_after(i, e + 1);
      if (!np || np->last >= e) return false;
      n = np->last + 1;
    }
    while (n <= e && modifier(n) && !cls(n, "auxiliary")) ++n;
    return n <= e && word(n) && !cap(n) &&
           (cls(n, "auxiliary") || (d_.is_verb_form(n) && !ends_with(tok(n).lower, "ing")) ||
            (ends_with(tok(n).lower, "ed") && !function_word(n)));
  }

  // Whether "that" at k, after a cue whose complement starts at i, opens
  // the reported clause rather than a relative clause ("projected the
  // confidence that has defined his campaign", "pledged to fight the
  // decision that helped ..."). Between the cue and "that" may stand only
  // an object ("told reporters that"), a placing phrase ("said in a
  // statement that") or time words; so the word before "that" is a name,
  // a pronoun, a person noun, a cue noun, a time word or an adverb, and a
  // verb does not follow it.
  bool complementizer(std::size_t i, std::size_t k, bool after_listener = false) const {
    // "that affected employees would ...": an -ed form before a noun and a
    // verb is an adjective, not a relative clause's verb.
    const bool adjective = word(k + 2) && !function_word(k + 2) && !d_.is_verb_form(k + 2) &&
                           !numeral(k + 2) &&
                           (cls(k + 3, "auxiliary") || (word(k + 3) && !function_word(k + 3) && cls(k + 4, "auxiliary")));
    if (k + 1 < d_.size() && word(k + 1) && !cap(k + 1) &&
        (cls(k + 1, "auxiliary") || cls(k + 1, "negation") || listed(k + 1, lists_.relative_verbs) ||
         (ends_with(tok(k + 1).lower, "ed") && !function_word(k + 1) && !adjective) ||
         (d_.is_verb_form(k + 1) && !noun_first(k + 1) && !(k == i && ing_form(k + 1)))))  // ("said that praising ...")
      return false;
    if (k == i) return true;
    // "told local television that": whoever a verb such as "told" names first is told.
    if (after_listener)
      if (auto np = np_after(i, k); np && np->last + 1 == k) return true;
    // "wrote in his 1990 autobiography that", "said at the time that".
    if (cls(i, "preposition") && !listed(i, lists_.content_prepositions) && !is(i, "to"))
      return true;
    // "told reporters at the hall that": the person told, then a placing phrase.
    if (people(i) || cls(i, "object") || name(i))
      for (std::size_t p = i + 1; p < k && p - i < 4; ++p) {
        if (listed(p, lists_.place_prepositions)) return true;
        if (!(people(p) || name(p))) break;
      }
    std::size_t b = k - 1;
    if (comma(b) && b > i) --b;  // "says, however, that"
    // "told CNBC's “Squawk Box” that": a programme's title.
    if (tok(b).kind == TokenKind::quote && d_.in_quote(b)) {
      const Quotation& q = d_.quotes.list[d_.quotes.of_token[b]];
      if (q.close == b && title_end(q.open) == b) return true;
    }
    return time_word(b) || modifier(b) || name(b) || pronoun(b) || cls(b, "object") || is(b, "her") || people(b) ||
           cue_noun(b) || title(b) || listed(b, lists_.that_hosts);
  }

  // The preposition of a phrase that places an act ("at a rally in Iowa",
  // "in an interview", "on Twitter", "in late May") right after a noun
  // phrase that starts at i, before e; npos if there is none.
  std::size_t placing_phrase(std::size_t i, std::size_t e) const {
    for (std::size_t k = i + 1; k < e && k - i <= 12; ++k) {
      // "backed Rubio until he dropped out", "preferred Clinton while most
      // men backed Sanders": a subordinate clause after the noun phrase.
      if (!d_.in_quote(k) && (listed(k, lists_.np_enders)) && clause_at(k + 1, e) && k - i <= 6) {
        bool noun_phrase = true;
        for (std::size_t j = i; j < k && noun_phrase; ++j)
          noun_phrase = word(j) && !d_.in_quote(j) && !is(j, "to") && !is(j, "even") && !d_.is_verb_form(j) &&
                        !participle(j) && !cls(j, "auxiliary") && !(pronoun(j) && !cls(j, "object")) &&
                        !ends_with(tok(j).lower, "ing");
        if (noun_phrase) return k;
      }
      // Only words of a noun phrase before it.
      if (!word(k) || d_.in_quote(k) || cls(k, "auxiliary") || cls(k, "relative") || cls(k, "conjunction") ||
          is(k, "that"))
        return npos;
      if (!is(k, "at") && !is(k, "on") && !is(k, "in") && !is(k, "during") && !is(k, "through") && !is(k, "via"))
        continue;
      bool places = time_word(k + 1) || ((is(k + 1, "late") || is(k + 1, "early")) && time_word(k + 2));
      for (std::size_t j = k + 1; !places && j <= e && j - k <= 6 && word(j) && !cls(j, "preposition"); ++j)
        places = cue_noun(j) || listed(j, lists_.venues);
      if (!places) continue;
      // ("the gathering in September would be the last": a clause's subject.)
      for (std::size_t j = k + 1; j <= e; ++j)
        if (cls(j, "auxiliary") && !d_.in_quote(j)) return npos;
      return k;
    }
    return npos;
  }

  // The last token of a time phrase starting at token n ("last week", "on
  // Tuesday", "Friday"), or npos.
  std::size_t time_phrase_end(std::size_t n) const {
    if (d_.in_quote(n)) return npos;
    if (time_word(n)) return time_word(n + 1) ? n + 1 : n;
    if ((is(n, "last") || is(n, "this") || is(n, "next") || is(n, "on")) && time_word(n + 1))
      return time_word(n + 2) ? n + 2 : n + 1;
    // "the next day", "the following week".
    if (is(n, "the") && (is(n + 1, "next") || is(n + 1, "following") || is(n + 1, "previous") || is(n + 1, "same")) &&
        time_word(n + 2))
      return n + 2;
    return npos;
  }

  // "called him “a genius”", "called Oz a quack", "described the
  // attack as ...": where the content that starts with the named object at
  // i ends, or npos if no quotation, noun phrase or "as" follows the object.
  // The token after ", a noun phrase," at j, else j.
  std::size_t after_apposition(std::size_t j) const {
    if (comma(j))
      if (auto apposition = np_after(j + 1, sentence_last() + 1); apposition && comma(apposition->last + 1))
        return apposition->last + 2;
    return j;
  }

  std::size_t named_object_end(std::size_t i) const {
    const std::size_t last = sentence_last();
    auto obj = np_after(i, last + 1);
    if (!obj || obj->last >= last) return npos;
    // "called Clinton, his rival, an ISIS co-founder": an apposition after the object.
    std::size_t j = after_apposition(obj->last + 1);
    // "described the ground underneath the city as “Swiss cheese”": a
    // phrase after the object may come before its "as".
    for (std::size_t k = j; !is(j, "as") && k <= last && k - j < 8; ++k) {
      if (!word(k) || d_.in_quote(k) || d_.is_verb_form(k) || cls(k, "auxiliary") || cls(k, "relative")) break;
      if (is(k, "as") && k > j) j = k;
    }
    if (!(open_quote(j) || is(j, "as") || (determiner(j) && (open_quote(j + 1) || word(j + 1)))))
      return npos;
    std::size_t e = clause_end(i);
    if (e == npos || e <= j) return npos;
    // "calling him a “train wreck,” and contrasted ...": the subject's next
    // verb ends the naming (not a relative clause's: "a man who inherited
    // his wealth and looked down on ...").
    for (std::size_t k = j + 1; k < e && !cls(k, "relative"); ++k)
      if (is(k, "and") && !d_.in_quote(k) && finite(k + 1) && !cap(k + 1)) {
        e = comma(k - 1) ? k - 2 : k - 1;
        break;
      }
    // "criticized the plan as a “crazy system” during a stop in Flint",
    // "blasted Clinton as a “disgrace” Wednesday": the naming ends before
    // an adjunct or a time phrase.
    if (is(j, "as")) {
      e = phrase_end(j, e);
      for (std::size_t k = j + 2; k <= e; ++k)
        if (!d_.in_quote(k) && time_phrase_end(k) != npos) {
          e = k - 1;
          break;
        }
    }
    return e <= j ? npos : e;
  }

  // The reported content after a cue ending at token c.
  std::optional<Range> content_after(std::size_t c, const CueVerb* v) const {
    const std::size_t last = sentence_last();
    std::size_t i = c + 1;
    if (i > last) return std::nullopt;
    if (punct(i, ":") || ((comma(i) || dash(i)) && open_quote(i + 1))) ++i;
    // "Still, she said, the levee failed": the comma after the cue is no content.
    else if (comma(i) && word(i + 1) && !ing_form(i + 1)) ++i;
    // "she said, however, the levee ...": so is an adverb set off by commas.
    if (i > c + 1 && modifier(i) && comma(i + 1) && word(i + 2)) i += 2;
    // "clapping, singing, chanting and waving balloons": a cue right
    // before "and" or "or" is one of a series of verbs, with no content.
    if (i == c + 1 && (is(i, "and") || is(i, "or")) && !d_.in_quote(i)) return std::nullopt;
    // "..., she said, referencing ...", "she said, adding, “…”": the
    // participle reports on its own.
    if (comma(i) && ing_form(i + 1) && i + 1 < last)
      return std::nullopt;
    // "columns Bradley wrote while a student", "said while touring the site":
    // an adjunct without a clause of its own is not what was said.
    // ("would not say when, or if, the Senate will vote" asks.)
    if (i == c + 1 && (is(i, "while") || is(i, "when")) && !comma(i + 1) && !clause_at(i + 1, last))
      return std::nullopt;
    // "The levee is safe, the mayor said as she toured the site.": after a
    // closing attribution, "as", "while" or "when" and a clause are an
    // adjunct, not what was said (the clause before the comma was); after
    // the one told too ("..., Obama told his advisers as he labored ...").
    if (i == c + 1 && v && same_bytes(v->category, "speech")) {
      std::size_t a = i;
      if (auto obj = v->takes_object ? np_after(i, last + 1) : std::nullopt;
          obj && (people(obj->last) || name(obj->last) || cls(obj->last, "object")))
        a = obj->last + 1;
      if (listed(a, lists_.adjunct_openers) && !is(a, "because") && (ing_form(a + 1) || clause_at(a + 1, last)))
        if (auto src = subject(c); src && clause_before(src->first) != npos) return std::nullopt;
    }
    bool found_that = false, noun_that = false;
    // "apologized for the delay", "responded to the attack": the preposition opens what was said.
    const bool preposition_object =
        v && v->listed(lists_.preposition_verbs) && listed(i, lists_.verb_prepositions) && !time_word(i + 1);
    // A placing phrase may stand between the cue and "that": "said in an
    // interview with The Associated Press last week that ...".
    // "told conservative radio host Hugh Hewitt on Wednesday that": the person told is skipped whole.
    // ("told supporters at a rally in Cedar Falls that": a plural listener and a placing phrase.)
    std::size_t scan = i;
    if (v && v->takes_object && !cls(i, "preposition")) {
      // ("told ABC's “Good Morning America” on Monday that": a show's title ends the one told.)
      if (auto obj = np_after(i, last + 1);
          obj && obj->last < last && (name(obj->last) || people(obj->last) || close_quote(obj->last)))
        scan = obj->last + 1;
      else if (people(i) && cls(i + 1, "preposition"))
        scan = i + 1;
    }
    const std::size_t reach = cls(scan, "preposition") ? 16 : 9;
    for (std::size_t k = scan; k <= last && k - scan < reach; ++k) {
      // "told Obama's team — jokingly but with edge — that ...": an aside
      // between dashes may stand before "that".
      if (dash(k) && !d_.in_quote(k)) {
        std::size_t open = k + 1;
        while (open <= last && dash(open)) ++open;  // "--" written as two tokens
        std::size_t close = open;
        // ("said — on Twitter, as it happens — that ...": commas inside too.)
        while (close <= last && close - open < 10 && (word(close) || comma(close))) ++close;
        std::size_t after = close;
        while (after <= last && dash(after)) ++after;
        if (close > open && after > close && after < last && is(after, "that")) {
          i = after + 1;
          found_that = true;
          break;
        }
      }
      // "stating on NBC's “Meet the Press” that ...": a short quoted title.
      if (const std::size_t t = title_end(k); t != npos) {
        k = t;
        continue;
      }
      // "says at a campaign stop in Toledo, Ohio, that ...": a place's apposition.
      if (comma(k) && k > i && name(k + 1) && comma(k + 2)) {
        k += 2;
        continue;
      }
      // "says, however, that ...": an adverb between commas.
      if (comma(k) && k > i && modifier(k - 1) && !d_.in_quote(k)) continue;
      // "said on CNN, where he works, that ...": any short aside between
      // commas before "that".
      // ("states, ..., that" is a noun; "that has yet to" a relative clause).
      if (comma(k) && k > i && !d_.in_quote(k) && !noun_first(c)) {
        std::size_t m = k + 1;
        while (m < last && m - k < 14 && word(m) && !d_.in_quote(m)) ++m;
        if (m > k + 1 && comma(m) && m + 2 < last && is(m + 1, "that") && !cls(m + 2, "auxiliary") &&
            !d_.is_verb_form(m + 2)) {
          i = m + 2;
          found_that = true;
          break;
        }
      }
      if (d_.in_quote(k) || tok(k).kind != TokenKind::word) break;
      if (cls(k, "auxiliary")) break;
      // A verb form ends the scan unless a determiner makes it a noun or
      // a modifier: "wrote in her 2019 report that ...", "said in a
      // written statement that ...".
      // "on a conference call that": so does a noun before it.
      if (d_.is_verb_form(k) && !cap(k) &&
          !(k > i && determiner(k - 1)) &&
          !(k > i + 1 && determiner(k - 2) &&
            (cue_noun(k) || noun_first(k) ||
             (!d_.is_verb_form(k - 1) && !function_word(k - 1) && !ing_form(k - 1) && !plain_speech(k) &&
              (is(k + 1, "that") || cls(k + 1, "preposition"))))))
        break;
      // ("aimed at refocusing her campaign now that she has ...": "now that" is
      // a conjunction; "have heard by now that" is not.)
      if (tok(k).lower == "that" && k > i && is(k - 1, "now") && !cls(k - 2, "preposition")) break;
      // "met with Reid that day on Capitol Hill": a time's determiner.
      if (tok(k).lower == "that" && time_word(k + 1) && !cls(k + 2, "auxiliary") && !d_.is_verb_form(k + 2)) break;
      if (tok(k).lower == "that" && k < last) {
        if (!complementizer(i, k, v && v->takes_object)) {
          // "offered no proof that ...", "ignore the reality that ...": the
          // noun phrase and the clause after it are the content.
          noun_that = k > i && !cls(k - 1, "preposition");
          break;
        }
        i = k + 1;
        found_that = true;
        break;
      }
    }
    if (!found_that && v && v->listed(lists_.naming)) {
      if (auto e = named_object_end(i); e != npos) return Range{i, e};
      // "Obama called both candidates Tuesday night and ...": a telephone
      // call (an object with a phrase in it, "calling Trump unfit for the
      // office", names him).
      auto obj = v->listed(lists_.phoning) ? np_after(i, last + 1) : std::nullopt;
      bool phrase = false;
      if (obj)
        for (std::size_t k = obj->first; k <= obj->last; ++k) phrase = phrase || cls(k, "preposition");
      if (obj && !phrase && (people(obj->last) || name(obj->last) || pronoun(obj->last))) {
        const std::size_t j = after_apposition(obj->last + 1);  // "called a delegate, Clara Powers, and"
        if (j > last || time_word(j) || is(j, "and") || (cls(j, "preposition") && !is(j, "as")))
          return std::nullopt;
      }
    }
    // ("the engineer said — a view few share": a dash after the cue opens an
    // aside, not what was said.)
    if (!found_that && dash(c + 1) && !open_quote(c + 2)) return std::nullopt;
    if (!found_that) {
      const bool quoted = open_quote(i) || punct(c + 1, ":") || noun_that;
      // "found itself at the center", "describes himself as": no finding.
      // ("showing up at the polls": so does "up" after it.)
      const bool reflexive = word(i) && (ends_with(tok(i).lower, "self") || ends_with(tok(i).lower, "selves") ||
                                         (is(i, "up") && i == c + 1));
      // "Ruiz added the levee was old", "she knows the plan will fail": a
      // whole clause after the verb, with a clear source before it, reads
      // as what was said ("added 200 jobs" has no verb of its own).
      // (", adding he would ...", ", adding the cost should be ...": after a
      // comma, an -ing form's clause needs no clear source before it: the
      // sentence's subject speaks.)
      const bool ing = ends_with(tok(c).lower, "ing");
      const bool ing_after_comma = ing && c > lo_ && comma(c - 1);
      const bool that_less = v && v->needs_that &&
                             (same_bytes(v->category, "speech") || same_bytes(v->category, "cognition")) &&
                             (ing ? ing_after_comma : clear_source(c)) && short_clause_at(i, last);
      // ("found a way to ...", "found their voice": an object that asserts nothing.)
      auto idle = [&] {
        auto obj = np_after(i, last + 1);
        return obj && listed(obj->last, lists_.idle_objects);
      };
      if (v && v->needs_that && !quoted && !that_less &&
          !(v->listed(lists_.bare_object) && !listed(c, lists_.no_bare_object) &&
            (clear_source(c) || ing_after_comma) && !reflexive && !idle()))
        return std::nullopt;
      // "Oklahoma state senator", "member states", "the plans": a noun-first
      // form is a verb only right after a pronoun or a relative pronoun
      // standing for a source, or before "to" or a determiner ("she plans to
      // run", "voters who support Sanders", "Trump claims the vote was rigged").
      if (noun_first(c) && !quoted &&
          (!clear_source(c) ||
           !(pronoun(c - 1) || ((is(c - 1, "who") || is(c - 1, "that")) && subject(c)) ||
             is(c + 1, "to") || determiner(c + 1) ||
             // "The women claim he assaulted them": a pronoun and its verb.
             (pronoun(c + 1) && !cls(c + 1, "pronoun-n") && short_clause_at(c + 1, last)))))
        return std::nullopt;
      // "said at a news conference", "spoke to reporters": a phrase that
      // places the cue is not what was said.
      // "said after the debate he would ...": a clause with a pronoun
      // subject may follow the placing phrase.
      // "said in Madison, Wisconsin, that ..." also skips a place's apposition.
      // ("said on Thursday it would ..." is a time, skipped below.)
      // "talking to voters about health care": the listener before "about".
      if (v && v->listed(lists_.preposition_content) && (is(i, "to") || is(i, "with")))
        if (auto who = np_after(i + 1, last + 1); who && listed(who->last + 1, lists_.cue_prepositions))
          i = who->last + 1;
      if (starts_placement(i) && !cls(i + 1, "time") && !preposition_object) {
        auto np = np_after(i + 1, last + 1);
        std::size_t j = np ? np->last + 1 : npos;
        if (j != npos && comma(j))
          if (auto place = np_after(j + 1, last + 1); place && comma(place->last + 1)) j = place->last + 2;
        if (j != npos && j < last && is(j, "that")) {
          i = j + 1;
        } else {
          if (j == npos || j > last || !pronoun(j) || cls(j, "pronoun-n")) return std::nullopt;
          i = j;
        }
      }
      // "vowed not to raise the toll", "said never again": a negation
      // belongs to what was said.
      // "reported late Thursday", "said early Monday", "wrote this week": a time phrase.
      const std::size_t before_time = i;
      while (i <= last && (cls(i, "time") || (modifier(i) && !cls(i, "negation") && !is(i, "never")) ||
                           (cls(i, "preposition") && cls(i + 1, "time")) || time_opener(i)))
        ++i;
      // "said Friday afternoon, as they ...": a comma after the time is none.
      if (i > before_time && i <= last && (comma(i) || dash(i)) && !d_.in_quote(i) && !open_quote(i + 1))
        return std::nullopt;
      // "wrote this week, adding ...".
      // After "on Thursday", a comma, a dash or "while ..." goes on about the cue.
      if (comma(i) && ing_form(i + 1)) return std::nullopt;
      if (i >= c + 3 && cls(i - 2, "preposition") && cls(i - 1, "time") &&
          (comma(i) || dash(i) || listed(i, lists_.adjunct_openers)))
        return std::nullopt;
      // "said Saturday night at the debate": the time words led to a place.
      if (starts_placement(i) && !preposition_object) return std::nullopt;
      if (v && v->takes_object && (same_bytes(v->category, "speech") || same_bytes(v->category, "writing")) &&
          !is(i, "to") && !preposition_object) {
        // "told reporters the plan": the person told is not the content;
        // "told a council panel on Tuesday." has none.
        auto obj = np_after(i, last + 1);
        // "told reporters on Monday the levee was safe", "told ABC's “Good
        // Morning America” Monday the tone was cordial": the one told and a
        // time come before the clause told.
        const std::size_t t = obj && obj->last < last ? time_phrase_end(obj->last + 1) : npos;
        if (t != npos && t < last && (name(obj->last) || people(obj->last) || close_quote(obj->last)) &&
            clause_at(t + 1, last))
          obj->last = t;
        else if (obj && obj->last < last && starts_placement(obj->last + 1) && ends_sentence_after(obj->last) &&
                 !is(obj->last + 1, "to"))
          return std::nullopt;
        // ", a spokesman told The Wall Street Journal.": the listener ends the sentence.
        if (obj && obj->last >= last && !open_quote(i) && !v->listed(lists_.naming) &&
            (name(obj->last) || people(obj->last) || pronoun(obj->last)))
          return std::nullopt;
        // ("told this weekend he would ...": "he" is no listener.)
        // ("called him reckless": a naming verb's object is named, not told;
        // "warned the levee was weak": a phrase before an auxiliary that names
        // no one is the clause's subject.)
        const bool listener = obj && (name(obj->last) || people(obj->last) || cls(obj->last, "object"));
        // ("asked anyone who saw the crash to call": a relative clause goes on
        // with the object; "asked him who he thought ..." is a question.)
        const bool relative = obj && (is(obj->last + 1, "who") || is(obj->last + 1, "which")) &&
                              word(obj->last + 2) && finite(obj->last + 2);
        if (obj && obj->last < last && !cls(obj->last + 1, "preposition") && !relative &&
            (listener || !cls(obj->last + 1, "auxiliary")) &&
            !(obj->first == obj->last && pronoun(i) && !is(i, "you") && !is(i, "it")) &&
            !(v->listed(lists_.naming) && obj->first == obj->last && cls(i, "object") && !is(i + 1, "to")))
          i = obj->last + 1;
        if (comma(i)) ++i;
      }
    }
    // "complained about noise", "spoke of a crisis": the preposition goes
    // with the cue, and its object is the content.
    const bool prep_object = !found_that && (listed(i, lists_.cue_prepositions) || preposition_object) &&
                             !d_.in_quote(i) && i + 1 <= last && !cls(i + 1, "quantifier") && !is(i + 1, "or") &&
                             !is(i + 1, "and") && !numeral(i + 1);
    // "spoke to reporters Friday", "talked for an hour": these verbs report
    // only through "that", a colon, a quotation or "of/about ...".
    if (!found_that && !prep_object && v && v->listed(lists_.preposition_content) &&
        !open_quote(i) && !punct(c + 1, ":"))
      return std::nullopt;
    if (preposition_object && !prep_object) return std::nullopt;  // ("asked for one but ...")
    if (prep_object) ++i;
    if (i > last) return std::nullopt;
    // "agreed to a truce" names a thing agreed to, not a claim.
    if (is(i, "to") && (determiner(i + 1) || (word(i + 1) && cap(i + 1)))) return std::nullopt;
    // "asked not to be named": the terms of anonymity are no claim.
    // ("asked to be identified only by her first name": an adverb may follow.)
    if (const std::size_t t = cls(i, "negation") ? i + 1 : i;
        is(t, "to") && is(t + 1, "be") && listed(t + 2, lists_.anonymity)) {
      std::size_t u = t + 3;
      while (u < sentence_last() && modifier(u)) ++u;
      if (t + 2 >= sentence_last() || comma(u) || listed(u, lists_.adjunct_openers) ||
          cls(u, "preposition"))  // "... because he was not authorized", "... to discuss the talks"
        return std::nullopt;
    }
    // "admit that, given the divide, instituting these goals ...": an aside
    // between commas after "that" comes before the clause it belongs to.
    std::size_t from = i;
    if (found_that && comma(i)) {
      ++i;
      for (std::size_t k = i + 1; k <= last && k - i < 12 && !d_.in_quote(k); ++k)
        if (comma(k)) {
          from = k + 1;
          break;
        }
      if (from < i) from = i;
    }
    std::size_t e = clause_end(from);
    if (e < i || e == npos) return std::nullopt;
    // "While Sanders admitted that it would be hard, his campaign argued
    // ...": a cue in an opening subordinate clause reports up to its comma.
    if (subordinate(c) && !comma(c + 1))
      for (std::size_t k = i + 1; k <= e; ++k)
        if (comma(k) && !d_.in_quote(k)) {
          e = k - 1;
          break;
        }
    // A stance or an act ("praised the plan", "vowed to fight") has a
    // phrase, not a clause, as content: it ends before an adjunct.
    if (!found_that && !cls(i, "relative") && !clause_at(i, e) &&
        (prep_object || (v && (same_bytes(v->category, "stance") || v->needs_that || is(i, "to")))))
      e = phrase_end(i, e);
    const std::size_t words = words_in(i, e + 1);
    // "endorsed Clinton", "railed against Trump": a stance may have a
    // single name as its content.
    // ("strongly supported him": a verb of taking sides, a person's pronoun.)
    const bool one_name = words == 1 && !d_.in_quote(i) &&
                          ((name(i) && (prep_object || (v && same_bytes(v->category, "stance")))) ||
                           (cls(i, "object") && v && v->listed(lists_.sides)));
    // "said so", "said no": a one-word answer of a verb of saying.
    const bool one_answer = words == 1 && word(i) && !d_.in_quote(i) && v && same_bytes(v->category, "speech") &&
                            listed(i, lists_.answers);
    if (words < 2 && !one_name && !one_answer) return std::nullopt;
    // "Biden weighed in as well, telling ...": "as well" is no content.
    if (e == i + 1 && is(i, "as") && is(e, "well")) return std::nullopt;
    // "endorsed Trump at a news conference", "claimed victory in a tweet",
    // "denied the charges through his lawyer": a noun-phrase content ends
    // before a phrase that places the act.
    if (!found_that && !noun_that && !d_.in_quote(i) && !cls(i, "relative") && !is(i, "to") &&
        !d_.is_verb_form(i) && !participle(i) && !(v && v->takes_object && same_bytes(v->category, "speech")) && !clause_at(i, e))
      if (const std::size_t k = placing_phrase(i, e); k != npos) e = k - 1;
    // "endorsed Cruz last week", "defended his endorsement this week": a
    // noun-phrase content ends before a time phrase.
    if (!found_that && !noun_that && !d_.in_quote(i) && !cls(i, "relative") && !is(i, "to") &&
        !(v && v->takes_object))
      if (auto np = np_after(i, e + 1); np && np->last < e)
        if (const std::size_t t = time_phrase_end(np->last + 1);
            t != npos && (t >= e || comma(t + 1) || is(t + 1, "and") ||
                          listed(t + 1, lists_.adjunct_openers)))
          e = np->last;
    // "apologized the next day", "hinted at it in a news conference": a
    // time phrase or a placing phrase alone says nothing.
    if (const std::size_t t = time_phrase_end(i); t != npos && t >= e) return std::nullopt;
    if (i > 0 && !d_.in_quote(i) && placing_phrase(i - 1, e) == i && !has_verb(i, e + 1)) return std::nullopt;
    return Range{i, e};
  }

  bool free(Range r) const {
    for (std::size_t k = r.first; k <= r.last; ++k)
      if (used_[k]) return false;
    return true;
  }

  // Ranges in order and inside the text, and a content that holds a word.
  bool well_formed(const Claim& c) const {
    auto ok = [&](Range r) { return r.first <= r.last && r.last < d_.size(); };
    if (!ok(c.content) || (c.source && !ok(*c.source)) || (c.cue && !ok(*c.cue))) return false;
    for (const Range& f : c.fragments)
      if (!ok(f)) return false;
    // A word besides conjunctions and prepositions: "and" is no content
    // ("said so" is).
    for (std::size_t k = c.content.first; k <= c.content.last; ++k)
      if (word(k) && ((!cls(k, "conjunction") && !cls(k, "preposition")) || is(k, "so"))) return true;
    return false;
  }

  // Records a claim and marks its tokens used. A rule that slips on odd
  // text ("According to the agency,, ...") and builds an ill-formed claim
  // loses it here instead of passing an empty span on.
  void add(Claim c) {
    if (!well_formed(c)) return;
    // "is supporting Brooks and has been in touch with her": a content
    // never ends on a conjunction, a comma or a dash of its own.
    while (c.content.last > c.content.first && !d_.in_quote(c.content.last) &&
           (is(c.content.last, "and") || is(c.content.last, "or") || is(c.content.last, "but") ||
            comma(c.content.last) || dash(c.content.last)))
      --c.content.last;
    // "Do you support Donald Trump?": a question asserts nothing.
    if (c.source && c.source->first == lo_ + 1 && cls(lo_, "auxiliary") && !d_.in_quote(c.content.first) &&
        hi_ > lo_ && punct(hi_ - 1, "?"))
      return;
    if (c.cue && c.cue->last + 2 == c.content.first && listed(c.cue->last + 1, lists_.cue_prepositions))
      ++c.cue->last;
    if (c.source && c.source->first == c.source->last) c.antecedent = antecedent(c.source->first);
    // "Graham, who's called for 20,000 troops, the candidates aren't ...": a
    // relative clause between commas ends where the main clause resumes.
    if (c.antecedent && c.source->first > 0 && (comma(c.source->first - 1) || dash(c.source->first - 1)) &&
        c.content.first > c.source->last)
      for (std::size_t k = c.content.first + 1; k < c.content.last; ++k)
        if ((comma(k) || dash(k)) && !d_.in_quote(k) && clause_at(k + 1, c.content.last)) {
          c.content.last = k - 1;
          break;
        }
    auto mark = [&](Range r) {
      for (std::size_t k = r.first; k <= r.last; ++k) used_[k] = 1;
    };
    mark(c.content);
    if (c.source) mark(*c.source);
    if (c.cue) mark(*c.cue);
    out_.push_back(std::move(c));
  }

  // ---- rules ----

  // "Ruiz: Bridge will reopen": a short name and a colon open a paragraph.
  void headline_colon() {
    if (!tok(lo_).line_before) return;
    // "\"PENCE: The levee ...": a transcript quoted paragraph by paragraph.
    // The speaker is in capitals and the quotation stays open.
    auto transcript = [&] {
      if (!open_quote(lo_) || !word(lo_ + 1) || !punct(lo_ + 2, ":")) return false;
      if (d_.quotes.list[d_.quotes.of_token[lo_]].close != npos) return false;
      for (char ch : tok(lo_ + 1).span.of(d_.text))
        if (std::islower(static_cast<unsigned char>(ch))) return false;
      return true;
    };
    const std::size_t s = transcript() ? lo_ + 1 : lo_;
    for (std::size_t k = s + 1; k < hi_ && k - s <= 4; ++k) {
      if (!punct(k, ":")) continue;
      // The speaker: a name, or in a headline every word before the colon
      // written with a capital or naming people ("Judicial Watch:",
      // "Clinton camp:").
      auto np = np_before(k - 1, s);
      if (!(np && np->first == s && name(np->last))) {
        if (s != lo_) return;
        np = Range{lo_, k - 1};
        // A verb form or cue noun is a topic ("Rail Strike:"), not a speaker;
        // but a poll or report just before the colon speaks ("Poll:", "IG Report:").
        for (std::size_t j = lo_; j < k && np; ++j)
          if (!word(j) || !(tok(j).capitalized || people(j)) || (function_word(j) && !determiner(j)) ||
              ((d_.is_verb_form(j) || cue_noun(j)) &&
               !(j + 1 == k && cue_noun(j) && lx(j)->noun != "speech")))
            np.reset();
        if (!np || !tok(lo_).capitalized) return;
      }
      // "The Latest:", "Q:", "Correction:", "Wow:" label a paragraph; they
      // say nothing ("Judicial Watch:" names a group).
      bool label = true;
      for (std::size_t j = np->first; j <= np->last; ++j)
        label = label && (listed(j, lists_.colon_labels) || determiner(j));
      if (label) return;
      if (open_quote(k + 1)) return;  // x-colon-quote handles it
      const std::size_t last = sentence_last();
      if (k + 2 > last) return;
      // "Superdelegates: Clinton leads, according to the AP.": the claim
      // after the colon names its own source.
      for (std::size_t j = k + 1; j < last; ++j)
        if (says_according_to(j) && !d_.in_quote(j)) return;
      // "FALLIN: I think ... . I think ...": a speaker's turn runs to the
      // paragraph's end.
      std::size_t end = last;
      for (std::size_t j = hi_; j < d_.size() && !tok(j).line_before; ++j)
        if (!terminal(j)) end = j;
      // "Iowa: Tim Albrecht, Brad Anderson, ...": a list of names says nothing.
      std::size_t commas = 0;
      bool names_only = true;
      for (std::size_t j = k + 1; j <= end && names_only; ++j) {
        commas += comma(j);
        names_only = comma(j) || (word(j) && (cap(j) || is(j, "and"))) || punct(j, ".");
      }
      if (names_only && commas >= 2) return;
      add({np, Range{k, k}, Range{k + 1, end}, {}, "headline-colon"});
      used_[lo_] = 1;  // the transcript's quotation mark opens no floating quotation
      return;
    }
  }

  void quotations() {
    for (std::size_t k = lo_; k < hi_; ++k) {
      if (!open_quote(k) || used_[k]) continue;
      const Quotation& q = d_.quotes.list[d_.quotes.of_token[k]];
      if (q.last < q.open + 2 && q.close != npos) continue;  // empty quotation
      quotation(q);
    }
  }

  Range quote_range(const Quotation& q) const { return {q.open, q.last}; }

  // “There was little help, said Kessel, whose group ...: a quotation left
  // open to its paragraph's end, with the attribution inside it after a
  // comma. The words before the comma were said; those after the
  // attribution's sentence, if any, go on with them.
  bool unclosed_attribution(const Quotation& q) {
    if (q.close != npos || q.continues) return false;
    const std::size_t end = std::min(hi_, q.last + 1);
    // verb() takes no word inside a quotation; these are, by mistake.
    auto says = [&](std::size_t i) {
      const CueVerb* v = word(i) && !cap(i) && lx(i) ? lx(i)->verb : nullptr;
      return v && !v->needs_that && !v->weak && !ends_with(tok(i).lower, "ing") &&
             (same_bytes(v->category, "speech") || same_bytes(v->category, "writing"));
    };
    for (std::size_t k = q.open + 2; k + 2 < end; ++k) {
      if (!comma(k)) continue;
      std::optional<Range> src;
      std::size_t cue = npos;
      if (says(k + 1)) {
        cue = k + 1;
        src = np_after(k + 2, end);
      } else if (auto np = np_after(k + 1, end); np && np->last + 1 < end && says(np->last + 1)) {
        src = np;
        cue = np->last + 1;
      }
      if (!src || !(name(src->last) || people(src->last) || pronoun(src->last))) continue;
      const std::size_t after = std::max(cue, src->last) + 1;
      if (after < end && !comma(after) && !terminal(after)) continue;
      const Range first{q.open, k - 1};
      // The attribution's sentence ends at `after` or at hi_; what follows
      // in the paragraph is the quotation going on.
      const std::size_t resume = after < end && terminal(after) ? after + 1 : hi_;
      if (resume <= q.last && word(resume)) {
        add({src, Range{cue, cue}, Range{q.open, q.last}, {first, Range{resume, q.last}}, "quote-interrupted"});
      } else {
        add({src, Range{cue, cue}, first, {}, cue == k + 1 ? "quote-said-x" : "quote-x-said"});
      }
      return true;
    }
    return false;
  }

  void quotation(const Quotation& q) {
    if (unclosed_attribution(q)) return;
    // "On ''This Week,'' Sanders said", "Gov. C.L. "Butch" Otter": a short
    // title or nickname inside a sentence is no quotation of anyone's.
    if (title_like(q.open) && q.open > first_word(lo_) && word(q.open - 1) && !verb(q.open - 1) &&
        !cls(q.open - 1, "auxiliary"))
      return;
    const Range content = quote_range(q);
    const std::size_t words = words_in(q.open, q.last + 1);
    // A quotation inside a clause, after an auxiliary, determiner or
    // preposition ("and was “a respected colleague,” the company said"), is part of that clause's content; the attribution
    // after it is left to the rules that take the whole clause.
    const std::size_t before = q.open > lo_ ? q.open - 1 : npos;
    // A quotation that is most of its clause stays a quotation of its own.
    const std::size_t clause_words = words_in(lo_, q.open);
    // A short title after a noun such as "show" ("the TV show “Shark Tank”") is no quotation either.
    const bool embedded = before != npos && !used_[before] && clause_words > words &&
                          (cls(before, "auxiliary") || determiner(before) || cls(before, "preposition") ||
                           (listed(before, lists_.title_nouns) && title_end(q.open) != npos));
    // After: “…,” X said / “…,” said X / “…” —X
    if (q.close != npos && q.close + 1 < hi_ && !embedded) {
      std::size_t a = q.close + 1;
      if (comma(a)) ++a;
      if (dash(a) && !comma(q.close + 1)) {
        auto np = np_after(a + 1, hi_);
        if (np && name(np->last)) {
          add({np, Range{a, a}, content, {}, "quote-dash-x"});
          return;
        }
      }
      if (a < hi_ && !tok(a).line_before && trailing(q, content, a)) return;
    }
    // A quotation that fills its paragraph, and the speaker on the next
    // line after a dash: “…” / -President Obama, tweeting after the speech.
    if (q.close != npos && q.close + 2 < d_.size() && (q.open == 0 || tok(q.open).line_before) &&
        tok(q.close + 1).line_before && dash(q.close + 1) && !tok(q.close + 2).line_before) {
      auto np = np_after(q.close + 2, d_.sentences[d_.sentence_of[q.close + 2]].end);
      if (np && name(np->last) && !used_[np->first]) {
        add({np, Range{q.close + 1, q.close + 1}, content, {}, "quote-dash-x"});
        return;
      }
    }
    // “Why now?” she asked.: a question or exclamation closing the quotation
    // ends the sentence, and its attribution is the next one. (A quotation
    // that ends a sentence it does not open, "Ruiz said voters were “tired
    // of excuses.” She has hammered ...", is that sentence's.)
    if (q.close != npos && q.close + 1 == hi_ && q.close + 1 < d_.size() && !tok(hi_).line_before &&
        q.open <= first_word(lo_) &&
        terminal(q.close - 1)) {
      const std::size_t lo = lo_, hi = hi_;
      const std::size_t next = d_.sentence_of[hi_];
      lo_ = hi_;
      hi_ = d_.sentences[next].end;
      cross_sentence_ = true;
      period_cross_ = punct(q.close - 1, ".") || punct(q.close - 1, "\u2026");  // (“… people…” Clinton said.)
      const bool found = trailing(q, content, lo_);
      cross_sentence_ = period_cross_ = false;
      lo_ = lo;
      hi_ = hi;
      if (found) return;
    }
    if (said_x_quote(q) || colon_paragraph_quote(q) || as_x_put_it(q) || owner_colon_quote(q)) return;
    // Before: X said: “…” / X said, “…”
    if (q.open > lo_ && words >= 1) {
      std::size_t b = q.open - 1;
      const bool colon = punct(b, ":");
      const bool marked = colon || comma(b);
      if (marked) --b;
      // Without a colon or comma the quotation is the whole content only if
      // it follows the cue directly and ends the clause. A phrase quoted
      // inside a reported clause (said it was “resolutely opposed” to the
      // test), or one that words go on from (said “local forces” must lead,
      // found “evidence” that ...), is left to the cue rules, whose content
      // runs on past it. A verb joined by "and" ("met Comey and pledged “…”
      // between countries") keeps the quotation as its claim, made now so
      // that the clause around it can still cover it.
      if (!marked && !(verb(b) || is(b, "that"))) return;
      if (!marked && q.close != npos && word(q.close + 1) && !d_.in_quote(q.close + 1) && !is(b - 1, "and"))
        return;
      if (b != npos && b >= lo_) {
        for (std::size_t c = b; c + 1 > lo_ && b - c < 14; --c) {
          // "responded pointedly, with a smile: “…”": an adverb's comma.
          if (comma(c) && c > lo_ && modifier(c - 1) && !d_.in_quote(c)) continue;
          if (tok(c).kind != TokenKind::word) break;
          if (tok(c).lower == "that" && c != b) break;
          const CueVerb* v = verb(c);
          // "said in an op-ed before a 2014 hearing, “…”": farther back, only
          // a cue verb that a placing phrase follows.
          // (Not a title after its noun: "on the podcast “So, That Happened.”")
          const bool placed = v && !noun_first(c) && cls(c + 1, "preposition") && !listed(b, lists_.title_nouns);
          if (b - c >= 6 && !placed) {
            if (v || cls(c, "auxiliary")) break;
            continue;
          }
          if (v && ing_noun(c)) continue;  // "said before a Senate hearing, “…”"
          if (v) {
            auto src = subject(c);
            if (!src && ends_with(tok(c).lower, "ing")) src = sentence_subject(c);
            if (src && object_before_participle(c, *src))
              if (auto s = sentence_subject(c)) src = s;
            if (ends_with(tok(c).lower, "ing") && c > lo_ + 1 && comma(c - 1)) {
              // "In Columbia, Sanders spoke, saying, “…”": as with the cue
              // rules, the participle shares the sentence's subject.
              if (src && src->first != opening_end(c))
                if (auto s = sentence_subject(c)) src = s;
              if (auto s = subordinate_subject(c)) src = s;
              if (auto s = speaker_before_participle(c)) src = s;
            }
            if (src) {
              Claim claim{src, Range{c, c}, content, {}, "x-said-quote"};
              // "The streets were empty, he added, “but people need to
              // connect.”": a quotation that goes on in lower case carries
              // on the clause before the source, and that clause joins it.
              const std::size_t s = first_word(lo_);
              // An opening adverbial ("Still, she added, “we ...”") is no such clause.
              // ("So when Patriot signaled ..., Mr. Barrett said, “we were
              // floored.”": a subordinate clause is such a clause.)
              if (!colon && src->first > s + 1 && comma(src->first - 1) &&
                  (src->first != opening_end(c) || subordinator(s)) &&
                  word(q.open + 1) && !tok(q.open + 1).capitalized && free(Range{s, src->first - 2})) {
                claim.fragments = {Range{s, src->first - 2}, claim.content};
                claim.content.first = s;
                claim.rule = "clause-x-said-clause";
              }
              add(std::move(claim));
              continue_quote(q, *src, Range{c, c});
              return;
            }
            break;
          }
          if (c == lo_) break;
        }
        if (colon) {
          auto np = np_before(b, lo_);
          // "Media shares blame - HuffPollster: “…”": a name after a dash.
          const bool after_dash = np && np->first > lo_ && dash(np->first - 1) && name(np->last);
          // "From the report: “…”": a document the quotation comes from.
          const bool from = np && np->first == first_word(lo_) + 1 && is(np->first - 1, "from") &&
                            cue_noun(np->last);
          if (np && (np->first == lo_ || after_dash || from) &&
              (name(np->last) || people(np->last) || pronoun(np->last) || from)) {
            // "Ryan: ‘Hateful Images’ Have No Place in Politics.": a headline
            // of one sentence says all that follows its colon.
            Range said = content;
            if (q.close != npos && q.close + 1 < hi_ && np->first == lo_ && tok(lo_).line_before &&
                (hi_ == d_.size() || tok(hi_).line_before))
              said.last = std::max(said.last, sentence_last());
            add({np, Range{b + 1, b + 1}, said, {}, "x-colon-quote"});
            continue_quote(q, *np, Range{b + 1, b + 1});
            return;
          }
          if (verb_phrase_colon(q, b)) return;
          // "Clinton's response was: “…”": a remark noun and "was" before the colon.
          if ((is(b, "was") || is(b, "is")) && b > lo_)
            if (auto remark = np_before(b - 1, lo_, false);
                remark && remark->first == first_word(lo_) && cue_noun(remark->last) && possessive(remark->first)) {
              const Range src{remark->first, remark->first};
              add({src, Range{remark->first + 1, b + 1}, content, {}, "x-colon-quote"});
              continue_quote(q, src, Range{remark->first + 1, b + 1});
              return;
            }
        }
      }
    }
  }

  // "As John Cornyn, the No. 2 in the leadership, put it: “…”": the source
  // stands between "as" and "put(s) it".
  bool as_x_put_it(const Quotation& q) {
    if (q.open < lo_ + 4 || !(comma(q.open - 1) || punct(q.open - 1, ":"))) return false;
    const std::size_t it = q.open - 2;
    if (!is(it, "it") || !(is(it - 1, "put") || is(it - 1, "puts"))) return false;
    const std::size_t as = first_word(lo_);
    if (!is(as, "as") || as + 1 >= it - 1) return false;
    auto src = np_before(it - 2, as + 1);
    if (!src || src->first != as + 1 || !free(Range{as, q.open - 1})) return false;
    const Range cue{it - 1, q.open - 1};
    add({src, cue, quote_range(q), {}, "x-said-quote"});
    continue_quote(q, *src, cue);
    return true;
  }

  // "Cruz continued:" closing a paragraph, and the quotation opening the
  // next one: the source and cue of the paragraph before introduce it.
  bool colon_paragraph_quote(const Quotation& q) {
    if (q.open != lo_) return false;
    auto intro = colon_introducer();
    if (!intro) return false;
    add({intro->first, intro->second, quote_range(q), {}, "x-said-quote"});
    continue_quote(q, intro->first, intro->second);
    return true;
  }

  // "In a speech last July, he said:" closing a paragraph, and a paragraph
  // of his words, unquoted, after it.
  void colon_paragraph() {
    if (open_quote(lo_) || used_[lo_]) return;
    auto intro = colon_introducer();
    if (!intro) return;
    std::size_t end = lo_;
    for (std::size_t j = lo_; j < d_.size() && (j == lo_ || !tok(j).line_before); ++j)
      if (!terminal(j)) end = j;
    if (end > lo_ && free(Range{lo_, end})) add({intro->first, intro->second, Range{lo_, end}, {}, "x-said-that"});
  }

  // When the paragraph before the sentence at lo_ ends in a colon after a
  // cue ("Cruz continued:", "Trump issued the following statement:"), its
  // source and the cue with the colon.
  std::optional<std::pair<Range, Range>> colon_introducer() {
    if (lo_ < 3 || !tok(lo_).line_before || !punct(lo_ - 1, ":")) return std::nullopt;
    const std::size_t colon = lo_ - 1, lo = lo_, hi = hi_;
    lo_ = d_.sentences[d_.sentence_of[colon]].first;
    hi_ = colon + 1;
    std::optional<Range> src;
    std::size_t cue = npos;
    for (std::size_t c = colon; c-- > lo_ && colon - c <= 8;) {
      if (!word(c) || d_.in_quote(c)) break;
      if (verb(c)) {  // the colon is what an ambiguous verb needs
        src = subject(c);
        cue = c;
        break;
      }
      // "Trump issued the following statement:": a cue noun after a verb in
      // the past tense; the source is the phrase before that verb.
      if (cue_noun(c) && c + 1 == colon) {
        for (std::size_t v = c; v-- > lo_ + 1 && c - v <= 4;)
          if (word(v) && !cap(v) && !function_word(v) && ends_with(tok(v).lower, "ed")) {
            src = np_before(v - 1, lo_);
            cue = v;
            break;
          }
        break;
      }
    }
    lo_ = lo;
    hi_ = hi;
    if (!src || !free(*src)) return std::nullopt;
    return std::make_pair(*src, Range{cue, colon});
  }

  // "Said Dorothy Poynter, who grew up nearby, “We were proud.”": a verb
  // of saying opens the sentence, then its source (and an aside), then a
  // comma or colon and the quotation.
  bool said_x_quote(const Quotation& q) {
    std::size_t v = lo_;
    if (cls(v, "conjunction") && word(v)) v += comma(v + 1) ? 2 : 1;  // "But, said Solovey, “…”"
    if (q.open < v + 3 || !plain_speech(v) || ends_with(tok(v).lower, "ing")) return false;
    if (!(comma(q.open - 1) || punct(q.open - 1, ":"))) return false;
    auto np = np_after(v + 1, q.open);
    if (!np) return false;
    if (np->last + 2 != q.open) {  // an aside between commas after the source
      if (!comma(np->last + 1) || q.open - np->last > 25) return false;
      for (std::size_t k = np->last + 1; k < q.open; ++k)
        if (tok(k).kind == TokenKind::quote || used_[k]) return false;
    }
    add({np, Range{v, v}, quote_range(q), {}, "said-x-quote"});
    continue_quote(q, *np, Range{v, v});
    return true;
  }

  // "Álvarez, who lives nearby, put it simply: “…”": the sentence's
  // subject, a short verb phrase and a colon introduce the quotation; the
  // verb phrase with the colon is the cue.
  bool verb_phrase_colon(const Quotation& q, std::size_t b) {
    std::size_t v = b;  // the verb phrase is [v, b]
    // "he returned to his familiar lines:": the walk stops at a subject pronoun.
    while (v > lo_ && b - v < 5 && word(v - 1) && !d_.in_quote(v - 1) && !used_[v - 1] &&
           !(pronoun(v - 1) && !cls(v - 1, "pronoun-n") && v - 1 < b - 1))
      --v;
    // "She went on:": the walk reached the sentence's start, and the
    // subject there is not part of the verb phrase.
    std::optional<Range> opening;
    if (v == lo_) {
      opening = sentence_subject(b);
      if (!opening) opening = np_after(lo_, b);  // "Ruiz didn't hesitate:" has no cue verb
      if (opening && opening->first == lo_ && opening->last < b) v = opening->last + 1;
    }
    // "She then addressed the supporters again:", "didn't hesitate:": an
    // adverb or auxiliary before the verb.
    std::size_t adverbs = 0;
    while (v < b && (modifier(v) || cls(v, "auxiliary"))) ++v, ++adverbs;
    if (v == b + 1 || v <= lo_ || !word(v) || cap(v) || function_word(v)) return false;
    auto src = sentence_subject(v);
    if (!src) src = subject(v);  // the subject right before the verb phrase
    if (!src) src = opening;
    if (!src || src->first != opening_end(v)) return false;
    // Only an apposition or relative clause between commas may stand
    // between the subject and the verb phrase.
    if (src->last + 1 + adverbs != v && !(comma(src->last + 1) && comma(v - adverbs - 1))) return false;
    if (!(name(src->last) || people(src->last) || pronoun(src->last) || cue_noun(src->last))) return false;
    add({src, Range{v, b + 1}, quote_range(q), {}, "x-colon-quote"});
    continue_quote(q, *src, Range{v, b + 1});
    return true;
  }

  // An unambiguous verb of saying or writing ("said", "told", "wrote"),
  // whose subject may be looser than a plain noun phrase.
  bool plain_speech(std::size_t c) const {
    const CueVerb* v = verb(c);
    return v && !v->needs_that && !v->weak && (same_bytes(v->category, "speech") || same_bytes(v->category, "writing"));
  }

  // “…,” David Axelrod, the campaign's chief strategist, said: the speaker
  // is the words from a up to the verb at c, cut at an apposition's comma.
  std::optional<Range> speaker_between(std::size_t a, std::size_t c) const {
    const std::size_t e = skip_modifiers_back(c - 1, a);
    if (e == npos || e < a) return std::nullopt;
    if (!(cap(a) || determiner(a) || pronoun(a))) return std::nullopt;
    std::size_t last = a;
    for (std::size_t k = a; k <= e; ++k) {
      if (comma(k) || punct(k, "(")) {
        // “CNN” five times, and mentioned ...: a new clause, not an aside.
        for (std::size_t j = k + 1; j <= e; ++j)
          if (cls(j, "conjunction")) return std::nullopt;
        break;
      }
      if (!word(k) && !punct(k, "-") && !punct(k, "&")) return std::nullopt;
      if (cls(k, "relative") || cls(k, "auxiliary")) return std::nullopt;
      last = k;
    }
    return Range{a, last};
  }

  // "63 percent said", "Mr. Morgan of the Sierra Club said", "Karimi,
  // director of Paths to Peace, said": the subject of a plain verb of
  // saying when the strict noun phrase finds none. It runs back from the
  // verb to the clause's start (a comma, "that", a conjunction).
  [[gnu::noinline]] std::optional<Range> loose_subject(std::size_t c) const {
    std::size_t e = skip_modifiers_back(c - 1, lo_);
    if (e == npos || e < lo_) return std::nullopt;
    if (punct(e, ")")) {
      std::size_t k = e;
      while (k > lo_ && e - k < 12 && !punct(k, "(")) --k;
      if (!punct(k, "(") || k == lo_) return std::nullopt;
      e = k - 1;
    }
    if (comma(e)) {  // an apposition: the head is before its opening comma
      std::size_t k = e;
      while (k > lo_ && e - k < 30 && !comma(k - 1)) {
        if (tok(k - 1).kind == TokenKind::quote || terminal(k - 1)) return std::nullopt;
        --k;
      }
      if (k <= lo_ + 1 || !comma(k - 1)) return std::nullopt;
      e = before_asides(k - 1, lo_) - 1;
    } else if (dash(e)) {  // "Speakers at the event — including ... — said"
      std::size_t k = e;
      while (k > lo_ && dash(k - 1)) --k;
      while (k > lo_ && e - k < 30 && !dash(k - 1)) {
        if (tok(k - 1).kind == TokenKind::quote || terminal(k - 1)) return std::nullopt;
        --k;
      }
      while (k > lo_ && dash(k - 1)) --k;
      if (k <= lo_ + 1 || k + 1 >= e) return std::nullopt;
      e = k - 1;
    }
    std::size_t j = e;
    while (j > lo_ && e - j < 10) {
      const std::size_t k = j - 1;
      if (!word(k) || d_.in_quote(k)) break;
      // "A homeless man who sleeps by the station said": the relative
      // clause's head speaks.
      if (is(k, "who") && k > lo_ && !comma(k - 1))
        if (auto head = np_before(k - 1, lo_, false); head && (people(head->last) || name(head->last)))
          return head;
      if (cls(k, "relative") || cls(k, "auxiliary") || is(k, "that") || verb(k)) break;
      if (cls(k, "conjunction") && !(is(k, "and") && cap(k + 1))) break;
      j = k;
    }
    if (e - j >= 10 || !word(e) || d_.in_quote(e)) return std::nullopt;
    while (j < e && (cls(j, "preposition") || cls(j, "adverb") || cls(j, "conjunction"))) ++j;
    if (function_word(e) && !pronoun(e) && !cls(e, "quantifier")) return std::nullopt;
    // "the plan, which he said would ...": the speaker of a relative clause
    // is not asserting the sentence; "where"/"when" open a clause that is.
    if (j > lo_ && ((cls(j - 1, "relative") && !is(j - 1, "where") && !is(j - 1, "when")) ||
                    is(j - 1, "as")))
      return std::nullopt;
    return Range{j, e};
  }

  // A speaker of nouns, names and modifiers, with no verb form in it
  // ("legal experts", "she and another reporter"), whose last word is a
  // person or organisation noun, a name, a pronoun or a plural noun.
  bool plain_speaker(Range r) const {
    const std::size_t f = r.first;
    if (cls(f, "conjunction") || cls(f, "preposition") || cls(f, "adverb")) return false;
    for (std::size_t k = r.first; k <= r.last; ++k) {
      if (!word(k) || (d_.is_verb_form(k) && !cap(k)) || cls(k, "relative") || cls(k, "auxiliary")) return false;
      // "retired Air Force general Lloyd Newton": a participle before a
      // name or title modifies it; elsewhere it is a verb.
      if (!cap(k) && (ends_with(tok(k).lower, "ing") || ends_with(tok(k).lower, "ed")) &&
          !(k < r.last && (cap(k + 1) || title(k + 1))))
        return false;
    }
    const std::size_t h = r.last;
    return people(h) || (name(h) && !title(h)) || pronoun(h) || is(h, "percent") ||
           numeral(h) ||
           (!function_word(h) && ends_with(tok(h).lower, "s") && !ends_with(tok(h).lower, "ss"));
  }

  // Looks for "X said" or "said X" starting at a, just after quotation q.
  bool trailing(const Quotation& q, Range content, std::size_t a) {
    std::optional<Range> src, cue, aside;
    std::size_t cue_end = npos;
    // ("“…,” planning director Ana Ruiz said": an -ing form before a role is no cue.)
    const CueVerb* v = names_a_role(a) ? nullptr : verb(a);
    if (v) {
      src = np_after(a + 1, hi_);
      cue = Range{a, a};
      cue_end = a;
    } else {
      for (std::size_t c = a; c < hi_ && c - a < 30; ++c) {
        if (tok(c).kind == TokenKind::quote || terminal(c)) break;
        // “…,” the official, who requested anonymity, said.: a relative
        // clause in commas holds no cue of the quotation's.
        if (comma(c) && cls(c + 1, "relative")) {
          std::size_t k = c + 2;
          while (k < hi_ && word(k)) ++k;
          if (comma(k)) {
            aside = Range{c + 1, k - 1};
            c = k;
            continue;
          }
        }
        // “…,” Braynard is quoted as saying.
        if (is(c, "quoted") && is(c + 1, "as") && is(c + 2, "saying") && c >= a + 2 &&
            listed(c - 1, lists_.be_forms)) {
          auto np = np_before(c - 2, a);
          if (np && np->first == a) {
            src = np;
            cue = Range{c - 1, c + 2};
            cue_end = c + 2;
          }
          break;
        }
        // "White House press secretary Josh Earnest said", "policy planning director Ana Ruiz wrote"
        if (verb(c) && names_a_role(c)) continue;
        // “…,” he points out.
        if (!verb(c)) {
          const std::size_t e = verb_phrase_end(c);
          if (e == npos || !ends_sentence_after(e)) continue;
          auto np = np_before(skip_modifiers_back(c - 1, a), a);
          if (np && np->first == a) {
            src = np;
            cue = Range{c, e};
            cue_end = e;
          }
          break;
        }
        auto np = np_before(skip_modifiers_back(c - 1, a), a);
        // “…?” a narrator in the ad asks, “…,” the suit reads: the words up
        // to the verb speak, if the verb ends the sentence or needs no "that".
        if (!(np && np->first == a)) {
          if (plain_speech(c) || !verb(c)->needs_that) {
            np = speaker_between(a, c);
          } else if (ends_sentence_after(c)) {
            np = speaker_between(a, c);
            if (np && !plain_speaker(*np)) np = std::nullopt;
          }
        }
        if (np && np->first == a) {
          src = np;
          cue = Range{c, c};
          cue_end = c;
        }
        break;
      }
    }
    if (!src || !cue) return false;
    // “…,” Trump shot back: "back" after a verb of retort is the cue's particle.
    if (is(cue->first, "back") && src->last + 1 == cue->first && src->last > src->first &&
        listed(src->last, lists_.back_verbs)) {
      cue->first = src->last;
      --src->last;
    }
    if (cross_sentence_) {
      // The next sentence must be only the attribution: “…?” she asked
      // (the voters) (on Tuesday).
      const std::size_t f = std::max(cue->last, src->last);
      auto object = np_after(f + 1, hi_);
      if (!ends_sentence_after(f) && !(object && ends_sentence_after(object->last))) return false;
      // After a quotation closed by a period, no clause of its own follows:
      // “…” Trump said. but not “…” He says referees are ....
      const std::size_t last = sentence_last();
      for (std::size_t j = f + 1; period_cross_ && j <= last; ++j)
        if (cls(j, "auxiliary") || cls(j, "pronoun-m") || cls(j, "pronoun-f") || cls(j, "pronoun-p") ||
            (d_.is_verb_form(j) && !cap(j)) || is(j, "to"))
          return false;
    }
    // “…,” the court heard.: the court was told, by no one named.
    if (const CueVerb* heard = lx(cue->first) ? lx(cue->first)->verb : nullptr;
        heard && heard->listed(lists_.audience_verbs) && cue->first > src->last && ends_sentence_after(cue->last)) {
      add({std::nullopt, cue, content, {}, "quote-x-said"});
      return true;
    }
    if (aside)  // ("who requested anonymity" makes no claim of its own)
      for (std::size_t k = aside->first; k <= aside->last; ++k) used_[k] = 1;
    const std::size_t from = std::max(cue_end, src->last) + 1;
    // "The levee plan “is a disaster,” Ruiz said.": the words that lead
    // into a quotation going on in lower case belong to what was said.
    if (!cross_sentence_) content.first = lead_in(q, content.first);
    if (auto k = resumed_quote(from, *src)) {
      const Quotation& q2 = d_.quotes.list[d_.quotes.of_token[*k]];
      Claim c{src, cue, Range{content.first, q2.last}, {content, quote_range(q2)}, "quote-interrupted"};
      add(std::move(c));
      continue_quote(q2, *src, *cue);
      return true;
    }
    // "“It's our bad luck,” he said, that both men ...", "“Only you,” she
    // said, would use ...": the sentence goes on, unquoted, after the
    // attribution (and a placing phrase), from "that" or an auxiliary.
    if (!cross_sentence_ && q.close != npos && comma(q.close - 1)) {
      std::size_t k = from;
      if (cls(k, "preposition"))
        while (k < hi_ && k - from < 12 && word(k) && !d_.in_quote(k)) ++k;
      if (comma(k) && !d_.in_quote(k + 1) && (is(k + 1, "that") || cls(k + 1, "auxiliary")) && k + 2 < hi_)
        if (const std::size_t e = clause_end(k + 1); e != npos && e > k + 1 && free(Range{k + 1, e})) {
          add({src, cue, Range{content.first, e}, {content, Range{k + 1, e}}, "quote-interrupted"});
          return true;
        }
    }
    add({src, cue, content, {}, v ? "quote-said-x" : "quote-x-said"});
    continue_quote(q, *src, *cue);
    return true;
  }

  // The first token of the clause that runs into quotation q, or `first`
  // (q's own first token) when the quotation opens its clause, starts in
  // capitals or follows a comma, colon or cue.
  std::size_t lead_in(const Quotation& q, std::size_t first) const {
    std::size_t s = first_word(lo_);
    while (s < q.open && comma(s)) ++s;  // "Yet, “it is hard ...”" has no words to lead in
    // ("In past campaigns, “we felt ...”": a comma may stand before it.)
    if (q.open <= s || !(word(q.open - 1) || comma(q.open - 1)) || !word(q.open + 1) || cap(q.open + 1)) return first;
    for (std::size_t k = s; k < q.open; ++k)
      if (used_[k] || d_.in_quote(k) || verb(k) || is(k, "that") || punct(k, ":")) return first;
    return s;
  }

  // A short quotation of capitalised words only ("Fox and Friends"), as a
  // title is written.
  bool title_like(std::size_t k) const {
    if (!open_quote(k)) return false;
    const Quotation& q = d_.quotes.list[d_.quotes.of_token[k]];
    if (q.close == npos || q.close - q.open > 7) return false;
    for (std::size_t j = q.open + 1; j < q.close; ++j)
      if (word(j) && !tok(j).capitalized && !function_word(j)) return false;
    return true;
  }

  // Where the speaker's quotation resumes after an attribution that ends
  // at token from-1: “A,” he said, “B.” in the same sentence, or “A,” said
  // Smith, a lawyer. “B.” opening the next sentence of the same paragraph.
  // A quotation that has its own attribution (“B,” she replied) is not one.
  std::optional<std::size_t> resumed_quote(std::size_t from, Range speaker) const {
    bool clause = false;  // “A,” he wrote, adding that if ..., “B.”: a clause of its own leads to B.
    for (std::size_t k = from; k < hi_; ++k) {
      if (k > from + 1 && word(k) && (is(k, "that") || (ing_form(k) && verb(k)))) clause = true;
      // “A,” Ruiz said on CNN, though she said, “B.”: B has a cue of its own.
      if (k > from + 1 && word(k) && !d_.in_quote(k) && verb(k) && same_bytes(verb(k)->category, "speech") &&
          (pronoun(k - 1) || name(k - 1)))
        clause = true;
      // “A,” he said on ABC's “This Week.” “B.”: a short quoted title.
      if (const std::size_t t = title_end(k); t != npos) {
        k = t;
        continue;
      }
      if (tok(k).line_before || tok(k).kind == TokenKind::quote) {
        if (clause && !(open_quote(k) && cls(k + 1, "conjunction"))) return std::nullopt;  // “but ...” goes on
        // “A,” he said, adding: “B.”: a participle of saying introduces B itself.
        if (k > from + 1 && ing_form(k - 2) && verb(k - 2)) return std::nullopt;
        // “A,” he said, but “B.”: the contrast goes on with the same speaker
        // (and “A,” he wrote, and “B.”, one more thing said).
        const bool but = (is(k - 1, "but") || (is(k - 1, "and") && comma(k - 2))) && k - 1 > from;
        // “A,” said Ruiz, of Dayton, Ohio. “B.” where the abbreviation's
        // period ends the sentence, and “A,” she said “B.” with none.
        const bool abbreviation = k - 1 > from && word(k - 1) && ends_with(tok(k - 1).lower, ".") &&
                                  word(k + 1) && cap(k + 1);
        const bool bare = k == from && open_quote(k) && word(k + 1) && tok(k + 1).capitalized && !title_like(k);
        if (open_quote(k) && !used_[k] && (comma(k - 1) || punct(k - 1, ":") || but || abbreviation || bare)) return k;
        return std::nullopt;
      }
    }
    const std::size_t k = hi_;
    if (k >= d_.size() || !open_quote(k) || used_[k] || tok(k).line_before) return std::nullopt;
    const Quotation& q = d_.quotes.list[d_.quotes.of_token[k]];
    // A quotation that ends a sentence (“… for D.C.” ends in a dotted word).
    // ... or in an inner quotation that closes with it (“… ‘Yes I am.’”).
    std::size_t last = q.close == npos ? npos : q.close - 1;
    while (last != npos && last > q.open && tok(last).kind == TokenKind::quote) --last;
    if (last != npos && !terminal(last) && !ends_with(tok(last).lower, ".")) return std::nullopt;
    // “Nooooo!” the crowd cried: a quotation with its own cue verb after it
    // is someone else's, unless that verb's subject is a pronoun or names
    // the same speaker (“…,” Lynch said. “…,” she said.).
    if (q.close != npos) {
      // (“…?” Lee asked.: the sentence may have ended at the question mark.)
      std::size_t end = d_.sentences[d_.sentence_of[q.close]].end;
      if (q.close + 1 < d_.size() && !tok(q.close + 1).line_before && last != npos &&
          (punct(last, "?") || punct(last, "!")) && word(q.close + 1) && cap(q.close + 1))
        end = std::max(end, d_.sentences[d_.sentence_of[q.close + 1]].end);
      for (std::size_t j = q.close + 1; j < end && j - q.close <= 12; ++j) {
        if (!word(j) || d_.in_quote(j) || !d_.is_verb_form(j)) continue;
        bool same = j == q.close + 2 && pronoun(q.close + 1);
        for (std::size_t a = q.close + 1; a < j && !same; ++a)
          for (std::size_t b = speaker.first; b <= speaker.last && !same; ++b)
            same = word(a) && cap(a) && same_bytes(tok(a).lower, tok(b).lower);
        return same ? std::optional<std::size_t>(k) : std::nullopt;
      }
    }
    return k;
  }

  // A quotation left open at a paragraph's end goes on in the next one: the
  // claim just made of q runs on over the quotations that reopen it, as one
  // claim (as PolNeAR, and a reader, take it).
  void continue_quote(const Quotation& q, Range src, Range cue) {
    const Quotation* cur = &q;
    while (cur->continues && cur->last + 1 < d_.size()) {
      const std::size_t next = d_.quotes.of_token[cur->last + 1];
      if (next == npos) break;
      const Quotation* prev = cur;
      cur = &d_.quotes.list[next];
      if (used_[cur->open]) break;
      // "“…,” added Rep. Jim Clyburn": a quotation that closes on a comma
      // before words of its own has its own speaker, named after it.
      if (cur->close != npos && cur->close > 0 && comma(cur->close - 1) && word(cur->close + 1) &&
          !d_.in_quote(cur->close + 1))
        break;
      const Range more = quote_range(*cur);
      if (!out_.empty() && out_.back().content.last == prev->last) {
        Claim& claim = out_.back();
        if (!claim.fragments.empty()) claim.fragments.back().last = more.last;
        claim.content.last = more.last;
        claim.rule = "quote-continued";
        for (std::size_t k = more.first; k <= more.last; ++k) used_[k] = 1;
      } else {
        add({src, cue, more, {}, "quote-continued"});
      }
    }
  }

  // Where the sentence's subject may start, before token c: after
  // conjunctions, adverbs and an opening adverbial phrase closed by a comma
  // ("Meanwhile, it ...", "For months, Cruz ...", "Last October, Obama ...").
  std::size_t opening_end(std::size_t c) const {
    std::size_t s = dateline_end();
    while (s < c && (cls(s, "conjunction") || cls(s, "adverb") || tok(s).kind == TokenKind::quote)) ++s;
    // "Recently, however, it ...": adverbs between commas.
    while (comma(s) && s + 2 < c && cls(s + 1, "adverb") && comma(s + 2)) s += 2;
    if (comma(s)) return s + 1 < c ? s + 1 : s;
    // "By Sunday afternoon she had ...", "Last week they ...": a time
    // phrase without its comma, then a subject pronoun.
    {
      std::size_t t = cls(s, "preposition") ? time_phrase_end(s + 1) : npos;
      if (t == npos) t = time_phrase_end(s);
      if (t != npos && t + 1 < c && pronoun(t + 1)) return t + 1;
    }
    // "Appearing before supporters on Monday, Suu Kyi said ...": a participle phrase.
    const bool participle = word(s) && !function_word(s) && ends_with(tok(s).lower, "ing");
    // "Back in 1999, Mr. Trump ...": a known word that is no name before a preposition.
    // ("Chastened by the polls, Trump ...": so is an -ed form.)
    const bool back_in = (d_.is_verb_form(s) || function_word(s) || (word(s) && ends_with(tok(s).lower, "ed"))) &&
                         cls(s + 1, "preposition");
    // "About 200 people attended", "At least 12 people died": an amount.
    const bool amount = (listed(s, lists_.amount_prepositions) && (numeral(s + 1) || cls(s + 1, "quantifier"))) ||
                        (is(s, "at") && (is(s + 1, "least") || is(s + 1, "most")));
    // "Disillusioned, Mr. Mitchell resigned": a lone -ed form and its comma.
    const bool lone_ed = word(s) && !function_word(s) && ends_with(tok(s).lower, "ed") && comma(s + 1);
    // ("When he returned, the judge began ...": a subordinate clause.)
    const bool adverbial = participle || back_in || lone_ed || (cls(s, "preposition") && !amount) || time_word(s) ||
                           modifier(s) || subordinator(s) ||
                           says_according_to(s) ||
                           ((is(s, "last") || is(s, "this") || is(s, "next")) && time_word(s + 1));
    if (!adverbial) {
      // "A few days later, Trump ...", "Two weeks ago, she ...".
      for (std::size_t k = s + 1; k < c && k - s < 7 && word(k); ++k)
        if ((is(k, "later") || is(k, "ago") || is(k, "earlier")) && comma(k + 1))
          return k + 2 < c ? k + 2 : s;
      // "Back home, he ...", "But back on American soil, he ...": a short
      // opener without a verb, then a comma and a subject pronoun.
      for (std::size_t k = s + 1; k + 1 < c && k - s < 7; ++k) {
        if (!word(k) && !comma(k)) break;
        if (word(k) && (verb(k) || cls(k, "auxiliary") || d_.is_verb_form(k))) break;
        if (has_verb(k, k + 1)) break;  // "The man avoided alcohol, he said."
        if (comma(k)) {  // "People like Scott, he said, ..." is what was said
          if (pronoun(k + 1) && !cls(k + 1, "pronoun-n") && !cap(k - 1) && !people(k - 1)) return k + 1;
          break;
        }
      }
      return s;
    }
    // A subordinate clause ends at a comma that a subject follows, not at
    // an apposition's ("When Robby Mook, Clinton's campaign manager, was
    // asked ..., he laughed").
    const bool clause = subordinator(s);
    for (std::size_t k = s + 1; k < c && k - s < (clause ? 24 : 16); ++k) {
      if (!word(k) && !comma(k) && !punct(k, ".")) break;
      if (!comma(k)) continue;
      if (clause && (!(pronoun(k + 1) || cls(k + 1, "determiner") || (cap(k + 1) && !possessive(k + 1))) ||
                     apposition_at(k + 1, c)))
        continue;
      return k + 1 < c ? k + 1 : s;
    }
    return s;
  }

  // Words from k to a comma before c, with no verb among them, and a verb
  // or an auxiliary after that comma: "the town's mayor, was asked".
  bool apposition_at(std::size_t k, std::size_t c) const {
    for (std::size_t m = k; m < c && m - k < 8; ++m) {
      if (comma(m)) return m > k && (cls(m + 1, "auxiliary") || (d_.is_verb_form(m + 1) && !cap(m + 1)));
      if (!word(m) || cls(m, "auxiliary") || (d_.is_verb_form(m) && !cap(m))) return false;
    }
    return false;
  }

  // "BRUSSELS — European leaders ...", "LOUISVILLE, Ky. (AP) — ...": the
  // token after a dateline that opens the paragraph, else lo_.
  std::size_t dateline_end() const {
    if (!tok(lo_).line_before || !word(lo_) || tok(lo_).lower.size() < 3) return lo_;
    for (std::size_t k = lo_; k < hi_ && k - lo_ < 10; ++k) {
      if (dash(k)) {
        std::size_t e = k + 1;
        while (e < hi_ && dash(e)) ++e;
        return e < hi_ ? e : lo_;
      }
      const bool caps = word(k) && std::none_of(tok(k).span.of(d_.text).begin(), tok(k).span.of(d_.text).end(),
                                                [](char ch) { return ch >= 'a' && ch <= 'z'; });
      if (k == lo_ ? !caps : !(caps || comma(k) || punct(k, "(") || punct(k, ")") || (word(k) && cap(k))))
        return lo_;
    }
    return lo_;
  }

  // The subject at the start of the sentence containing token c.
  // The source of a claim already found in this sentence before token c.
  // Claims are made sentence by sentence, so only the last few need a look.
  std::optional<Range> earlier_source(std::size_t c) const {
    for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
      if (it->content.last < lo_ && (!it->cue || it->cue->first < lo_)) break;
      if (it->cue && it->cue->first >= lo_ && it->cue->first < c && it->source) return it->source;
    }
    return std::nullopt;
  }

  // "The Westfield school board voted": a people noun a few nouns on.
  bool people_ahead(std::size_t k) const {
    for (std::size_t j = k + 1; j < hi_ && j <= k + 3 && word(j) && !function_word(j) && !d_.is_verb_form(j); ++j)
      if (people(j)) return true;
    return false;
  }

  std::optional<Range> sentence_subject(std::size_t c) const {
    if (auto s = earlier_source(c)) return s;
    std::size_t s = opening_end(c);
    std::optional<Range> skipped;  // a subject cut before a word that was no verb after all
    for (std::size_t k = s; k < c; ++k) {
      if (!word(k) || (function_word(k) && !determiner(k) && !pronoun(k))) {
        if (k == s) return std::nullopt;
        auto np = np_before(k - 1, s, false);
        if (np && np->first == s) return np;
        return skipped;
      }
      // "The mayor opened the bridge, saying ...": a lower-case word that
      // is not a noun of the lexicon may be the verb after the subject.
      if (k > s && !cap(k) && !function_word(k) && !people(k) && !cue_noun(k)) {
        auto np = np_before(k - 1, s, false);
        if (np && np->first == s) {
          // "The Westfield school board voted": "school" is no verb.
          if (d_.is_verb_form(k) || ends_with(tok(k).lower, "ed") || !people_ahead(k)) return np;
          if (!skipped) skipped = np;
        }
      }
    }
    return skipped;
  }

  // "Drivers should expect delays, the agency warned.": an attribution
  // that closes the sentence after a comma governs the whole clause before
  // it, so it is found before any cue inside that clause ("expect").
  void closing_attribution() {
    for (std::size_t k = lo_ + 2; k < hi_; ++k) {
      if (clause_before(k) == npos || d_.in_quote(k) || used_[k]) continue;
      if (says_according_to(k)) {
        relayed_cues(k);
        according_to(k);
        continue;
      }
      if (const std::size_t end = source_after(k); end != npos) {
        relayed_cues(k);
        according_to(k, end);
        continue;
      }
      // ", said the agency." / ", the agency said (on Tuesday)."
      for (std::size_t c = k; c < hi_ && c - k < 10; ++c) {
        if (!word(c) || d_.in_quote(c)) break;
        const CueVerb* v = verb(c);
        if (!v) continue;
        // "..., his brother added.": an ambiguous verb that closes the
        // sentence after the clause has nothing else to govern.
        if (v->needs_that && !closing_verb(c, c == k)) break;
        if (c == k) {
          // ", said Smith." closes the sentence; ", saying ..." does not.
          if (!ends_with(tok(c).lower, "ing") && inverted(c)) cue_verb(c, v);
        } else if (ends_sentence_after(attribution_end(c, v)) && !clause_after(attribution_end(c, v))) {
          auto src = subject(c);
          if (src && src->first == k) {
            cue_verb(c, v);
          } else if (plain_speech(c) && !noun_first(c)) {
            // ", legal experts say." / ", she and another reporter said.":
            // a looser speaker that fills the gap after the comma, made of
            // nouns and modifiers only, and headed by a plausible source.
            // All the words between the comma and the verb may be the speaker
            // ("current and former officials").
            auto loose = loose_subject(c);
            if (!(loose && loose->first == k)) loose = Range{k, c - 1};
            const std::size_t s = first_word(lo_), e = clause_before(k);
            if (s < e && c - k <= 8 && plain_speaker(*loose) && !object_gap(*loose) && free(Range{s, e}))
              add_clause_first({loose, Range{c, c}, Range{s, e}, {}, "clause-x-said"}, c + 1);
          }
        }
        break;
      }
    }
  }

  // "The mayor said the levee would hold, according to a report": the
  // claim inside the relayed clause is made first; the relay covers it.
  void relayed_cues(std::size_t k) {
    const std::size_t before = clause_before(k);
    if (before == npos) return;
    const std::size_t hi = hi_;
    hi_ = before + 1;
    // Only a plain verb of saying, or an inflected one that takes a person
    // before what is said ("blamed the engineers for the delay"; not
    // "using league credit cards"), with a plain source makes such a claim.
    for (std::size_t c = lo_; c <= before; ++c)
      if (const CueVerb* v = verb(c);
          v && clear_source(c) &&
          (plain_speech(c) || is(c + 1, "that") || (v->takes_object && !v->needs_that && !is(c, v->lemma)))) {
        cue_verb(c, v);
        break;
      }
    hi_ = hi;
  }

  // An auxiliary after token c before the sentence ends: a clause goes on.
  bool clause_after(std::size_t c) const {
    const std::size_t last = sentence_last();
    for (std::size_t j = c + 1; j <= last; ++j)
      if (cls(j, "auxiliary") || d_.in_quote(j)) return true;
    return false;
  }

  // Whether a rule of cues() can start at word c: each needs a cue verb
  // form ("said", "quoted", "asked"), the first word of a phrase of
  // cues/phrases.tsv ("according", "in", "as"), a cue noun ("his claim
  // that") or a raising verb (a test
  // in rules_lint_test.cpp checks the words the rules name). Four in five
  // words of news are none of these and are passed over at once.
  bool may_start_cue(std::size_t c) const {
    const Lexeme* l = lx(c);
    return l && (l->verb || l->phrase_first || !l->noun.empty() || listed(c, lists_.raising) || listed(c, lists_.raising_looks));
  }

  void cues() {
    for (std::size_t c = lo_; c < hi_; ++c) {
      if (used_[c] || d_.in_quote(c) || !word(c) || !may_start_cue(c)) continue;
      if (says_according_to(c)) {
        according_to(c);
        continue;
      }
      if (const std::size_t end = source_after(c); end != npos) {
        according_to(c, end);
        continue;
      }
      if (it_is_said(c)) continue;
      if (passive(c)) continue;
      if (in_owners_view(c)) continue;
      if (unsourced(c)) continue;
      if (possessive_noun(c)) continue;
      if (asked(c)) continue;
      if (in_data(c)) continue;
      const CueVerb* v = verb(c);  // once: cue_phrase() needs it too
      if (cue_phrase(c, v)) continue;
      if (!v) continue;
      cue_verb(c, v);
    }
  }

  // "“…,” said Ruiz, who likened it to a flood. “…”", "“…,” he said,
  // noting that ...": between the fragments of an interrupted quotation
  // made in this sentence, a participle after a comma or a relative "who"
  // before a verb of saying may make a claim of its own. Descriptions of
  // the speaker ("who supports Trump") stay part of the attribution.
  void gap_claims(std::size_t from) {
    const std::size_t made = out_.size();
    for (std::size_t i = from; i < made; ++i) {
      if (out_[i].fragments.size() != 2) continue;
      const std::size_t first = out_[i].fragments[0].last + 1, last = out_[i].fragments[1].first;
      if (first < lo_ || first >= hi_ || last <= first) continue;
      const Range src = *out_[i].source, cue = *out_[i].cue;
      const std::size_t end = std::min(last, hi_);
      for (std::size_t k = first; k < end; ++k)
        if (!(k >= src.first && k <= src.last) && !(k >= cue.first && k <= cue.last)) used_[k] = 0;
      const std::size_t hi = hi_;
      hi_ = end;
      for (std::size_t c = first; c < end; ++c) {
        if (used_[c] || d_.in_quote(c) || !word(c) || c < first + 1) continue;
        const CueVerb* v = verb(c);
        const bool participle = comma(c - 1) && ing_form(c);
        const bool who = is(c - 1, "who") && v && !ends_with(tok(c).lower, "ing") &&
                         (same_bytes(v->category, "speech") || same_bytes(v->category, "writing"));
        if (!participle && !who) continue;
        if (cue_phrase(c, v)) continue;
        if (v) cue_verb(c, v);
      }
      hi_ = hi;
      for (std::size_t k = first; k < end; ++k) used_[k] = 1;
    }
  }

  // The last token of a phrase from cues/phrases.tsv that starts at c, or
  // npos. "..." in a phrase is a gap of one to six words. Token c is the
  // phrase's first word already: the phrase was found by it in an index.
  std::size_t match_phrase(const CuePhrase& p, std::size_t c) const {
    std::size_t k = c;
    for (std::size_t w = 0; w < p.words.size(); ++w) {
      if (same_bytes(p.words[w], "...")) {  // not ==, which calls strlen() and compare()
        if (w + 1 == p.words.size()) return npos;
        const std::string& next = p.words[w + 1];
        std::size_t g = k;
        while (g < hi_ && g - k < 6 && word(g) && tok(g).lower != next) ++g;
        if (g == k || g >= hi_ || tok(g).lower != next) return npos;
        k = g;
        continue;
      }
      if (k >= hi_ || !word(k) || d_.in_quote(k) || used_[k] || (w > 0 && tok(k).lower != p.words[w])) return npos;
      ++k;
    }
    return k - 1;
  }

  // "X pointed out that ...", "X called for ...", "X took aim at ...": a
  // verb phrase from cues/phrases.tsv acts as one cue verb.
  // The last token of the longest verb phrase of cues/phrases.tsv that
  // starts at c ("pointed out", "called for", "took aim at"), or npos.
  std::size_t verb_phrase_end(std::size_t c) const {
    static const PhraseIndex by_first = index_phrases([](const CuePhrase& p) { return p.role == "verb"; });
    if (!word(c) || (cap(c) && c != lo_)) return npos;
    return longest_match(by_first, c);
  }

  // Phrases of cues/phrases.tsv by their first word, longest first.
  using PhraseIndex = WordMap<std::vector<const CuePhrase*>>;
  template <typename Keep>
  static PhraseIndex index_phrases(Keep keep) {
    PhraseIndex m;
    for (const CuePhrase& p : Lexicon::get().phrases)  // longest first
      if (!p.words.empty() && keep(p)) m[p.words.front()].push_back(&p);
    return m;
  }

  // The last token of the longest phrase in `index` that matches at c, or npos.
  std::size_t longest_match(const PhraseIndex& index, std::size_t c) const {
    if (!phrase_first(c)) return npos;  // most words open no phrase: no lookup
    auto it = index.find(tok(c).lower);
    if (it == index.end()) return npos;
    for (const CuePhrase* p : it->second)
      if (const std::size_t end = match_phrase(*p, c); end != npos) return end;
    return npos;
  }

  // v is verb(c).
  bool cue_phrase(std::size_t c, const CueVerb* v) {
    // A plain cue verb ("told reporters", "said in a statement") is handled
    // as a verb, with its object or placing phrase skipped.
    if (v && !v->needs_that) return false;
    const std::size_t end = verb_phrase_end(c);
    if (end == npos) return false;
    auto src = subject(c);
    // ", pointing to the polls": a participle shares the sentence's subject.
    if (!src && ends_with(tok(c).lower, "ing") && c > lo_ && comma(c - 1)) src = sentence_subject(c);
    if (!src) return false;
    auto content = content_after(end, nullptr);
    if (!content || !free(*content)) return false;
    // "went on to attack Cruz" reports, "went on to win" and "went on the
    // offensive" do not (list going-on).
    if (listed(c, lists_.going_on) && is(end, "on") && !(is(content->first, "to") && verb(content->first + 1)))
      return false;
    // "Ruiz's call for an inquiry was rejected": a phrase owned by a
    // possessive is a noun phrase, and what it calls for ends before the
    // sentence's verb.
    if (src->last + 1 == c && possessive(src->last) && !contraction(src->last))
      for (std::size_t k = content->first + 1; k <= content->last; ++k)
        if (!d_.in_quote(k) && !cls(k - 1, "auxiliary") && !is(k - 1, "to") &&
            (cls(k, "auxiliary") ||
             (ends_with(tok(k).lower, "ed") && word(k) && !cap(k) && !function_word(k) && !determiner(k - 1)))) {
          content->last = k - 1;
          break;
        }
    // "released a statement saying she would ...": the participle joins the cue.
    Range cue{c, end};
    if (content->first < content->last && is(content->first, "saying") && content->first == end + 1) {
      cue.last = content->first;
      content->first += is(content->first + 1, "that") && content->first + 1 < content->last ? 2 : 1;
    }
    add({src, cue, *content, {}, "x-phrase-cue"});
    return true;
  }

  // A finite verb at k: an auxiliary, or a verb form or an -ed word that
  // no determiner makes a noun ("the plan").
  bool finite(std::size_t k) const {
    if (cls(k, "auxiliary")) return true;
    if (determiner(k - 1)) return false;
    return (d_.is_verb_form(k) && !ends_with(tok(k).lower, "ing")) ||
           (ends_with(tok(k).lower, "ed") && !function_word(k) && !cap(k));
  }

  // "his claim that the vote was rigged", "Ruiz's warning that the levee
  // would fail went unheeded": a possessive and a noun of saying before
  // "that". The clause ends where the sentence's own verb comes.
  // "Her verdict on the new plan: “Too little, too late.”": a cue noun
  // with its owner, perhaps a phrase after it, then a colon and the quotation.
  bool owner_colon_quote(const Quotation& q) {
    if (q.open < lo_ + 3 || !punct(q.open - 1, ":") || used_[q.open]) return false;
    for (std::size_t c = q.open - 2; c > lo_ && q.open - c <= 8; --c) {
      if (!word(c) || d_.in_quote(c)) return false;
      if (!cue_noun(c) || cap(c)) continue;
      auto src = owner(c - 1);
      // The owner opens the sentence or follows a comma.
      if (!src || !(src->first == first_word(lo_) || comma(src->first - 1))) return false;
      add({src, Range{c, c}, quote_range(q), {}, "owner-colon-quote"});
      return true;
    }
    return false;
  }

  // The owner of a noun whose possessive is token p: "his" or the phrase
  // that ends in "Ruiz's".
  std::optional<Range> owner(std::size_t p) const {
    if (is(p, "his") || is(p, "her") || is(p, "their") || is(p, "its")) return Range{p, p};
    return possessive(p) ? np_before(p, lo_, false) : std::nullopt;
  }

  // "In Ruiz's view, the levee is safe.", "In his telling, ...": an opening
  // "in" and a view noun (list view-nouns) with its owner, then the clause.
  bool in_owners_view(std::size_t c) {
    if (!is(c, "in") || c != first_word(lo_) || c + 3 > sentence_last()) return false;
    std::size_t n = c + 1;
    while (n < c + 6 && !listed(n, lists_.view_nouns) && word(n) && !d_.in_quote(n)) ++n;
    if (!listed(n, lists_.view_nouns) || !comma(n + 1) || n == c + 1) return false;
    auto src = owner(n - 1);
    if (!src || src->first != c + 1) return false;
    const std::size_t s = n + 2;
    const std::size_t e = clause_end(s);
    if (e == npos || e < s || !free(Range{c, e})) return false;
    add({src, Range{c, n}, Range{s, e}, {}, "in-x-view"});
    return true;
  }

  bool possessive_noun(std::size_t c) {
    if (!cue_noun(c) || lx(c)->noun != "speech" || cap(c) || c == lo_ || !is(c + 1, "that")) return false;
    auto src = owner(c - 1);
    const std::size_t s = c + 2;
    if (!src || s > sentence_last() || !word(s)) return false;
    std::size_t e = clause_end(s);
    bool own_verb = false;
    for (std::size_t k = s + 1; k <= e; ++k) {
      // "Contrary to his claim that ..., there would be": a comma ends it.
      if (comma(k) && !d_.in_quote(k)) {
        e = k - 1;
        break;
      }
      if (close_quote(k) && comma(k - 1)) {
        e = k;
        break;
      }
      if (d_.in_quote(k) || !word(k)) continue;
      if (!finite(k)) continue;
      if (own_verb && cls(k, "auxiliary") && !pronoun(k - 1) && !cls(k - 1, "auxiliary")) {
        e = k - 1;
        break;
      }
      own_verb = true;
    }
    if (e < s || !free(Range{src->first, e})) return false;
    add({src, Range{c, c}, Range{s, e}, {}, "possessive-noun-that"});
    return true;
  }

  // "Trump seemed to overstay his welcome", "The committee is expected to
  // report in May": a raising verb or passive ("seem", "appear", "is said
  // to", "is expected to") credits the claim to no one. The content is the
  // whole clause, its subject included; the cue is the verb or the phrase
  // without its "to".
  bool unsourced(std::size_t c) {
    static const auto passives = [] {
      WordMap<std::vector<const CuePhrase*>> m;
      for (const CuePhrase& p : Lexicon::get().phrases)
        if (p.role == "passive" && p.words.size() >= 2 && p.words.back() == "to")
          m[p.words.front()].push_back(&p);
      return m;
    }();
    if (cap(c)) return false;
    std::size_t end = npos, cue_last = npos;
    const bool look = listed(c, lists_.raising_looks);
    if (listed(c, lists_.raising) || look) {
      // "appeared to be locked in a race", "appears to have harmed her".
      const bool be_have = (is(c + 2, "be") || is(c + 2, "have")) && word(c + 3) && !cap(c + 3);
      // ("seems to not grasp": a negation may split the infinitive.)
      const std::size_t inf = (is(c + 2, "not") || is(c + 2, "never")) ? c + 3 : c + 2;
      const bool to_verb = !look && is(c + 1, "to") && word(inf) && !cap(inf) &&
                           (!function_word(inf) || be_have);
      // "seem" raises whatever follows ("seemed lost", "seemed like a
      // task"); "appear" also means "show up" ("appeared on television").
      const bool seem = tok(c).lower.rfind("seem", 0) == 0 && word(c + 1) && !d_.in_quote(c + 1) &&
                        !is(c + 1, "to");
      // "the Trump team appeared paralyzed", "Washington appears weak": a
      // lower-case word of no class that ends the clause; not "appeared
      // on television" or "appeared Tuesday".
      // "Garland looks dead on arrival", "the race appears closer in Ohio",
      // "Clinton looks much weaker than ...": also before a preposition or "than".
      std::size_t a = c + 1;
      if (is(a, "much") || is(a, "more") || is(a, "less") || is(a, "even")) ++a;
      const bool looks = (look || tok(c).lower.rfind("appear", 0) == 0) && word(a) && !cap(a) &&
                         !function_word(a) && !d_.is_verb_form(a) && !d_.in_quote(a) &&
                         (a >= sentence_last() || comma(a + 1) || is(a + 1, "and") || is(a + 1, "than") ||
                          (cls(a + 1, "preposition") && !is(a + 1, "to")));
      if (!to_verb && !seem && !looks && !(c + 1 < hi_ && listed(c + 1, lists_.raising_adjectives)))
        return false;
      end = c;
      cue_last = c;
    } else if (auto it = phrase_first(c) ? passives.find(tok(c).lower) : passives.end(); it != passives.end()) {
      for (const CuePhrase* p : it->second)
        if ((end = match_phrase(*p, c)) != npos) break;
      // "are said to be urging", "is believed to have left": "be" and
      // "have" open the verb phrase too.
      const bool be_have = (is(end + 1, "be") || is(end + 1, "have")) && word(end + 2) && !cap(end + 2);
      // ("is expected to again pass on ...": an adverb may come first.)
      const bool adverb = cls(end + 1, "adverb") && word(end + 2) && !function_word(end + 2);
      if (end == npos || !word(end + 1) || (function_word(end + 1) && !be_have && !adverb) || cap(end + 1))
        return false;
      cue_last = end - 1;
    } else {
      return false;
    }
    auto src = subject(c);
    if (!src) src = plain_np_before(skip_modifiers_back(c - 1, lo_));
    // "Her story, however, seemed wasted": an adverb set off by commas.
    if (!src && c >= lo_ + 4 && comma(c - 1) && modifier(c - 2) && comma(c - 3)) src = plain_np_before(c - 4);
    if (!src || !free(Range{src->first, cue_last})) return false;
    // "Rubio seemed to urge the opposite tactic": a cue verb after the
    // raising verb makes the subject the source, as with the verb alone.
    if (end == c) {
      std::size_t k = c + 1;
      if (is(k, "to")) ++k;
      const CueVerb* v = k > c + 1 ? verb(k) : nullptr;
      // ("appeared to hold off the tide": without a content of its own the
      // verb is no cue, and the clause is the judgement.)
      if (v) {
        if (auto content = content_after(k, v); content && free(*content)) {
          add({src, Range{c, k}, *content, {}, "x-phrase-cue"});
          return true;
        }
        if (k + 1 > sentence_last() || !word(k + 1)) return false;  // "he seemed to agree."
      }
    }
    // "the race appeared to change over the weekend after a debate ...":
    // what is seen or expected ends before an adjunct, as a phrase does.
    std::size_t e = clause_end(end + 1);
    if (e == npos || e <= end) return false;
    e = phrase_end(end + 1, e);
    if (e <= end) return false;
    Range content{src->first, e};
    // "the lack of enthusiasm for Clinton among black voters seems to be":
    // a long subject runs from the clause's start when no verb, comma or
    // preposition opening the clause stands before the phrase found.
    if (const std::size_t s = opening_end(c); s < src->first && !cls(s, "preposition") && !has_verb(s, src->first)) {
      bool comma_between = false;
      for (std::size_t k = s; k < src->first && !comma_between; ++k) comma_between = comma(k) || d_.in_quote(k);
      if (!comma_between) content.first = s;
    }
    if (!free(content)) return false;
    add({std::nullopt, Range{c, cue_last}, content, {}, "x-unsourced"});
    return true;
  }

  // "It was reported last week that ...", "It is understood that ...": a
  // cue's participle after "it" and a form of "be" credits the clause after
  // "that" to no one.
  bool it_is_said(std::size_t p) {
    if (!participle(p) || !lx(p)->verb || p < lo_ + 2) return false;
    std::size_t b = p - 1;
    while (b > lo_ && modifier(b) && !cls(b, "auxiliary")) --b;  // "widely"
    // "has been alleged": "has" and "been", else a form of "be".
    const bool been = is(b, "been") && b > lo_ + 1 && (is(b - 1, "has") || is(b - 1, "had"));
    // ("It's been reported that ...": "it" and "has" in one token.)
    const bool its_been = is(b, "been") && b > lo_ && (is(b - 1, "it's") || is(b - 1, "it\u2019s"));
    if (been) --b;
    const std::size_t c = b - 1;  // "it"
    // ("when it was revealed that ...": an opening subordinate clause.)
    if (b <= lo_ || !(been || its_been || listed(b, lists_.be_forms)) || !(is(c, "it") || its_been) ||
        !(c == first_word(lo_) || cls(c - 1, "conjunction") || listed(c - 1, lists_.adjunct_openers)))
      return false;
    std::size_t t = p + 1;
    if (const std::size_t e = time_phrase_end(t); e != npos) t = e + 1;
    if (!is(t, "that") || t + 1 > sentence_last()) return false;
    const std::size_t e = clause_end(t + 1);
    if (e == npos || e <= t || !free(Range{c, e})) return false;
    add({std::nullopt, Range{b, p}, Range{t + 1, e}, {}, "x-unsourced"});
    return true;
  }

  // Any short noun phrase ending at e ("the bridge", "Trump's major
  // speech"): the topic of a raising verb need not be a plausible source.
  std::optional<Range> plain_np_before(std::size_t e) const {
    if (e == npos || e < lo_ || !word(e) || d_.in_quote(e)) return std::nullopt;
    if (pronoun(e) || cls(e, "relative")) return Range{e, e};
    if (function_word(e) && !cls(e, "quantifier")) return std::nullopt;
    std::size_t j = e;
    while (j > lo_ && e - j < 6 && word(j - 1) && !d_.in_quote(j - 1) &&
           (determiner(j - 1) || !function_word(j - 1)) && !d_.is_verb_form(j - 1))
      --j;
    while (j < e && word(j) && cap(j) && function_word(j) && !determiner(j)) ++j;
    return Range{j, e};
  }

  // "Asked about the plan, she said ...", "when asked whether ...", "Trump
  // was asked what he thought": the question is content credited to the
  // asker, named by "by" or, as usually, to no one.
  bool asked(std::size_t c) {
    if (tok(c).lower != "asked") return false;
    std::size_t s = lo_;
    while (s < c && (cls(s, "conjunction") || tok(s).kind == TokenKind::quote)) ++s;
    std::optional<Range> cue;
    if (c == s || (c > lo_ && (comma(c - 1) || listed(c - 1, lists_.asked_openers))))
      cue = Range{c, c};
    else if (c > lo_ && listed(c - 1, lists_.be_forms))
      cue = Range{c - 1, c};
    if (!cue) return false;
    const std::size_t last = sentence_last();
    std::size_t k = c + 1;
    std::optional<Range> src;
    if (is(k, "by")) {
      src = np_after(k + 1, last + 1);
      if (!src) return false;
      k = src->last + 1;
    }
    // "Asked at a briefing Monday in Washington about ...".
    for (int n = 0; n < 3 && k <= last; ++n) {
      while (k <= last && (time_word(k) || modifier(k))) ++k;
      if (!(cls(k, "preposition") && !is(k, "about") && !is(k, "to"))) break;
      auto np = np_after(k + 1, last + 1);
      if (!np) break;
      k = np->last + 1;
    }
    if (k > last || d_.in_quote(k)) return false;
    const bool opens = is(k, "about") || is(k, "whether") || is(k, "if") ||
                       (cls(k, "relative") && !is(k, "that")) ||
                       (is(k, "to") && word(k + 1) && !function_word(k + 1));
    if (!opens) return false;
    std::size_t e = k;
    while (e + 1 <= last && !(comma(e + 1) && !d_.in_quote(e + 1)) && !punct(e + 1, ";")) ++e;
    if (e == k || !free(Range{cue->first, e})) return false;
    add({src, *cue, Range{k, e}, {}, "asked-x"});
    return true;
  }

  // "In the latest Post-ABC poll, (conducted in May,) Clinton led Trump":
  // a study or poll placed before the clause is its source, "In" its cue.
  bool in_data(std::size_t c) {
    std::size_t s = lo_;
    while (s < c && cls(s, "conjunction")) ++s;
    if (tok(c).lower != "in") return false;
    if (c != s) return in_survey_after(c, s);
    const std::size_t last = sentence_last();
    auto np = np_after(c + 1, last + 1);
    if (!np) return false;
    // ("In a poll released Monday": the phrase may hold a participle's.)
    std::size_t head = np->first;
    while (head < np->last && head < np->first + 10 && !participle(head + 1) && !ing_form(head) &&
           !(lx(head) && lx(head)->noun == "data"))
      ++head;
    if (!lx(head) || lx(head)->noun != "data") return false;
    std::size_t k = np->last > head && participle(np->last) ? np->last : np->last + 1;
    // "In a new poll released Monday, ...": a participle and its phrase.
    if (participle(k) && !comma(k))
      for (std::size_t j = k + 1; j <= last && j - k < 10 && word(j) && !d_.in_quote(j); ++j)
        if (comma(j + 1)) {
          np->last = j;
          k = j + 1;
          break;
        }
    // "In a Register poll last month, ...": a time after the source.
    if (!comma(k) && (time_opener(k) || time_word(k)) && (comma(k + 1) || (time_word(k + 1) && comma(k + 2)))) {
      np->last = comma(k + 1) ? k : k + 1;
      k = np->last + 1;
    }
    if (!comma(k)) return false;
    // An apposition or participle phrase after the source: ", conducted in May,".
    std::size_t close = npos;
    for (std::size_t j = k + 1; j <= last && j - k < 12; ++j)
      if (comma(j)) { close = j; break; }
    if (close != npos && word(k + 1) && ends_with(tok(k + 1).lower, "ed") && !function_word(k + 1)) {
      np->last = close - 1;
      k = close;
    }
    std::size_t i = k + 1;
    if (modifier(i) && comma(i + 1)) i += 2;  // ", however, 73 percent ..."
    if (i > last || d_.in_quote(i)) return false;
    const std::size_t e = clause_end(i);
    if (e == npos || e <= i || !free(Range{c, e})) return false;
    add({np, Range{c, c}, Range{i, e}, {}, "according-to-x-first"});
    return true;
  }

  // "Kasich was at 25 percent support in the most recent Fox poll, up
  // eight points": a clause from the sentence's start, then "in" and a
  // poll or survey (list survey-nouns) that closes the sentence or is set
  // off by a comma. The poll is the source.
  bool in_survey_after(std::size_t c, std::size_t s) {
    const std::size_t last = sentence_last();
    if (!determiner(c + 1) || c < s + 3) return false;
    auto np = np_after(c + 1, last + 1);
    if (!np) return false;
    // "a poll issued Monday": an -ed form the phrase took in follows its
    // head; "a survey from Florida Southern College" names its maker.
    std::size_t head = np->first;
    while (head <= np->last && !listed(head, lists_.survey_nouns)) ++head;
    if (head > np->last) return false;
    if (participle(head + 1)) np->last = head;
    std::size_t k = np->last + 1;
    if (participle(k) && !comma(k)) {  // "in a poll released Monday."
      if (const std::size_t t = time_phrase_end(k + 1); t != npos) k = t + 1;
    } else if (const std::size_t t = time_phrase_end(k); t != npos) {  // "in a poll last month."
      k = t + 1;
    }
    if (k <= last && !comma(k)) return false;
    std::size_t e = c - 1;
    if (comma(e)) --e;  // "49% to 41%, in the survey"
    if (words_in(s, e + 1) < 3 || noun_phrase_only(s, e) || !free(Range{s, np->last})) return false;
    add({np, Range{c, c}, Range{s, e}, {}, "clause-in-x"});
    return true;
  }

  // The last token of a source_after phrase of cues/phrases.tsv starting at
  // c that, like "according to", stands outside the clause ("in the view
  // of", "as reported by"), or npos. Noun phrases such as "a poll by" are
  // subjects of their own verbs and are left to the cue verbs.
  std::size_t source_after(std::size_t c) const {
    if (!is(c, "in") && !is(c, "as")) return npos;  // checked first: it runs for every word
    static const PhraseIndex by_first = index_phrases([](const CuePhrase& p) {
      return p.role == "source_after" && p.words.size() >= 2 && (p.words[0] == "in" || p.words[0] == "as") &&
             std::find(p.words.begin(), p.words.end(), "...") == p.words.end();
    });
    return longest_match(by_first, c);
  }

  // "was quoted as saying": the phrase is the cue, the subject the source.
  bool passive(std::size_t c) {
    // "Police quoted the driver as saying ...": the one quoted is the source.
    // "Hale was quoted by the paper as saying ...": the subject is quoted.
    const bool by = is(c, "quoted") && is(c + 1, "by");
    if ((is(c, "quoted") || is(c, "quotes")) && !is(c + 1, "as"))
      if (auto who = np_after(c + 1 + by, hi_); who && is(who->last + 1, "as") && is(who->last + 2, "saying")) {
        auto content = content_after(who->last + 2, nullptr);
        if (!content || !free(*content)) return false;
        // A relay: the one quoted, and the outlet that quotes.
        const Range cue{c, who->last + 2};
        auto outlet = subject(c);
        if (by) std::swap(who, outlet);
        if (!who) return false;
        add({who, cue, *content, {}, "x-passive-cue"});
        if (outlet) add({outlet, Range{c, c}, *content, {}, "x-passive-cue"});
        return true;
      }
    if (!(is(c, "quoted") && is(c + 1, "as") && is(c + 2, "saying"))) return false;
    auto src = subject(c);
    auto content = content_after(c + 2, nullptr);
    if (!src || !content || !free(*content)) return false;
    add({src, Range{c, c + 2}, *content, {}, "x-passive-cue"});
    return true;
  }

  // "according to X", or another source_after phrase of cues/phrases.tsv
  // ending at token end ("in the view of X", "as reported by X").
  void according_to(std::size_t c, std::size_t end = npos) {
    if (end == npos) end = c + 1;
    const std::size_t last = sentence_last();
    auto src = np_after(end + 1, last + 1);
    if (!src) return;
    // "It hasn't gone unnoticed: According to recent polls, ...": a colon
    // opens a clause as the sentence's start does.
    std::size_t s = lo_;
    for (std::size_t k = c; k-- > lo_ && c - k <= kMaxModifierTail;)  // (bounded: a run of them stays linear)
      if (punct(k, ":") && !d_.in_quote(k)) {
        s = k + 1;
        break;
      }
    while (s < c && (cls(s, "conjunction") || d_.at(s).kind == TokenKind::quote)) ++s;
    if (c == s) {
      std::size_t i = src->last + 1;
      // "According to a poll published this month by Der Morgen, ...", "...
      // released by the agency last month, ...": a phrase after the source
      // runs to the comma.
      const bool time = time_word(i) || (listed(i, lists_.time_openers) && time_word(i + 1));
      // ("a complaint filed Monday, ...": a participle's time is the participle's.)
      const bool participle_time = src->last > src->first && participle(src->last);
      if (!comma(i) && i <= last && word(i) && (!cap(i) || time) &&
          (ends_with(tok(i).lower, "ed") || cls(i, "preposition") || time))
        for (std::size_t k = i; k <= last && k - i < 15 && word(k) && !cls(k, "auxiliary"); ++k)
          if (comma(k + 1)) {
            if (!time || participle_time) src->last = k;  // a time tells when, not who
            i = k + 1;
            break;
          }
      // "In the words of its chairwoman, Birgit Maier: “…”": her name is the source's too.
      if (comma(i))
        if (auto named = np_after(i + 1, last + 1);
            named && name(named->last) && punct(named->last + 1, ":")) {
          src->last = named->last;
          i = named->last + 1;
        }
      while (comma(i) || punct(i, ":")) ++i;
      if (i > last) return;
      const std::size_t e = clause_end(i);
      according_cue_ = c;
      according_end_ = e;
      add({src, Range{c, end}, Range{i, e}, {}, "according-to-x-first"});
      return;
    }
    // "..., according to X." / "“…,” according to X." / "... — according to X."
    std::size_t before = dash(c - 1) && !dash(c - 2) ? c - 2 : clause_before(c);
    // "Ruiz leads by 271 delegates according to a count by the AP, but ...":
    // a clause with a verb of its own may end without a comma.
    if (before == npos && c > s + 1 && word(c - 1) && !d_.in_quote(c - 1) && has_verb(s, c)) before = c - 1;
    if (before == npos || before < s) return;
    // A relay covers the claim it relays, not another "according to" and
    // its source before it: "A, according to X, and B, according to Y"
    // credits B to Y (and a sentence of them stays linear to read).
    std::size_t from = first_word(lo_);
    if (according_cue_ != npos && according_cue_ >= lo_ && according_cue_ < c) {
      from = according_end_ + 1;
      while (from < before && (comma(from) || dash(from) || listed(from, lists_.coordinators))) ++from;
      if (from > before) return;
    }
    // "Clinton emerged a wounded candidate, with a majority saying she cannot
    // be trusted, according to the poll": the poll finds what follows "with".
    for (std::size_t k = before; k > from + 1; --k)
      if (is(k, "with") && comma(k - 1) && !d_.in_quote(k) && k < before) {
        from = k + 1;
        break;
      }
    according_cue_ = c;
    according_end_ = src->last;
    Claim claim{src, Range{c, end}, Range{from, before}, {}, "according-to-x-last"};
    // "The levee, according to the engineer, will hold": the clause goes on
    // after the source only if it had no verb before it ("..., according
    // to Crowdpac, a political crowdfunding website" describes the source).
    // "One of the decisions they made, according to a person close to the
    // process, is to ...": or when the words after it start with the
    // clause's own verb.
    std::size_t p = src->last + 1;  // the comma after the source's phrase
    while (p <= last && p - src->last < 10 && word(p) && !d_.in_quote(p) && !cls(p, "auxiliary")) ++p;
    const std::size_t t = p + 1;
    const bool resumes = comma(p) && t <= last && word(t) && cls(t, "auxiliary") && !cap(t) && !d_.in_quote(t);
    if (resumes || (comma(src->last + 1) && src->last + 2 <= last && !has_verb(claim.content.first, before + 1))) {
      const Range tail{resumes ? t : src->last + 2, last};
      claim.fragments = {claim.content, tail};
      claim.content.last = last;
    }
    add(std::move(claim));
  }

  // "..., said Smith." ends the sentence with the cue and its source.
  bool inverted(std::size_t c) const {
    if (c <= lo_ || !comma(c - 1)) return false;
    auto np = np_after(c + 1, hi_);
    return np && ends_sentence_after(np->last);
  }

  // "As the paper reported in an op-ed on Thursday, the levee ...": the
  // clause after the comma that closes an "as" clause is what was reported.
  // A placing phrase or a time may stand before that comma; "As Ruiz
  // joked with Lee, ...", "As Ruiz seeks ..., ..." and "as the primaries
  // begin in May, ..." tell when.
  bool as_source(Range src, std::size_t c, const CueVerb* v) {
    const std::size_t a = src.first - 1;
    if (src.first <= lo_ || pronoun(src.first) || !is(a, "as") || same_bytes(v->category, "stance") ||
        same_bytes(v->category, "cognition") || !(a == first_word(lo_) || comma(a - 1) || cls(a - 1, "conjunction")))
      return false;
    if (!(name(src.last) || people(src.last) || cue_noun(src.last)) || is(c + 1, "with") ||
        !(starts_placement(c + 1) || cls(c + 1, "time") || cls(c + 2, "time") || modifier(c + 1)))
      return false;
    std::size_t m = c + 1;
    while (m < hi_ && m - c < 14 && word(m) && !d_.in_quote(m) && !is(m, "that") && !d_.is_verb_form(m)) ++m;
    if (m == c + 1 || !comma(m) || m + 1 >= sentence_last()) return false;
    const std::size_t e = clause_end(m + 1);
    if (e == npos || e <= m + 1 || !free(Range{m + 1, e})) return false;
    add({src, Range{c, c}, Range{m + 1, e}, {}, "x-said-that"});
    return true;
  }

  void cue_verb(std::size_t c, const CueVerb* v) {
    if (ing_noun(c) || opening_participle(c, v)) return;
    // "Having said that, ...": a linking phrase, nobody's claim.
    if (c > lo_ && is(c - 1, "having") && is(c + 1, "that") && comma(c + 2)) return;
    // "A report published in The Lancet found ...": a participle after a
    // document noun describes it.
    // A cue verb of the sentence's own follows it. (Not "The poll asked about
    // ...", nor "As the paper reported in an editorial, ...".)
    if (c > lo_ && cue_noun(c - 1) && !cap(c - 1) && participle(c) &&
        (is(c + 1, "in") || is(c + 1, "by") || is(c + 1, "on") || is(c + 1, "at")))
      for (std::size_t k = c + 2; k < hi_ && k - c <= 12 && word(k) && !d_.in_quote(k); ++k)
        if (verb(k)) return;
    // "Mayor accused of lying", "a man accused of fraud": the one accused speaks not.
    // ("the rival she accused of lying", "whom Erdogan accuses of ...": an object gap.)
    if (is(c + 1, "of") && v->listed(lists_.passive_of) && !ends_with(tok(c).lower, "ing") && c > lo_ &&
        !pronoun(c - 1) && !(c >= lo_ + 2 && (is(c - 2, "whom") || is(c - 2, "who") || is(c - 2, "that"))))
      return;
    auto src = subject(c);
    if (!src && plain_speech(c) && !inverted(c)) src = loose_subject(c);
    // "A poll conducted by voters in Saturday's primary showed ...", "A
    // Monmouth poll out Monday showed ...": a finding's subject with a
    // study, poll or document noun in it.
    if (!src && same_bytes(v->category, "finding") && !ends_with(tok(c).lower, "ing")) {
      if (auto l = loose_subject(c); l && l->last + 3 >= c) {
        bool data = false;
        // ("A video of the episode shows ...": a speech noun only as the head
        // it opens with, not in "the world during an interview".)
        for (std::size_t k = l->first; k <= l->last && !data; ++k)
          data = cue_noun(k) && (lx(k)->noun != "speech" || k <= l->first + 1);
        if (data) {
          src = l;
          loose_finding_ = c;
        }
      }
    }
    // "Jessie Elkins, 70, served in Vietnam and said ...": a second verb of
    // the sentence's subject.
    if (!src && c > lo_ + 1) {
      const std::size_t b = skip_modifiers_back(c - 1, lo_);
      if (b != npos && b > lo_ && (is(b, "and") || is(b, "but")) && !d_.in_quote(b))
        src = sentence_subject(c);
    }
    // "In a statement announcing the pick, the union called ...": a
    // participle in the sentence's opening phrase speaks for the subject
    // after the phrase, and says what the phrase holds.
    if (src && ing_form(c) && src->first > lo_ && src->first - 1 == first_word(lo_) &&
        cls(src->first - 1, "preposition")) {
      std::size_t m = c + 1;
      while (m < hi_ && m - c < 15 && word(m) && !d_.in_quote(m)) ++m;
      if (m > c + 1 && comma(m))
        if (auto after = np_after(m + 1, hi_);
            after && after->last + 1 < hi_ && (d_.is_verb_form(after->last + 1) || verb(after->last + 1))) {
          if (free(Range{c + 1, m - 1})) add({after, Range{c, c}, Range{c + 1, m - 1}, {}, "participle-cue"});
          return;
        }
    }
    // ", saying ...", "by telling them ...": a participle after a comma or
    // a preposition of manner or time.
    // "The campaign sent an email Wednesday saying ...": after the object
    // of a verb, a document's words are its sender's.
    const bool sent = ends_with(tok(c).lower, "ing") && src && src->first != opening_end(c) &&
                      cue_noun(src->last) && lx(src->last)->noun == "document";
    // “…,” adding that ...: the comma may close the quotation.
    const bool quoted_comma = c > lo_ + 1 && tok(c - 1).kind == TokenKind::quote && comma(c - 2);
    // ", falsely suggesting that ...": an adverb after the comma.
    const bool adverb_comma = c > lo_ + 1 && modifier(c - 1) && comma(c - 2);
    const bool participle = ends_with(tok(c).lower, "ing") && c > lo_ &&
                            (comma(c - 1) || quoted_comma || adverb_comma || dash(c - 1) ||
                             listed(c - 1, lists_.participle_prepositions) || sent);
    if (src && !participle && object_before_participle(c, *src))
      if (auto s = sentence_subject(c)) src = s;
    // "Meanwhile, it attacked Trump, saying ...": a participle after a comma
    // shares the sentence's subject, not the object before the comma.
    if (src && participle && src->first != opening_end(c))
      if (auto s = sentence_subject(c)) src = std::nullopt;
    if (!src && participle) {
      src = sentence_subject(c);
      if (!src) return;
      auto content = content_after(c, v);
      // "The agency, citing unnamed officials, reported ...": an aside
      // between the subject and its verb ends at its closing comma.
      if (content && src->last + 2 == c && comma(c - 1))
        for (std::size_t k = content->first + 1; k < content->last; ++k)
          if (comma(k) && !d_.in_quote(k) && word(k + 1) && !cap(k + 1) && !ing_form(k + 1) &&
              (cls(k + 1, "auxiliary") || d_.is_verb_form(k + 1))) {
            content->last = k - 1;
            break;
          }
      if (content && free(*content)) add({src, Range{c, c}, *content, {}, "participle-cue"});
      return;
    }
    if (const std::size_t before = clause_before(c); !src && before != npos && (!v->needs_that || closing_verb(c, true))) {
      // "..., said Smith." / "..., said Smith, a lawyer in Ohio." / "“…,” said Smith."
      // "One of them, written by an engineer, warned": a passive, no speaker after it.
      auto np = cls(c + 1, "preposition") ? std::nullopt : np_after(c + 1, hi_);
      const std::size_t s = first_word(lo_);
      // ("Joe Scarborough, host of “Morning Joe,” suggested ...", "The
      // tentative deal, announced Friday": a noun phrase with an aside, or a
      // short one, and no verb is no clause.)
      auto clause = [&] {
        if (has_verb(s, before + 1)) return true;
        if (before - s <= 4) return false;
        for (std::size_t k = s; k <= before; ++k)
          if (tok(k).kind == TokenKind::quote) return true;
          else if (comma(k)) return false;
        return true;
      };
      // (", documents show": a lone lower-case verb form is no speaker.)
      const bool verb_only = np && np->first == np->last && d_.is_verb_form(np->first) && !cap(np->first);
      // (", mocked the party": a stance verb's object, never its speaker.)
      if (np && !verb_only && s < before && !same_bytes(v->category, "stance") && ends_sentence_after(np->last) &&
          free(Range{s, before}) && clause())
        add_clause_first({np, Range{c, c}, Range{s, before}, {}, "clause-said-x"}, np->last + 1);
      return;
    }
    if (!src) return;
    // "The museum, Mr. Obama said, would make visitors face the truth.",
    // "“If there had not been that intervention” by NATO, Clinton said at a
    // town hall on Monday, “we would be looking at ...”": the source and cue
    // between commas interrupt what was said; a placing phrase may follow
    // the cue when a quotation resumes after it.
    const bool interrupts = src->first > lo_ + 1 && comma(src->first - 1);
    const std::size_t p = interrupts ? interrupting_comma(c) : npos;
    if (interrupts && (!v->needs_that || comma(c + 1) || p != npos) && free(Range{lo_, src->first - 2})) {
      const std::size_t s = first_word(lo_);
      std::size_t t = npos, e = npos;
      // ", she said, referencing ...": a participle after it is a claim of its own.
      if (comma(c + 1) && word(c + 2) && !d_.in_quote(c + 2) &&
          !ing_form(c + 2)) {
        t = c + 2;
        e = clause_end(t);
      } else if (p != npos && p > c + 1 && open_quote(p + 1) && !used_[p + 1] && src->first != opening_end(c)) {
        t = p + 1;
        e = d_.quotes.list[d_.quotes.of_token[t]].last;
      } else if (p != npos && p > c + 1 && word(p + 1) && !d_.in_quote(p + 1) &&
                 (src->first != opening_end(c) || determiner(s)) &&  // "The difference now, he said on Friday, is"
                 (cls(p + 1, "auxiliary") || (ends_with(tok(p + 1).lower, "ed") && !cap(p + 1)) ||
                  clause_at(p + 1, sentence_last()))) {
        // "The levee, the engineer said on Tuesday, would hold."
        t = p + 1;
        e = clause_end(t);
      }
      // The clause's head is two words or more, or a name ("Trump, Sexton
      // said, has ..."); "Still, she said, ..." is an opener.
      // So is a pronoun that stands for what was said before ("That, he
      // argues, is the real scandal").
      const bool head = s + 1 < src->first - 1 ||
                        (s + 2 == src->first && ((name(s) && !cls(s, "adverb")) || is(s, "that") ||
                                                 is(s, "this") || is(s, "it")));
      if (t != npos && e != npos && head && e > t) {
        const Range head{s, src->first - 2}, tail{t, e};
        add({src, Range{c, c}, Range{s, e}, {head, tail}, "clause-x-said-clause"});
        return;
      }
    }
    if (as_source(*src, c, v)) return;
    auto content = content_after(c, v);
    // "Mayor Ruiz, who ordered the closure, said ...": a relative clause
    // between commas whose cue takes only a noun phrase is background to
    // the verb of saying after it ("who questioned whether ..." is not).
    if (content && src->first == src->last && src->first > lo_ && comma(src->first - 1) &&
        cls(src->first, "relative") && comma(content->last + 1) && !is(content->first - 1, "that") &&
        !cls(content->first, "relative") && !cls(content->first, "conjunction") && !is(content->first, "to")) {
      std::size_t n = content->last + 2;
      while (n < hi_ && modifier(n)) ++n;
      if (plain_speech(n)) return;
    }
    // "the respondents who support Sanders are in college", "voters who said
    // the plan was bad are angry": a relative clause with no comma ends
    // where the main clause's verb comes, after the reported clause's own.
    // "Smith, who believes the plan is flawed, said he would vote no": a
    // relative clause set off by a comma ends at the comma before the
    // main clause's verb, as does a clause within it ("X, who asked not to
    // be named because she feared ..., said").
    if (content && in_comma_relative(src->first))
      for (std::size_t k = content->first + 1; k < content->last; ++k) {
        if (d_.in_quote(k) || !comma(k)) continue;
        std::size_t m = k + 1;
        while (m < content->last && modifier(m)) ++m;
        if (word(m) && !d_.in_quote(m) && finite(m)) {
          content->last = k - 1;
          break;
        }
      }
    if (content && src->first == src->last && cls(src->first, "relative") && !comma(src->first - 1)) {
      // A stance takes a phrase ("support Sanders"), a verb of saying a clause.
      bool own_verb = same_bytes(v->category, "stance") || !clause_at(content->first, content->last);
      for (std::size_t k = content->first + 1; k <= content->last; ++k) {
        if (d_.in_quote(k) || !word(k)) continue;
        if (!finite(k)) continue;
        // "taxes should be low": one verb group.
        if (cls(k - 1, "auxiliary") || (modifier(k - 1) && cls(k - 2, "auxiliary") && k - 2 >= content->first))
          continue;
        // "voters who backed him in 2016 say ...": or a verb of speech (not "anything he says").
        const bool speech = plain_speech(k) && same_bytes(verb(k)->category, "speech") && !pronoun(k - 1) &&
                            !determiner(k - 1) && !cls(k - 1, "preposition");
        if (own_verb && (cls(k, "auxiliary") || speech)) {
          content->last = k - 1;
          break;
        }
        own_verb = true;
      }
    }
    // "which Democrats say could be aiding Sanders", "what Mr. Trump has
    // threatened to do": a relative clause whose subject reports holds
    // what was said from the relative word on, source and cue included.
    // "under what Ruiz called “a reckless plan,” the ...": a naming verb's
    // object gap, after a preposition too, holds what she called it.
    const bool naming = v->listed(lists_.naming);
    if (content && src->first > lo_ + 1 &&
        (is(src->first - 1, "which") || is(src->first - 1, "what") || is(src->first - 1, "whom") ||
         // "a system that he says is rigged": "that" after a noun, a gap after the cue
         // ("an explosion that the mayor described as “an intentional act”": a naming verb's gap).
         (is(src->first - 1, "that") && word(src->first - 2) && !function_word(src->first - 2) &&
          (!d_.is_verb_form(src->first - 2) || determiner(src->first - 3)) &&
          (gap_verb(c + 1) || d_.is_verb_form(c + 1) || (naming && is(c + 1, "as"))))) &&
        (!cls(src->first - 2, "preposition") || naming) && free(Range{src->first - 1, content->last})) {
      Range cue{c, c};
      if (c + 1 <= content->last && listed(c + 1, lists_.cue_prepositions)) cue.last = c + 1;  // "think of"
      // "The levee, which engineers say is old, gave way": a relative clause
      // set off by a comma or a dash ends at the next one.
      Range said{src->first - 1, content->last};
      std::size_t q = content->first + (is(content->first, "as") ? 1 : 0);
      if (determiner(q)) ++q;  // "what she called a “rant,”
      if (naming && open_quote(q) && d_.quotes.list[d_.quotes.of_token[q]].close != npos)
        said.last = std::min(said.last, d_.quotes.list[d_.quotes.of_token[q]].close);
      const std::size_t w = said.first;
      if (w > lo_ && (comma(w - 1) || dash(w - 1)))
        for (std::size_t k = c + 1; k <= said.last; ++k)
          if (!d_.in_quote(k) && (comma(w - 1) ? comma(k) : dash(k))) {
            said.last = k - 1;
            break;
          }
      add({src, cue, said, {}, "x-said-that"});
      return;
    }
    if (content) {
      const bool object = v->takes_object && content->first > c + 1 && !is(c + 1, "that") &&
                          !cls(c + 1, "time") && !time_opener(c + 1) && !listed(c + 1, lists_.cue_prepositions);
      add({src, Range{c, c}, *content, {}, object ? "x-told-y-that" : "x-said-that"});
      // "said in one of a series of Twitter messages that ...": a cue word
      // in the phrase between the cue and its content reports nothing new.
      for (std::size_t k = c + 1; k < content->first; ++k) used_[k] = 1;
      return;
    }
    // "The bridge will reopen, the mayor said (on Tuesday)."
    const std::size_t before = clause_before(role_before(src->first));
    const std::size_t end = attribution_end(c, v);
    // "In court documents, X asked ..." opens with an adverbial, not a clause.
    // ("..., a move Ortega opposed." is a relative clause: its verb takes an object.)
    // (", winning the key states.": a noun-first form after no plain source is a noun.)
    const bool object_verb = v->listed(lists_.naming) || v->listed(lists_.object_verbs) || object_gap(*src) ||
                             (noun_first(c) && !clear_source(c));
    if (before != npos && (!v->needs_that || closing_verb(c, false)) && !object_verb && ends_sentence_after(end) &&
        (src->first != opening_end(c) || finite_auxiliary(first_word(lo_), before + 1)) &&
        !question_put(first_word(lo_)) &&
        !noun_phrase_only(first_word(lo_), before) && free(Range{lo_, before})) {
      const std::size_t s = first_word(lo_);
      // "..., the court heard." / "..., MPs told": they were told.
      const bool audience = v->listed(lists_.audience_verbs) && end == c;
      // ("When pressed by the moderators, Sanders did apologize", "Though the
      // move was smooth, he said, replacing her would ...": a subordinate
      // clause alone before the source is not what was said.)
      bool subordinate_only = listed(s, lists_.adjunct_openers) || is(s, "if");
      for (std::size_t k = s; k < before && subordinate_only; ++k) subordinate_only = !comma(k);
      if (s < before && !subordinate_only)
        add_clause_first({audience ? std::nullopt : src, Range{c, c}, Range{s, before}, {}, "clause-x-said"}, end + 1);
    }
  }

  // ", a claim ministers deny.", ", an allegation he denies.": "a" or "an",
  // a cue noun, then the subject of a relative clause whose verb has the
  // noun as its object; not "a statement from the mayor".
  bool object_gap(Range r) const {
    if (!(is(r.first, "a") || is(r.first, "an")) || r.first + 2 > r.last || !cue_noun(r.first + 1) ||
        cap(r.first + 1))
      return false;
    const std::size_t k = r.first + 2;
    return pronoun(k) || cls(k, "determiner") || people(k) || name(k);
  }

  // A verb at c that closes its sentence: nothing follows it ("..., his
  // brother added."), or when inverted only its subject does ("..., added
  // Ruiz."). An ambiguous verb ("added 200 jobs") is a cue there.
  bool closing_verb(std::size_t c, bool inverted) const {
    // "..., which begins Monday." describes; it reports nothing.
    if (ends_with(tok(c).lower, "ing") || (c > lo_ && (is(c - 1, "which") || is(c - 1, "that")))) return false;
    const std::size_t last = sentence_last();
    if (c >= last) return true;
    // "..., Ruiz added on Tuesday." (a time phrase only: "added to the
    // confusion" governs what follows).
    // ("..., the agency announced on Tuesday, after ...": or a comma.)
    if (!inverted) {
      const std::size_t t = comma(c + 1) ? c : time_phrase_end(c + 1);
      return t != npos && (t >= last || (comma(t + 1) && !d_.in_quote(t + 1)));
    }
    auto np = np_after(c + 1, hi_);
    return np && np->last >= last;
  }

  // "he went on the record endorsing Trump", "sent a message to supporters
  // saying": the phrase before a participle cue at c is an object that
  // cannot speak, or the one addressed, and the sentence's subject speaks.
  bool object_before_participle(std::size_t c, Range src) const {
    if (!ends_with(tok(c).lower, "ing") || src.first == opening_end(c)) return false;
    if (src.first > lo_ && (is(src.first - 1, "to") || is(src.first - 1, "for"))) return true;
    // "responded on Facebook writing, “…”": a venue places the act.
    if (src.first > lo_ && (is(src.first - 1, "on") || is(src.first - 1, "at")) && listed(src.last, lists_.venues))
      return true;
    // "she sent an email saying, “done.”": a document's words are its sender's.
    if (cue_noun(src.last) && lx(src.last)->noun == "document") return true;
    return !name(src.last) && !people(src.last) && !pronoun(src.last) && !cue_noun(src.last) &&
           !cls(src.last, "relative") && !(possessive(src.last) && contraction(src.last));
  }

  // The speaker of a participle cue at c after a comma when a subordinator
  // opens the clause before the comma: its subject ("..., when protesters
  // interrupted her speech, shouting “…”").
  std::optional<Range> subordinate_subject(std::size_t c) const {
    for (std::size_t k = c - 1; k-- > lo_ && c - k < 25;) {
      if (comma(k) || !word(k) || d_.in_quote(k)) break;
      if (!(listed(k, lists_.adjunct_openers) || is(k, "when"))) continue;
      const std::size_t last = speaker_end(k + 1);
      if (last != npos && last < c && word(last + 1) && !function_word(last + 1)) return Range{k + 1, last};
      break;
    }
    return std::nullopt;
  }

  // "..., Spicer said, adding, “…”", "..., said Spicer, adding ...": the
  // speaker of the verb of saying that ends just before the participle's comma.
  std::optional<Range> speaker_before_participle(std::size_t c) const {
    if (c < lo_ + 3 || !comma(c - 1) || d_.in_quote(c - 2)) return std::nullopt;
    const std::size_t b = c - 2;
    if (plain_speech(b)) return subject(b);
    if (auto np = np_before(b, lo_, false); np && np->first > lo_ && plain_speech(np->first - 1) &&
                                            (name(np->last) || people(np->last)))
      return np;
    return std::nullopt;
  }

  // The last token of a plain speaker that starts at s: a personal pronoun,
  // or determiners, titles and names ending in a name or a person noun
  // ("the mayor", "Mayor Ana Ruiz"); npos if none starts there.
  std::size_t speaker_end(std::size_t s) const {
    if (pronoun(s) && !cls(s, "pronoun-n")) return s;
    for (std::size_t k = s; k < hi_ && (name(k) || title(k) || people(k) || determiner(k)); ++k)
      if ((name(k) || people(k)) && !name(k + 1) && !people(k + 1) && !title(k + 1)) return k;
    return npos;
  }

  // "While saying that he respects her, he ...", "After praising the plan,
  // the mayor ...": a participle that opens the sentence shares the
  // subject of the clause after its comma.
  bool opening_participle(std::size_t c, const CueVerb* v) {
    // ... or opens it itself ("Noting that only Kirk voted with them, Tester said").
    if (!ends_with(tok(c).lower, "ing") || first_word(lo_) + 1 < c ||
        !(c == first_word(lo_) || listed(c - 1, lists_.adjunct_openers)))
      return false;
    auto content = content_after(c, v);
    if (!content) return false;
    // "Claiming that the levee was safe, the mayor reopened ...": the main
    // clause after the comma is not what was claimed.
    auto main_clause = [&](std::size_t k) {
      if (!comma(k) || d_.in_quote(k)) return false;
      const std::size_t e = speaker_end(k + 1);
      return clause_at(k + 1, content->last) ||
             (e != npos && e < content->last && word(e + 1) && !function_word(e + 1) && !cap(e + 1));
    };
    for (std::size_t k = content->first + 1; k < content->last; ++k)
      if (main_clause(k)) {
        content->last = k - 1;
        break;
      }
    if (!comma(content->last + 1)) return false;
    const std::size_t s = content->last + 2;
    const std::size_t last = speaker_end(s);
    if (last == npos) return false;
    if (free(*content)) add({Range{s, last}, Range{c, c}, *content, {}, "participle-cue"});
    return true;
  }

  // The comma that closes a placing phrase right after the cue at c ("said
  // at a town hall on Monday,"), or npos.
  std::size_t interrupting_comma(std::size_t c) const {
    // ("said then," "said again,": an adverb alone also places it.)
    // ("told me on Friday,": so does the one told.)
    const bool told = lx(c) && lx(c)->verb && lx(c)->verb->takes_object && (cls(c + 1, "object") || people(c + 1));
    if (!(starts_placement(c + 1) || time_word(c + 1) || (modifier(c + 1) && comma(c + 2)) || told)) return npos;
    for (std::size_t k = c + 2; k < hi_ && k - c <= 12; ++k) {
      if (comma(k)) return k;
      // ("explained in the committee hearing,": a verb's form after a determiner is a noun.)
      if (!word(k) || d_.in_quote(k) || (d_.is_verb_form(k) && !noun_after_determiner(k)) || cls(k, "auxiliary") ||
          is(k, "that"))
        return npos;
    }
    return npos;
  }

  // Whether [s, e] is one noun phrase and no clause ("One hopeful, Carly
  // Fiorina, says": what stands before the name is no claim).
  // (In a title-case headline three words or more are taken for a clause:
  // "Coffee Cuts Liver Risk, Study Says" has all a name's capitals.)
  bool noun_phrase_only(std::size_t s, std::size_t e) const {
    if (d_.sentences[d_.sentence_of[s]].title_case && e >= s + 2) return false;
    auto np = np_before(e, s, false);
    return np && np->first == s;
  }

  // The last token of a closing attribution whose cue is at c: the cue, or
  // the listener after a verb such as "told" (", Carter told a Senate
  // panel Wednesday.").
  std::size_t attribution_end(std::size_t c, const CueVerb* v) const {
    if (!v->takes_object || noun_first(c)) return c;  // "her email account" is no cue
    auto obj = np_after(c + 1, hi_);
    return obj && ends_sentence_after(obj->last) ? obj->last : c;
  }

  // The first token of a role set in commas before the name at k ("...,
  // its chief executive, Vanessa Hebditch, said"), else k.
  std::size_t role_before(std::size_t k) const {
    if (k < lo_ + 4 || !comma(k - 1) || !name(k)) return k;
    auto role = np_before(k - 2, lo_, false);
    return role && role->first > lo_ + 1 && comma(role->first - 1) && !cap(role->first) &&
                   (title(role->last) || people(role->last))
               ? role->first
               : k;
  }

  // The last token of a clause that ends before a closing attribution at
  // token k: the token before its comma, or a closing quotation mark with
  // the comma inside (", the mayor said" / "“…,” the mayor said"); npos if
  // no clause ends there.
  std::size_t clause_before(std::size_t k) const {
    if (k < lo_ + 2) return npos;
    if (comma(k - 1)) return k - 2;
    const std::size_t q = k - 1;
    if (tok(q).kind == TokenKind::quote && d_.in_quote(q) && d_.quotes.list[d_.quotes.of_token[q]].close == q &&
        comma(q - 1) && q - 1 > lo_)
      return q;
    return npos;
  }

  // Only modifiers of the attribution follow token k in the sentence: an
  // apposition after a comma, or a phrase such as "in a statement" or
  // "on Tuesday", not a new clause.
  bool ends_sentence_after(std::size_t k) const {
    const std::size_t last = sentence_last();
    if (k >= last) return true;
    // "..., the agency announced (on Tuesday), after residents complained
    // that ...": a comma ends the attribution, however long what follows.
    std::size_t n = k + 1;
    // ("..., the budget office reported on Tuesday -- a development that ...": a dash too.)
    if (const std::size_t t = comma(n) ? npos : time_phrase_end(n);
        t != npos && t < last && (comma(t + 1) || dash(t + 1)))
      n = t + 1;
    if (comma(n) || dash(n)) return !d_.in_quote(n + 1) && !open_quote(n + 1);
    // Such a tail is short; a longer one is a clause. The bound also keeps
    // a sentence without end (a 1 MB run-on) from making this quadratic.
    if (last - k > kMaxModifierTail) return false;
    if (!word(n)) return false;
    // "said Clinton didn't ...": an auxiliary after the source opens a clause.
    if (cls(n, "auxiliary") || cls(n, "negation")) return false;
    if (!(cls(n, "preposition") || time_word(n) || modifier(n) || time_opener(n)))
      return false;
    for (std::size_t j = n; j <= last; ++j) {
      if (is(j, "that") || punct(j, ";")) return false;
      // "remarked upon a story in which sources said ...": a relative clause.
      if (j > n && !d_.in_quote(j) && (is(j, "which") || is(j, "whom")) && cls(j - 1, "preposition")) return false;
      // "says despite being an alumna, she plans ...": a clause after a comma.
      if (comma(j) && pronoun(j + 1) && !cls(j + 1, "pronoun-n")) return false;
      if (!d_.in_quote(j)) continue;
      // "on MSNBC's “Morning Joe.”": a short quoted title may place the cue.
      const std::size_t t = title_end(j);
      if (t == npos) return false;
      j = t;
    }
    return true;
  }

  // The closing mark of a short quoted title that opens at token k
  // (“Morning Joe,” ''This Week'' after a possessive or preposition), or npos.
  std::size_t title_end(std::size_t k) const {
    if (!open_quote(k) || k == 0 ||
        !(possessive(k - 1) || cls(k - 1, "preposition") || determiner(k - 1) || listed(k - 1, lists_.title_nouns)))
      return npos;
    const Quotation& q = d_.quotes.list[d_.quotes.of_token[k]];
    if (q.close == npos || q.close - q.open > 6 || !word(q.open + 1) || !tok(q.open + 1).capitalized) return npos;
    return q.close;
  }

  // A claim whose content comes first; a quotation opening the next
  // sentence carries it on ("The plan failed, Smith said. “It was doomed.”").
  void add_clause_first(Claim c, std::size_t from) {
    if (auto k = resumed_quote(from, *c.source)) {
      const Quotation& q2 = d_.quotes.list[d_.quotes.of_token[*k]];
      c.fragments = {c.content, quote_range(q2)};
      c.content.last = q2.last;
      const Range src = *c.source, cue = *c.cue;
      add(std::move(c));
      continue_quote(q2, src, cue);
      return;
    }
    add(std::move(c));
  }

  std::size_t first_word(std::size_t s) const {
    if (s == lo_) s = dateline_end();  // "BRUSSELS — ..." is no part of a claim
    while (s < hi_ && listed(s, lists_.coordinators)) ++s;  // "But ..."; "If convicted, ..." is said whole
    return s;
  }

  // A paragraph that is one quotation, right after a paragraph with a
  // claim, is that claim's speaker going on.
  void floating_quotes() {
    std::vector<const Claim*> last_claim(d_.sentences.size(), nullptr);
    for (const Claim& c : out_) {
      const std::size_t s = d_.sentence_of[c.content.first];
      if (!last_claim[s] || last_claim[s]->content.first < c.content.first) last_claim[s] = &c;
    }
    std::vector<Claim> found;
    std::vector<std::tuple<std::size_t, Range, bool>> joined;  // a claim, the quotation it takes on, floating
    const Claim* previous = nullptr;  // the last claim of the previous paragraph
    const Claim* current = nullptr;   // the last claim so far in this paragraph
    for (std::size_t s = 0; s < d_.sentences.size(); ++s) {
      const Sentence& sent = d_.sentences[s];
      if (sent.starts_paragraph) {
        previous = current;
        current = nullptr;
        // A short one ('A really tough decision.') is a subheading.
        // After a quotation with its cue, the speaker going on may be brief
        // ('We have seen this before.'), in the same marks: a short
        // paragraph in single marks after double ones is a subheading.
        const auto is_double = [&](std::size_t k) {
          const QuoteMark m = tok(k).quote;
          return m == QuoteMark::double_open || m == QuoteMark::double_close || m == QuoteMark::double_straight;
        };
        const bool after_quote = previous && close_quote(previous->content.last) && previous->cue &&
                                 open_quote(sent.first) && is_double(sent.first) == is_double(previous->content.last);
        if (previous && previous->source && open_quote(sent.first) && !used_[sent.first] &&
            whole_paragraph(d_.quotes.list[d_.quotes.of_token[sent.first]]) &&
            words_in(sent.first, d_.quotes.list[d_.quotes.of_token[sent.first]].last + 1) >=
                (after_quote ? kMinContinuedWords : kMinFloatingWords)) {
          const Quotation& q = d_.quotes.list[d_.quotes.of_token[sent.first]];
          // The speaker goes on: the claim takes the paragraph on as one
          // more fragment, as PolNeAR joins them; after a claim that was no
          // quotation, the claim is now a floating quotation's.
          if (previous->cue) {
            joined.emplace_back(static_cast<std::size_t>(previous - out_.data()), quote_range(q),
                                !close_quote(previous->content.last));
            current = previous;
            continue;
          }
          found.push_back({previous->source, std::nullopt, quote_range(q), {}, "floating-quote"});
          continue;
        }
        // "Chairwoman Ellen Brooks:" or "Jim Ortega, who runs the diner, was
        // blunt." alone on the line before a quoted paragraph: its speaker.
        if (s > 0 && !last_claim[s - 1] && d_.sentences[s - 1].starts_paragraph && open_quote(sent.first) &&
            !used_[sent.first] && whole_paragraph(d_.quotes.list[d_.quotes.of_token[sent.first]]))
          if (auto [src, cue] = speaker_line(d_.sentences[s - 1]); src) {
            found.push_back({src, cue, quote_range(d_.quotes.list[d_.quotes.of_token[sent.first]]), {},
                             "quote-after-speaker"});
            continue;
          }
      }
      if (last_claim[s]) current = last_claim[s];
    }
    for (const auto& [i, r, floating] : joined) {
      Claim& c = out_[i];
      if (floating) c.rule = "floating-quote";
      if (c.fragments.empty()) c.fragments.push_back(c.content);
      c.fragments.push_back(r);
      c.content.last = r.last;
      for (std::size_t k = r.first; k <= r.last; ++k) used_[k] = 1;
    }
    for (Claim& c : found) add(std::move(c));
  }

  // The speaker a line introduces, with its colon as cue if it has one: a
  // name alone before a colon, or a short sentence about a named person
  // ("Ortega, who runs the diner, was blunt.").
  std::pair<std::optional<Range>, std::optional<Range>> speaker_line(const Sentence& p) const {
    std::size_t last = p.end - 1;
    if (p.end <= p.first + 1 || d_.in_quote(p.first) || d_.in_quote(last)) return {};
    if (punct(last, ":")) {
      auto np = np_after(p.first, last);
      if (np && np->first == p.first && np->last + 1 == last && name(np->last)) return {np, Range{last, last}};
      return {};
    }
    // "Mayor Ana Ruiz" alone on its line: a name after a title or a given name.
    if (!terminal(last) && !punct(last, ":")) {
      auto np = np_after(p.first, p.end);
      if (np && np->first == p.first && np->last == last && last > p.first && name(last) &&
          (title(p.first) || (lx(p.first) && lx(p.first)->given != '-')))
        return {np, std::nullopt};
      return {};
    }
    if (!terminal(last) || words_in(p.first, p.end) > 14) return {};
    auto np = np_after(p.first, last);
    if (!np || np->first != p.first || !(name(np->last) || people(np->last)) || pronoun(np->last)) return {};
    std::size_t k = np->last + 1;
    if (comma(k))  // ", who runs the diner,"
      for (++k; k < last && !comma(k); ++k)
        if (!word(k)) return {};
    if (comma(k)) ++k;
    // "was blunt", "had a different view", "put it this way": a verb of its own.
    if (!(is(k, "was") || is(k, "is") || is(k, "had") || is(k, "has") || is(k, "put"))) return {};
    for (std::size_t j = k; j < last; ++j)
      if (!word(j) || d_.in_quote(j)) return {};
    return {np, std::nullopt};
  }

  // The quotation, with any final period, is all its paragraph holds.
  bool whole_paragraph(const Quotation& q) const {
    std::size_t k = q.last + 1;
    if (k < d_.size() && terminal(k) && !tok(k).line_before) ++k;
    return k >= d_.size() || tok(k).line_before;
  }
};

}  // namespace

const std::vector<Rule>& rules() {
  static const std::vector<Rule> table = load_rules();
  return table;
}

const Rule* find_rule(std::string_view id) {
  for (const Rule& r : rules())
    if (r.id == id) return &r;
  return nullptr;
}

std::vector<Claim> find_claims(const Document& doc) { return Finder(doc).run(); }

}  // namespace saywho
