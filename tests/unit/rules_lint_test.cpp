#include <catch2/catch.hpp>

#include <set>

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
