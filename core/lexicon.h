// The word lists under core/data/, parsed once into lookup tables.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace saywho {

struct CueVerb {
  std::string lemma;
  std::string category;  // speech, stance, cognition, finding, writing
  bool takes_object = false;  // "told reporters that ..."
  bool needs_that = false;    // ambiguous: a cue only before that, a quote or ':'
  bool weak = false;          // a cue, but often not a claim
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

struct Lexicon {
  std::unordered_map<std::string, CueVerb> verbs;     // by inflected form
  std::vector<CuePhrase> phrases;                     // longest first
  std::unordered_map<std::string, std::string> nouns; // cue noun form -> category
  std::unordered_map<std::string, Title> titles;      // lower case, as written
  std::unordered_map<std::string, std::string> people;// noun -> person or org
  std::unordered_map<std::string, std::string> words; // function word -> class
  std::unordered_map<std::string, char> given_names;  // lower case -> m or f
  std::unordered_set<std::string> abbreviations;      // lower case, no period

  // The lexicon built from the embedded data files; built on first use.
  static const Lexicon& get();

  const CueVerb* verb(const std::string& lower) const;
  std::string_view word_class(const std::string& lower) const;  // "" if none
};

}  // namespace saywho
