// A declared victory over a group in a place is the place changing hands, for the side that
// declares it; a takeover told only to date something else ("two years after rebels overran the
// town") is no event of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';

const sub = (t: string) => classifySentence(t)?.sub_event_type ?? null;

test('a government declaring victory over a group in a town regains territory', () => {
  assert.equal(sub('The Philippine president declared victory over the Maute group in Marawi on Tuesday.'), 'Government regains territory');
  assert.equal(sub('Al-Shabaab declared victory over government troops in Bulo Burde after the army left.'), 'Non-state actor overtakes territory');
  assert.equal(sub('The ruling party declared victory in the election on Sunday.'), null);
});

test('a takeover told to date another happening is not coded', () => {
  assert.equal(sub('The market reopened on Monday, three years after militants overran the town.'), null);
  assert.equal(sub('Militants overran the town on Monday.'), 'Non-state actor overtakes territory');
});

test('the subject after an opening phrase decides who gained, not an actor named in that phrase', () => {
  // Restating how the 2017 retaking of al-Qaryatayn was told (EA WorldView, Oct 2017).
  assert.equal(sub('In the third week of a pro-government push, the Islamic State has retaken the town of al-Qaryatayn in Homs Province.'), 'Non-state actor overtakes territory');
  assert.equal(sub('After days of fighting with rebel brigades, the army recaptured the town of Morek on Sunday.'), 'Government regains territory');
  // With no actor after the comma, the clause's subject still counts.
  assert.equal(sub('The army, backed by Russian jets, recaptured the town of Morek on Sunday.'), 'Government regains territory');
});
