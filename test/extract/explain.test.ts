import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../../src/cli/commands/explain.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

// No gazetteer: explain still answers, with places unresolved.
const ctx = { gazetteer: null } as unknown as PipelineContext;

test('explain names the words and rule behind every field', () => {
  const text = 'Turkish jets struck YPG positions near Afrin on Sunday, killing at least 9 fighters, the Syrian Observatory for Human Rights said.';
  const x = explainText(text, '2018-01-23', ctx);
  assert.ok(x.events.length >= 1);
  const e = x.events[0]!;
  assert.equal(e.why.actor1?.words, 'Turkish jets');
  assert.match(e.why.actor1!.rule, /actor-alias/);
  assert.equal(e.why.fatalities?.words, 'at least 9');
  assert.equal(e.why.fatalities?.rule, 'conservative-figure');
  assert.equal(e.why.event_date?.words, 'Sunday');
  assert.equal(e.event_date, '2018-01-21');
  assert.match(e.why.claim!.rule, /attributed/);
  assert.ok(x.actors_found.some((a) => a.text === 'YPG'));
});

test('a sentence with no event is explained as such, not coded', () => {
  const x = explainText('The foreign minister said talks would resume next month in Geneva.', '2018-01-23', ctx);
  assert.equal(x.events.length, 0);
});
