// A siege told as a state ("has been surrounded since July") and an appeal for strikes ("urged
// Western partners to allow strikes") are no events of the day (analysts' reviews of a story on
// Madaya's starvation, 2016, and of a Ukrainian live blog; the sentences are ours).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';
import { extractFromText } from './run-extract.js';

test("a town besieged since a month or year past is the siege's state, not today's clash", () => {
  for (const s of [
    'Madaya, home to around 40,000 people, has been surrounded by government forces and Hezbollah fighters since July.',
    'The enclave has been under siege since 2013, aid agencies say.',
  ]) assert.equal(classifySentence(s), null, s);
  // A siege laid today, or fighting since this morning, is an event.
  assert.notEqual(classifySentence('Government forces surrounded the town on Tuesday and clashed with rebels at its edge.'), null);
});

test('an appeal to allow strikes reports no strike', () => {
  const events = extractFromText('President Volodymyr Zelensky urged Western partners to allow strikes on military targets inside Russia.', '2024-05-30');
  assert.equal(events.length, 0, events.map((e) => e.sub_event_type).join(', '));
  // The strike itself, told as done, is one.
  assert.equal(extractFromText('Ukrainian drones struck an oil refinery inside Russia overnight, officials said.', '2024-05-30')[0]?.sub_event_type, 'Air/drone strike');
});
