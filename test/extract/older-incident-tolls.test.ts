// A story's main event that states no deaths does not borrow the toll of an older incident the
// story recalls at the same place ("Last September, an attack on the same post killed 14"); the
// recalled incident keeps its own date. Restated from Nigerien and Malian army statements of the
// kind AFP and Reuters carry; every sentence is ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './run-extract.js';
import { findDates } from '../../src/time/dates.js';

test('"last September" is a month before the report, not the report week', () => {
  const [d] = findDates('Last September, militants attacked the same post.', '2024-03-11');
  assert.equal(d?.date.slice(0, 7), '2023-09');
  assert.equal(d?.precision, 3);
});

for (const recalled of [
  'Last September, militants attacked the same post and killed 14 soldiers.',
  'Three months ago, militants attacked the same post and killed 14 soldiers.',
  'In a raid on the same post on October 2, militants killed 14 soldiers.',
]) {
  test(`an older incident's toll stays its own: ${recalled.slice(0, 40)}`, () => {
    const events = extractFromText(`Suspected jihadists attacked an army post in Diffa on Sunday, the defence ministry said, without giving a toll. ${recalled}`, '2024-03-11');
    assert.ok(events.length >= 1);
    assert.equal(events[0]!.event_date, '2024-03-10');
    assert.equal(events[0]!.fatalities, 0, events[0]!.sources.fatalities?.rule);
    const old = events.find((e) => e.fatalities === 14);
    assert.ok(old && old.event_date! < '2024-01-01', JSON.stringify(events.map((e) => [e.event_date, e.fatalities])));
  });
}

test('a later sentence of the same day still gives the main event its toll', () => {
  const events = extractFromText(
    'Suspected jihadists attacked an army post in Diffa on Sunday, the defence ministry said. Militants attacked the post before dawn and killed 14 soldiers, a security source said.',
    '2024-03-11',
  );
  assert.equal(events[0]!.fatalities, 14);
});
