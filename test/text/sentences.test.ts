import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSpan } from '../../src/text/sentences.js';

const cut = (t: string) => splitSpan(t, 0, t.length).map((s) => t.slice(s.start, s.end));

test('abbreviations, initials and decimals do not end a sentence', () => {
  const t = 'U.S. forces struck 3.5 km from Raqqa on Jan. 4, said Lt. Col. John W. Dorrian. A second strike followed.';
  assert.deepEqual(cut(t), [
    'U.S. forces struck 3.5 km from Raqqa on Jan. 4, said Lt. Col. John W. Dorrian.',
    'A second strike followed.',
  ]);
});

test('a headline line without a full stop is its own sentence', () => {
  const t = 'Regime Airstrikes On Douma\nActivists say 12 people were killed. Rescue work goes on.';
  assert.deepEqual(cut(t), ['Regime Airstrikes On Douma', 'Activists say 12 people were killed.', 'Rescue work goes on.']);
});

test('quotes close with their sentence', () => {
  const t = '"We took the town," the commander said. "It is ours." The army denied it.';
  assert.deepEqual(cut(t), ['"We took the town," the commander said.', '"It is ours."', 'The army denied it.']);
});
