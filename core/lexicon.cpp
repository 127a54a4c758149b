// The lexicon's lookups by word and list name.
#include "lexicon.h"

namespace saywho {

int Lexicon::list_id(std::string_view name) const {
  for (std::size_t i = 0; i < list_names.size(); ++i)
    if (list_names[i] == name) return static_cast<int>(i);
  return -1;
}

bool Lexicon::listed(std::string_view w, int list) const {
  const Lexeme* l = lexeme(w);
  return l && list >= 0 && (l->lists >> list & 1);
}

// Every function word has a lexeme whose word_class is its class.
std::string_view Lexicon::word_class(std::string_view w) const {
  const Lexeme* l = lexeme(w);
  return l ? l->word_class : std::string_view();
}

}  // namespace saywho
