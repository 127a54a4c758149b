// The word lists under core/data/, parsed once into lookup tables.
#pragma once

#include <cstdint>
#include <deque>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "word_map.h"

namespace saywho {

// The word classes of words.tsv that the code tests for, numbered: testing
// a word's class is then one compare of a byte, not of the class name's
// bytes, and the rules make thousands a text. A name in the code becomes
// its number at compile time (one not listed here does not compile); a
// class in the data that is not listed here is WordClass::other.
struct WordClass {
  static constexpr std::string_view names[] = {
      "", "adverb", "auxiliary", "conjunction", "determiner", "negation", "object", "preposition",
      "pronoun-1", "pronoun-2", "pronoun-f", "pronoun-m", "pronoun-n", "pronoun-p", "quantifier",
      "relative", "time"};
  static constexpr std::uint8_t other = std::size(names);

  std::uint8_t id = 0;  // names[id]
  WordClass() = default;
  consteval WordClass(const char* name) : id(of(name)) {
    if (id == other) not_a_listed_class();
  }
  static constexpr std::uint8_t of(std::string_view name) {
    std::uint8_t i = 0;
#pragma GCC unroll 1  // unrolled, this loop cost the wasm 250 B gzip
    for (; i < other; ++i)
      if (names[i] == name) break;
    return i;
  }
  bool operator==(const WordClass&) const = default;
  // One of the pronoun classes ("pronoun-m", "pronoun-1", ...), listed together.
  bool pronoun() const { return id >= WordClass("pronoun-1").id && id <= WordClass("pronoun-p").id; }

 private:
  static void not_a_listed_class();  // never defined: a call fails at compile time
};

struct CueVerb {
  std::string lemma;
  std::string category;  // speech, stance, cognition, finding, writing
  bool takes_object = false;  // "told reporters that ..."
  bool needs_that = false;    // ambiguous: a cue only before that, a quote or ':'
  bool weak = false;          // a cue, but often not a claim
  std::uint64_t lemma_lists = 0;  // the lemma's Lexeme::lists, kept here: the rules ask often
  // Whether the lemma is in list `list` (Lexicon::list_id): Lexicon::listed(lemma, list).
  bool listed(int list) const { return list >= 0 && (lemma_lists >> list & 1); }
};

struct CuePhrase {
  std::vector<std::string> words;  // lower case; "..." is a gap of 1-6 words
  std::string category;
  std::string role;  // source_after, verb, modifier, passive
};

struct Title {
  std::string word_class;  // honorific or title
  char gender = '-';       // m, f or -
};

// Everything the lists say about one lower-case word, found with a single
// lookup so that the rules never hash a word twice.
struct Lexeme {
  const CueVerb* verb = nullptr;   // a cue verb form
  const Title* title = nullptr;    // an honorific or title
  std::string_view word_class;     // function word class ("preposition"), or ""
  std::string_view people;         // "person" or "org" for a source head (people.tsv), or ""
  std::string_view noun;           // cue noun category ("document"), or ""
  char given = '-';                // m or f for a given name (words.tsv)
  bool phrase_first = false;       // the first word of a phrase of phrases.tsv
  WordClass class_id;              // word_class's number
  std::uint64_t lists = 0;         // bit n: in list n of rule_words.tsv
};

struct Lexicon {
  std::deque<CueVerb> verbs;                          // one per line of verbs.tsv
  std::vector<CuePhrase> phrases;                     // longest first
  std::deque<Title> titles;                           // one per line of titles.tsv
  std::vector<std::string> list_names;                // rule_words.tsv lists, by bit
  // Every listed word, its lexeme and the abbreviations (lower case, no
  // period), found with one lookup each.
  std::deque<std::string> words;        // the indexes' keys
  std::deque<Lexeme> lexemes;           // lexeme id - 1 -> lexeme
  WordMap<std::uint32_t> lexeme_index;  // word -> lexeme id, from 1
  std::vector<const Lexeme*> by_id;     // lexeme id -> lexeme; by_id[0] is nullptr
  WordMap<std::uint32_t> abbreviation_index;  // 1, or 2 for one only before a number ("No. 2")

  Lexicon() = default;
  Lexicon(const Lexicon&) = delete;  // the indexes view its own words
  Lexicon& operator=(const Lexicon&) = delete;

  // The lexicon built from the embedded data files; built on first use.
  static const Lexicon& get();

  std::string_view word_class(std::string_view lower) const;  // "" if none
  const Lexeme* lexeme(std::string_view lower) const { return by_id[lexeme_id(lower)]; }  // nullptr if unlisted
  std::uint32_t lexeme_id(std::string_view lower) const {  // 0 if unlisted
    const auto* e = lexeme_index.find(lower);
    return e ? e->second : 0;
  }
  bool abbreviation(std::string_view lower) const {            // "mr", "dec"
    return abbreviation_index.find(lower) != abbreviation_index.end();
  }
  // An abbreviation only before a number: "No. 2", but "he said no."
  bool number_abbreviation(std::string_view lower) const {
    const auto* e = abbreviation_index.find(lower);
    return e && e->second == 2;
  }
  // The bit of a rule_words.tsv list in Lexeme::lists; -1 if there is none.
  int list_id(std::string_view name) const;
  bool listed(std::string_view lower, int list) const;
};

}  // namespace saywho
