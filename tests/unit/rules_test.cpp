#include <catch2/catch.hpp>

#include "saywho.h"

namespace {

// The first attribution as "source | cue | content | kind", spans as text.
std::string first_claim(const std::string& text) {
  const saywho::Result r = saywho::annotate(text);
  REQUIRE(r.ok());
  if (r.attributions.empty()) return "none";
  const saywho::Attribution& a = r.attributions.front();
  auto part = [&](const std::optional<saywho::Span>& s) { return s ? std::string(s->of(text)) : "-"; };
  return part(a.source) + " | " + part(a.cue) + " | " + std::string(a.content.of(text)) + " | " +
         saywho::to_string(a.kind);
}

// Every attribution, each as first_claim() writes it, joined by " / ".
std::string all_claims(const std::string& text) {
  const saywho::Result r = saywho::annotate(text);
  REQUIRE(r.ok());
  std::string out;
  auto part = [&](const std::optional<saywho::Span>& s) { return s ? std::string(s->of(text)) : "-"; };
  for (const saywho::Attribution& a : r.attributions)
    out += (out.empty() ? "" : " / ") + part(a.source) + " | " + part(a.cue) + " | " +
           std::string(a.content.of(text)) + " | " + saywho::to_string(a.kind);
  return out.empty() ? "none" : out;
}

}  // namespace

TEST_CASE("Quotations take the source and cue beside them", "[rules][direct]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"\u201cThe levee held,\u201d the engineer said.",
       "the engineer | said | \u201cThe levee held,\u201d | direct"},
      {"\u201cThe levee held,\u201d said Chief Engineer Maria Gomez.",
       "Chief Engineer Maria Gomez | said | \u201cThe levee held,\u201d | direct"},
      {"\"It will rain,\" the forecaster warned.",
       "the forecaster | warned | \"It will rain,\" | direct"},
      // A crowd speaks as its people do.
      {"\u201cNo,\u201d the crowd cried.", "the crowd | cried | \u201cNo,\u201d | direct"},
      // A base form after "a" or a possessive and a capitalised word is a noun, not the cue.
      {"Smith wrote in a Facebook post: \u201cThe levee is weak.\u201d",
       "Smith | wrote | \u201cThe levee is weak.\u201d | direct"},
      {"Lee answered in her Twitter post: \u201cNo.\u201d", "Lee | answered | \u201cNo.\u201d | direct"},
      {"The forecaster said: \u201cIt will rain all week.\u201d",
       "The forecaster | said | \u201cIt will rain all week.\u201d | direct"},
      // An -ing form after a determiner and names is a noun, no cue.
      {"Ruiz said after a Senate hearing, \u201cThe levee failed.\u201d",
       "Ruiz | said | \u201cThe levee failed.\u201d | direct"},
      {"\u00abNous gagnerons\u00bb, said the coach.", "the coach | said | \u00abNous gagnerons\u00bb | direct"},
      {"\u201cWe won \U0001F389,\u201d the captain said.",
       "the captain | said | \u201cWe won \U0001F389,\u201d | direct"},
      {"\u201cThe levee held.\u201d \u2014Engineer Maria Gomez",
       "Engineer Maria Gomez | \u2014 | \u201cThe levee held.\u201d | direct"},
      {"Mayor Ruiz: \u201cThe levee held.\u201d", "Mayor Ruiz | : | \u201cThe levee held.\u201d | direct"},
      // A capitalised verb form after a quotation is a name ("Air Force").
      {"\u201cThe levee held,\u201d Air Force general Ana Ruiz said.",
       "Air Force general Ana Ruiz | said | \u201cThe levee held,\u201d | direct"},
      {"The levee held, retired Air Force general Ana Ruiz said.",
       "retired Air Force general Ana Ruiz | said | The levee held | indirect"},
      // A verb of retort with "back" is one cue; any cue verb may follow a loose speaker.
      {"\u201cWe will win,\u201d the mayor fired back.", "the mayor | fired back | \u201cWe will win,\u201d | direct"},
      {"\u201cWho pays for the bridge?\u201d a narrator in the council\u2019s ad asks.",
       "a narrator in the council\u2019s ad | asks | \u201cWho pays for the bridge?\u201d | direct"},
      // "the suit reads", "is quoted as saying", "As X put it:", "issued the following statement:".
      {"\u201cThe levee was never inspected,\u201d the lawsuit reads.",
       "the lawsuit | reads | \u201cThe levee was never inspected,\u201d | direct"},
      {"\u201cThe city tied the firing to the report,\u201d the suit reads.",
       "the suit | reads | \u201cThe city tied the firing to the report,\u201d | direct"},
      {"\u201cThe levee held,\u201d Ruiz is quoted as saying.",
       "Ruiz | is quoted as saying | \u201cThe levee held,\u201d | direct"},
      {"As the engineer, a veteran of three floods, put it: \u201cThe levee held.\u201d",
       "the engineer | put it: | \u201cThe levee held.\u201d | direct"},
      {"The city engineer issued the following statement:\n\n\u201cThe levee held.\u201d",
       "The city engineer | issued the following statement: | \u201cThe levee held.\u201d | direct"},
      // A quotation with a cue verb of its own is not the last speaker's.
      {"\u201cWill it hold?\u201d he asked. \u201cYes!\u201d the crowd shouted.",
       "he | asked | \u201cWill it hold?\u201d | direct"},
      // ... or an unquoted paragraph of his words.
      {"In a speech last July, the engineer said:\n\nThe levee will hold for a century. Nobody doubts it.",
       "the engineer | said: | The levee will hold for a century. Nobody doubts it | indirect"},
      // A paragraph ending in "X continued:" introduces the quotation after it.
      {"The engineer continued:\n\n\u201cWe checked every bolt on the bridge.\u201d",
       "The engineer | continued: | \u201cWe checked every bolt on the bridge.\u201d | direct"},
      // A verb of saying may open the sentence before its source.
      {"Said Ana Ruiz, who grew up by the river, \u201cWe were all so proud of the bridge.\u201d",
       "Ana Ruiz | Said | \u201cWe were all so proud of the bridge.\u201d | direct"},
      // "according to" after a quotation whose comma is inside it.
      {"\u201cThe levee held all night,\u201d according to the city engineer.",
       "the city engineer | according to | \u201cThe levee held all night,\u201d | direct"},
      // A headline's speaker may be any capitalised words before the colon.
      {"Harbour Group: Bridge Repairs Ran Two Years Late\n\nThe bridge reopened.",
       "Harbour Group | : | Bridge Repairs Ran Two Years Late | indirect"},
      // ... all of it when a quotation opens it ...
      {"Ruiz: \u2018Nobody Checked\u2019 the Levee Before the Flood\n\nThe river rose.",
       "Ruiz | : | \u2018Nobody Checked\u2019 the Levee Before the Flood | mixed"},
      {"Harbour camp: Levee Repairs Ran Late\n\nThe river rose.",
       "Harbour camp | : | Levee Repairs Ran Late | indirect"},
      {"Harbour Poll: Most Residents Back the Levee\n\nThe river rose.",
       "Harbour Poll | : | Most Residents Back the Levee | indirect"},
      // ... but a topic before the colon is no speaker.
      {"Rail Strike: Unions Reject Latest Pay Offer\n\nTrains stopped.", "Unions | Reject | Latest Pay Offer | indirect"},
      // A speaker's label opens a turn that runs to the paragraph's end.
      {"RUIZ: The levee held. We checked it twice.\nThe river fell.",
       "RUIZ | : | The levee held. We checked it twice | indirect"},
      // In a title-case headline a capital does not make a name.
      {"Harbour Mayor Says Bridge Will Reopen \u2018Within Weeks\u2019\n\nThe bridge has been shut since May.",
       "Harbour Mayor | Says | Bridge Will Reopen \u2018Within Weeks\u2019 | mixed"},
      // ... nor do its capitals make the clause before a closing source one name.
      {"Salt Cuts Levee Life, Study Says\n\nThe river rose.", "Study | Says | Salt Cuts Levee Life | indirect"},
      // A short quotation inside a clause is part of the clause's content.
      {"The engineer, who has run the site for years, was \u201ca careful colleague,\u201d the company said.",
       "the company | said | The engineer, who has run the site for years, was \u201ca careful colleague,\u201d | mixed"},
      // A quotation in lower case after the source carries on the clause before it.
      {"The streets were empty, he added, \u201cbut people need to connect somehow.\u201d",
       "he | added | The streets were empty, he added, \u201cbut people need to connect somehow.\u201d | mixed"},
      // A cue phrase after a quotation; a short verb phrase and a colon before one.
      {"\u201cThe levee held,\u201d the engineer pointed out.", "the engineer | pointed out | \u201cThe levee held,\u201d | direct"},
      {"She went on: \u201cThe levee held.\u201d", "She | went on: | \u201cThe levee held.\u201d | direct"},
      // A subject, a short verb phrase and a colon introduce a quotation.
      {"Ana Ruiz, who lives nearby, put it simply: \u201cThe levee held.\u201d",
       "Ana Ruiz | put it simply: | \u201cThe levee held.\u201d | direct"},
      // An auxiliary may open the verb phrase, as an adverb may.
      {"One neighbour didn't hesitate: \u201cThe levee held.\u201d",
       "One neighbour | hesitate: | \u201cThe levee held.\u201d | direct"},
      // The quotation opening the next sentence joins the claim (PolNeAR
      // marks one covering content with two fragments).
      // A quotation closed by a period, then an attribution alone in its sentence.
      {"\u201cThe levee held all night.\u201d The engineer said.",
       "The engineer | said | \u201cThe levee held all night.\u201d | direct"},
      {"\u201cThe levee held,\u201d the engineer told reporters at the site. \u201cNot a drop got through.\u201d",
       "the engineer | told | \u201cThe levee held,\u201d the engineer told reporters at the site. "
       "\u201cNot a drop got through.\u201d | direct"},
  }));
  CAPTURE(text);
  CHECK(first_claim(text) == expected);
}

TEST_CASE("A source, cue and placing phrase may interrupt what was said before a quotation resumes", "[rules][direct]") {
  const std::string text =
      "\u201cIf the levee had not held\u201d in May, the engineer said at a council meeting on Monday, "
      "\u201cthe town would be under water.\u201d";
  const saywho::Result r = saywho::annotate(text);
  REQUIRE(r.attributions.size() == 1);
  CHECK(r.attributions[0].rule == "clause-x-said-clause");
  CHECK(r.attributions[0].content.of(text) == text.substr(0, text.size()));
  REQUIRE(r.attributions[0].content_fragments.size() == 2);
}

TEST_CASE("A resumed quotation may end in a dotted word, and may have the same speaker's cue after it", "[rules][direct]") {
  auto text = GENERATE(as<std::string>{},
                       "\u201cWe will see,\u201d Ruiz said. \u201cThe levee runs to Washington, D.C.\u201d",
                       "\u201cWe will see,\u201d Ruiz said. \u201cThe levee held!\u201d she said.");
  CAPTURE(text);
  const saywho::Result r = saywho::annotate(text);
  REQUIRE_FALSE(r.attributions.empty());
  CHECK(r.attributions[0].rule == "quote-interrupted");
  CHECK(r.attributions[0].content_fragments.size() == 2);
}

TEST_CASE("A quotation resumes after an attribution that names a show in quotation marks", "[rules][direct]") {
  const std::string text =
      "\u201cThe levee held,\u201d the engineer said on Radio Porto\u2019s \u201cMorning Show.\u201d \u201cWe checked it twice.\u201d";
  const saywho::Result r = saywho::annotate(text);
  REQUIRE(r.attributions.size() == 1);
  CHECK(r.attributions[0].rule == "quote-interrupted");
  CHECK(r.attributions[0].content.of(text) == text);
}

TEST_CASE("An interrupted quotation is one claim with two fragments", "[rules][direct]") {
  const std::string text = "\u201cThe levee held,\u201d the engineer said, \u201cbut the road did not.\u201d";
  const saywho::Result r = saywho::annotate(text);
  REQUIRE(r.attributions.size() == 1);
  const auto& a = r.attributions[0];
  CHECK(a.rule == "quote-interrupted");
  CHECK(a.content.of(text) == text);
  REQUIRE(a.content_fragments.size() == 2);
  CHECK(a.content_fragments[1].of(text) == "\u201cbut the road did not.\u201d");
  CHECK(a.kind == saywho::Kind::direct);
}

