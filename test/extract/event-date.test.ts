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
    'A bombing at a bus station in Quetta, Pakistan, killed 31 people, hospital officials said on Monday. ' +
    'Relatives gathered outside the morgue after Sunday\'s bombing, the deadliest in the city this year.';
  const events = run(text, '2021-06-07');
  const bombing = events.find((e) => /killed 31 people/.test(e.evidence.text));
  assert.ok(bombing, events.map((e) => e.evidence.text).join(' | '));
  assert.equal(bombing!.event_date, '2021-06-06');
  assert.equal(bombing!.sources.event_date!.rule, 'date-of-incident-named-nearby');
});

test('a span of days, a week named by its first day, an approximate day: precision 2 (ACLED), the middle day', async () => {
  const { eventDateIn } = await import('../../src/time/dates.js');
  const at = (t: string) => {
    const d = eventDateIn(t, '2019-03-20');
    return d ? [d.date, d.precision] : null;
  };
  assert.deepEqual(at('Between 5 and 7 March 2019, soldiers burned houses in a village near Beni.'), ['2019-03-06', 2]);
  assert.deepEqual(at('From 28 February to 2 March 2019, clashes went on west of Marib city.'), ['2019-03-01', 2]);
  assert.deepEqual(at('In the week of 10 March 2019, gunmen abducted four traders near Zaria.'), ['2019-03-13', 2]);
  assert.deepEqual(at('Around 10 March 2019, gunmen killed a village chief near Zaria.'), ['2019-03-10', 2]);
  // A range of people is no range of days; the exact day stays precision 1.
  assert.deepEqual(at('Clashes between 5 and 30 fighters broke out near Marib on 3 March 2019.'), ['2019-03-03', 1]);
});

test("a note's span of days comes out on its event with precision 2", () => {
  const [e] = run('Between 5 and 7 March 2019, soldiers burned dozens of houses in a village near Beni, Democratic Republic of Congo.', '2019-03-08');
  assert.equal(e?.event_date, '2019-03-06');
  assert.equal(e?.time_precision, 2);
});

test('a day carried from a statement gives way to the incident\'s day named nearby ("Monday\'s raid")', () => {
  // Ours, restating the IFRC's account of the Urum al-Kubra aid-convoy strike (19 Sep 2016).
  const text =
    'The Red Cross said on Tuesday that its staff were counting the dead near Aleppo. ' +
    'About 20 civilians were killed as they unloaded lorries carrying flour. ' +
    "Monday's raid on the convoy destroyed 18 of its 31 lorries.";
  const events = run(text, '2016-09-20');
  const convoy = events.find((e) => /About 20 civilians/.test(e.evidence.text));
  assert.ok(convoy, events.map((e) => e.evidence.text).join(' | '));
  assert.equal(convoy!.event_date, '2016-09-19');
});
