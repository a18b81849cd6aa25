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
