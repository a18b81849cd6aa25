// Abductions told without the word: captives driven or taken away ("took dozens of pupils into
// the forest", "drove the girls away in trucks") are abductions, not the looting or arson around them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';

const sub = (t: string) => classifySentence(t)?.sub_event_type ?? null;

test('people taken away by attackers are abducted', () => {
  assert.equal(sub('Bandits raided a boarding school in Kagara on Wednesday and took dozens of pupils into the forest.'), 'Abduction/forced disappearance');
  assert.equal(sub('Gunmen burned the dormitories of a college in Jangebe and drove the schoolgirls away in trucks.'), 'Abduction/forced disappearance');
});

test('burning buildings with nobody taken stays property destruction', () => {
  assert.equal(sub('Gunmen stormed a college in Jangebe and set buildings on fire.'), 'Looting/property destruction');
});

test('a raid that burns buildings and carries people off stays an abduction, however sure the model is of the arson', () => {
  // Restating how the Chibok abduction was told (Reuters, May 2014): fire and abduction in one clause.
  assert.equal(sub('Gunmen stormed a girls boarding school in the town of Chibok on the night of April 14, set buildings on fire and drove the students away in trucks.'), 'Abduction/forced disappearance');
});

test('a video or statement released is no release of captives', () => {
  assert.equal(sub('The leader of the group said in a video released on Monday that his fighters had abducted the schoolgirls.'), 'Abduction/forced disappearance');
  assert.equal(sub('In footage released on Tuesday, the rebels showed the two engineers they had abducted near Marib.'), 'Abduction/forced disappearance');
  // A real release still is one.
  assert.equal(sub('The rebels released the two engineers they had seized near Marib.'), 'Other');
});
