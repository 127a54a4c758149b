#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "eval.h"

// tests/data/eval-fixture.jsonl holds three gold attributions written by
// hand for one short text: the mayor's reported clause (which saywho finds
// with the right source), the engineer's quotation with a wrong gold source
// ("The mayor"), and a sentence that is not a claim saywho could find.
// saywho makes two predictions, so by hand:
//   content:     tp 2, pred 2, gold 3 -> P 1, R 2/3
//   attribution: tp 1 -> P 1/2, R 1/3, F1 0.4
//   recall by kind: indirect 1/2, direct 0/1
TEST_CASE("eval scores a hand-checked fixture as score.py defines it", "[eval]") {
  std::ifstream in(SAYWHO_TEST_DATA "/eval-fixture.jsonl");
  REQUIRE(in);
  std::string error;
  auto r = saywho::evaluate(in, saywho::split_kinds("direct,indirect,mixed"), error);
  REQUIRE(r);
  const auto& j = *r;
  CHECK(j["documents"] == 2);
  CHECK(j["content"]["tp"] == 2);
  CHECK(j["content"]["pred"] == 2);
  CHECK(j["content"]["gold"] == 3);
  CHECK(j["content"]["precision"].get<double>() == Approx(1.0));
  // Four decimals, as score.py rounds them.
  CHECK(j["content"]["recall"].get<double>() == 0.6667);
  CHECK(j["attribution"]["tp"] == 1);
  CHECK(j["attribution"]["precision"].get<double>() == Approx(0.5));
  CHECK(j["attribution"]["recall"].get<double>() == 0.3333);
  CHECK(j["attribution"]["f1"].get<double>() == Approx(0.4));
  CHECK(j["attribution_with_cue"]["tp"] == 1);
  CHECK(j["recall_by_kind"]["indirect"].get<double>() == Approx(0.5));
  CHECK(j["recall_by_kind"]["direct"].get<double>() == Approx(0.0));
}

TEST_CASE("eval keeps only the kinds asked for", "[eval]") {
  std::ifstream in(SAYWHO_TEST_DATA "/eval-fixture.jsonl");
  std::string error;
  auto r = saywho::evaluate(in, saywho::split_kinds("direct"), error);
  REQUIRE(r);
  CHECK((*r)["content"]["gold"] == 1);
  CHECK((*r)["content"]["pred"] == 1);
  CHECK((*r)["content"]["tp"] == 1);
  CHECK((*r)["attribution"]["tp"] == 0);
}

TEST_CASE("eval names the line it cannot read", "[eval]") {
  std::istringstream in("{\"text\": \"ok\"}\n{not json\n");
  std::string error;
  CHECK_FALSE(saywho::evaluate(in, saywho::split_kinds("direct"), error));
  CHECK(error.rfind("line 2: not valid JSON", 0) == 0);
}
