// The engine's rules in plain words, for a badge's details. Keyed by the
// rule id each attribution carries; the words follow core/data/rules.tsv
// (a node test checks that every rule there is described here).

export const RULE_WORDS = {
  'quote-x-said': 'a quotation, then the source and the verb (“…,” the mayor said)',
  'quote-said-x': 'a quotation, then the verb and the source (“…,” said the mayor)',
  'quote-interrupted': 'a quotation interrupted by its source and verb',
  'said-x-quote': 'the verb and the source, then a quotation (Said the mayor, “…”)',
  'x-said-quote': 'the source and verb, then a colon or comma and a quotation',
  'x-colon-quote': 'a name and a colon, then a quotation',
  'owner-colon-quote': 'a word for something said and whose it is, then a colon and a quotation',
  'quote-dash-x': 'a quotation, then a dash and the source',
  'quote-continued': 'a quotation that goes on in the next paragraph',
  'floating-quote': 'a claim and the paragraph of quotation after it',
  'quote-after-speaker': 'a paragraph of quotation after a line that introduces its speaker',
  'x-said-that': 'the source and verb, then what was said (the mayor said that …)',
  'x-told-y-that': 'the source, a verb such as “told” and its listener, then what was said',
  'x-passive-cue': 'the source, then a passive verb such as “was quoted as saying”',
  'clause-x-said': 'what was said, a comma, then the source and verb',
  'clause-said-x': 'what was said, a comma, then the verb and the source',
  'participle-cue': 'a verb such as “saying” after a comma, sharing the sentence’s subject',
  'according-to-x-first': '“according to” the source, then what was said',
  'according-to-x-last': 'what was said, then “according to” the source',
  'headline-colon': 'a name, a colon and a claim at the start of a paragraph',
  'clause-x-said-clause': 'the source and verb between commas, inside what was said',
  'x-phrase-cue': 'the source, then a phrase such as “pointed out”, then what was said',
  'x-unsourced': 'a claim credited to no one, by a verb such as “is expected to”, “seemed to” or “it was reported that”',
  'asked-x': 'an answer to a question put to someone (“Asked whether …, the mayor said …”)',
  'possessive-noun-that': 'an owner and a word such as “claim” or “warning”, then what was said (the mayor’s warning that …)',
  'in-x-view': '“In” and whose view or telling it is, then what they hold (In the mayor’s view, …)',
  'clause-in-x': 'a finding, then “in” and the poll',
};

/** "x-said-that: the source and verb, then …", or the id alone for a rule not listed. */
export function ruleWords(id) {
  return RULE_WORDS[id] ?? null;
}
