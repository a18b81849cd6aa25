// A bare "the militants" refers back to the one armed group the story has named; with two groups
// named, or none, it stays unidentified (no guess).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;
const run = (text: string, date: string) => {
  const r = reportFromText(text, { date });
  return extractEvents(r, splitSentences(r), [], ctx);
};

test('"the militants" after al-Shabaab is named are al-Shabaab', () => {
  const text =
    'Al-Shabaab fighters attacked an army base in Somalia on Monday, residents said. ' +
    'Later the militants stormed a police station in the same district and killed four officers.';
  const events = run(text, '2019-03-05');
  const later = events.find((e) => /stormed a police station/.test(e.evidence.text));
  assert.ok(later, 'the second attack is coded');
  assert.equal(later!.actor1, 'Al Shabaab');
  assert.match(later!.sources.actor1!.rule, /^anaphora:militants->/);
});

test('with two armed groups named, "the militants" stay unidentified', () => {
  const text =
    'Al-Shabaab and Islamic State fighters fought each other in Somalia on Monday, residents said. ' +
    'Later the militants stormed a police station in the same district and killed four officers.';
  const events = run(text, '2019-03-05');
  const later = events.find((e) => /stormed a police station/.test(e.evidence.text));
  assert.ok(later, 'the second attack is coded');
  assert.equal(later!.actor1, 'Unidentified Armed Group (Somalia)');
});
