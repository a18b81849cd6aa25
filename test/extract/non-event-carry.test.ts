// A later sentence that only elaborates a non-event happening of the lead ("The explosions killed
// 200" after a warehouse blast) is no event; a distinct attack told after it still is. Sentences
// written by us; the incidents are restated from news reports named beside each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';
import { continuesStatementLead, elaboratesNonEvent, eventSetApart, givesCriminalMotive, nonEventReason } from '../../src/extract/non-event-carry.js';

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;
const events = (text: string) => {
  const report = reportFromText(text, { date: '2020-08-05' });
  return extractEvents(report, splitSentences(report), [], ctx);
};

// The Beirut port explosion of 4 August 2020 (Reuters, BBC): ammonium nitrate stored for years.
const BEIRUT_LEAD = 'Shortly after six in the evening, a chain of huge explosions ripped through a warehouse in the port of Beirut where fertiliser had been stored for years.';

test('the lead of an industrial blast is no event, for a stated reason', () => {
  assert.equal(nonEventReason(BEIRUT_LEAD), 'non-event:disaster');
});

test('"the explosions killed ..." after an industrial blast inherits its non-event status', () => {
  const text = BEIRUT_LEAD + ' The explosions killed at least 200 people and wounded thousands, the health ministry said.';
  assert.deepEqual(events(text), []);
});

test('the same toll sentence after a bombing lead stays the bombing\'s', () => {
  // A car bomb in Azaz, near the Turkish border (restated from AFP, January 2016).
  const text = 'A car bomb exploded outside a bakery in the Syrian town of Azaz on Sunday. The blast killed at least 8 people, activists said.';
  const found = events(text);
  assert.ok(found.length >= 1);
  assert.equal(found[0]!.sub_event_type, 'Remote explosive/landmine/IED');
  assert.equal(found[0]!.fatalities, 8);
});

test('a distinct attack told after a disaster lead stands', () => {
  assert.equal(elaboratesNonEvent('Gunmen later opened fire on rescuers at the site, killing two.', [{ text: BEIRUT_LEAD, isEvent: false }]), null);
  // The pointing noun must name the lead's happening: "the fire" does not point to a flood.
  const flood = 'Flash floods swept through villages in the north of the province on Tuesday after days of heavy rain.';
  assert.equal(elaboratesNonEvent('The fire killed three soldiers at the base.', [{ text: flood, isEvent: false }]), null);
  assert.equal(elaboratesNonEvent('The floods killed 14 people.', [{ text: flood, isEvent: false }]), 'non-event:disaster');
});

test('a claim of responsibility makes the blast an attack after all', () => {
  assert.equal(elaboratesNonEvent('The blast was later claimed by militants of a local insurgent group.', [{ text: BEIRUT_LEAD, isEvent: false }]), null);
});

// A grenade blast in Ivano-Frankivsk, Ukraine, that police put down to a quarrel inside a
// trafficking gang (restated from Interfax-Ukraine, February 2015).
const GRENADE = 'Two men died when a grenade went off in a courtyard in Ivano-Frankivsk on Monday, police said.';

test('a criminal motive told next makes the blast before it a crime, and fighting set apart is no event', () => {
  const text = GRENADE + ' The incident happened because of a quarrel between members of a drug gang. It was not related to the fighting in the east of the country.';
  assert.deepEqual(events(text), []);
});

test('without the motive the grenade blast is an event; a clan feud is no mere crime', () => {
  const found = events(GRENADE);
  assert.equal(found[0]?.sub_event_type, 'Grenade');
  assert.equal(elaboratesNonEvent('The incident happened because of a quarrel between members of a drug gang.', []), null);
  assert.equal(givesCriminalMotive('The incident happened because of a quarrel between members of a drug gang.'), true);
  assert.equal(givesCriminalMotive('The clash was over smuggling routes held by two rival armed clans.'), false);
  assert.equal(givesCriminalMotive('Gang members attacked a police post on Friday.'), false);
});

test('fighting named only to be set apart; fighting told before the disclaimer stands', () => {
  assert.equal(eventSetApart('It was not related to the fighting in the east.', { start: 26 }), true);
  assert.equal(eventSetApart('Rebels and troops clashed near the airport, in fighting unrelated to the strike.', { start: 18 }), false);
});

// Saudi Arabia blaming Iran for the September 2019 strikes on Aramco's Abqaiq plant (Anadolu Agency).
const BLAME = "Saudi Arabia's foreign minister said on Saturday that Iran was responsible for the attacks on the Aramco plants.";

test('a short story about a statement: the speaker\'s quoted words are no event of their own', () => {
  const quote = '"We are certain that the missiles that hit Abqaiq were launched from the north, not from Yemen."';
  assert.equal(continuesStatementLead(quote, { text: BLAME, isEvent: false }), 'non-event:attribution');
  assert.deepEqual(events('Riyadh (AA). ' + BLAME + ' ' + quote), []);
});

test('fighting recalled as the setting of talks inherits the lead; fighting told as news stands', () => {
  // Yemen's warring parties at talks in Sweden, December 2018 (Reuters), restated.
  const talks = 'The foreign ministers of the two governments discussed the situation around the port city by telephone on Tuesday.';
  assert.equal(continuesStatementLead('Clashes around the port killed at least 20 fighters last week, medics said.', { text: talks, isEvent: false }), 'non-event:statement-or-diplomacy');
  assert.equal(continuesStatementLead('Clashes around the port killed at least 20 fighters on Tuesday, medics said.', { text: talks, isEvent: false }), null);
  // After a lead that is an event, nothing is inherited.
  assert.equal(continuesStatementLead('"They shelled us all night," a resident said.', { text: 'Rebels shelled the port on Monday.', isEvent: true }), null);
});
