#include "sentences.h"

namespace saywho {
namespace {

bool is_terminal(const Token& t) {
  return t.kind == TokenKind::punct && (same_bytes(t.lower, ".") || same_bytes(t.lower, "!") ||
                                        same_bytes(t.lower, "?") || same_bytes(t.lower, "\u2026"));
}

bool is_closer(const Token& t) {
  return t.kind == TokenKind::punct && (same_bytes(t.lower, ")") || same_bytes(t.lower, "]"));
}

bool is_dash(const Token& t) {
  return t.kind == TokenKind::punct && (t.lower == "\u2014" || t.lower == "\u2015" || t.lower == "\u2013");
}

bool starts_lower(const Token& t) {
  return t.kind == TokenKind::word && !t.capitalized && !t.lower.empty() &&
         t.lower[0] >= 'a' && t.lower[0] <= 'z';
}

}  // namespace

// "D.C.", "Mass.", "Inc.": a word whose period the tokenizer kept, not an
// initial ("J.").
bool ends_in_abbreviation(const Token& t) {
  return t.kind == TokenKind::word && t.lower.size() >= 3 && t.lower.back() == '.';
}

// A capitalised word that can only open a sentence here: "The", "He", "But".
bool opens_sentence(const Token& t, const Lexicon& lex) {
  if (t.kind != TokenKind::word || !t.capitalized) return false;
  const std::string_view c = lex.word_class(t.lower);
  return c == "determiner" || c == "conjunction" || c == "preposition" || c == "adverb" ||
         c.substr(0, 8) == "pronoun-";
}

std::vector<Sentence> split_sentences(const std::vector<Token>& tokens, const Quotations& quotes,
                                      const Lexicon& lex) {
  std::vector<Sentence> out;
  std::size_t start = 0;
  int brackets = 0;
  // A bracket counts only if one closes it in its paragraph: "(Ruiz's aide
  // said ..." left open must not hold the paragraph's sentences together.
  // Looked for only from an opening bracket, and no token twice (the loop
  // below asks in text order): the answer found from the last opening
  // bracket holds for every token up to `known_to`.
  std::size_t known_to = 0;
  bool closes = false;
  auto closed = [&](std::size_t i) {
    if (i >= known_to) {
      std::size_t k = i;
      while (k < tokens.size() && !(k > i && tokens[k].line_before) && !is_closer(tokens[k])) ++k;
      closes = k < tokens.size() && !(k > i && tokens[k].line_before);
      known_to = closes ? k + 1 : k;
    }
    return closes;
  };
  auto cut = [&](std::size_t end) {
    if (end > start) out.push_back({start, end, tokens[start].line_before});
    start = end;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    // Only a line break, a mark or an abbreviation's period can end one.
    if (!t.line_before && t.kind != TokenKind::punct && !ends_in_abbreviation(t)) continue;
    if (t.line_before && i > start) {
      cut(i);
      brackets = 0;
    }
    bool closes_bracketed_sentence = false;
    if (t.kind == TokenKind::punct) {
      if ((same_bytes(t.lower, "(") || same_bytes(t.lower, "[")) && closed(i)) ++brackets;
      if (is_closer(t) && brackets > 0 && --brackets == 0) closes_bracketed_sentence = i > 0 && is_terminal(tokens[i - 1]);
    }
    if (brackets == 0 && ends_in_abbreviation(t) && quotes.of_token[i] == npos && i + 1 < tokens.size() &&
        !tokens[i + 1].line_before && opens_sentence(tokens[i + 1], lex)) {
      cut(i + 1);
      continue;
    }
    if (!(is_terminal(t) || closes_bracketed_sentence) || brackets > 0) continue;
    std::size_t end = i + 1;
    const std::size_t q = quotes.of_token[i];
    if (q != npos) {
      // Inside a quotation: only the mark just before its closing mark counts.
      const Quotation& quote = quotes.list[q];
      if (quote.close == npos || quote.close != i + 1) continue;
      end = quote.close + 1;
    }
    while (end < tokens.size() && !tokens[end].line_before &&
           (is_terminal(tokens[end]) || is_closer(tokens[end]) ||
            (tokens[end].kind == TokenKind::quote && quotes.of_token[end] != npos &&
             quotes.list[quotes.of_token[end]].close == end)))
      ++end;
    if (end < tokens.size() && !tokens[end].line_before &&
        (starts_lower(tokens[end]) || is_dash(tokens[end])))
      continue;  // "... held." —Engineer Gomez: the dash names the speaker
    cut(end);
    i = end - 1;
  }
  cut(tokens.size());
  return out;
}

}  // namespace saywho