TEST_CASE("Reported speech takes the clause after the cue", "[rules][indirect]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The engineer said that the levee held overnight.",
       "The engineer | said | the levee held overnight | indirect"},
      {"The engineer said the levee held overnight.",
       "The engineer | said | the levee held overnight | indirect"},
      {"The engineer told reporters that the levee held.",
       "The engineer | told | the levee held | indirect"},
      {"Councillors largely blame the contractor for the flooding.",
       "Councillors | blame | the contractor for the flooding | indirect"},
      {"Dr. Amara Osei, a hydrologist at the institute, said the river would crest on Friday.",
       "Dr. Amara Osei | said | the river would crest on Friday | indirect"},
      // A participle phrase after the head belongs to the subject, and the participle is no cue.
      // ", documents show": a lone lower-case verb form after the cue is no speaker.
      {"The ministry knew of flaws in the design, documents show.",
       "documents | show | The ministry knew of flaws in the design | indirect"},
      // People across, around or throughout a place are not the place.
      {"Wheat growers across the plains say they are planting less.",
       "Wheat growers across the plains | say | they are planting less | indirect"},
      {"Officials around the country said the vote was fair.",
       "Officials around the country | said | the vote was fair | indirect"},
      // A document or data "from" someone, the noun opening the sentence.
      {"Data from the Bureau of Labor Statistics show unemployment fell.",
       "Data from the Bureau of Labor Statistics | show | unemployment fell | indirect"},
      // A person "for", "of" or "at" a body whose name has lower-case modifiers, one of them a cue form.
      {"A spokesman for the transportation department said a study was under way.",
       "A spokesman for the transportation department | said | a study was under way | indirect"},
      {"A spokesperson for the state agency said a study was under way.",
       "A spokesperson for the state agency | said | a study was under way | indirect"},
      // The person opening the sentence, so capitalised.
      {"Lawyers for the landowners said they would appeal.",
       "Lawyers for the landowners | said | they would appeal | indirect"},
      // Lower-case modifiers after the comma before a closing source are part of it, a cue form among
      // them; a comma after the cue's time opens no content.
      {"A man was charged after the crash, state police said.",
       "state police | said | A man was charged after the crash | indirect"},
      {"The plan is an insult, top lawmakers said Friday afternoon, as they left the hall.",
       "top lawmakers | said | The plan is an insult | indirect"},
      // An adverb alone between the cue and the comma before the rest of the clause.
      {"The truth, the senator said then, was that the levee failed.",
       "the senator | said | The truth, the senator said then, was that the levee failed | indirect"},
      // "It", a form of "be" and a cue's participle credit the clause after "that" to no one.
      {"It is understood that the council is considering closing two libraries.",
       "- | is understood | the council is considering closing two libraries | indirect"},
      {"But it has been widely reported that the talks failed.",
       "- | has been widely reported | the talks failed | indirect"},
      // An -ed adjective after "that" opens the reported clause's subject.
      {"A spokesperson said only that affected employees would receive severance.",
       "A spokesperson | said | affected employees would receive severance | indirect"},
      // A relative clause after the one asked goes on with them; a question after them does not.
      {"Police asked anyone who witnessed the crash to call the barracks.",
       "Police | asked | anyone who witnessed the crash to call the barracks | indirect"},
      // A cue form in -s before a plural verb is a noun, the head of the subject.
      {"Cycling advocates have long complained that the road is dangerous.",
       "Cycling advocates | complained | the road is dangerous | indirect"},
      {"Cycling advocates say the road is dangerous.", "Cycling advocates | say | the road is dangerous | indirect"},
      // A person noun of people.tsv heads the subject of a verb that is not one of plain saying.
      {"Hospital attendants urged patients to stay calm.",
       "Hospital attendants | urged | patients to stay calm | indirect"},
      // So is an -ing form and its object, where the head opens the sentence or follows a comma.
      {"Officials investigating the crash said the pilot had reported no problems.",
       "Officials investigating the crash | said | the pilot had reported no problems | indirect"},
      {"The trial has been paused, the company running the study said on Wednesday.",
       "the company running the study | said | The trial has been paused | indirect"},
      {"Officials quoted in the report said the levee was weak.",
       "Officials quoted in the report | said | the levee was weak | indirect"},
      {"Engineers not involved in the review said the levee was weak.",
       "Engineers not involved in the review | said | the levee was weak | indirect"},
      {"Another source speaking to the Harbour Herald said the levee was weak.",
       "Another source speaking to the Harbour Herald | said | the levee was weak | indirect"},
      {"A report published in The Lancet found that the drug worked.",
       "A report published in The Lancet | found | the drug worked | indirect"},
      {"Research published in Nature last year suggests the ice is melting.",
       "Research published in Nature | suggests | the ice is melting | indirect"},
      // A document by its authors is the source whole.
      {"A 2020 study by Harvard researchers found that the drug worked.",
       "A 2020 study by Harvard researchers | found | the drug worked | indirect"},
      {"An analysis by The Gazette found that the levee was old.",
       "An analysis by The Gazette | found | the levee was old | indirect"},
      // A party's members on a committee are the source whole; "saying" after a phrase cue joins the cue.
      {"Republicans on the committee said the report was unfair.",
       "Republicans on the committee | said | the report was unfair | indirect"},
      {"The senator's office released a statement saying she would oppose the plan.",
       "The senator's office | released a statement saying | she would oppose the plan | indirect"},
      // A participle and its phrase after the head, the phrase ending in a noun.
      {"Documents filed in the case show that the firm paid the fee.",
       "Documents filed in the case | show | the firm paid the fee | indirect"},
      // A document from someone, and someone in an organisation, are the source whole.
      {"A statement from the mayor's office said the bridge would reopen.",
       "A statement from the mayor's office | said | the bridge would reopen | indirect"},
      {"A senior official in the ministry, speaking on condition of anonymity, said the talks had stalled.",
       "A senior official in the ministry | said | the talks had stalled | indirect"},
      // Whoever "told" names first is told, and "that" after them opens what was said.
      {"Witnesses told local television that they heard three shots.",
       "Witnesses | told | they heard three shots | indirect"},
      // The one told ends before a contracted pronoun; a phrase that names no one before an
      // auxiliary is the subject of what was said.
      {"Ruiz told the council she\u2019d resign.", "Ruiz | told | she\u2019d resign | indirect"},
      {"Engineers have long warned the levee was too weak.",
       "Engineers | warned | the levee was too weak | indirect"},
      // A verb form after a determiner and a participle is a noun: "credit" here.
      {"The mayor called the proposed credit a giveaway.",
       "The mayor | called | the proposed credit a giveaway | indirect"},
      // A naming verb's object pronoun is part of what it names.
      {"The mayor called him reckless.", "The mayor | called | him reckless | indirect"},
      // An aside may open with an adverb.
      {"Rep. Ana Ruiz (D-Md.), also a member of the levee board, called the repairs reckless.",
       "Rep. Ana Ruiz | called | the repairs reckless | indirect"},
      // A placing phrase between commas, commas of its own allowed, is an aside.
      {"Ruiz, during a visit to Dayton, Ohio, said the levee was weak.",
       "Ruiz | said | the levee was weak | indirect"},
      {"The engineer, in an interview on Tuesday, said the levee was weak.",
       "The engineer | said | the levee was weak | indirect"},
      {"Ana Ruiz, who lost her home in Dayton, Ohio, in 2019, said the levee was weak.",
       "Ana Ruiz | said | the levee was weak | indirect"},
      // People joined by "and", and a list of names, speak together.
      {"The mayor and the governor agreed that the levee needed work.",
       "The mayor and the governor | agreed | the levee needed work | indirect"},
      {"Ruiz, Lee and Park all said the levee held.", "Ruiz, Lee and Park | said | the levee held | indirect"},
      // An age names a person; so does a boss.
      {"The 58-year-old added that the levee was old.", "The 58-year-old | added | the levee was old | indirect"},
      {"The union boss added that the levee was old.", "The union boss | added | the levee was old | indirect"},
      // People tied by "close to" or "familiar with" to someone or something are the speakers.
      {"Two people familiar with the talks said the deal was near.",
       "Two people familiar with the talks | said | the deal was near | indirect"},
      {"Sources close to the mayor said she would resign.",
       "Sources close to the mayor | said | she would resign | indirect"},
      {"Those close to him say he will run.", "Those close to him | say | he will run | indirect"},
      {"The engineer said the levee was \u201cas strong as ever.\u201d",
       "The engineer | said | the levee was \u201cas strong as ever.\u201d | mixed"},
      {"She said on Tuesday that the river had peaked.", "She | said | the river had peaked | indirect"},
      {"She said in a written statement in March that the river had peaked.",
       "She | said | the river had peaked | indirect"},
      // "that" after a plain noun opens a relative clause, not the content.
      {"The mayor praised the decision that saved the bridge.",
       "The mayor | praised | the decision that saved the bridge | indirect"},
      {"The engineer wrote in her 2019 report that the levee was sound.",
       "The engineer | wrote | the levee was sound | indirect"},
      // A preposition after the cue joins the cue; the content is its object.
      {"Residents complained about the noise.", "Residents | complained about | the noise | indirect"},
      // A cue taking only a noun phrase inside a relative clause is background.
      {"Mayor Ruiz, who ordered the closure in May, said the levee held.",
       "Mayor Ruiz | said | the levee held | indirect"},
      // Raising verbs and passives credit the whole clause to no one ...
      {"The bridge is expected to reopen in May.",
       "- | is expected | The bridge is expected to reopen in May | indirect"},
      {"The levee seemed sturdy after the storm.", "- | seemed | The levee seemed sturdy | indirect"},
      // "look" and "appear" with an adjective are judgements too; "looked to" is not.
      {"The levee looks much stronger than the old one.",
       "- | looks | The levee looks much stronger than the old one | indirect"},
      {"The levee appears weak in places.", "- | appears | The levee appears weak in places | indirect"},
      {"The engineers looked to the river.", "none"},
      // A cue verb after "to" with no content of its own leaves the judgement
      // to the raising verb; a negation may split the infinitive.
      {"The levee appeared to hold off the river.",
       "- | appeared | The levee appeared to hold off the river | indirect"},
      {"The mayor seems to not grasp the plan.", "- | seems | The mayor seems to not grasp the plan | indirect"},
      {"Ruiz\u2019s personal story, however, seemed wasted on the crowd.",
       "- | seemed | Ruiz\u2019s personal story, however, seemed wasted on the crowd | indirect"},
      // ... unless a cue verb follows: then the subject is the source.
      {"The engineer seemed to suggest that the levee held.",
       "The engineer | seemed to suggest | the levee held | indirect"},
      // Refusals before "to"; a single name as a stance's content.
      {"The engineer declined to comment.", "The engineer | declined | to comment | indirect"},
      {"The union endorsed Garcia.", "The union | endorsed | Garcia | indirect"},
      // A one-word answer.
      {"The engineer said so.", "The engineer | said | so | indirect"},
      // "told reporters her client ...": a determiner after the listener opens the clause.
      {"The lawyer told reporters her client was innocent.", "The lawyer | told | her client was innocent | indirect"},
      // A relative pronoun standing for a source; its clause ends at the main verb.
      {"More than half of the residents who support Ruiz are retired.", "who | support | Ruiz | indirect"},
      {"Residents who said the levee was weak are angry.", "who | said | the levee was weak | indirect"},
      // A noun-phrase content ends before a closing time phrase.
      {"The union endorsed Garcia last week, citing her record.", "The union | endorsed | Garcia | indirect"},
      // ... and before a phrase that places the act; a clause's subject keeps its phrase.
      {"The union endorsed Garcia at a rally in Millbrook.", "The union | endorsed | Garcia | indirect"},
      {"Ruiz mocked the levee proposal on Twitter.", "Ruiz | mocked | the levee proposal | indirect"},
      {"The mayor denied the charges through her lawyer.", "The mayor | denied | the charges | indirect"},
      {"Ruiz said the meeting in September would be the last.",
       "Ruiz | said | the meeting in September would be the last | indirect"},
      // ... and before a subordinate clause; a clause content keeps its own.
      {"The union backed Garcia until she dropped out of the race.", "The union | backed | Garcia | indirect"},
      {"Ruiz lashed out at Garcia after she spoke at the rally.", "Ruiz | lashed out at | Garcia | indirect"},
      {"Ruiz said the levee held until the river rose.", "Ruiz | said | the levee held until the river rose | indirect"},
      // A question put to someone, with no asker named.
      // "and said" after a quoted phrase takes the sentence's subject.
      {"The engineer toured the \u201cold\u201d levee and said it would hold through May.",
       "The engineer | said | it would hold through May | indirect"},
      // A finding's subject may be a loose phrase around a study noun.
      {"A county poll conducted by the college showed that the levee plan was well ahead.",
       "A county poll conducted by the college | showed | the levee plan was well ahead | indirect"},
      // A content ends before ", while X warned ...".
      {"Most residents said the levee was safe, while a few engineers warned that it could fail.",
       "Most residents | said | the levee was safe | indirect"},
      // A cue in an opening subordinate clause reports up to its comma.
      {"While the engineer admitted that repairs were late, the council approved the budget.",
       "the engineer | admitted | repairs were late | indirect"},
      // A participle after a comma shares the subject after an opening phrase.
      {"For months, the union picketed the site, saying the levee was unsafe.",
       "the union | saying | the levee was unsafe | indirect"},
      {"By Sunday she had cancelled the rally in Dunmore, citing the flood.",
       "she | citing | the flood | indirect"},
      // A verb that needs "that" takes a short clause (a subject and an
      // auxiliary) after a comma without it; not a plain object.
      {"Ruiz left early, adding she would run again.", "Ruiz | adding | she would run again | indirect"},
      {"Ruiz left early, adding the repairs should be cheap.",
       "Ruiz | adding | the repairs should be cheap | indirect"},
      {"The mayor spoke for an hour, noting they had rebuilt the levee.",
       "The mayor | noting | they had rebuilt the levee | indirect"},
      {"The mayor spoke for an hour, adding a new plan.", "none"},
      // A naming ends before the subject's next verb, not a relative clause's.
      {"Ruiz called the plan “a disgrace” and walked out.", "Ruiz | called | the plan “a disgrace” | mixed"},
      // A bare-object verb's -ing form after a comma takes its noun phrase.
      {"Ruiz spoke for an hour, recalling the flood of 1998.", "Ruiz | recalling | the flood of 1998 | indirect"},
      // "that" before a time word is its determiner, no "that" of a clause.
      {"Ruiz spoke with the mayor that morning in Dunmore.", "none"},
      // "text" after a determiner and a modifier is a noun.
      {"Ruiz sent a mass text message to her volunteers.", "none"},
      // A noun-first form before a cue verb's past form is its subject.
      {"“The levee is old,” the county report said.", "the county report | said | “The levee is old,” | direct"},
      {"Ruiz went after the council for its delays.", "Ruiz | went after | the council for its delays | indirect"},
      // "went on": after a quotation, or before "to" and a cue verb.
      {"“The levee held,” Ruiz went on.", "Ruiz | went on | “The levee held,” | direct"},
      {"Ruiz went on to attack the council.", "Ruiz | went on | to attack the council | indirect"},
      {"Ruiz went on to win the seat.", "none"},
      {"The council went on the offensive.", "none"},
      // After a comma that closes the quotation, a capitalised verb form is a name's.
      {"“The levee held,” State flood director Ana Ruiz wrote.",
       "State flood director Ana Ruiz | wrote | “The levee held,” | direct"},
      // A determiner standing for a noun is a source; "All told" is no claim.
      {"Yet another said the bridge was too narrow.", "another | said | the bridge was too narrow | indirect"},
      // "Day" alone before the verb is a name, not a time word.
      {"Day said the bridge was too narrow.", "Day | said | the bridge was too narrow | indirect"},
      // A dash written as two hyphens closes an aside.
      {"Ruiz -- the engineer, a veteran of three floods -- said the levee held.",
       "Ruiz | said | the levee held | indirect"},
      // A closing "said X" after a quotation whose comma is inside it.
      {"After two years of repairs, the new bridge is \u201cthe best,\u201d said Ana Ruiz, the engineer.",
       "Ana Ruiz | said | After two years of repairs, the new bridge is \u201cthe best,\u201d | mixed"},
      // Lower-case modifiers back to the sentence's first word stay in the source.
      {"Local shop owners said they wanted compensation.",
       "Local shop owners | said | they wanted compensation | indirect"},
      {"Many of them say the construction would bring years of noise.",
       "Many of them | say | the construction would bring years of noise | indirect"},
      {"Some members have signalled they may demand a full review.",
       "Some members | signalled | they may demand a full review | indirect"},
      // A name that fills the commas before the verb is the source.
      {"After winning the vote, Mayor Ana Ruiz (D-Porto), said the bridge would reopen.",
       "Mayor Ana Ruiz | said | the bridge would reopen | indirect"},
      {"Another engineer on the panel, Jim Costa, said the levee held.", "Jim Costa | said | the levee held | indirect"},
      // An attribution between commas may use a verb that otherwise needs "that".
      {"The levee, the engineer noted, held through the night.",
       "the engineer | noted | The levee, the engineer noted, held through the night | indirect"},
      // Ages and places between commas are asides before the verb.
      {"Ana Ruiz, 58, of Porto, Portugal, said the bridge was safe.", "Ana Ruiz | said | the bridge was safe | indirect"},
      {"Ana Ruiz, 58, who lives by the river, says the bridge is safe.",
       "Ana Ruiz | says | the bridge is safe | indirect"},
      // An aside between dashes is skipped back to the source.
      {"Ana Ruiz \u2014 a welder from the harbour district \u2014 says the bridge is safe.",
       "Ana Ruiz | says | the bridge is safe | indirect"},
      // The object of a relative clause is not the source.
      {"Residents who lost their homes said the levee gave way.", "Residents | said | the levee gave way | indirect"},
      {"Many of the engineers who would rather be working for Ana Ruiz said the levee held.",
       "Many of the engineers | said | the levee held | indirect"},
      // A second claim with a loose speaker ends the first one.
      {"Most engineers said the levee held, and more than 4 in 10 said the road did not.",
       "Most engineers | said | the levee held | indirect"},
      // A subject and cue after a comma start a second claim.
      {"Though most residents say they trust the engineer, some councillors questioned why the levee failed.",
       "most residents | say | they trust the engineer | indirect"},
      // A list runs on through its quoted items and its ", and".
      {"The mayor pledged \u201ccooperation\u201d on repairs, a \u201cdeep\u201d review, and a new bridge.",
       "The mayor | pledged | \u201ccooperation\u201d on repairs, a \u201cdeep\u201d review, and a new bridge | mixed"},
      // A list runs on with or without a comma before its last item.
      {"The mayor blamed delays in the repairs, cuts to the budget and the weather.",
       "The mayor | blamed | delays in the repairs, cuts to the budget and the weather | indirect"},
      // A document's words after the object of a verb are its sender's.
      {"The council sent an email on Monday saying the bridge would reopen.",
       "The council | saying | the bridge would reopen | indirect"},
      // A participle after "by", and an opening time phrase before the subject.
      {"The mayor won them over by telling them that the bridge would reopen.",
       "The mayor | telling | the bridge would reopen | indirect"},
      {"A few days later, the mayor changed course, telling reporters that the bridge would stay shut.",
       "the mayor | telling | the bridge would stay shut | indirect"},
      // An aside between dashes may stand before "that".
      {"The mayor told reporters \u2014 with some relief \u2014 that the bridge would reopen.",
       "The mayor | told | the bridge would reopen | indirect"},
      {"The mayor said \u2014 on the radio, as it happens \u2014 that the bridge would reopen.",
       "The mayor | said | the bridge would reopen | indirect"},
      // An aside between commas right after "that" belongs to the clause.
      {"The engineers admit that, given the budget, finishing the levee will not be easy.",
       "The engineers | admit | given the budget, finishing the levee will not be easy | indirect"},
      // A dateline is neither a source nor part of a claim.
      {"PORTO, Portugal (AP) \u2014 The engineers opened the bridge, saying it was safe.",
       "The engineers | saying | it was safe | indirect"},
      {"PORTO \u2014 The bridge will reopen in May, the mayor said.",
       "the mayor | said | The bridge will reopen in May | indirect"},
      // ... but not after "that" and an adverbial alone.
      {"The engineer noted that at the first inspection, in 1972, she found the levee sound.",
       "The engineer | noted | at the first inspection, in 1972, she found the levee sound | indirect"},
      // A naming verb keeps its object in the content.
      {"The mayor called the plan \u201ca disaster for the river.\u201d",
       "The mayor | called | the plan \u201ca disaster for the river.\u201d | mixed"},
      {"The engineer described the levee as sound.", "The engineer | described | the levee as sound | indirect"},
      // A placing phrase, then a clause of its own.
      {"The mayor said after the vote he would resign.", "The mayor | said | he would resign | indirect"},
      // A subject pronoun after "told" is no listener: it opens the clause.
      {"The mayor told this weekend he would resign.", "The mayor | told | he would resign | indirect"},
      // The person told is skipped whole, however long.
      {"Ruiz told conservative radio host Ann Lee on Wednesday that the levee was weak.",
       "Ruiz | told | the levee was weak | indirect"},
      {"Ruiz told supporters at a rally in Cedar Falls on Tuesday night that the levee was weak.",
       "Ruiz | told | the levee was weak | indirect"},
      {"He told a crowd of supporters in Toledo, Ohio, that the plan would fail.",
       "He | told | the plan would fail | indirect"},
      // The person told, then a phrase that places the telling.
      {"The minister told reporters outside the hall that the talks were over.",
       "The minister | told | the talks were over | indirect"},
      // A verb form after a determiner and a noun is a noun too: "a conference call".
      {"The chief executive told analysts on a conference call that the cuts were painful.",
       "The chief executive | told | the cuts were painful | indirect"},
      // "on Thursday" is a time, not a place: the clause after it was said.
      {"The company said on Thursday it would close two plants.",
       "The company | said | it would close two plants | indirect"},
      // ... but "at least" or "in fact" is an adverb of the content, not a place.
      {"The mayor said at least a dozen towns were at risk.",
       "The mayor | said | at least a dozen towns were at risk | indirect"},
      {"The mayor said in Lisbon, Portugal, that the bridge would reopen.",
       "The mayor | said | the bridge would reopen | indirect"},
      // "in which he declares" is a claim, unlike a parenthetical "which he said".
      {"He appeared in a new video in which he declares, \u201cThe bridge will reopen.\u201d",
       "he | declares | \u201cThe bridge will reopen.\u201d | direct"},
      {"Asked whether the levee would hold, the engineer said yes.",
       "- | Asked | whether the levee would hold | indirect"},
      // "comment" after a determiner and its modifiers is a noun: "made ... comment" is the cue.
      {"On July 6, Sanders made the following comment: \u201cThe rate is 33 percent.\u201d",
       "Sanders | made the following comment | \u201cThe rate is 33 percent.\u201d | direct"},
      // A stance verb after a comma is the subject's next verb; its object is no speaker.
      {"Biden defended Sanders as a mainstream candidate, mocked the Republican Party, and made it "
       "clear that he would stay.",
       "Biden | defended | Sanders as a mainstream candidate | indirect"},
      // A capitalised modal before a cue verb's past or -s form is a name.
      {"Will urged voters to stay home.", "Will | urged | voters to stay home | indirect"},
      {"The plan will fail, May says.", "May | says | The plan will fail | indirect"},
      {"Will voters say no?", "none"},
      // A listener may stand between "spoke" or "talked" and "about".
      {"Ruiz spoke to reporters about the levee.", "Ruiz | spoke | the levee | indirect"},
      {"He is talking with voters about health care.", "He | talking | health care | indirect"},
      {"Ruiz spoke to reporters on Monday.", "none"},
      // "for", "to", "on" or "against" after some verbs opens what was said; after others it places the act.
      {"Ruiz apologized for the delay.", "Ruiz | apologized for | the delay | indirect"},
      {"Ruiz asked for a recount.", "Ruiz | asked for | a recount | indirect"},
      {"An old colleague vouched for both candidates.", "An old colleague | vouched for | both candidates | indirect"},
      {"Workers objected to the plan to move them.", "Workers | objected | the plan to move them | indirect"},
      {"The campaign has not commented on the reason.", "The campaign | commented | the reason | indirect"},
      {"Ruiz commented on Monday.", "none"},
      {"Ruiz spoke for an hour.", "none"},
      {"Voters got cards they never asked for or were confused.", "none"},
      // Verbs of stance and recollection take a noun phrase as well as a clause.
      {"The mayor has embraced the plan.", "The mayor | embraced | the plan | indirect"},
      {"The senator ripped the proposal.", "The senator | ripped | the proposal | indirect"},
      {"He pronounced the deal a disaster.", "He | pronounced | the deal a disaster | indirect"},
      {"Voters learned of the deal on Monday.", "Voters | learned of | the deal | indirect"},
  }));
  CAPTURE(text);
  CHECK(first_claim(text) == expected);
}

