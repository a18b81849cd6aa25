// A name with two strong senses (Georgia the US state and the country) takes, at each mention, the
// sense its own sentence points to: a division that holds a town named in the same sentence. The
// story's other sentences still vote, but a neighbour in the sentence says more. Sentences are ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { places } from './helpers.js';

test('Georgia beside Atlanta is the state, beside Tbilisi the country, in one story', () => {
  // Restated from US and Georgian coverage in spring 2024: a campaign stop in Atlanta and the
  // protests in Tbilisi against the "foreign agents" law, told in one world-news roundup.
  const text =
    'President Biden met lawmakers in Washington on Tuesday to discuss the budget. Later he flew to Atlanta to campaign in Georgia. ' +
    "Meanwhile, thousands of protesters marched through Tbilisi, and Georgia's prime minister said the law would pass.";
  const georgias = places(text).filter((p) => p.text === 'Georgia');
  assert.equal(georgias.length, 2);
  assert.equal(georgias[0]!.countryCode, 'US', georgias[0]!.reason ?? '');
  assert.equal(georgias[0]!.level, 'admin1');
  assert.equal(georgias[1]!.countryCode, 'GE', georgias[1]!.reason ?? '');
  assert.equal(georgias[1]!.level, 'country');
});

test('a sentence that names no town leaves the choice to the story', () => {
  // Restated from Georgian coverage of the 2024 parliamentary election.
  const text = 'Voters in Tbilisi and Batumi queued for hours on Saturday. Observers said the vote in Georgia was marred by pressure on public employees.';
  const g = places(text).find((p) => p.text === 'Georgia');
  assert.equal(g?.countryCode, 'GE');
});
