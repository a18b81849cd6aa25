// Security bulletins open each line with the incident's day and place: "- 14/10, Atbara: ...".
// The day on the line is the event's day (not the publication date, nor the day of the line
// before), and the place before the colon is the event's place, like a dateline, unless the
// sentence names a more precise one; a country named there bounds where the place is looked for.
// Bulletin lines written by us; the gazetteer is the packaged one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventMention } from '../../src/core/types.js';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import { lineHeadDay } from '../../src/extract/line-head.js';
import { lineHeadPlace } from '../../src/geo/line-head.js';
import { geoparse } from '../../src/geo/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';
import { gazetteer } from '../geo/helpers.js';

function events(text: string): EventMention[] {
  const r = reportFromText(text, { id: 't' });
  const ss = splitSentences(r);
  const ctx = { gazetteer: gazetteer() } as PipelineContext;
  return extractEvents(r, ss, geoparse(r, ss, ctx.gazetteer), ctx);
}
const told = (es: EventMention[], words: RegExp) => {
  const e = es.find((x) => words.test(x.evidence.text));
  assert.ok(e, `no event for ${words} among: ${es.map((x) => x.evidence.text).join(' | ')}`);
  return e!;
};

test('a day in digits at the head of a line: the one valid reading, else the nearest on or before the report', () => {
  // Only day-first is a date (there is no 14th month).
  assert.equal(lineHeadDay('- 14/10, Atbara: a drone struck a depot.', '2023-10-20')?.date, '2023-10-14');
  // Only month-first is a date (there is no 25th month).
  assert.equal(lineHeadDay('10/25, Kherson: shelling hit a school.', '2023-10-28')?.date, '2023-10-25');
  // Both are dates: 11 March is a week back, 3 November four months back.
  const both = lineHeadDay('11/03, Gao: a convoy was ambushed.', '2024-03-18');
  assert.equal(both?.date, '2024-03-11');
  assert.equal(both?.order, 'day-first');
  // ... and the other way round: 11 March again, read month-first.
  assert.equal(lineHeadDay('03/11, Gao: a convoy was ambushed.', '2024-03-18')?.date, '2024-03-11');
  // A year written: a reading after the report is never taken.
  assert.equal(lineHeadDay('12/03/2024, Gao: a cache was seized.', '2024-03-18')?.date, '2024-03-12');
  assert.equal(lineHeadDay('12.03.2024, Gao: a cache was seized.', '2024-03-18')?.date, '2024-03-12');
  assert.equal(lineHeadDay('25/12/2024, Gao: a cache was seized.', '2024-03-18'), null);
  // No year: the year that puts the day on or before the report (a log dated 3 January).
  assert.equal(lineHeadDay('28/12, Mosul: an IED exploded.', '2025-01-03')?.date, '2024-12-28');
  // No report date: day-first with a written year; without a year the day cannot be placed.
  assert.equal(lineHeadDay('05/04/2021, Sittwe: a curfew was declared.', null)?.date, '2021-04-05');
  assert.equal(lineHeadDay('05/04, Sittwe: a curfew was declared.', null), null);
});

test('digits that do not head a bulletin line are not its day', () => {
  // A page's stamp run into its headline, a fraction, a score.
  assert.equal(lineHeadDay('24-08-2014 Army Kills 50 Fighters in Daraa.', '2014-08-24'), null);
  assert.equal(lineHeadDay('3/4 of the district was flooded.', '2020-05-01'), null);
  assert.equal(lineHeadDay('Fighting resumed on 12/03, Gao: residents said.', '2024-03-18'), null);
  // Without a comma, a day heads a line only before its place and colon.
  assert.equal(lineHeadDay('12/03 Gao: gunmen looted a shop.', '2024-03-18')?.date, '2024-03-12');
});

test('the place before the colon, with its type word and its country', () => {
  const a = lineHeadPlace('- 18/10, White Nile state: gunmen ambushed a bus.')!;
  assert.equal(a.level, 'admin1');
  assert.equal(a.dated, true);
  const b = lineHeadPlace('Koumbri, Burkina Faso: soldiers clashed with militants.')!;
  assert.equal('Koumbri, Burkina Faso: soldiers'.slice(b.country!.start, b.country!.end), 'Burkina Faso');
  assert.equal(b.dated, false);
  // A speaker quoted after a colon is no place.
  assert.equal(lineHeadPlace('Mopti: "we will rebuild the market," the mayor said.'), null);
});