TEST_CASE("According to, and sources after the clause", "[rules][indirect]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"According to the city engineer, the levee held.",
       "the city engineer | According to | the levee held | indirect"},
      // A verb form after a determiner is part of the noun phrase.
      {"According to the state transport agency, the levee held.",
       "the state transport agency | According to | the levee held | indirect"},
      // A role's "to" keeps its phrase.
      {"Aides to the mayor said the levee was safe.", "Aides to the mayor | said | the levee was safe | indirect"},
      {"Seitchi was going home, Chad\u2019s ambassador to France confirmed.",
       "Chad\u2019s ambassador to France | confirmed | Seitchi was going home | indirect"},
      // A dash after a closing attribution opens an aside; a dash before a quotation is no content.
      {"The levee will hold, the engineer said \u2014 a view few share.",
       "the engineer | said | The levee will hold | indirect"},
      {"Deficits will rise, the budget office reported on Tuesday -- a development that could matter.",
       "the budget office | reported | Deficits will rise | indirect"},
      {"He said \u2014 \u201cThe levee held.\u201d", "He | said | \u201cThe levee held.\u201d | direct"},
      // A document or a group "of" modified words is one noun phrase.
      {"Donations hit a record, an analysis of newly filed campaign reports shows.",
       "an analysis of newly filed campaign reports | shows | Donations hit a record | indirect"},
      {"The levee was weak, a team of visiting Dutch engineers found.",
       "a team of visiting Dutch engineers | found | The levee was weak | indirect"},
      // A time after the source's phrase belongs to neither source nor content.
      // A participle's time, with a capital or none, is part of the phrase the participle opens.
      {"According to a complaint filed Monday, Lawson told officers he had not seen the bike.",
       "a complaint filed Monday | According to | Lawson told officers he had not seen the bike | indirect"},
      {"According to figures released by the agency last month, the levee held.",
       "figures released by the agency | According to | the levee held | indirect"},
      {"The levee held overnight, according to the city engineer.",
       "the city engineer | according to | The levee held overnight | indirect"},
      {"The levee held overnight, the engineer said.",
       "the engineer | said | The levee held overnight | indirect"},
      // A role set in commas before the closing source's name is no part of what was said.
      {"The levee held, its chief engineer, Ana Ruiz, said.", "Ana Ruiz | said | The levee held | indirect"},
      // A preposition before a number makes an amount, not an opening phrase.
      {"About 200 people crossed the levee, police said.",
       "police | said | About 200 people crossed the levee | indirect"},
      {"At least 12 people died in the flood, officials said.",
       "officials | said | At least 12 people died in the flood | indirect"},
      {"The levee held overnight, said the engineer.",
       "the engineer | said | The levee held overnight | indirect"},
      // A clause with no verb of the lexicon's before ", he said" is no opening phrase.
      {"The crew repaired the levee, he said.", "he | said | The crew repaired the levee | indirect"},
      {"Hundreds of people are already here, she said.",
       "she | said | Hundreds of people are already here | indirect"},
      // A closing attribution wins over a cue inside its clause.
      {"Drivers should expect delays on the bridge, the transport agency warned.",
       "the transport agency | warned | Drivers should expect delays on the bridge | indirect"},
      // A source keeps its participle modifier.
      {"The levee held overnight, according to a report sent to the council last week.",
       "a report sent to the council | according to | The levee held overnight | indirect"},
      // A short quoted title inside the source.
      {"The plan would cost a billion a year, according to the \u201cLevee for All\u201d report he released.",
       "the \u201cLevee for All\u201d report | according to | The plan would cost a billion a year | indirect"},
      // After a colon, a dash, and with an adverb opening the source.
      {"It did not go unnoticed: according to recent polls, the levee plan leads.",
       "recent polls | according to | the levee plan leads | indirect"},
      {"The levee held \u2014 or nearly held \u2014 according to the city engineer.",
       "the city engineer | according to | The levee held \u2014 or nearly held | indirect"},
      {"The levee held, according to recently released city documents.",
       "recently released city documents | according to | The levee held | indirect"},
      // Other phrases that put the source after them, and a poll placed first.
      {"In the view of the engineer, the levee will hold.",
       "the engineer | In the view of | the levee will hold | indirect"},
      {"The levee held, as reported by the city engineer.",
       "the city engineer | as reported by | The levee held | indirect"},
      {"In the latest county poll, most residents backed the levee plan.",
       "the latest county poll | In | most residents backed the levee plan | indirect"},
      // A closing "told" may name its listener.
      {"The levee held overnight, the engineer told a council panel on Tuesday.",
       "the engineer | told | The levee held overnight | indirect"},
      // A closing speaker may be a loose phrase of nouns and modifiers.
      {"Old levees rarely fail in spring because the ground is soft, flood experts say.",
       "flood experts | say | Old levees rarely fail in spring because the ground is soft | indirect"},
      {"The bridge will close in May, current and former engineers said.",
       "current and former engineers | said | The bridge will close in May | indirect"},
      // A short quoted title may place a closing cue.
      {"The bridge will close in May, she said on Radio Porto\u2019s \u201cMorning Show.\u201d",
       "she | said | The bridge will close in May | indirect"},
      // A party and state in brackets ("(D-Md.)") do not end the sentence,
      // and a title opens an apposition.
      {"Rep. Ana Ruiz (D-Md.), chair of the levee board, said the repairs didn\u2019t start on time.",
       "Rep. Ana Ruiz | said | the repairs didn\u2019t start on time | indirect"},
  }));
  CAPTURE(text);
  CHECK(first_claim(text) == expected);
}

