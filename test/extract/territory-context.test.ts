// A takeover after the other side withdrew is a non-violent transfer only when nothing in the
// story tells of fighting for the place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;
const typeOf = (text: string) => {
  const r = reportFromText(text, { date: '2021-11-20' });
  const events = extractEvents(r, splitSentences(r), [], ctx);
  return events.find((e) => /seized the town/.test(e.evidence.text))?.sub_event_type;
};
const takeover = 'Rebels seized the town of Bambari after government soldiers withdrew, residents said. ';

test('with fighting in the story, a takeover after a withdrawal is a non-state actor overtaking territory', () => {
  assert.equal(typeOf(takeover + 'Heavy fighting had raged on its outskirts since Tuesday.'), 'Non-state actor overtakes territory');
});

test('with nothing of fighting, or a handover told, it stays a non-violent transfer', () => {
  const alone = typeOf(takeover + 'Shops reopened on Saturday.');
  assert.equal(alone, 'Non-violent transfer of territory');
  assert.equal(typeOf(takeover + 'Heavy fighting had raged nearby, but the town itself was handed over under a local deal.'), 'Non-violent transfer of territory');
});
