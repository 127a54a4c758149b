#include <catch2/catch.hpp>

#include <set>

#include "lexicon.h"
#include "rules.h"
#include "saywho.h"

TEST_CASE("Every rule has a unique id, a confidence and an example", "[rules][lint]") {
  const auto& table = saywho::rules();
  REQUIRE(table.size() >= 10);
  std::set<std::string> ids;
  for (const auto& r : table) {
    CAPTURE(r.id);
    CHECK(ids.insert(r.id).second);
    CHECK(r.confidence > 0);
    CHECK(r.confidence <= 1);
    CHECK_FALSE(r.example.empty());
  }
}

// cues() tries its rules only at a cue verb form, a phrase's first word or
// a raising verb (Finder::may_start_cue): the words its rules test for by
// name must stay such words in the data files.
TEST_CASE("The words the cue rules name are cue verbs or open a phrase", "[rules][lint]") {
  const saywho::Lexicon& lex = saywho::Lexicon::get();
  for (const char* w : {"according", "in", "as"}) {
    CAPTURE(w);
    REQUIRE(lex.lexeme(w) != nullptr);
    CHECK(lex.lexeme(w)->phrase_first);
  }
  for (const char* w : {"quoted", "quotes", "asked"}) {
    CAPTURE(w);
    REQUIRE(lex.lexeme(w) != nullptr);
    CHECK(lex.lexeme(w)->verb != nullptr);
  }
}

// The rules test a word's class by number (WordClass): a class that
// words.tsv adds must be listed in WordClass::names, or no rule can see it.
TEST_CASE("Every word class of the data has its number", "[rules][lint]") {
  const saywho::Lexicon& lex = saywho::Lexicon::get();
  std::size_t classed = 0;
  for (const saywho::Lexeme& l : lex.lexemes) {
    CAPTURE(l.word_class);
    CHECK(l.class_id.id != saywho::WordClass::other);
    CHECK(saywho::WordClass::names[l.class_id.id] == l.word_class);
    classed += !l.word_class.empty();
  }
  CHECK(classed > 100);
  for (std::uint8_t id = 0; id < saywho::WordClass::other; ++id) {
    saywho::WordClass c;
    c.id = id;
    CAPTURE(saywho::WordClass::names[id]);
    CHECK(c.pronoun() == saywho::WordClass::names[id].starts_with("pronoun-"));
  }
  CHECK(lex.lexeme("the")->class_id == saywho::WordClass("determiner"));
}

TEST_CASE("Every rule fires on its own example", "[rules][lint]") {
  for (const auto& r : saywho::rules()) {
    CAPTURE(r.id, r.example);
    const saywho::Result result = saywho::annotate(r.example);
    REQUIRE(result.ok());
    bool fired = false;
    for (const auto& a : result.attributions) fired = fired || a.rule == r.id;
    CHECK(fired);
  }
}

TEST_CASE("Every attribution names a rule in the table", "[rules][lint]") {
  const std::string text =
      "\u201cThe levee held,\u201d the engineer said. The mayor said the road would reopen. "
      "According to the city, repairs will take a week.";
  for (const auto& a : saywho::annotate(text).attributions) {
    CAPTURE(a.rule);
    REQUIRE(saywho::find_rule(a.rule) != nullptr);
    CHECK(a.confidence == saywho::find_rule(a.rule)->confidence);
  }
}
