// A scraped page prints its own publication date at its head; its metadata date is often days or
// years off (seen in FA-KES pages: a page stamped "Published October 2 2017" filed as 14 Oct 2017).
// Sentences below are ours, restating the Damascus al-Midan police station bombing of 2 Oct 2017
// (AFP/Reuters) and the Aleppo aid-convoy strike of 19 Sep 2016 (IFRC).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publicationStamp } from '../../src/time/publication-stamp.js';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;
const run = (text: string, date: string) => {
  const r = reportFromText(text, { date });
  return extractEvents(r, splitSentences(r), [], ctx);
};

test('a labelled stamp and a weekday that agrees with its date are stamps; other dates are not', () => {
  assert.equal(publicationStamp('Published October 2 2017 Two bombers struck a police station in Damascus.')?.date, '2017-10-02');
  assert.equal(publicationStamp('Date of publication 3 October 2017 The group said it sent the bombers.')?.date, '2017-10-03');
  assert.equal(publicationStamp('Strike on market kills 40 Monitor AFP Tuesday 14 Nov 2017 Jets hit a market west of Aleppo.')?.date, '2017-11-14');
  assert.equal(publicationStamp('Mon Jul 11 2016 Mortar shells fell on western Aleppo.')?.date, '2016-07-11');
  // 14 Nov 2017 was a Tuesday, not a Monday: a date in a headline, not a stamp.
  assert.equal(publicationStamp('Monday 14 Nov 2017 strike on market recalled by survivors.'), null);
  // A later update is not what the story's weekdays were written against.
  assert.equal(publicationStamp('Updated October 9 2017 Two bombers struck a police station in Damascus on Monday.'), null);
  assert.equal(publicationStamp('Two bombers struck a police station in Damascus on 2 October 2017.'), null);
});

test('"on Monday" is read against the page\'s own stamp, not a wrong metadata date', () => {
  const text = 'Published October 2 2017 At least 17 people were killed when two suicide bombers attacked a police station in the Midan district of Damascus on Monday, a monitor said.';
  const [e] = run(text, '2017-10-14');
  assert.ok(e);
  assert.equal(e!.event_date, '2017-10-02');
});

test('the stamp itself is never the event date; "Mondays raid" nearby names the day', () => {
  const text =
    'Aid convoy strike kills 20 Red Cross AFP Tuesday 20 Sep 2016 The air strikes that hit an aid convoy near Aleppo killed about 20 civilians, the Red Cross said on Tuesday. ' +
    'Volunteers were unloading the trucks when the bombs fell. ' +
    'Mondays raid on the convoy destroyed 18 of its 31 lorries.';
  const events = run(text, '2016-09-05');
  const convoy = events.find((e) => /killed about 20/.test(e.evidence.text));
  assert.ok(convoy, events.map((e) => e.evidence.text).join(' | '));
  assert.equal(convoy!.event_date, '2016-09-19');
  assert.equal(convoy!.sources.event_date!.rule, 'date-of-incident-named-nearby');
});

test('a weekday written before its own date is read with that date, not as the weekday before the anchor', async () => {
  const { findDates } = await import('../../src/time/dates.js');
  const found = findDates('Jets struck the market on Monday 13 November 2017, a monitor said.', '2017-11-20');
  assert.deepEqual(found.map((d) => d.date), ['2017-11-13']);
});
