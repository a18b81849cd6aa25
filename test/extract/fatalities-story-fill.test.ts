// The main event's toll when its own sentence states none, or states a sum over places (issue #3).
// Reports and notes written by us; places and figures are made up or freely varied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventLocation, EventMention } from '../../src/core/types.js';
import type { SubEventType } from '../../src/core/taxonomy.js';
import { eventTypeOf } from '../../src/core/taxonomy.js';
import { fillUncountedMain, preferPreciseToll, preferUpdatedToll, splitAggregateToll } from '../../src/extract/fatality-tally.js';
import { fatalitiesIn } from '../../src/extract/fatalities.js';

const place = (name: string, admin1: string | null): EventLocation => ({ name, lat: 0, lon: 0, geonameid: null, country: 'Syria', admin1, geo_precision: 1 });
function mention(sub: SubEventType, text: string, start: number, loc: EventLocation | null, count?: { value: number; words: string; rule?: string }, date: string | null = '2016-03-07'): EventMention {
  const at = count ? start + text.indexOf(count.words) : start;
  return {
    event_type: eventTypeOf(sub), sub_event_type: sub, event_date: date, time_precision: date ? 1 : null,
    actor1: null, assoc_actor_1: null, inter1: null, actor2: null, assoc_actor_2: null, inter2: null,
    location: loc, fatalities: count?.value ?? 0, claim: { status: 'reported', by: null },
    evidence: { start, end: start + text.length, text }, entry: 0, salience: 1,
    sources: { fatalities: count ? { span: { start: at, end: at + count.words.length }, rule: count.rule ?? 'number' } : { span: null, rule: 'none-reported=0' } },
  };
}
const story = (e: EventMention) => e.entry;

test('a main telling with no toll takes the count the story gives at its place, with its words', () => {
  const town = place('Kafr Nubl', 'Idlib');
  // Wire style: the main sentence tells the bombing campaign, the next one its dead, read as another type.
  const main = mention('Air/drone strike', 'Government jets dropped dozens of barrel bombs on Kafr Nubl over the weekend, activists said.', 0, town);
  const dead = mention('Shelling/artillery/missile attack', 'Medics in Kafr Nubl say the assault has left at least 31 people dead since Saturday night.', 95, town, { value: 31, words: 'at least 31', rule: 'conservative-figure' });
  fillUncountedMain([main, dead], story);
  assert.equal(main.fatalities, 31);
  assert.equal(main.sources.fatalities?.rule, 'count-at-this-place-in-story:conservative-figure');
  assert.deepEqual(main.sources.fatalities?.span, dead.sources.fatalities?.span);
});

test('a count in the same province counts; one at another place, day or incident does not', () => {
  const main = mention('Air/drone strike', 'Rescuers said a drone hit a bakery queue in Maarat Misrin on Monday.', 0, place('Maarat Misrin', 'Idlib'));
  const village = mention('Air/drone strike', 'At least 9 civilians were killed when jets struck the village of Tell Mardikh the same morning.', 100, place('Tell Mardikh', 'Idlib'), { value: 9, words: 'At least 9', rule: 'conservative-figure' });
  fillUncountedMain([main, village], story);
  assert.equal(main.fatalities, 9);

  const far = mention('Air/drone strike', 'Jets pounded Douma on Monday, residents said.', 0, place('Douma', 'Rif Dimashq'));
  const other = mention('Air/drone strike', 'In Hama, strikes killed 14 people.', 50, place('Hama', 'Hama'), { value: 14, words: '14' });
  fillUncountedMain([far, other], story);
  assert.equal(far.fatalities, 0);

  const today = mention('Shelling/artillery/missile attack', 'Shells fell on the old quarter of Homs on Monday, wounding dozens.', 0, place('Homs', 'Homs'));
  const lastMonth = mention('Shelling/artillery/missile attack', 'Shelling of the same quarter killed 22 people a month ago.', 70, place('Homs', 'Homs'), { value: 22, words: '22' }, '2016-02-05');
  const recalled = mention('Shelling/artillery/missile attack', 'Last week shelling of the quarter killed 8 people.', 130, place('Homs', 'Homs'), { value: 8, words: '8' });
  fillUncountedMain([today, lastMonth, recalled], story);
  assert.equal(today.fatalities, 0);
});

