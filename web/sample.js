// The built-in sample: a made-up article written for saywho, so that it
// shows every kind of claim: quoted, reported and partly quoted; a quotation
// interrupted by its source; one source under several names ("Dr. Amara
// Osei", "Osei", "the engineer"); a claim inside another ("Le Phare
// reported that Laurent said: …"). Any resemblance to a real harbour is
// a coincidence.

export const SAMPLE = [
  "Port Mireille votes to rebuild its old tide barrier",
  "The council of Port Mireille voted on Thursday to rebuild the tide barrier that has guarded the old harbour since 1958, according to a statement from the mayor’s office.",
  "“The barrier saved this city twice, and it is tired,” said Dr. Amara Osei, the engineer who led the survey. “Another winter like the last one and the gates may not close.”",
  "Osei said that the new gates would be higher and would close in half the time. The engineer added that work could start in April if the money arrives.",
  "Fishing crews are less sure. The harbour association said the works would shut the inner basin for two seasons. Tomás Ferreira, who chairs the association, called the timetable “a guess dressed up as a plan.”",
  "The council said the barrier would cost 84 million euros, according to Le Phare, which saw the budget before the vote.",
  "Mayor Ines Laurent told reporters that the city had no choice. “We can pay for it now, or pay for the flood later,” Ms. Laurent said. Le Phare reported that Laurent said: “Nobody in this room wants to explain a flood to their children.”",
  "It was reported last year that the gates had failed a test in November. Ferreira said the crews had known about the problem for years.",
].join('\n\n');