test('each line takes its own day and place, not the publication date nor the line before', () => {
  const es = events(
    'Published: 2023-10-20\nWeekly incident log - Sudan, 14-20 October 2023\n\n' +
      '- 14/10, Atbara: a drone struck a fuel depot on the edge of the town, killing two guards.\n' +
      '- 15/10, El Obeid: RSF fighters shelled a residential area, killing four civilians.\n' +
      '- 17/10/2023, Kosti: police fired tear gas to disperse a protest by traders over fuel prices.\n',
  );
  const drone = told(es, /drone struck/);
  assert.equal(drone.event_date, '2023-10-14');
  assert.equal(drone.time_precision, 1);
  assert.equal(drone.location?.name, 'Atbara');
  assert.match(drone.sources.event_date!.rule, /line-head/);
  const shelling = told(es, /shelled/);
  assert.equal(shelling.event_date, '2023-10-15');
  assert.equal(shelling.location?.name, 'El Obeid');
  const protest = told(es, /tear gas/);
  assert.equal(protest.event_date, '2023-10-17');
  assert.equal(protest.location?.name, 'Kosti');
});

test('a small town at the head of a line is the line\'s place, not the next line\'s town', () => {
  const es = events(
    'Published: 2024-05-22\nCentral Mali field notes\n\n' +
      '- 16/05, Bandiagara: a roadside bomb was found and defused by soldiers before a market day.\n' +
      '- 19/05, Mopti: gunmen on motorbikes robbed two traders at the river port.\n',
  );
  const bomb = told(es, /roadside bomb/);
  assert.equal(bomb.location?.name, 'Bandiagara');
  assert.equal(bomb.location?.geo_precision, 1);
  assert.equal(bomb.event_date, '2024-05-16');
});

test('a more precise place in the sentence goes before the province at the head', () => {
  const es = events(
    'Published: 2022-06-10\nNortheast Nigeria security brief\n\n' +
      '- 03/06, Borno state: ISWAP fighters ambushed a military convoy in Konduga, killing three soldiers.\n',
  );
  const ambush = told(es, /ambushed/);
  assert.equal(ambush.location?.name, 'Konduga');
  assert.equal(ambush.event_date, '2022-06-03');
});

test('a country named at the head keeps the place in that country, whatever the report is about', () => {
  const text =
    'Published: 2024-05-22\nSecurity bulletin for Mali\n\n' +
    '- 16/05, Bandiagara: a roadside bomb was found and defused by soldiers.\n' +
    '- 17/05, Djenne: unknown gunmen burned two trucks at a checkpoint.\n' +
    '- 18/05, Koumbri, Burkina Faso: clashes between soldiers and militants left 5 soldiers dead.\n' +
    '- 20/05, Kongoussi, Burkina Faso: militants attacked a patrol, killing two soldiers.\n';
  const es = events(text);
  const clash = told(es, /clashes/);
  // The hamlet is not in the gazetteer: its country, not a Malian town from the lines above.
  assert.equal(clash.location?.country, 'Burkina Faso');
  assert.notEqual(clash.location?.name, 'Djenne');
  assert.equal(clash.event_date, '2024-05-18');
  const patrol = told(es, /patrol/);
  assert.equal(patrol.location?.name, 'Kongoussi');
  assert.equal(patrol.location?.country, 'Burkina Faso');
});

test('a head the gazetteer does not know takes its section\'s country, not another line\'s town', () => {
  const es = events(
    'Published: 2024-05-22\nRegional digest\n\nBURKINA FASO\n' +
      '- 14/05, Kongoussi: soldiers and VDP escorted a food convoy without incident.\n' +
      '- 15/05, Koumbri: militants attacked a gendarmerie post, killing three gendarmes.\n',
  );
  const post = told(es, /gendarmerie post/);
  assert.equal(post.location?.name, 'Burkina Faso');
  assert.equal(post.location?.geo_precision, 3);
  assert.equal(post.event_date, '2024-05-15');
});

test('"in X, Country" with X unknown: the country is where, not a town of the report\'s country', () => {
  const es = events(
    'Published: 2024-05-22\nSecurity bulletin for Mali, week of 13-19 May 2024.\n' +
      'On May 16, a roadside bomb was found near Bandiagara and defused by soldiers.\n' +
      'On May 18, clashes between soldiers and militants left 5 soldiers dead in Koumbri, Burkina Faso.\n',
  );
  const clash = told(es, /clashes/);
  assert.equal(clash.location?.country, 'Burkina Faso');
});
