// Sentences with an event word that tell no event: a participle describing an actor ("the
// militia fighting them") and a clause about what a deal or law would cover.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modalityOf } from '../../src/extract/modality.js';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return modalityOf(text, { start, end: start + word.length });
};

test('a participle describing an actor is no event, unless the sentence tells one as fact', () => {
  const call = 'The Taliban leader urged his men in a message on Friday to defeat the militias fighting them in the north.';
  assert.equal(at(call, 'fighting').modality, 'forecast');
  assert.equal(at(call, 'fighting').rule, 'participle-describes-actor');
  const told = 'Government troops battling the insurgents ambushed a convoy near Gao on Monday.';
  assert.equal(at(told, 'battling').modality, 'fact');
});

test('what an agreement would or would not cover is no event', () => {
  const clause = 'Operations against armed groups listed by the Security Council, including al-Shabaab, will not be covered by the truce.';
  assert.equal(at(clause, 'Operations').modality, 'forecast');
  assert.equal(at('Attacks on the market killed nine people on Sunday.', 'Attacks').modality, 'fact');
});