test('a story that says no one died keeps its main event at 0', () => {
  const town = place('Ariha', 'Idlib');
  const main = mention('Shelling/artillery/missile attack', 'Rockets hit a school in Ariha on Monday; no one was killed, the local council said.', 0, town);
  const older = mention('Shelling/artillery/missile attack', 'Rockets had killed 5 pupils in Ariha on Saturday.', 90, town, { value: 5, words: '5' }, '2016-03-05');
  fillUncountedMain([main, older], story);
  assert.equal(main.fatalities, 0);
  // The step runs with the story's other toll rules.
  preferPreciseToll([main, older], story);
  assert.equal(main.fatalities, 0);
});

test('a sentence stating the sum over two places, then its own place count: the place count is the event', () => {
  const text = '9 civilians killed and 20 injured in rocket fire on Aleppo and Idlib Local sources said 5 civilians including a nurse were killed in Aleppo.';
  const main = mention('Shelling/artillery/missile attack', text, 0, place('Aleppo', 'Aleppo'), { value: 9, words: '9' });
  const idlib = mention('Shelling/artillery/missile attack', 'In Idlib, rockets killed four civilians.', 150, place('Idlib', 'Idlib'), { value: 4, words: 'four' });
  splitAggregateToll([main, idlib], story);
  assert.equal(main.fatalities, 5);
  assert.match(main.sources.fatalities?.rule ?? '', /^toll-at-this-place-of-told-sum:/);
  const span = main.sources.fatalities!.span!;
  assert.equal(text.slice(span.start, span.end), '5');
  // When the counts do not add up to the sum, nothing shows the figure was one: it stands.
  const odd = mention('Shelling/artillery/missile attack', text, 0, place('Aleppo', 'Aleppo'), { value: 9, words: '9' });
  const idlib3 = mention('Shelling/artillery/missile attack', 'In Idlib, rockets killed three civilians.', 150, place('Idlib', 'Idlib'), { value: 3, words: 'three' });
  splitAggregateToll([odd, idlib3], story);
  assert.equal(odd.fatalities, 9);
});

test('a toll of a sweep across the nation is split to the main place when the story counts it', () => {
  const bab = place('Al-Bab', 'Aleppo');
  const main = mention('Air/drone strike', 'State media said a three-day sweep across the nation had left over 90 militants dead.', 0, bab, { value: 90, words: 'over 90', rule: 'conservative-figure' });
  const own = mention('Air/drone strike', 'Jets struck hideouts near al-Bab, killing at least 55 militants.', 100, bab, { value: 55, words: 'at least 55', rule: 'conservative-figure' });
  const hama = mention('Armed clash', 'In Hama province, ground troops killed 7 fighters.', 170, place('Hama', 'Hama'), { value: 7, words: '7' });
  splitAggregateToll([main, own, hama], story);
  assert.equal(main.fatalities, 55);
});

test('"no details of casualties" says none were counted, not that none died', () => {
  const town = place('Tal Afar', 'Nineveh');
  const main = mention('Armed clash', 'Militants and troops fought on the edge of Tal Afar on Monday; there were no details of casualties.', 0, town);
  const dead = mention('Armed clash', 'Hospital staff in Tal Afar later said 7 soldiers had been killed in the fighting.', 110, town, { value: 7, words: '7' });
  fillUncountedMain([main, dead], story);
  assert.equal(main.fatalities, 7);
});

test('a later update of the toll at the same place is the main event\'s toll (live blog)', () => {
  const town = place('Jableh', 'Latakia');
  const first = '10:05 – A car bomb has gone off near the bus station in Jableh, killing 18 people, state TV says.';
  const later = '13:40 – The toll from the bus station bombing has risen to 26, the health ministry says.';
  assert.match(fatalitiesIn(later).parts[0]!.rule, /toll-risen/);
  const main = mention('Remote explosive/landmine/IED', first, 0, town, { value: 18, words: '18' });
  const update = mention('Remote explosive/landmine/IED', later, 120, town, { value: 26, words: '26', rule: 'number+toll-risen' });
  preferUpdatedToll([main, update], story);
  assert.equal(main.fatalities, 26);
  assert.match(main.sources.fatalities?.rule ?? '', /^updated-toll-in-story:/);
  // An update told of another town, or a smaller figure, changes nothing.
  const other = mention('Remote explosive/landmine/IED', first, 0, town, { value: 18, words: '18' });
  const far = mention('Remote explosive/landmine/IED', 'In Tartus, the toll from a second blast has risen to 30.', 120, place('Tartus', 'Tartus'), { value: 30, words: '30', rule: 'number+toll-risen' });
  const lower = mention('Remote explosive/landmine/IED', 'The toll in Jableh has risen to 12.', 200, town, { value: 12, words: '12', rule: 'number+toll-risen' });
  preferUpdatedToll([other, far, lower], story);
  assert.equal(other.fatalities, 18);
});
