// Snippets and wire stories often open with the scene ("Boko Haram had held Gwoza since August") and
// tell the news next. Session 10: on a fresh set of snippets written for us (check-26), 7 of the 11
// misses were such an opening sentence chosen over the event told after it. Every sentence here is
// ours and restates widely reported news, named beside it, or is invented in the same style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';
import { classifySnippet } from '../../src/extract/classify/crossval.js';
import { toldAsBackground } from '../../src/extract/classify/aspect.js';

test('a scene set in the past perfect or as lasting is background; a day of its own makes it news', () => {
  assert.equal(toldAsBackground('Islamic State fighters had held the town since June and used it as a depot.'), true);
  assert.equal(toldAsBackground('Houthi forces have repeatedly fired missiles at Saudi cities.'), true);
  assert.equal(toldAsBackground('Troops advancing on the old city have faced snipers and car bombs for weeks.'), true);
  // Reported speech keeps the past perfect for the news itself.
  assert.equal(toldAsBackground('The army said its troops had recaptured the town after two days of fighting.'), false);
  // A day, or "by midnight", dates a new happening.
  assert.equal(toldAsBackground('Troops who had besieged the town for months stormed it on Sunday.'), false);
  assert.equal(toldAsBackground('By midnight youths had smashed shop windows along the high street.'), false);
  assert.equal(toldAsBackground('Gunmen killed five villagers near Bama on Tuesday.'), false);
});

test('the type of a background sentence stays; only its rank falls', () => {
  const c = classifySentence('Soldiers had occupied the village after its residents fled.');
  assert.ok(c, 'still an event');
  assert.ok(c.score <= 0.5);
  assert.ok(c.rules.includes('aspect:told-as-background'));
});

test('the event told after a scene-setting sentence is the snippet\'s event', () => {
  // Restated from reporting on Gwoza, retaken by the Nigerian army in March 2015.
  assert.equal(
    classifySnippet('Boko Haram had held Gwoza since August and called it the seat of its caliphate. Nigerian troops forced the insurgents out of the town on Friday, defence headquarters said.')?.sub_event_type,
    'Government regains territory',
  );
  // Restated from Saudi-led coalition statements on Houthi missiles over Jizan.
  assert.equal(
    classifySnippet('Houthi forces have repeatedly fired ballistic missiles at Saudi cities. On Sunday Saudi air defences shot down a missile over Jizan, the coalition said.')?.sub_event_type,
    'Disrupted weapons use',
  );
  // Invented in the style of a humanitarian agency's note.
  assert.equal(
    classifySnippet('Aid convoys to the district had been blocked for weeks. On Monday three aid workers were seized at a checkpoint by an armed group and driven away, the agency said.')?.sub_event_type,
    'Abduction/forced disappearance',
  );
});