TEST_CASE("Text that asserts nothing yields no claim", "[rules][negative]") {
  auto text = GENERATE(as<std::string>{},
                       "The levee held overnight.",
                       "The Washington Post ran the story on Monday.",
                       "Harbour Bridge Reopens To Traffic After Repairs\n\nCars crossed at noon.",
                       "The mayor appeared on television on Monday.",
                       "Prices declined sharply in May.",
                       "Some details of the episode emerged.",
                       "Cruz invited Trump to a rally against the deal.",
                       "It is worth noting that the levee held.",
                       "It's worth recalling that the levee held.",
                       "Employees were told of the cuts in a video call that lasted ten minutes.",
                       "Residents told to boil water after contamination scare",
                       "Firm ordered to pay damages over levee collapse",
                       "The plan, which he said would cost millions, was dropped.",
                       "They reached a \u201ccommon understanding\u201d with the city.",
                       "Please read our comment policy before commenting.",
                       "She met Ohio state senators and their aides on Monday.",
                       "The mayor spoke only briefly during the flood.",
                       "They now find themselves in a tight race.",
                       "The mayor said Saturday night at the council meeting, which ran late.",
                       "All told, the repairs cost the city two million.",
                       "The vote sends a clear message that the levee matters.",
                       "One resident, who asked not to be named, left the town.",
                       "Mayor Accused Of Lying About Levee Repairs",
                       "A man accused of fraud left the court.",
                       "One resident, who asked not to be named because she works for the city, left.",
                       "Correction: An earlier version of this article misstated the bridge's length.",
                       "The Latest: Bridge reopens after two years.",
                       "Q&A: The Engineer Who Counts Bridges",
                       "In the end, the levee held.",
                       "The levee failed after the cuts, a move Ruiz opposed.",
                       "The mayor called both engineers Tuesday night and thanked them.",
                       "");
  CAPTURE(text);
  CHECK(first_claim(text) == "none");
}

