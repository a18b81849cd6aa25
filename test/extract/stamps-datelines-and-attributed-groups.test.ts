// A live page whose entries are stamped in any time zone ("09:40 EAT -"), an entry that names no
// place of its own, a dateline's date that a weekday is counted back from, and gunmen "believed to
// belong to" a named group (from an analyst's review of stories we wrote: a Kenyan live blog, an AP-
// style story from Culiacán, a Congolese wire story). Every sentence here is ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/ingest/index.js';
import { entryStampLength } from '../../src/ingest/segment.js';
import { extractFromText } from './run-extract.js';
import { findActorMentions } from '../../src/extract/actors/match.js';

const LIVE = [
  'LIVE: Protests in Nairobi - Tuesday, 25 June 2024',
  '',
  '09:40 EAT - Thousands of young protesters gathered peacefully in the central business district, chanting against the Finance Bill.',
  '',
  '11:15 EAT - Police fired tear gas and water cannon at demonstrators near Parliament. Several people were detained.',
  '',
  '13:05 EAT - Protesters breached the perimeter and set part of the Parliament building on fire. Police opened live fire on the crowd. The Kenya Medical Association says at least 5 people were shot dead and 31 injured.',
].join('\n');

test('entries stamped with any time zone split a live page', () => {
  assert.equal(entryStampLength('09:40 EAT - Thousands gathered.'), '09:40 EAT - '.length);
  assert.equal(entryStampLength('14:10 PKT: Police said'), '14:10 PKT: '.length);
  assert.equal(entryStampLength('Police said at 14:10 that'), 0);
  const r = reportFromText(LIVE, {});
  assert.equal(r.entries.length, 3);
});

test("a live page's title is not an event, and the stamp's letters do not sway the type", () => {
  const events = extractFromText(LIVE, '2024-06-25');
  const types = events.map((e) => e.sub_event_type);
  // The title ("LIVE: Protests in Nairobi") tells no event of its own.
  assert.ok(!events.some((e) => /LIVE:/.test(e.evidence.text)), types.join(', '));
  const fire = events.find((e) => /set part of the Parliament/.test(e.evidence.text));
  assert.equal(fire?.sub_event_type, 'Violent demonstration', types.join(', '));
  // The medics' count of the dead is that riot's toll, not an attack by someone unknown.
  assert.equal(fire?.fatalities, 5);
  assert.ok(!events.some((e) => e.sub_event_type === 'Attack'), types.join(', '));
});

test("a weekday in a sentence after a dated dateline is counted back from the dateline's day", () => {
  const events = extractFromText(
    'CULIACÁN, Mexico, Sept. 20, 2024 — Gunmen of two rival factions of the Sinaloa Cartel clashed on the outskirts of the city on Thursday, leaving 6 dead, the state prosecutor said.',
    '2024-09-20',
  );
  assert.equal(events[0]?.event_date, '2024-09-19');
  assert.equal(events[0]?.time_precision, 1);
});

test('gunmen believed to belong to a named group are that group', () => {
  for (const text of [
    'Gunmen believed to belong to the Allied Democratic Forces attacked the village overnight.',
    'Fighters suspected to be members of the Allied Democratic Forces attacked the village overnight.',
    'Gunmen linked to the Allied Democratic Forces attacked the village overnight.',
  ]) {
    const first = findActorMentions(text)[0]!;
    assert.equal(first.kind, 'named', text);
    assert.match(first.actor?.name ?? '', /Allied Democratic Forces/, text);
  }
  // A generic word alone stays generic.
  assert.equal(findActorMentions('Gunmen attacked the village overnight.')[0]?.kind, 'generic');
});

test("the Taliban are Afghanistan's state forces from 15 August 2021, a rebel group before", () => {
  const after = extractFromText('Taliban fighters raided a house in Kabul and detained two former soldiers on Monday.', '2023-05-01');
  assert.equal(after[0]?.actor1, 'Military Forces of Afghanistan (2021-)');
  assert.equal(after[0]?.inter1, 1);
  const before = extractFromText('Taliban fighters attacked a police post in Kunduz on Monday, killing four officers.', '2016-05-02');
  assert.equal(before[0]?.actor1, 'Taliban');
  assert.equal(before[0]?.inter1, 2);
});

test('an ally told with its describing words is the first side, not the enemy', () => {
  // Restated from Somali and Congolese wire copy (2023, 2024).
  for (const [text, enemy] of [
    ['Somali National Army troops, backed by local clan militias, fought al-Shabaab fighters near Afgoye on Tuesday.', /Shabaab/],
    ['FARDC soldiers and allied Wazalendo militias fought M23 rebels near Sake on Friday.', /M23/],
  ] as const) {
    const e = extractFromText(text, '2024-02-06')[0]!;
    assert.match(e.actor2 ?? '', enemy, text);
    assert.ok(e.assoc_actor_1, text);
  }
  // "and" alone before a verb joins no ally: the soldiers killed the militants.
  const e = extractFromText('Soldiers stormed the camp and killed three militants near Afgoye on Tuesday.', '2024-02-06')[0]!;
  assert.equal(e.assoc_actor_1 ?? null, null);
});

test("a title's town, inside the province the lead names, is where the lead's event happened", async () => {
  // Restated from SOHR's and AP's reports of the Khan Sheikhoun attack, April 2017.
  const { reportFromText } = await import('../../src/ingest/index.js');
  const { splitSentences } = await import('../../src/text/sentences.js');
  const { extractEvents } = await import('../../src/extract/index.js');
  const { geoparse, loadGazetteer } = await import('../../src/geo/index.js');
  const gaz = loadGazetteer();
  const text = [
    'Gas attack kills dozens in Khan Sheikhoun',
    '',
    'The Syrian Observatory for Human Rights has documented the death of at least 58 civilians in an attack believed to have used toxic gas on a rebel-held town in the southern countryside of Idlib early on Tuesday.',
    'The Russian defence ministry said its aircraft had not carried out any strikes in the area.',
  ].join('\n');
  const r = reportFromText(text, { date: '2017-04-04' });
  const sentences = splitSentences(r);
  const events = extractEvents(r, sentences, geoparse(r, sentences, gaz), { gazetteer: gaz } as never);
  const lead = events.find((e) => e.entry >= 0 && e.sub_event_type === 'Chemical weapon')!;
  assert.equal(lead.location?.name, 'Khan Shaykhun');
  assert.equal(lead.location?.geo_precision, 1);
  // The ministry's denial is a denied strike, not a reported one.
  const denial = events.find((e) => /had not carried out/.test(e.evidence.text));
  assert.ok(denial, events.map((e) => e.evidence.text).join(' | '));
  assert.equal(denial.claim.status, 'denied');
});

test("a one-story report's protest headline over a body that tells the riot is one event, the riot", async () => {
  const { reportFromText } = await import('../../src/ingest/index.js');
  const { splitSentences } = await import('../../src/text/sentences.js');
  const { extractEvents } = await import('../../src/extract/index.js');
  // Restated from wire coverage of the storming of Libya's parliament in Tobruk, 1 July 2022.
  const r = reportFromText(
    "Protesters storm Libya's parliament in Tobruk\n\nProtesters angry at power cuts and rising prices stormed the House of Representatives building in the eastern Libyan city of Tobruk on Friday and set part of it on fire.",
    { date: '2022-07-01' },
  );
  const events = extractEvents(r, splitSentences(r), [], { gazetteer: { size: 0 } } as never);
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Violent demonstration']);
});
