import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SUB_EVENT_TYPE_LIST, eventTypeOf, interaction, EVENT_TYPES } from '../../src/core/taxonomy.js';

test('the taxonomy has ACLED\'s 6 event types and 25 sub-event types', () => {
  assert.equal(SUB_EVENT_TYPE_LIST.length, 25);
  assert.deepEqual(new Set(SUB_EVENT_TYPE_LIST.map(eventTypeOf)), new Set(EVENT_TYPES));
  assert.equal(eventTypeOf('Suicide bomb'), 'Explosions/Remote violence');
  assert.equal(eventTypeOf('Non-violent transfer of territory'), 'Strategic developments');
});

test('interaction joins inter codes lower first, one-sided as N0', () => {
  assert.equal(interaction(7, 1), 17);
  assert.equal(interaction(6, null), 60);
  assert.equal(interaction(null, 3), null);
});