TEST_CASE("A sentence yields these claims and no others", "[rules][regression]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // A quotation resumed after a second cue of saying is that cue's.
      {"\u201cNot yet,\u201d Ruiz said on the radio, though she said, \u201cI hope to.\u201d",
       "Ruiz | said | \u201cNot yet,\u201d | direct / she | said | \u201cI hope to.\u201d | direct"},
      // A quotation that ends in a question mark keeps the speaker named after it.
      {"\u201cWell, yes.\u201d Ruiz said. \u201cTomorrow?\u201d Lee asked.",
       "Ruiz | said | \u201cWell, yes.\u201d | direct / Lee | asked | \u201cTomorrow?\u201d | direct"},
      // ... as does one that trails off in an ellipsis.
      {"\u201cWell, yes. I will look at a lot of people\u2026\u201d Ruiz said. \u201cTomorrow?\u201d Lee asked.",
       "Ruiz | said | \u201cWell, yes. I will look at a lot of people\u2026\u201d | direct / Lee | asked | \u201cTomorrow?\u201d | direct"},
      // A relative clause whose gap the cue leaves is what was said, with a pronoun source too
      // unless commas set it off ("The plan, which he said ..., was dropped" makes none).
      {"The plan got a finish that he said defied expectations.",
       "he | said | that he said defied expectations | indirect"},
      {"His team is bracing for a race that it says will reward patience.",
       "it | says | that it says will reward patience | indirect"},
      {"The street was damaged by an explosion that the mayor described as \u201can intentional act.\u201d",
       "the mayor | described | that the mayor described as \u201can intentional act.\u201d | mixed"},
      {"The levee, as he said, was old.", "none"},
      // A subordinate clause opening the sentence ends at the comma before its subject, past an
      // apposition's; a closing attribution still takes the whole sentence.
      {"When he returned, the judge began by saying, \u201cWe will win.\u201d",
       "the judge | saying | \u201cWe will win.\u201d | direct"},
      {"When Ana Ruiz, the town\u2019s mayor, was asked if the levee would hold, she laughed and said, "
       "\u201cWe\u2019ll see.\u201d",
       "- | was asked | if the levee would hold | indirect / she | said | \u201cWe\u2019ll see.\u201d | direct"},
      {"When the levee broke, the town flooded, the mayor said.",
       "the mayor | said | When the levee broke, the town flooded | indirect"},
      // An -ing form before a role is part of the speaker's phrase, not a cue.
      {"\u201cWe won,\u201d planning director Ana Ruiz said.",
       "planning director Ana Ruiz | said | \u201cWe won,\u201d | direct"},
      {"\u201cWe won,\u201d policy planning director Ana Ruiz wrote.",
       "policy planning director Ana Ruiz | wrote | \u201cWe won,\u201d | direct"},
      {"\u201cWe won,\u201d State spokesman Mark Toner said Friday.",
       "State spokesman Mark Toner | said | \u201cWe won,\u201d | direct"},
      // "Likewise" opening the sentence is an adverb, not its subject.
      {"Likewise, Ruiz went after Lee and called for her to quit.",
       "Ruiz | called for | her to quit | indirect"},
      // A relative pronoun keeps its clause across an aside between commas.
      {"The tone was softer than that of her campaign\u2019s leadership, who, on a call Friday, criticized Lee for the delay.",
       "who | criticized | Lee for the delay | indirect"},
      // "who" after an amount stands for it.
      {"The poll included 18 percent who say they would stay home.",
       "who | say | they would stay home | indirect"},
      {"The poll included 18% who say they would stay home.", "who | say | they would stay home | indirect"},
      // Groups and roles of public life head a source without a determiner or a name.
      {"An entrance poll of Democratic caucus-goers is showing that Ruiz leads.",
       "An entrance poll of Democratic caucus-goers | showing | Ruiz leads | indirect"},
      {"The Republican establishment fears that the closures could spark protests.",
       "The Republican establishment | fears | the closures could spark protests | indirect"},
      {"But environmentalists worry that the cost could fall to taxpayers.",
       "environmentalists | worry | the cost could fall to taxpayers | indirect"},
      {"When the moderator pointed out that Lee had not answered, Ruiz laughed.",
       "the moderator | pointed out | Lee had not answered | indirect"},
      // Slides and disclosures are documents that show and reveal.
      {"Another slide shows that eight of 10 avocados are grown in Mexico.",
       "Another slide | shows | eight of 10 avocados are grown in Mexico | indirect"},
      {"Donors are paying for the ads, disclosures filed on Sunday revealed.",
       "disclosures filed on Sunday | revealed | Donors are paying for the ads | indirect"},
      // A share of those polled speaks for itself.
      {"Twelve percent indicated that they were not sure.",
       "Twelve percent | indicated | they were not sure | indirect"},
      {"And 64 percent call him competent.", "64 percent | call | him competent | indirect"},
      // "that" right after the cue and before an -ing form opens a clause with a gerund subject.
      {"He added that praising the mayor was like praising the weather.",
       "He | added | praising the mayor was like praising the weather | indirect"},
      // A participle after a dash speaks for the sentence's subject, as after a comma.
      {"The mayor rejected the plan \u2014 saying it offered no solutions.",
       "The mayor | rejected | the plan | indirect / The mayor | saying | it offered no solutions | indirect"},
      // A participle after a venue speaks for the sentence's subject, not the venue.
      {"Ruiz answered the question on Facebook writing, \u201cYes, I will.\u201d",
       "Ruiz | writing | \u201cYes, I will.\u201d | direct"},
      // "as" and a pronoun before the cue make a claim, as "as" and a name do.
      {"He smiled as he explained how tough it is to run.", "he | explained | how tough it is to run | indirect"},
      {"As she said, the levee was old.", "she | said | the levee was old | indirect"},
      // A tail with a relative clause after the cue is no closing attribution's.
      {"During a rally in Dayton, Ohio, Ruiz remarked upon a story in which aides said Lee would stay. \u201cIs that a "
       "bribe?\u201d Ruiz asked.",
       "aides | said | Lee would stay | indirect / Ruiz | asked | \u201cIs that a bribe?\u201d | direct"},
      // A word in -ly that the lexicon does not know is an adverb unless listed as a noun or verb.
      {"The utility said supply would improve.", "The utility | said | supply would improve | indirect"},
      {"The utility said flatly the levee would hold.", "The utility | said | the levee would hold | indirect"},
      // A content never ends on its own conjunction.
      {"\u201cWe won,\u201d said Ana Ruiz, a former chair who is supporting Lee and has been in touch with her.",
       "Ana Ruiz | said | \u201cWe won,\u201d | direct / who | supporting | Lee | indirect"},
      // "near", "along" are prepositions: "a base near" is no named object.
      {"Militants attacked a base near the border.", "none"},
      // "called" naming a firm or a group after "a" is no cue.
      {"A new group called Levee Watch, led by two engineers, is raising money.", "none"},
      {"A neighbour called Ruiz a liar.", "A neighbour | called | Ruiz a liar | indirect"},
      // A byline's handle and a list of names after a colon say nothing.
      {"Twitter: @anaruiz.", "none"},
      {"Ohio: Ana Ruiz, Bo Lee, Tom Park and Eve Hart.", "none"},
      // A short title inside a sentence is no quotation of the speaker's.
      {"Later on \u201cMorning Hour,\u201d Senator Ana Ruiz questioned the plan.",
       "Senator Ana Ruiz | questioned | the plan | indirect"},
      // "now that" is a conjunction; "by now that" keeps its clause.
      {"She held two rallies, two events aimed at refocusing her campaign on Lee now that she has enough delegates.",
       "none"},
      {"Most residents have heard by now that the levee failed.",
       "Most residents | heard | the levee failed | indirect"},
      // A question asserts nothing.
      {"Do you support the levee plan?", "none"},
      // A cue right before "and" is one of a series of verbs.
      {"Supporters gathered outside, clapping, singing, chanting and waving flags.", "none"},
      // A time phrase, a placing phrase or "as well" alone is no content.
      {"The mayor weighed in as well, telling reporters the levee was safe.",
       "The mayor | telling | the levee was safe | indirect"},
      {"The mayor apologized the next day.", "none"},
      {"Ruiz hinted at that in a news conference Monday.", "none"},
      // "back" after a verb is its particle, no cue of support.
      {"Looking back to 2008, Ruiz smiled.", "none"},
      // "show up" is to arrive, no finding.
      {"Voters were showing up at the polls to vote for the levee.", "none"},
      {"Ruiz is increasingly showing up on television to stump for the levee.", "none"},
      // A noun-first form closing the sentence after words that are no plain source is a noun.
      {"Ruiz is favored in the larger, more diverse states.", "none"},
      {"Ruiz had a good night, winning the key states.", "none"},
      {"The levee will hold, the report states.", "the report | states | The levee will hold | indirect"},
      // A bare object that asserts nothing ("a way", "their voice") makes no finding; a real one does.
      {"Ruiz found a way to fix the levee.", "none"},
      {"The engineers found no crack in the levee.", "The engineers | found | no crack in the levee | indirect"},
      // What seems so is the whole subject, from the clause's start.
      {"Still, the lack of enthusiasm for the levee among local voters seems to be a real problem.",
       "- | seems | the lack of enthusiasm for the levee among local voters seems to be a real problem | indirect"},
      // A quotation that goes on in the next paragraph is one claim with the one before, fragments and all.
      {"The mayor said: \u201cThe levee is old.\n\u201cBut it will stand for years.\u201d",
       "The mayor | said | \u201cThe levee is old.\n\u201cBut it will stand for years.\u201d | direct"},
      {"\u201cThe levee is old,\u201d the mayor said. \u201cIt leaks.\n\u201cBut it will stand.\u201d",
       "the mayor | said | \u201cThe levee is old,\u201d the mayor said. \u201cIt leaks.\n\u201cBut it will stand.\u201d | "
       "direct"},
      // A quotation reopened in the next paragraph that closes on a comma before its own speaker is theirs.
      {"Ruiz said: \u201cThe levee is old.\n\u201cWe will rebuild it,\u201d added Tom Lee, an engineer.",
       "Ruiz | said | \u201cThe levee is old. | direct / Tom Lee | added | \u201cWe will rebuild it,\u201d | direct"},
      // "in" and a poll: closing the sentence, or opening it with a participle's phrase.
      {"Ruiz leads by ten points in the latest Harbour Herald poll.",
       "the latest Harbour Herald poll | in | Ruiz leads by ten points | indirect"},
      {"Ruiz rose steadily in the polls.", "none"},
      // After the poll: a participle that is no known verb, a time, the
      // poll's maker.
      {"Ruiz had 45 percent in a Harbour Herald poll issued Thursday.",
       "a Harbour Herald poll | in | Ruiz had 45 percent | indirect"},
      {"Ruiz led by six points in a county poll the same month.",
       "a county poll | in | Ruiz led by six points | indirect"},
      {"Park rose to first in a newer survey from Dunmore College.",
       "a newer survey from Dunmore College | in | Park rose to first | indirect"},
      {"In a poll released Monday, most residents back the levee.",
       "a poll released Monday | In | most residents back the levee | indirect"},
      {"In a Harbour Herald/Morning Star poll last month, most residents backed the levee.",
       "a Harbour Herald/Morning Star poll last month | In | most residents backed the levee | indirect"},
      {"Ruiz leads by ten points in a Harbour Herald/Morning Star poll.",
       "a Harbour Herald/Morning Star poll | in | Ruiz leads by ten points | indirect"},
      {"In the new Morning Star poll, most residents back the levee.",
       "the new Morning Star poll | In | most residents back the levee | indirect"},
      // A preposition's object and its relative clause before ", said X" are inside the clause.
      {"The plan lacks support from the engineers, whom she has ignored for years, said Ana Ruiz, a councillor.",
       "Ana Ruiz | said | The plan lacks support from the engineers, whom she has ignored for years | indirect"},
      // "though" between commas after the subject, and a bracket that holds a clause, set off nothing.
      {"Lee, though, said he\u2019s with the mayor, who he\u2019s backing in the primary.",
       "Lee | said | he\u2019s with the mayor, who he\u2019s backing in the primary | indirect"},
      {"Sen. Ana Ruiz (a Democrat from the river town who has been mistaken for a junior staffer) says the "
       "levee is too low.",
       "Sen. Ana Ruiz | says | the levee is too low | indirect"},
      // "a claim X denies" after the clause is a relative clause about it, no closing source.
      {"Ruiz accused the council of neglecting the levee, a claim councillors deny.",
       "Ruiz | accused | the council of neglecting the levee | indirect"},
      {"Ruiz accused the council of neglecting the levee, an allegation the council rejects.",
       "Ruiz | accused | the council of neglecting the levee | indirect"},
      {"The levee will hold, a statement from the council said.",
       "a statement from the council | said | The levee will hold | indirect"},
      // Multiword cues in their base form, after a plural subject or a modal.
      {"Critics point out that the levee is old.", "Critics | point out | the levee is old | indirect"},
      {"Residents would raise concerns that the levee is too low.",
       "Residents | raise concerns | the levee is too low | indirect"},
      // A closing attribution may end at a time phrase and a comma, however long the rest.
      {"The repairs will start in spring, the agency announced on Tuesday, after residents complained that "
       "the levee had failed.",
       "the agency | announced | The repairs will start in spring | indirect / residents | complained | the levee "
       "had failed | indirect"},
      // A source and cue interrupt a clause with the one told or a time phrase after the cue.
      {"The answer, the engineer told me on Friday, is that the levee is old.",
       "the engineer | told | The answer, the engineer told me on Friday, is that the levee is old | indirect"},
      {"The difference now, she said on Friday, is that the levee holds.",
       "she | said | The difference now, she said on Friday, is that the levee holds | indirect"},
      // People, then a relative clause with no relative pronoun whose subject is a pronoun, are the source.
      {"The engineers I spoke with said the levee would fail.",
       "The engineers I spoke with | said | the levee would fail | indirect"},
      {"None of the residents we interviewed this week thought the levee was safe.",
       "None of the residents we interviewed | thought | the levee was safe | indirect"},
      // A relative clause in commas after a quotation's speaker holds no cue of the quotation's, and
      // no claim of its own.
      {"\u201cThe levee held,\u201d the engineer, who requested anonymity, said.",
       "the engineer | said | \u201cThe levee held,\u201d | direct"},
      // A dash and a noun phrase commenting on the clause end what was said.
      {"Ruiz warned that the levee would fail \u2014 an assessment many engineers shared.",
       "Ruiz | warned | the levee would fail | indirect"},
      // A naming verb's object may have an apposition before what it is called; "call" with a person and
      // no name given is a telephone call.
      {"Ruiz called Lee, her rival, a menace to the levee.",
       "Ruiz | called | Lee, her rival, a menace to the levee | indirect"},
      {"Ruiz called an engineer, Tom Lee, and thanked him.", "none"},
      // The terms of anonymity are no claim, an adverb after them too.
      {"One resident, who asked to be identified only by her first name, said the levee held.",
       "One resident | said | the levee held | indirect"},
      // A quotation closed by a period that does not open its sentence is that sentence's claim's, not
      // the next sentence's.
      {"Ruiz said voters were \u201ctired of excuses.\u201d She has hammered Lee over taxes.",
       "Ruiz | said | voters were \u201ctired of excuses.\u201d | mixed"},
      // A short aside between commas may stand between the cue and "that"; a relative "that" after one
      // is no complementizer.
      {"Ruiz said on Sunday, in an interview with the paper, that the levee would hold.",
       "Ruiz | said | the levee would hold | indirect"},
      {"Ruiz told reporters on Sunday, after the vote, that the levee would hold.",
       "Ruiz | told | the levee would hold | indirect"},
      // "As X reported in/on/last ..., CLAUSE": the clause after the comma is what was reported; an "as"
      // that tells when reports nothing.
      {"As the paper reported in an editorial on Thursday, the levee would fail.",
       "the paper | reported | the levee would fail | indirect"},
      {"As the council met with engineers on Tuesday, the levee failed.", "none"},
      // A time after the cue ("this week") is no content; a role's lower-case modifiers after a
      // quotation belong to the speaker; a quotation inside the participle clause after the cue is that
      // clause's, not a second fragment, unless it goes on with "but".
      {"\u201cThe levee will hold,\u201d veteran engineer Ana Ruiz wrote this week, adding that the river had crested.",
       "veteran engineer Ana Ruiz | wrote | \u201cThe levee will hold,\u201d | direct / "
       "veteran engineer Ana Ruiz | adding | the river had crested | indirect"},
      {"\u201cThe levee will hold,\u201d Ruiz wrote, adding that if the river rose again, \u201cwe would all be in trouble.\u201d",
       "Ruiz | wrote | \u201cThe levee will hold,\u201d | direct / "
       "Ruiz | adding | if the river rose again, \u201cwe would all be in trouble.\u201d | mixed"},
      {"\u201cThe levee will hold,\u201d Ruiz wrote in a note explaining her vote, \u201cbut the river is high.\u201d",
       "Ruiz | wrote | \u201cThe levee will hold,\u201d Ruiz wrote in a note explaining her vote, \u201cbut the river is high.\u201d "
       "| direct"},
      // A relative clause set off by a comma ends before the main clause's verb, and so does a clause
      // inside it; the main verb's claim is the head's. A clause after ", when" is no relative clause.
      {"The mayor, who said last week that the bridge was safe, now says it must close.",
       "who | said | the bridge was safe | indirect / The mayor | says | it must close | indirect"},
      {"One participant, who asked not to be named because she feared losing her place, said she had "
       "learned of the pause from the news.",
       "she | feared | losing her place | indirect / One participant | said | she had learned of the pause "
       "from the news | indirect"},
      {"It rained in 2012, when Ruiz argued the levee was old, needed repair and would fail.",
       "Ruiz | argued | the levee was old, needed repair and would fail | indirect"},
      // A second cue after "but" or "and" has the source of the first verb's claim, not the words that
      // open the sentence.
      {"A spokeswoman for the authority, Jenna Moss, declined to comment but said the project was on track.",
       "Jenna Moss | declined | to comment | indirect / Jenna Moss | said | the project was on track | indirect"},
      {"The men studied the report and said it was flawed.", "The men | said | it was flawed | indirect"},
      // ", and it vowed ...": "it" with a verb of saying or stance opens a claim of its own.
      {"The bureau said that the cuts were arbitrary, and it vowed to challenge them in court.",
       "The bureau | said | the cuts were arbitrary | indirect / it | vowed | to challenge them in court | indirect"},
      // A named person "of" an organisation keeps it in the source span.
      {"Dr. Grace Mutua of the Nairobi-based Institute for Economic Affairs said bans hurt farmers.",
       "Dr. Grace Mutua of the Nairobi-based Institute for Economic Affairs | said | bans hurt farmers | indirect"},
      // A programme's quoted title before "that" is the one told, not part of the content.
      {"Lars Halvorsen told CNBC\u2019s \u201cSquawk Box\u201d that the company would shift production.",
       "Lars Halvorsen | told | the company would shift production | indirect"},
      // A quoted paragraph after a line that introduces its speaker, with or without a colon; a line
      // about no one named introduces no one.
      {"Chairwoman Ellen Brooks:\n\u201cWe will reopen the bridge as soon as the inspectors sign off.\u201d",
       "Chairwoman Ellen Brooks | : | \u201cWe will reopen the bridge as soon as the inspectors sign off.\u201d | direct"},
      {"Jim Ortega, who runs the diner on Front Street, was blunt.\n\u201cBusiness is down by half since the bridge closed.\u201d",
       "Jim Ortega | - | \u201cBusiness is down by half since the bridge closed.\u201d | direct"},
      {"The diner on Front Street was quiet.\n\u201cBusiness is down by half since the bridge closed.\u201d", "none"},
      // A line that is only a name after a title or a given name introduces it too; a heading does not.
      {"Mayor Ana Ruiz\n\n\u201cThe budget is balanced and the city is strong.\u201d",
       "Mayor Ana Ruiz | - | \u201cThe budget is balanced and the city is strong.\u201d | direct"},
      {"Local News\n\n\u201cThe budget is balanced and the city is strong.\u201d", "none"},
      // An adverb and its comma may stand between the cue and the phrase before a colon and quotation.
      {"Ruiz responded pointedly, with a smile: \u201cThe levee will hold for years.\u201d",
       "Ruiz | responded | \u201cThe levee will hold for years.\u201d | direct"},
      // A cue noun with its owner before a colon and a quotation.
      {"Ana Ruiz\u2019s verdict on the new levee: \u201cToo little, too late.\u201d",
       "Ana Ruiz\u2019s | verdict | \u201cToo little, too late.\u201d | direct"},
      // A closing ", two people familiar with the talks said." ends the content before it.
      {"Ruiz told aides that the levee would fail, two people familiar with the talks said.",
       "Ruiz | told | the levee would fail | indirect"},
      // A participle between the subject and its verb ends at its closing comma, and the verb keeps its claim.
      {"The agency, citing unnamed officials, reported that the dam had cracked.",
       "The agency | citing | unnamed officials | indirect / The agency | reported | the dam had cracked | indirect"},
      // "and would deny" goes on with the reported clause's subject: no claim of its own.
      {"Esposito said her client was innocent and would deny the charges.",
       "Esposito | said | her client was innocent and would deny the charges | indirect"},
      // A cue form after "and" that ends the sentence is a noun: "noise and fumes".
      {"She said she worries about noise and fumes.", "She | said | she worries about noise and fumes | indirect"},
      // A participle in the sentence's opening phrase speaks for the subject after it.
      {"In a statement announcing the pick, the union called Ruiz a champion.",
       "the union | announcing | the pick | indirect / the union | called | Ruiz a champion | indirect"},
      // Adverbs between commas before the subject: "Recently, however, it ...".
      {"Recently, however, the group issued a paper welcoming the plans.",
       "the group | welcoming | the plans | indirect"},
      // "According to X" with a phrase after X, or a name after a colon's source.
      {"According to a poll published this month by the Courier, 58 percent of workers want a shorter week.",
       "a poll published this month by the Courier | According to | 58 percent of workers want a shorter week | indirect"},
      {"In the words of its chairwoman, Ana Ruiz: \u201cThe levee will hold.\u201d",
       "its chairwoman, Ana Ruiz | In the words of | \u201cThe levee will hold.\u201d | direct"},
      // A time phrase between the subject and the verb: "this past week".
      {"Ruiz, the mayor, this past week announced that the levee would close.",
       "Ruiz | announced | the levee would close | indirect"},
      // "If" or "Although" opening a claim is part of it; "But" is not.
      {"If convicted, Quill faces up to 20 years in prison, the prosecutor said.",
       "the prosecutor | said | If convicted, Quill faces up to 20 years in prison | indirect"},
      {"But the levee held, the mayor said.", "the mayor | said | the levee held | indirect"},
      // Who heard a claim, or was told it, did not make it.
      {"The defences were never finished, the inquiry heard.",
       "- | heard | The defences were never finished | indirect"},
      {"\u201cThe wall was never finished,\u201d the court heard.",
       "- | heard | \u201cThe wall was never finished,\u201d | direct"},
      {"Flood wall was never finished, inquiry told", "- | told | Flood wall was never finished | indirect"},
      {"State media in Kestria reported that the walkout was planned.",
       "State media in Kestria | reported | the walkout was planned | indirect"},
      {"The historical society calls the crossing \u201ca living monument.\u201d",
       "The historical society | calls | the crossing \u201ca living monument.\u201d | mixed"},
      {"The candidate referenced her record as secretary of state.",
       "The candidate | referenced | her record as secretary of state | indirect"},
      // A participle and its "by" phrase stay in the source.
      {"Residents interviewed by The Times said they had not been warned.",
       "Residents interviewed by The Times | said | they had not been warned | indirect"},
      {"A random survey conducted by the Levee Board found that most homes were dry.",
       "A random survey conducted by the Levee Board | found | most homes were dry | indirect"},
      // ", including X, D-Calif.," is an aside of the subject before it.
      {"Several lawmakers, including Rep. Mia Chen, D-Calif., have called for an inquiry.",
       "Several lawmakers | called for | an inquiry | indirect"},
      // Councillors, MPs, priests and pastors are people who may speak.
      {"Opposition councillors called for her resignation.",
       "Opposition councillors | called for | her resignation | indirect"},
      // A phrase after a preposition belongs to the subject before it, aside or not.
      {"The union representing workers at the two plants, in Ohio and Georgia, condemned the move.",
       "The union representing workers at the two plants | condemned | the move | indirect"},
      // So does a past participle and its phrase; "written by" is a passive, with no speaker after it.
      {"The report, released on Monday, found that the levee was weak.",
       "The report | found | the levee was weak | indirect"},
      {"The findings, published Monday in a journal, show that the ice is melting.",
       "The findings | show | the ice is melting | indirect"},
      {"One of them, written by a junior engineer, warned that the dam would crack.",
       "One of them | warned | the dam would crack | indirect"},
      // The sentence's subject for a participle runs through nouns before a people noun.
      {"The Westfield school board voted on Monday to keep the novels, rejecting a petition by parents.",
       "The Westfield school board | rejecting | a petition by parents | indirect"},
      // "according to" may follow a clause with a verb of its own without a comma.
      {"Ruiz trailed Lee by 271 delegates according to a count by the paper, but she vowed to fight on.",
       "a count by the paper | according to | Ruiz trailed Lee by 271 delegates | indirect / "
       "she | vowed | to fight on | indirect"},
      // "press" before a title is a noun: the press secretary speaks, in either order.
      {"\u201cWe will not comment,\u201d City Hall press secretary Jo Lee said at a briefing Monday.",
       "City Hall press secretary Jo Lee | said | \u201cWe will not comment,\u201d | direct"},
      {"\u201cWe will not comment,\u201d said City Hall press secretary Jo Lee.",
       "City Hall press secretary Jo Lee | said | \u201cWe will not comment,\u201d | direct"},
      // A second claim inside the first one's clause ends it: ", and NAME vowed to ...", "before claiming that".
      {"Ruiz said the levee would hold, for instance, and Ortega vowed to rebuild it anyway.",
       "Ruiz | said | the levee would hold, for instance | indirect / Ortega | vowed | to rebuild it anyway | indirect"},
      {"Ruiz said the levee had held on Twitter before claiming that the river was falling.",
       "Ruiz | said | the levee had held on Twitter | indirect / Ruiz | claiming | the river was falling | indirect"},
      // An aside between dashes after the subject is skipped like one between commas.
      {"Many residents of the valley \u2014 including two farmers \u2014 said the levee had leaked for years.",
       "Many residents of the valley | said | the levee had leaked for years | indirect"},
      // A relative clause with a cue of its own and no noun phrase at its end, before the main verb of saying.
      {"The groups who wrote to her on Thursday say they are concerned.",
       "The groups | say | they are concerned | indirect"},
      {"Voters who backed Ruiz in 2016 say they are disappointed.",
       "who | backed | Ruiz in 2016 | indirect / Voters | say | they are disappointed | indirect"},
      // "who" after a determiner and any noun makes that noun a speaker.
      {"The mayor met a retired plumber who warned that the levee would fail.",
       "who | warned | the levee would fail | indirect"},
      // Between the fragments of an interrupted quotation, a participle or "who" with a verb of
      // saying makes a claim; a description of the speaker does not.
      {"\u201cWe held,\u201d Ruiz said, noting that the river had crested. \u201cWe were lucky.\u201d",
       "Ruiz | said | \u201cWe held,\u201d Ruiz said, noting that the river had crested. \u201cWe were lucky.\u201d | "
       "direct / Ruiz | noting | the river had crested | indirect"},
      {"\u201cWe held,\u201d said Ana Ruiz, who said the river had crested. \u201cWe were lucky.\u201d",
       "Ana Ruiz | said | \u201cWe held,\u201d said Ana Ruiz, who said the river had crested. \u201cWe were lucky.\u201d | "
       "direct / who | said | the river had crested | indirect"},
      {"\u201cWe held,\u201d said Ana Ruiz, who supports the mayor. \u201cWe were lucky.\u201d",
       "Ana Ruiz | said | \u201cWe held,\u201d said Ana Ruiz, who supports the mayor. \u201cWe were lucky.\u201d | direct"},
      // "and" before an inflected cue verb or a participle starts a second claim; a base form goes on.
      {"Ruiz said the levee failed and called the mayor a liar.",
       "Ruiz | said | the levee failed | indirect / Ruiz | called | the mayor a liar | indirect"},
      {"Ruiz wrote to the mayor, criticizing the plan and calling for an inquiry.",
       "Ruiz | criticizing | the plan | indirect / Ruiz | calling for | an inquiry | indirect"},
      {"Ruiz said he would fix the levee and call the mayor.",
       "Ruiz | said | he would fix the levee and call the mayor | indirect"},
      {"Ruiz said the county must fix the levee and cracking down on builders is next.",
       "Ruiz | said | the county must fix the levee and cracking down on builders is next | indirect"},
      {"At the hearing, Ruiz cracked, \u201cThe levee is older than I am.\u201d",
       "Ruiz | cracked | \u201cThe levee is older than I am.\u201d | direct"},
      // A one-name clause head interrupted by the attribution; commas and a set-off adverb after a cue.
      {"Dayton, Ruiz said, has failed its residents.", "Ruiz | said | Dayton, Ruiz said, has failed its residents | indirect"},
      {"Still, Ruiz said, the levee failed.", "Ruiz | said | the levee failed | indirect"},
      {"That, Ruiz said, is the real scandal.", "Ruiz | said | That, Ruiz said, is the real scandal | indirect"},
      {"Ruiz says, however, that the levee failed.", "Ruiz | says | the levee failed | indirect"},
      {"Ruiz said, however, the levee failed.", "Ruiz | said | the levee failed | indirect"},
      // A participle after a comma shares the subject after an opening phrase, quoted or not.
      {"Here in Dayton, Ruiz toured the levee, saying, \u201cWe must act.\u201d",
       "Ruiz | saying | \u201cWe must act.\u201d | direct"},
      {"On Monday, Ruiz toured the levee, saying, \u201cWe must act.\u201d",
       "Ruiz | saying | \u201cWe must act.\u201d | direct"},
      // An ambiguous verb ("added 200 jobs") is a cue when it closes the sentence after a clause.
      {"The levee will hold, her brother added.", "her brother | added | The levee will hold | indirect"},
      {"The levee will hold, added Ana Ruiz.", "Ana Ruiz | added | The levee will hold | indirect"},
      {"The county added 200 jobs, the report noted.", "the report | noted | The county added 200 jobs | indirect"},
      {"The levee will hold, Ruiz added on Tuesday.", "Ruiz | added | The levee will hold | indirect"},
      {"Ruiz said she will go to the hearing, which begins Monday.", "Ruiz | said | she will go to the hearing, which begins Monday | indirect"},
      // A participle phrase between commas may hold a place's own comma, and "a rally" is no verb.
      {"Ruiz, speaking at a rally in Toledo, Ohio, warned that the levee would fail.",
       "Ruiz | warned | the levee would fail | indirect"},
      // A determiner standing for a speaker after a quotation, before or after the verb.
      {"\u201cFix the levee,\u201d tweeted another.", "another | tweeted | \u201cFix the levee,\u201d | direct"},
      {"\u201cFix the levee,\u201d another said.", "another | said | \u201cFix the levee,\u201d | direct"},
      {"Back in 1999, Ruiz toured the levee, telling reporters: \u201cIt will hold.\u201d",
       "Ruiz | telling | \u201cIt will hold.\u201d | direct"},
      // A comma inside a closing mark before "but" and a clause ends the content too.
      {"Ruiz said the levee was \u201cnot safe,\u201d but she also praised the engineers.",
       "Ruiz | said | the levee was \u201cnot safe,\u201d | mixed / she | praised | the engineers | indirect"},
      // "and" between a clause and a named speaker's own claim, with no comma; not within a subject.
      {"Engineers said the county mishandled the repairs and residents accused the mayor of delay.",
       "Engineers | said | the county mishandled the repairs | indirect / residents | accused | the mayor of delay | indirect"},
      {"Ruiz said the county and the engineers agreed on the plan.",
       "Ruiz | said | the county and the engineers agreed on the plan | indirect"},
      // An ambiguous verb of saying or knowing before a short clause with a clear source; not before an object.
      {"Ruiz added the levee was old.", "Ruiz | added | the levee was old | indirect"},
      {"Ruiz knows the county will pay.", "Ruiz | knows | the county will pay | indirect"},
      {"The county added 200 jobs last year.", "none"},
      // A paragraph of quotation after a claim goes on with it, after a quoted claim or an indirect one.
      {"Ruiz said: \u201cThe levee held.\u201d\n\n\u201cWe were lucky, and we know it well.\u201d",
       "Ruiz | said | \u201cThe levee held.\u201d\n\n\u201cWe were lucky, and we know it well.\u201d | direct"},
      {"Ruiz said the levee held.\n\n\u201cWe were lucky, and we know it well.\u201d",
       "Ruiz | said | the levee held.\n\n\u201cWe were lucky, and we know it well.\u201d | mixed"},
      // Words after a quotation, then a comma and "and", are no speaker of the verb after them.
      {"Ruiz said \u201clevee\u201d five times, and mentioned the mayor.",
       "Ruiz | said | \u201clevee\u201d five times | mixed / Ruiz | mentioned | the mayor | indirect"},
      // An opening phrase may run to sixteen words before its comma.
      {"In response to the county's plan to close the bridge across the river to trucks, Ruiz called a meeting, "
       "saying, \u201cWe need it.\u201d",
       "Ruiz | saying | \u201cWe need it.\u201d | direct"},
      // "report(s)" and "document(s)" are nouns unless "that", a colon or a quotation follows.
      {"In court documents, Ruiz's lawyer sought a short sentence, calling the case weak.",
       "Ruiz's lawyer | sought | a short sentence | indirect / Ruiz's lawyer | calling | the case weak | indirect"},
      {"A county report released Monday found that the levee was weak.",
       "A county report released Monday | found | the levee was weak | indirect"},
      // A quotation left open to the paragraph's end with its attribution inside.
      {"Intro.\n\n\"The levee will hold, said Ana Ruiz, who built it.\n\nMore text.",
       "Ana Ruiz | said | \"The levee will hold | direct"},
      {"Intro.\n\n\"The levee will hold, Ruiz said. We checked it.\n\nMore text.",
       "Ruiz | said | \"The levee will hold, Ruiz said. We checked it. | direct"},
      // A possessive's multiword cue is a noun phrase: what it calls for ends before the verb.
      {"Ruiz's call for an inquiry was rejected.", "Ruiz's | call for | an inquiry | indirect"},
      // A possessive and a noun of saying before "that": the owner's claim, up to a comma.
      {"Despite Ruiz's claim that the levee held, the town flooded.", "Ruiz's | claim | the levee held | indirect"},
      {"Mayor Ana Ruiz spoke. Her warning that the levee was weak was ignored.",
       "Her | warning | the levee was weak | indirect"},
      // A form of "be" and an adjective of belief or stance.
      {"Some engineers are worried that the levee will fail.",
       "Some engineers | are worried | the levee will fail | indirect"},
      {"Ruiz was critical of the levee plan.", "Ruiz | was critical of | the levee plan | indirect"},
      // A relative clause whose subject reports: the content runs from the relative word.
      {"The county built the levee, which engineers say could fail in a flood.",
       "engineers | say | which engineers say could fail in a flood | indirect"},
      // A second "according to" relays the clause after the first one's source, not all before it.
      {"The levee held, according to the engineer, and the bridge stood, according to the mayor.",
       "the engineer | according to | The levee held | indirect / the mayor | according to | the bridge stood | indirect"},
      // "In X's view," credits the clause to its owner; "In the end," is no view.
      {"In Ruiz's view, the levee is safe.", "Ruiz's | In Ruiz's view | the levee is safe | indirect"},
      {"In her telling, the levee never leaked.", "her | In her telling | the levee never leaked | indirect"},
      // A question put to the subject is no clause that a closing verb reports.
      {"Asked what she would do next, Ruiz laughed.", "- | Asked | what she would do next | indirect"},
      // Set off by commas or dashes, the relative clause ends at the next one.
      {"The levee \u2014 which engineers say is 80 years old \u2014 gave way at dawn.",
       "engineers | say | which engineers say is 80 years old | indirect"},
      {"The levee, which engineers say is 80 years old, gave way at dawn.",
       "engineers | say | which engineers say is 80 years old | indirect"},
      // Words that lead into a quotation going on in lower case belong to the content.
      {"The levee \u201cwill hold for a century,\u201d Ruiz said.",
       "Ruiz | said | The levee \u201cwill hold for a century,\u201d | mixed"},
      {"\u201cThe levee will hold,\u201d Ruiz said.", "Ruiz | said | \u201cThe levee will hold,\u201d | direct"},
      // "reacted" before or after a quotation, and "went even further:" before one.
      {"\u201cIs the levee safe?\u201d reacted Ana Ruiz.", "Ana Ruiz | reacted | \u201cIs the levee safe?\u201d | direct"},
      {"Later, Ruiz went even further: \u201cThe levee is finished.\u201d",
       "Ruiz | went even further | \u201cThe levee is finished.\u201d | direct"},
      // A quotation on a paragraph of its own, the speaker on the next line after a dash.
      {"The hearing went on.\n\n\u201cThe levee will hold.\u201d\n\n- Ana Ruiz, county engineer.",
       "Ana Ruiz | - | \u201cThe levee will hold.\u201d | direct"},
      // A name, a description of it, then a name for the description's noun: the first is the source.
      {"Ana Ruiz, the head of the county's engineering office, Levee Works, said the levee held.",
       "Ana Ruiz | said | the levee held | indirect"},
      // "according to X," inside a clause whose verb comes after it; "close to" in a source.
      {"One of the plans they made, according to a person close to the mayor, is to close the levee.",
       "a person close to the mayor | according to | One of the plans they made, according to a person close to the "
       "mayor, is to close the levee | indirect"},
      // A noun-first form ("claim") is a verb before a pronoun subject and its auxiliary.
      {"The engineers claim he has damaged the levee.", "The engineers | claim | he has damaged the levee | indirect"},
      // A passive credits no one, also before "to be" and "to have".
      {"The levee appeared to be holding on Tuesday.", "- | appeared | The levee appeared to be holding on Tuesday | indirect"},
      {"The county appeared unprepared.", "- | appeared | The county appeared unprepared | indirect"},
      {"Ruiz appeared on television.", "none"},
      {"Some engineers are said to be urging the county to close the levee.",
       "- | are said | Some engineers are said to be urging the county to close the levee | indirect"},
      // A stray closing mark after the attribution is no quotation to resume (read in bounds).
      {"\u201cThe levee held,\u201d she said \u201d Ana Ruiz spoke next.", "she | said | \u201cThe levee held,\u201d | direct"},
      // A quotation resumes after an abbreviation that ends the sentence, or with no mark at all;
      // not at a quoted title.
      {"\u201cThe levee held,\u201d said Ana Ruiz, of Dayton, Ohio. \u201cWe were lucky.\u201d",
       "Ana Ruiz | said | \u201cThe levee held,\u201d said Ana Ruiz, of Dayton, Ohio. \u201cWe were lucky.\u201d | direct"},
      {"\u201cThe levee held,\u201d she said \u201cWe were lucky.\u201d",
       "she | said | \u201cThe levee held,\u201d she said \u201cWe were lucky.\u201d | direct"},
      {"\u201cWe must act,\u201d Ruiz told \u201cFox and Friends\u201d on Monday.",
       "Ruiz | told | \u201cWe must act,\u201d | direct"},
      // "but" between the attribution and the second quotation keeps one speaker.
      {"\u201cI like the mayor,\u201d Ruiz said, but \u201cthe levee is a disaster.\u201d",
       "Ruiz | said | \u201cI like the mayor,\u201d Ruiz said, but \u201cthe levee is a disaster.\u201d | direct"},
      // A participle of saying between two quotations introduces the second: no interrupted quote.
      {"\u201cThe levee held,\u201d Ruiz said, adding: \u201cWe were lucky.\u201d",
       "Ruiz | said | \u201cThe levee held,\u201d | direct / Ruiz | adding | \u201cWe were lucky.\u201d | direct"},
      // A comma inside a closing mark ends the clause before a participle; so does ", however".
      {"Ruiz said the levee was \u201cnot safe,\u201d adding that it would be rebuilt.",
       "Ruiz | said | the levee was \u201cnot safe,\u201d | mixed / Ruiz | adding | it would be rebuilt | indirect"},
      {"Ruiz said the levee held, however the town flooded anyway.", "Ruiz | said | the levee held | indirect"},
      // A participle after a closing "X said," is X's claim, and ends the first one.
      {"The levee will hold until spring, Ana Ruiz said, adding, \"We checked it twice.\"",
       "Ana Ruiz | said | The levee will hold until spring | indirect / Ana Ruiz | adding | \"We checked it twice.\" | direct"},
      {"The levee will hold until spring, said Ana Ruiz, adding, \"We checked it twice.\"",
       "Ana Ruiz | said | The levee will hold until spring | indirect / Ana Ruiz | adding | \"We checked it twice.\" | direct"},
      // A cue word inside the phrase that places another cue is no cue.
      {"The mayor said in one of several Facebook messages that the bridge would close.",
       "The mayor | said | the bridge would close | indirect"},
      // A relative clause between commas may hold commas of its own.
      {"Ana Ruiz, who lost her home in Dayton, Ohio, in 2019, said the levee failed.",
       "Ana Ruiz | said | the levee failed | indirect"},
      // A lower-case apposition headed by a person noun, then a clause.
      {"But Megan Ruiz, senior associate for flood planning at the river institute, said residents still want "
       "the levee.",
       "Megan Ruiz | said | residents still want the levee | indirect"},
      // An adverb between commas, or a comma after a bracket, sets off no phrase.
      {"Ana Ruiz, meanwhile, who chairs the levee board, said the repairs were late.",
       "Ana Ruiz | said | the repairs were late | indirect"},
      {"Sen. Ana Ruiz (D-Md.), said on Tuesday that the repairs were late.",
       "Sen. Ana Ruiz | said | the repairs were late | indirect"},
      // A participle opening the sentence shares the subject after its comma.
      {"While saying that she respects the engineers, the mayor called for an inquiry.",
       "the mayor | saying | she respects the engineers | indirect / the mayor | called for | an inquiry | indirect"},
      // A month after the subject is a time phrase; a month before a name is a given name.
      {"A county poll in June showed that most residents backed the levee.",
       "A county poll | showed | most residents backed the levee | indirect"},
      {"April Ruiz said the levee failed.", "April Ruiz | said | the levee failed | indirect"},
      // A second verb of a subject that ends in a possessive: the possessor, never the bare honorific.
      {"Mr. Ruiz's eyes welled and urged residents to leave the valley.",
       "Mr. Ruiz's | urged | residents to leave the valley | indirect"},
      // The writer's own remark after a comma ends a reported clause.
      {"The engineer said the levee was sound, although she would not release the report.",
       "The engineer | said | the levee was sound | indirect"},
      {"Residents said 61 percent of homes were dry, compared with 38 percent a year ago.",
       "Residents | said | 61 percent of homes were dry | indirect"},
      // A listener that ends the sentence is not what was told.
      {"The levee had held for a week, a city spokesman told the Harbour Herald.",
       "a city spokesman | told | The levee had held for a week | indirect"},
      // A naming ("blasted X as Y") ends before an adjunct or a time phrase.
      {"Ruiz blasted the council as a \u201cdisgrace\u201d Wednesday on the radio.",
       "Ruiz | blasted | the council as a \u201cdisgrace\u201d | mixed"},
      {"Ruiz criticized the plan as a \u201ccrazy system\u201d during a campaign stop in Dayton.",
       "Ruiz | criticized | the plan as a \u201ccrazy system\u201d | mixed"},
      // A participle after a closing attribution is no part of the content.
      {"The stalls were busy, he said, wiping rain off his coat.", "he | said | The stalls were busy | indirect"},
      {"The levee held, the engineer said, citing the new survey.",
       "the engineer | said | The levee held | indirect / the engineer | citing | the new survey | indirect"},
      // A short quoted title may stand between the cue and "that"; an adverb after "declined to".
      {"The mayor issued a warning, stating on Radio Porto\u2019s \u201cMorning Show\u201d that the levee held.",
       "The mayor | stating | the levee held | indirect"},
      {"The agency declined to publicly detail the levee survey.",
       "The agency | declined | to publicly detail the levee survey | indirect"},
      // "... but added, “…”" ends the first content; an opening participle phrase is no subject.
      {"Appearing before supporters at the town hall on Monday, Ana Ruiz said it was too early to celebrate "
       "but added, \u201cThe levee held.\u201d",
       "Ana Ruiz | said | it was too early to celebrate | indirect / Ana Ruiz | added | \u201cThe levee held.\u201d | "
       "direct"},
      // The one addressed before a participle is not its speaker.
      {"Her campaign sent a text message to supporters saying: \u201cWe won the county!\u201d",
       "Her campaign | saying | \u201cWe won the county!\u201d | direct"},
      // After a clause opened by "when", a participle is its subject's.
      {"The trouble came at the end of the council meeting, when residents interrupted the mayor, shouting "
       "\u201cFix the levee!\u201d",
       "residents | shouting | \u201cFix the levee!\u201d | direct"},
      // A source keeps the capitalised modifiers of a role ("GOP presidential nominee").
      {"Republican presidential hopeful Ana Ruiz said the levee held.",
       "Republican presidential hopeful Ana Ruiz | said | the levee held | indirect"},
      {"The GOP presidential nominee said the levee held.",
       "The GOP presidential nominee | said | the levee held | indirect"},
      {"On the Democratic side Ruiz said the levee held.", "Ruiz | said | the levee held | indirect"},
      // A clause with its own auxiliary between commas is no apposition.
      {"In a dry year like this, farmers have more room to plant early, said Ana Ruiz, a county agronomist.",
       "Ana Ruiz | said | In a dry year like this, farmers have more room to plant early | indirect"},
      // A paragraph of quotation after an attributed one is the same speaker's; a short one is a subheading.
      {"The mayor spoke about the bridge, saying it was old.\n\u201cIt will stand for years and years to come.\u201d",
       "The mayor | spoke about | the bridge | indirect / The mayor | saying | it was old.\n\u201cIt will stand for "
       "years and years to come.\u201d | mixed"},
      {"The mayor spoke about the bridge, saying it was old.\n\u2018A really tough decision.\u2019\nThe river rose.",
       "The mayor | spoke about | the bridge | indirect / The mayor | saying | it was old | indirect"},
      // Right after the speaker's own quotation, in the same marks, a short one goes on with it.
      {"‘We will not be intimidated,’ he said.\n\n‘We have seen this before.’",
       "he | said | ‘We will not be intimidated,’ he said.\n\n‘We have seen this before.’ | direct"},
      {"“We will not be intimidated,” he said.\n‘A really tough decision.’",
       "he | said | “We will not be intimidated,” | direct"},
      // A reflexive object after a finding verb reports nothing; a clause after it does.
      {"The council found itself at the center of the levee dispute.", "none"},
      {"The survey found it was the wettest spring on record.",
       "The survey | found | it was the wettest spring on record | indirect"},
      // What a camera caught shows, as a study does; a speech noun only as the phrase's head.
      {"Footage from the scene showed the levee breaking at dawn.",
       "Footage from the scene | showed | the levee breaking at dawn | indirect"},
      {"A video of the storm shows the river rising over the levee.",
       "A video of the storm | shows | the river rising over the levee | indirect"},
      // A participle after "from", "without", "before" ... shares the sentence's subject.
      {"She refuses to discuss the levee, aside from saying she wants a fair inquiry.",
       "She | refuses | to discuss the levee | indirect / She | saying | she wants a fair inquiry | indirect"},
      // A participle after a quotation whose comma is inside it.
      {"The council said: \u201cThe levee held all night,\u201d adding that the river had fallen.",
       "The council | said | \u201cThe levee held all night,\u201d | direct / The council | adding | the river had "
       "fallen | indirect"},
      // "who's" stands for the name before it; the relative clause ends where the main clause resumes.
      {"Other than Sen. Ana Ruiz, who's called for a new levee, the candidates are silent.",
       "who's | called for | a new levee | indirect"},
      // A clause that starts inside brackets ends at their close.
      {"Several engineers (among them Ana Ruiz, who said the levee would hold) have resigned.",
       "who | said | the levee would hold | indirect"},
      // A floating quantifier between the auxiliary and the cue.
      {"Ana Ruiz and Senator Bo Lee have both argued that the levee was too low.",
       "Ana Ruiz and Senator Bo Lee | argued | the levee was too low | indirect"},
      // A participle phrase after the head of the subject.
      {"A county survey released on Monday now shows that the levee is too low.",
       "A county survey released on Monday | shows | the levee is too low | indirect"},
      // A transcript quoted paragraph by paragraph: each turn is its speaker's.
      {"\"RUIZ: Will the levee hold?\n\"LEE: It held last spring. It will hold again.",
       "RUIZ | : | Will the levee hold | direct / LEE | : | It held last spring. It will hold again | direct"},
      // ... but a quotation that closes is no transcript turn.
      {"\"It's classic Ruiz: Promise the levee,\" said Bo Lee.",
       "Bo Lee | said | \"It's classic Ruiz: Promise the levee,\" | direct"},
      // A name after a dash, then a colon and a quotation.
      {"Polls missed the flood vote - Ana Ruiz: \u201cThe turnout was higher than anyone thought.\u201d",
       "Ana Ruiz | : | \u201cThe turnout was higher than anyone thought.\u201d | direct"},
      // A second verb of the subject just before "and", when the clause opens with a subordinate.
      {"When she was asked whether the levee would hold, she smiled and said, \u201cWe will see.\u201d",
       "- | was asked | whether the levee would hold | indirect / she | said | \u201cWe will see.\u201d | direct"},
      // "From the report:" names the document a quotation comes from.
      {"From the engineers' report: \u201cThe levee was built too low.\u201d",
       "the engineers' report | : | \u201cThe levee was built too low.\u201d | direct"},
      // A resumed quotation may end in an inner quotation that holds the period.
      {"\u201cI was shocked,\u201d said Ruiz, 44. \u201cI kept saying, \u2018The levee will go.\u2019\u201d",
       "Ruiz | said | \u201cI was shocked,\u201d said Ruiz, 44. \u201cI kept saying, \u2018The levee will "
       "go.\u2019\u201d | direct"},
      // A quoted title after a noun such as "show" does not stop a quotation resuming.
      {"\u201cIt is too early,\u201d said Ruiz, a host of the radio show \u201cRiver Talk.\u201d \u201cWe will "
       "know in May.\u201d",
       "Ruiz | said | \u201cIt is too early,\u201d said Ruiz, a host of the radio show \u201cRiver Talk.\u201d "
       "\u201cWe will know in May.\u201d | direct"},
      // A verb phrase and a colon introduce a quotation: after a short opener, with an adverb.
      {"But back on the riverbank, he returned to his familiar lines: \u201cThe levee will hold.\u201d",
       "he | returned to his familiar lines: | \u201cThe levee will hold.\u201d | direct"},
      {"She then addressed the crowd again: \u201cThe levee will hold.\u201d",
       "She | addressed the crowd again: | \u201cThe levee will hold.\u201d | direct"},
      {"People like Ruiz, he said, built the levee.", "he | said | People like Ruiz, he said, built the levee | indirect"},
      // A floating quantifier after names; an adverb between the comma and a participle.
      {"But Ruiz and Lee both stressed that the levee held.", "Ruiz and Lee | stressed | the levee held | indirect"},
      {"The mayor praised the engineers, falsely suggesting that the levee had never leaked.",
       "The mayor | praised | the engineers | indirect / The mayor | suggesting | the levee had never leaked | "
       "indirect"},
      // A participle that opens the sentence reports up to the main clause's subject.
      {"Claiming the levee was safe, the mayor reopened the bridge.",
       "the mayor | Claiming | the levee was safe | indirect"},
      {"Noting that only Ruiz voted for the levee, Lee said the vote was close.",
       "Lee | Noting | only Ruiz voted for the levee | indirect / Lee | said | the vote was close | indirect"},
      // A verb phrase of phrases.tsv in its other forms.
      {"Ruiz is calling for the council to rebuild the levee.",
       "Ruiz | calling for | the council to rebuild the levee | indirect"},
      {"The mayor took to Twitter, taking aim at the council.",
       "The mayor | taking aim at | the council | indirect"},
      // A possessive name keeps the words of its name.
      {"South Korea's joint chiefs of staff said the missile flew 400 km.",
       "South Korea's joint chiefs of staff | said | the missile flew 400 km | indirect"},
      // A relay: "X said ..., according to Y" is two claims.
      {"The mayor said the levee would hold, according to the Harbour Herald.",
       "the Harbour Herald | according to | The mayor said the levee would hold | indirect / The mayor | said | the "
       "levee would hold | indirect"},
      // The relayed claim's verb may be one that takes a person before what is said.
      {"The council blamed the engineers for the delay, according to the Harbour Herald.",
       "the Harbour Herald | according to | The council blamed the engineers for the delay | indirect / The council | "
       "blamed | the engineers for the delay | indirect"},
      // "X quoted Y as saying ..." relays Y's words.
      {"Police quoted the driver as saying he had not seen the barrier.",
       "the driver | quoted the driver as saying | he had not seen the barrier | indirect / Police | quoted | he "
       "had not seen the barrier | indirect"},
      // A nominal speaker whose relative clause has no comma.
      {"A homeless man who sleeps by the station said the shelter was full.",
       "A homeless man | said | the shelter was full | indirect"},
      // ", but" and a clause of its own ends a reported clause; ", but also" does not.
      {"The engineer said the levee had held, but the council has not seen her report.",
       "The engineer | said | the levee had held | indirect"},
      {"The engineer said the levee was not only safe, but also cheap.",
       "The engineer | said | the levee was not only safe, but also cheap | indirect"},
      // A comma and a speech noun that comments on the clause end it; a person's apposition does not.
      {"Ruiz said she was fired for missing work, a claim the council disputes.",
       "Ruiz | said | she was fired for missing work | indirect"},
      {"Ruiz said she met Lee, a former engineer.", "Ruiz | said | she met Lee, a former engineer | indirect"},
      // A list of more than three items stays whole; an adjunct after a comma is no item.
      {"Ruiz questioned the mayor's plan, her budget, her judgment and her honesty.",
       "Ruiz | questioned | the mayor's plan, her budget, her judgment and her honesty | indirect"},
      {"Ruiz backed the plan, despite doubts about its cost, its timing and its authors.",
       "Ruiz | backed | the plan | indirect"},
      // "and state law": a noun-first cue form before a noun starts no second claim.
      {"Ruiz says the council broke federal and state law by ignoring the levee.",
       "Ruiz | says | the council broke federal and state law by ignoring the levee | indirect"},
      // After "according to X," the clause goes on only if it had no verb before the source.
      {"The levee held overnight, according to Ana Ruiz, a county engineer, who inspected it.",
       "Ana Ruiz | according to | The levee held overnight | indirect"},
      // ... and "the long term" is a noun phrase, though "term" may be a verb.
      {"Over the long term, according to the engineer, the levee will need new gates.",
       "the engineer | according to | Over the long term, according to the engineer, the levee will need new gates | "
       "indirect"},
      // A label before a colon yields the claim to the "according to" in it.
      {"Repairs: The levee will reopen in May, according to the engineer.",
       "the engineer | according to | Repairs: The levee will reopen in May | indirect"},
      // A source and cue with a placing phrase may interrupt a clause.
      {"The levee, the engineer said on Tuesday, would hold.",
       "the engineer | said | The levee, the engineer said on Tuesday, would hold | indirect"},
      // The placing phrase may end in a verb's form used as a noun ("hearing").
      {"These employees, Stumpf explained in the hearing, were well paid.",
       "Stumpf | explained | These employees, Stumpf explained in the hearing, were well paid | indirect"},
      // A name, then two descriptions between commas (one with a relative clause).
      {"Ana Ruiz, the president of Levee Watch, a group that has sued the council, said that the repairs were late.",
       "Ana Ruiz | said | the repairs were late | indirect"},
      // "late Thursday" after a closing attribution is a time phrase, no content.
      {"The levee failed, the Harbour Herald reported late Thursday.",
       "the Harbour Herald | reported | The levee failed | indirect"},
      // "as a" after a stance's object names a role and stays in the content.
      {"The mayor defended the engineer as a careful builder during the meeting.",
       "The mayor | defended | the engineer as a careful builder | indirect"},
      {"Ruiz pledged to support the plan as the best option, such as it was.",
       "Ruiz | pledged | to support the plan as the best option | indirect"},
      // A document's words are its sender's.
      {"Minutes later, she sent an email saying, \u201cdone.\u201d", "she | saying | \u201cdone.\u201d | direct"},
      // A party and state, and a participle phrase, are asides between commas.
      {"Sen. Ana Ruiz, R-Fla., appearing on the radio right after the speech, said the levee held.",
       "Sen. Ana Ruiz | said | the levee held | indirect"},
      {"The levee is safe, Ruiz said, going on to say that the river had fallen.",
       "Ruiz | said | The levee is safe | indirect / Ruiz | going on to say | the river had fallen | indirect"},
      {"The plan angered residents, many of whom say the levee is too low.",
       "many of whom | say | the levee is too low | indirect"},
      // "as she sought to ..." is a claim; "as he said," is none.
      {"The council met again as she sought to rebuild the levee.", "she | sought | to rebuild the levee | indirect"},
      {"The levee, as he said, held.", "none"},
      // A clause opened by "where" is a claim; a title's "of" phrase is part of the source.
      {"It was a rally in Dayton, where the secretary of state said she was proud of the levee.",
       "the secretary of state | said | she was proud of the levee | indirect"},
      {"A county report found that the levee was too low, according to the Harbour Herald.",
       "the Harbour Herald | according to | A county report found that the levee was too low | indirect / A county "
       "report | found | the levee was too low | indirect"},
      // A phrase after a named object may stand before its "as".
      {"Engineers described the ground under the town as \u201cSwiss cheese.\u201d",
       "Engineers | described | the ground under the town as \u201cSwiss cheese.\u201d | mixed"},
      // "see / view / regard X as Y" name their object, as "describe" does.
      {"Most residents see the levee as a waste of money.",
       "Most residents | see | the levee as a waste of money | indirect"},
      // "Theresa May" is a name; a place's apposition may stand before "that".
      {"Prime Minister Theresa May said this week that the levee would be rebuilt.",
       "Prime Minister Theresa May | said | the levee would be rebuilt | indirect"},
      {"Ruiz says at a campaign stop in Toledo, Ohio, that the levee will hold.",
       "Ruiz | says | the levee will hold | indirect"},
      // "X's response was: “…”": the possessor speaks.
      {"Ruiz's answer was: \u201cThe levee is safe.\u201d", "Ruiz's | answer was: | \u201cThe levee is safe.\u201d | direct"},
      // A negation after the cue is part of what was said.
      {"She promised never to raise the bridge toll.", "She | promised | never to raise the bridge toll | indirect"},
      {"The mayor said not a single house was lost.", "The mayor | said | not a single house was lost | indirect"},
      // A second speaker after "and" ends the first claim: a common noun that can be a title, a pronoun
      // after a quotation's comma, a verb that needs "that" and has it.
      {"She said the bridge was safe and the mayor argued that the levee would hold.",
       "She | said | the bridge was safe | indirect / the mayor | argued | the levee would hold | indirect"},
      {"Ruiz said it was \u201ca fine levee,\u201d and she repeated that it would hold.",
       "Ruiz | said | it was \u201ca fine levee,\u201d | mixed / she | repeated | it would hold | indirect"},
      // A poll described by a participle and a time is a clear source for a verb that needs one.
      {"A Harbour Herald poll released last week showed Ruiz poised to win the seat.",
       "A Harbour Herald poll released last week | showed | Ruiz poised to win the seat | indirect"},
      // "Having said that," links; a relative clause's reported verb group stays whole.
      {"Having said that, the levee held.", "none"},
      {"Engineers who argue that the levee should be raised are in the minority.",
       "who | argue | the levee should be raised | indirect"},
      // An opening -ed phrase is no subject: the participle cue takes the clause's.
      {"Chastened by the vote, Ruiz revised her plan, promising to raise the levee.",
       "Ruiz | promising | to raise the levee | indirect"},
      {"Disillusioned, Ruiz resigned, saying the levee would fail.", "Ruiz | saying | the levee would fail | indirect"},
      // A verb's -s form never follows an auxiliary: "reasons" is a noun.
      {"Both engineers have reasons to doubt the levee.", "none"},
      {"Ruiz released details of her levee plan.", "none"},
      // An aside whose closing comma is inside a title's quotation marks.
      {"Ruiz, host of the \u201cMorning Show,\u201d said the levee would hold.",
       "Ruiz | said | the levee would hold | indirect"},
      {"Ana Ruiz, host of the \u201cMorning Show,\u201d suggested a new format for the levee report.",
       "Ana Ruiz | suggested | a new format for the levee report | indirect"},
      // A long placing phrase between the cue and its comma before a quotation.
      {"Ruiz said in an op-ed piece before a 2014 Harbour Council hearing, \u201cThe levee failed.\u201d",
       "Ruiz | said | \u201cThe levee failed.\u201d | direct"},
      {"Lee spoke with Ruiz on the latest episode of the council's podcast, \u201cSo, That Happened.\u201d", "none"},
      // A negated raising passive is still an unsourced expectation.
      {"The levee is not expected to reopen until 2027.",
       "- | is not expected | The levee is not expected to reopen until 2027 | indirect"},
      // A stance may take a person's pronoun alone.
      {"Both engineers strongly supported him.", "Both engineers | supported | him | indirect"},
      // A phrase and its comma leading into a quotation that goes on in lower case are said with it.
      {"In past floods, \u201cthe levee always held,\u201d she said.",
       "she | said | In past floods, \u201cthe levee always held,\u201d | mixed"},
      {"Yet, \u201cthe levee always held,\u201d she said.", "she | said | \u201cthe levee always held,\u201d | direct"},
      // ... but with the main clause after the interrupting source, the whole is.
      {"If the levee holds, Ruiz suggested in a statement, the town will be spared.",
       "Ruiz | suggested | If the levee holds, Ruiz suggested in a statement, the town will be spared | indirect"},
      // "..., and “B”" after the attribution resumes the quotation.
      {"The levee is \u201cold as sin,\u201d Lee wrote in an email to the mayor, and \u201cfull of cracks.\u201d",
       "Lee | wrote | The levee is \u201cold as sin,\u201d Lee wrote in an email to the mayor, and \u201cfull of cracks.\u201d | "
       "mixed"},
      // A sentence that goes on unquoted after the attribution is one claim of two fragments.
      {"\u201cIt is our bad luck,\u201d he said, that both floods came in one year.",
       "he | said | \u201cIt is our bad luck,\u201d he said, that both floods came in one year | mixed"},
      {"\u201cWe are gravely concerned,\u201d the engineers wrote in a letter to the mayor, that the levee may fail.",
       "the engineers | wrote | \u201cWe are gravely concerned,\u201d the engineers wrote in a letter to the mayor, that the "
       "levee may fail | mixed"},
      // A base form after "and" goes on with a modal of the reported clause; a past form is the source's own.
      {"Ruiz said he would sit the mayor down and tell him the levee must be raised.",
       "Ruiz | said | he would sit the mayor down and tell him the levee must be raised | indirect"},
      {"Ruiz said the council would vote and said it would pass.",
       "Ruiz | said | the council would vote | indirect / Ruiz | said | it would pass | indirect"},
      // "..., with X doing Y, according to Z": Z finds what follows "with".
      {"The levee held, with most residents saying it was safe, according to a Harbour Herald poll.",
       "a Harbour Herald poll | according to | most residents saying it was safe | indirect / "
       "most residents | saying | it was safe | indirect"},
      // A subordinate clause alone before a closing source is not what was said.
      {"When pressed by the council, Ruiz did apologize.", "none"},
      // After a closing attribution, "as" and a clause are an adjunct, not what was said.
      {"The levee is safe, the mayor said as she toured the site.", "the mayor | said | The levee is safe | indirect"},
      {"The levee is safe, the mayor told reporters as she toured the site.",
       "the mayor | told | The levee is safe | indirect"},
      {"Ruiz led the polls thanks to the levee vote.", "none"},
      {"Harbour is the fifth state that the engineers have sued over the levee.", "none"},
      {"It took Lee months to find a backer, highlighting the gap between donors and voters.", "none"},
      // "while" or "when" without a clause of its own after the cue is an adjunct.
      {"The council published the columns Ruiz wrote while a student at Harbour College.", "none"},
      {"The council would not say when, or if, the levee will be rebuilt.",
       "The council | say | when, or if, the levee will be rebuilt | indirect"},
      // The one told and a time before the clause told; a show's title may be the one told.
      {"She told reporters on Monday the levee was safe.", "She | told | the levee was safe | indirect"},
      {"She told reporters Monday the levee was safe.", "She | told | the levee was safe | indirect"},
      {"She told the BBC\u2019s \u201cHarbour Hour\u201d on Monday the levee was safe.",
       "She | told | the levee was safe | indirect"},
      {"The council is expected to again delay the levee vote.",
       "- | is expected | The council is expected to again delay the levee vote | indirect"},
      {"Ruiz had been expected to visit the levee next week.",
       "- | had been expected | Ruiz had been expected to visit the levee next week | indirect"},
      {"It\u2019s been reported that the levee failed.", "- | been reported | the levee failed | indirect"},
      {"The mayor resigned when it was revealed that the levee had failed.",
       "- | was revealed | the levee had failed | indirect"},
      // A one-word answer after a verb of saying.
      {"Asked if the levee would hold, Ruiz said no.", "- | Asked | if the levee would hold | indirect / "
       "Ruiz | said | no | indirect"},
      // A time phrase with "in" between the subject and its verb.
      {"He met Ruiz, who in 2010 said the levee would hold.", "who | said | the levee would hold | indirect"},
      {"The engineers have in the past said the levee would hold.",
       "The engineers | said | the levee would hold | indirect"},
      // A name's lower-case particle stays in a source found before the cue, or may open it.
      {"Mayor Ana de la Cruz said the levee would hold.", "Mayor Ana de la Cruz | said | the levee would hold | indirect"},
      {"The levee was safe, de la Cruz said, \u201cand it will hold.\u201d",
       "de la Cruz | said | The levee was safe, de la Cruz said, \u201cand it will hold.\u201d | mixed"},
      // A title noun before its quoted title is no verb ("show").
      {"Ruiz, a guest on the council's TV show, \u201cHarbour Hour,\u201d left early.", "none"},
      // A naming verb's object gap holds what was named, after a pronoun or a preposition too.
      {"The toll pays for repairs, which he described as \u201ca fair share.\u201d",
       "he | described | which he described as \u201ca fair share.\u201d | mixed"},
      {"Under what Ruiz called a \u201creckless plan,\u201d the levee was never rebuilt.",
       "Ruiz | called | what Ruiz called a \u201creckless plan,\u201d | mixed"},
      // "as" goes on with a phrasal content unless a clause follows it.
      {"She declined to speak to reporters as mayor.", "She | declined | to speak to reporters as mayor | indirect"},
      {"He vowed to be tougher as mayor by fixing the levee.",
       "He | vowed | to be tougher as mayor by fixing the levee | indirect"},
      {"He accused Ruiz of hiding the report so as not to alarm voters.",
       "He | accused | Ruiz of hiding the report so as not to alarm voters | indirect"},
      {"She urged him not to sign the deal until the levee is repaired.",
       "She | urged | him not to sign the deal until the levee is repaired | indirect"},
      {"She declined to speak to reporters as she left the hall.",
       "She | declined | to speak to reporters | indirect"},
      // A participle after an object that cannot speak has the sentence's subject.
      {"Senator Ana Ruiz, running second in many polls, spoke out saying the levee would fail.",
       "Senator Ana Ruiz | saying | the levee would fail | indirect"},
  }));
  CAPTURE(text);
  CHECK(all_claims(text) == expected);
}
