// A bare "the militants" refers back to the one armed group the story has named; with two groups
// named, or none, it stays unidentified (no guess).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;
const run = (text: string, date: string) => {
  const r = reportFromText(text, { date });
  return extractEvents(r, splitSentences(r), [], ctx);
};

test('"the militants" after al-Shabaab is named are al-Shabaab', () => {
  const text =
    'Al-Shabaab fighters attacked an army base in Somalia on Monday, residents said. ' +
    'Later the militants stormed a police station in the same district and killed four officers.';
  const events = run(text, '2019-03-05');
  const later = events.find((e) => /stormed a police station/.test(e.evidence.text));
  assert.ok(later, 'the second attack is coded');
  assert.equal(later!.actor1, 'Al Shabaab');
  assert.match(later!.sources.actor1!.rule, /^anaphora:militants->/);
});

test('with two armed groups named, "the militants" stay unidentified', () => {
  const text =
    'Al-Shabaab and Islamic State fighters fought each other in Somalia on Monday, residents said. ' +
    'Later the militants stormed a police station in the same district and killed four officers.';
  const events = run(text, '2019-03-05');
  const later = events.find((e) => /stormed a police station/.test(e.evidence.text));
  assert.ok(later, 'the second attack is coded');
  assert.equal(later!.actor1, 'Unidentified Armed Group (Somalia)');
});

test('unknown attackers are the group the story says claimed the attack', () => {
  const text =
    'Gunmen attacked a church in a village near Maiduguri, Nigeria, on Sunday and abducted 12 worshippers, residents said. ' +
    'Boko Haram later claimed responsibility for the attack in a video.';
  const events = run(text, '2019-03-05');
  const main = events.find((e) => /Gunmen attacked a church/.test(e.evidence.text));
  assert.ok(main, 'the abduction is coded');
  assert.match(main!.actor1 ?? '', /^Boko Haram/);
  assert.match(main!.sources.actor1!.rule, /^credited-in-story:/);
});

test('a group merely mentioned in the story is not credited with the attack', () => {
  const text =
    'Gunmen killed three farmers near Maiduguri, Nigeria, on Tuesday, residents said. ' +
    'Boko Haram has waged an insurgency in the region since 2009.';
  const events = run(text, '2019-03-05');
  const main = events.find((e) => /Gunmen killed three farmers/.test(e.evidence.text));
  assert.ok(main, 'the attack is coded');
  assert.equal(main!.actor1, 'Unidentified Armed Group (Nigeria)');
});

test('two groups credited: the attackers stay unidentified', () => {
  const text =
    'Gunmen stormed a hotel in Mogadishu, Somalia, on Friday and killed 9 guests. ' +
    'Al-Shabaab claimed the attack, while officials said Islamic State militants were suspected.';
  const events = run(text, '2019-03-05');
  const main = events.find((e) => /stormed a hotel/.test(e.evidence.text));
  assert.ok(main, 'the attack is coded');
  assert.equal(main!.actor1, 'Unidentified Armed Group (Somalia)');
});

test('"the abductions could not be verified" qualifies the event before it, naming back the monitor', () => {
  const text =
    'The Syrian Observatory for Human Rights said on Monday that ISIS had seized the village of Tal Jamaa. ' +
    'The Observatory said the militants had abducted 30 residents of the village. ' +
    'The abductions could not be independently verified.';
  const events = run(text, '2016-03-07');
  assert.equal(events.filter((e) => /could not be independently verified/.test(e.evidence.text)).length, 0, 'the remark is no event');
  const abduction = events.find((e) => e.sub_event_type === 'Abduction/forced disappearance');
  assert.ok(abduction, 'the abduction is coded');
  assert.equal(abduction!.claim.status, 'unverified');
  assert.equal(abduction!.claim.by, 'Syrian Observatory for Human Rights');
});

// A regional round-up, written for sitrep: the claim is about its first attack only, told nine
// sentences before the Maru killing (a claim reaches eight).
const roundUp = [
  'Militants of the Islamic State West Africa Province raided an army post in Damasak, Borno state, on Monday, killing four soldiers, officers said.',
  'ISWAP claimed responsibility for the raid in a statement on its channels.',
  'Elsewhere in Borno, troops cleared two camps in the Sambisa forest, the army said.',
  'A curfew remained in force in Maiduguri, where traders complained of lost business.',
  'The state governor visited the wounded in hospital and promised compensation.',
  'Aid agencies said food prices had doubled in the camps since January.',
  'In Plateau state, herders and farmers met elders to discuss grazing routes.',
  'Schools in Yobe reopened after a two-week closure.',
  'The federal government announced new funding for the police.',
  'Fuel queues returned to Kano after a week of shortages.',
  'Far to the west, gunmen on motorcycles killed nine farmers in fields outside Maru in Zamfara state on Tuesday, a councillor said.',
  'In Kaduna state, bandits abducted 30 villagers from Kajuru on Wednesday, residents said.',
].join(' ');

test('a claim credits the events told near it, not a round-up\'s other incidents', () => {
  const events = run(roundUp, '2024-03-14');
  const maru = events.find((e) => /outside Maru/.test(e.evidence.text));
  assert.ok(maru, 'the Maru killing is coded');
  assert.equal(maru!.actor1, 'Unidentified Armed Group (Nigeria)');
});

test('bandits are never the jihadist group a story credits', () => {
  const text =
    'Bandits abducted 30 villagers from Kajuru in Kaduna state on Wednesday, residents said. ' +
    'ISWAP claimed responsibility for an attack on soldiers in Borno the same day.';
  const events = run(text, '2024-03-14');
  const kajuru = events.find((e) => /Kajuru/.test(e.evidence.text));
  assert.ok(kajuru, 'the abduction is coded');
  assert.equal(kajuru!.actor1, 'Unidentified Armed Group (Nigeria)');
});
