// Actors from an analyst's review of session 9: Pakistan's official name for the TTP, and an
// organisation named with a generic word ("Sudan Doctors Network") that is a source, not a victim.
// Sentences are ours and restate widely reported news.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFromText } from './run-extract.js';

test("'Fitna al Khawarij' and 'khwarij' are the TTP", () => {
  // Restated from ISPR statements on operations in North Waziristan, 2025.
  const events = extractFromText('Security forces killed 13 khwarij belonging to Fitna al Khawarij in an intelligence-based operation in North Waziristan, Pakistan, on Sunday, the ISPR said.', '2025-03-10');
  assert.ok(events.length >= 1);
  assert.ok(events.some((e) => e.actor1 === 'TTP: Tehreek-i-Taliban Pakistan' || e.actor2 === 'TTP: Tehreek-i-Taliban Pakistan'), events.map((e) => `${e.actor1} / ${e.actor2}`).join('; '));
});

test('a network of doctors that reports the dead is no victim of the shelling', () => {
  // Restated from the Sudan Doctors Network's statements on shelling in El Fasher, 2024.
  const events = extractFromText('RSF shells killed 12 people in Abu Shouk camp near El Fasher, Sudan, on Monday, the Sudan Doctors Network said.', '2024-12-02');
  assert.ok(events.length >= 1);
  for (const e of events) assert.ok(!/Health Workers|Doctors/.test(`${e.assoc_actor_1} ${e.assoc_actor_2} ${e.actor2}`), `${e.actor2} ${e.assoc_actor_2}`);
});
