// Dates told by reference to a day already named ("on the same day", "the following day") take
// that day, however many sentences back it was named.
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

const lead = 'A car bomb exploded outside a market in Kabul, Afghanistan, on Thursday, killing nine people, police said. ' +
  'The market was crowded with shoppers. Windows were shattered across the street. ';

test('"on the same day" is the day the story named before', () => {
  const events = run(lead + 'A roadside bomb struck a bus in Jalalabad on the same day, killing three passengers.', '2021-06-07');
  const second = events.find((e) => /roadside bomb/.test(e.evidence.text));
  assert.ok(second);
  assert.equal(second!.event_date, '2021-06-03');
  assert.match(second!.sources.event_date!.rule, /^date-same-as-earlier/);
});

test('"the following day" is the day after the one named', () => {
  const events = run(lead + 'The following day a roadside bomb struck a bus in Jalalabad, killing three passengers.', '2021-06-07');
  const second = events.find((e) => /roadside bomb/.test(e.evidence.text));
  assert.ok(second);
  assert.equal(second!.event_date, '2021-06-04');
});

test('a toll counted on one day takes the incident\'s day named nearby ("Sunday\'s bombing")', () => {
  const text =
    'The death toll from a bombing at a bus station in Quetta, Pakistan, rose to 31 on Monday, hospital officials said. ' +
    'Relatives gathered outside the morgue after Sunday\'s bombing, the deadliest in the city this year.';
  const events = run(text, '2021-06-07');
  const bombing = events.find((e) => /death toll/.test(e.evidence.text));
  assert.ok(bombing, events.map((e) => e.evidence.text).join(' | '));
  assert.equal(bombing!.event_date, '2021-06-06');
  assert.equal(bombing!.sources.event_date!.rule, 'date-of-incident-named-nearby');
});
