// The main event's toll told across a story (issue #3): a headline that tells deaths in words, a
// round headline bound, a toll summed over separate places. Reports written by us, in wire style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventLocation, EventMention } from '../../src/core/types.js';
import type { SubEventType } from '../../src/core/taxonomy.js';
import { eventTypeOf } from '../../src/core/taxonomy.js';
import { preferPreciseToll, splitAggregateToll } from '../../src/extract/fatality-tally.js';
import { reportFromText } from '../../src/ingest/index.js';
import { pipelineContext } from '../../src/pipeline/context.js';
import { processReport } from '../../src/pipeline/process.js';

const ctx = pipelineContext();
const mainOf = (text: string, date: string) => processReport(reportFromText(text, { date }), ctx).events[0];

test('a headline telling deaths without a count takes the figure of its lead, whatever type each is read as', () => {
  const main = mainOf(
    'Several killed, injured in twin blasts in Maiduguri\n\nTwo suicide bombers blew themselves up at a fish market in Maiduguri on Saturday evening, killing at least nine people and wounding 23, a police spokesman said.',
    '2019-03-02',
  );
  assert.equal(main?.fatalities, 9);
  assert.match(main?.sources.fatalities?.rule ?? '', /^precise-count-in-story:/);
});

test('a headline saying no one died does not take the toll of an older attack told further down', () => {
  const main = mainOf(
    "No one killed as rocket hits school in Kandahar\n\nA rocket fired by insurgents struck a girls' school in Kandahar on Sunday, wounding four pupils, officials said. Last week a roadside bomb in the same district killed 6 police officers.",
    '2017-05-20',
  );
  assert.equal(main?.fatalities, 0);
});

test('"dozens" in a headline is counted by the lead, not by an earlier day told after it', () => {
  const main = mainOf(
    "Dozens killed in Russian strikes on Kharkiv\n\nRussian missiles struck a residential district of Kharkiv on Thursday, killing at least 18 people, the regional governor said. A day earlier, shelling on the city's northern outskirts had killed 25 people.",
    '2022-08-18',
  );
  assert.equal(main?.fatalities, 18);
});

test('a round bound in the headline ("more than 60") gives way to the count inside it, not to a smaller one', () => {
  const counted = mainOf(
    'More than 60 killed in Kabul wedding hall bombing\n\nA suicide bomber struck a packed wedding hall in western Kabul late on Saturday, killing 63 people and wounding 182 others, the interior ministry said.',
    '2019-08-18',
  );
  assert.equal(counted?.fatalities, 63);
  const subset = mainOf(
    'More than 60 killed in Kabul wedding hall bombing\n\nA suicide bomber struck a packed wedding hall in western Kabul late on Saturday, the interior ministry said. The blast killed 45 men and wounded 182 others, it said.',
    '2019-08-18',
  );
  assert.equal(subset?.fatalities, 60);
});

test('a toll summed over separate strikes in two provinces is not the main event: its own place counts', () => {
  const main = mainOf(
    'Separate air strikes on Saada and Hajjah killed 20 civilians on Tuesday, a health official said. In Saada, a strike on a busy market killed 12 people. Eight members of one family died when a missile hit their home in Hajjah.',
    '2022-02-09',
  );
  assert.equal(main?.location?.name, 'Saada');
  assert.equal(main?.fatalities, 12);
  assert.match(main?.sources.fatalities?.rule ?? '', /^toll-at-this-place:/);
});

// Mention-level checks of the same rules, where the pipeline's choices are fixed by hand.
const place = (name: string, admin1: string | null, p: 1 | 2 | 3): EventLocation => ({ name, lat: 0, lon: 0, geonameid: null, country: 'Mali', admin1, geo_precision: p });
function mention(sub: SubEventType, fatalities: number, location: EventLocation | null, text: string, start: number, rule = 'number'): EventMention {
  return {
    event_type: eventTypeOf(sub), sub_event_type: sub, event_date: null, time_precision: null,
    actor1: null, assoc_actor_1: null, inter1: null, actor2: null, assoc_actor_2: null, inter2: null,
    location, fatalities, claim: { status: 'reported', by: null },
    evidence: { start, end: start + text.length, text }, entry: 0, salience: 1,
    sources: { fatalities: { span: fatalities ? { start, end: start + 2 } : null, rule: fatalities ? rule : 'none-reported=0' } },
  };
}
const story = (e: EventMention) => e.entry;

test('a summed toll stays when no telling counts the dead at the main place, or when nothing says it is summed', () => {
  const gao = place('Gao', 'Gao', 1);
  // The province-wide figure and a count from another town: nothing at the main event's own place.
  const main = mention('Armed clash', 30, gao, 'Simultaneous attacks on army posts around Gao and Menaka killed 30 soldiers.', 0);
  const other = mention('Armed clash', 11, place('Menaka', 'Menaka', 1), 'In Menaka, 11 soldiers died.', 80);
  splitAggregateToll([main, other], story);
  assert.equal(main.fatalities, 30);
  // One attack, then a subset of its dead told at the same place: the total stands.
  const one = mention('Armed clash', 30, gao, 'An attack on an army post in Gao killed 30 soldiers.', 0);
  const part = mention('Armed clash', 11, gao, 'Eleven of the dead were officers at the Gao post.', 60);
  splitAggregateToll([one, part], story);
  assert.equal(one.fatalities, 30);
  // A series of blasts in one town is one event (one place, one day): its total stands.
  const series = mention('Remote explosive/landmine/IED', 40, gao, 'A series of blasts in Gao killed 40 people on Sunday.', 0);
  const blast = mention('Remote explosive/landmine/IED', 12, gao, 'One blast near the Gao market killed 12.', 60);
  splitAggregateToll([series, blast], story);
  assert.equal(series.fatalities, 40);
  // The same series told with a second town's count: then the sum spans places and Gao's count is its own.
  const elsewhere = mention('Remote explosive/landmine/IED', 9, place('Menaka', 'Menaka', 1), 'In Menaka, a blast killed 9.', 120);
  splitAggregateToll([series, blast, elsewhere], story);
  assert.equal(series.fatalities, 12);
});

test('a headline with no count takes no figure from a telling at another place', () => {
  const head = mention('Attack', 0, place('Gao', 'Gao', 1), 'Gunmen kill villagers near Gao', 0);
  const far = mention('Attack', 14, place('Mopti', 'Mopti', 1), 'Gunmen killed 14 villagers near Mopti on Sunday.', 40);
  preferPreciseToll([head, far], story);
  assert.equal(head.fatalities, 0);
});

test("a vague headline prefers a telling of its own type to a lead that tells another incident", () => {
  const main = mainOf(
    "Dozens killed in Aleppo fighting\n\nRebels shelled a government-held district of Aleppo on Monday, killing 4 civilians, state media said. Clashes on the city's southern front killed at least 40 fighters on both sides, the Observatory said.",
    '2016-05-02',
  );
  assert.equal(main?.fatalities, 40);
});
