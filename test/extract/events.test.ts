// extractEvents over whole reports: every field set with its source, the main event first,
// nothing from comments, forecasts dropped. Uses the real classifier: the sentences are ones
// any classifier must code (an air strike, a car bomb, a protest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Report, Sentence } from '../../src/core/types.js';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';
import { fatalitiesIn } from '../../src/extract/fatalities.js';

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;

function run(report: Report, sentences: Sentence[] = splitSentences(report)) {
  return extractEvents(report, sentences, [], ctx);
}

test('a coded event: actors, fatalities, date, claim, each traced to the text', () => {
  const text = 'Syrian warplanes struck a market in Syria on Thursday, killing at least 17 civilians, the Syrian Observatory for Human Rights said.';
  const events = run(reportFromText(text, { date: '2015-08-16' }));
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.equal(e.sub_event_type, 'Air/drone strike');
  assert.equal(e.actor1, 'Military Forces of Syria (2000-)');
  assert.equal(e.actor2, 'Civilians (Syria)');
  assert.equal(e.fatalities, 17);
  assert.equal(e.event_date, '2015-08-13');
  assert.equal(e.time_precision, 1);
  assert.deepEqual(e.claim, { status: 'reported', by: 'Syrian Observatory for Human Rights' });
  for (const f of ['actor1', 'actor2', 'fatalities', 'event_date', 'claim', 'sub_event_type']) assert.ok(e.sources[f], `source for ${f}`);
  const fs = e.sources.fatalities!.span!;
  assert.equal(text.slice(fs.start, fs.end), 'at least 17');
  assert.equal(e.evidence.text, text);
});

test('several events in one report, the headline\'s first', () => {
  const text =
    'Car bomb kills 12 in Azaz\n\n' +
    'Protesters gathered peacefully in Kafranbel on Friday. ' +
    'A car bomb exploded near a mosque in Azaz on Saturday, killing 12 people, activists said.';
  const report = reportFromText(text, { date: '2014-01-12' });
  report.zones = [
    { kind: 'headline', start: 0, end: 25, entry: 0 },
    { kind: 'body', start: 27, end: text.length, entry: 0 },
  ];
  report.entries[0]!.headline = { start: 0, end: 25 };
  const events = run(report);
  assert.ok(events.length >= 2);
  assert.equal(events[0]!.sub_event_type, 'Remote explosive/landmine/IED');
  assert.equal(events[0]!.fatalities, 12);
  const protest = events.find((e) => e.sub_event_type === 'Peaceful protest');
  assert.ok(protest, 'the protest is kept as a mention of its own');
  assert.equal(protest!.fatalities, 0);
  assert.equal(protest!.event_date, '2014-01-10');
  assert.ok(events.every((e, i) => i === 0 || e.salience <= events[i - 1]!.salience));
});

test('no events from comments, captions or furniture', () => {
  const text = 'Rebels shelled the airport in Aleppo on Monday, killing 4 soldiers.\nReader comment: regime jets bombed my village yesterday, killing 30.';
  const report = reportFromText(text, { date: '2014-02-05' });
  const cut = text.indexOf('\n');
  report.zones = [
    { kind: 'body', start: 0, end: cut, entry: 0 },
    { kind: 'comment', start: cut + 1, end: text.length, entry: null },
  ];
  const events = run(report);
  assert.ok(events.length >= 1);
  assert.ok(events.every((e) => e.evidence.end <= cut), 'nothing from the comment');
});

test('a forecast gives no event; a negated event is denied; a hedged one unverified', () => {
  assert.equal(run(reportFromText('The army will attack Aleppo next week.', { date: '2016-01-01' })).length, 0);
  const denied = run(reportFromText('ISIS fighters did not withdraw from al-Bab on Monday.', { date: '2016-01-01' }));
  for (const e of denied) assert.equal(e.claim.status, 'denied');
  const hedged = run(reportFromText('Regime helicopters reportedly dropped barrel bombs on Daraya on Sunday.', { date: '2016-01-05' }));
  assert.ok(hedged.length >= 1);
  assert.equal(hedged[0]!.claim.status, 'unverified');
});

test('the toll in the sentence after an event belongs to it', () => {
  const text = 'A suicide bomber blew himself up at a checkpoint in Homs on Tuesday. Nine people died, activists said.';
  const events = run(reportFromText(text, { date: '2014-03-06' }));
  assert.equal(events[0]!.sub_event_type, 'Suicide bomb');
  assert.equal(events[0]!.fatalities, 9);
  assert.equal(fatalitiesIn('Nine people died, activists said.').value, 9);
});

test('no date in the text: the report date at precision 2; no date at all: null', () => {
  const e1 = run(reportFromText('Rebels shelled the airport in Aleppo, killing 4 soldiers.', { date: '2014-02-05' }))[0]!;
  assert.deepEqual([e1.event_date, e1.time_precision], ['2014-02-05', 2]);
  const e2 = run(reportFromText('Rebels shelled the airport in Aleppo, killing 4 soldiers.'))[0]!;
  assert.deepEqual([e2.event_date, e2.time_precision], [null, null]);
});

test('a headline takes the date its lead states', () => {
  const text = 'Militants overrun Mosul as Iraqi troops abandon posts\n\nBAGHDAD, June 11, 2014 (Reuters) - Sunni militants of the Islamic State of Iraq and the Levant seized Mosul on Tuesday.';
  const events = run(reportFromText(text, { date: '2014-06-11' }));
  const head = events.find((e) => e.evidence.start === 0);
  assert.ok(head, 'the headline is coded');
  assert.equal(head!.event_date, '2014-06-10');
  assert.equal(head!.sources.event_date!.rule, 'date-from-lead');
  const lead = events.find((e) => e.evidence.start > 0)!;
  assert.equal(lead.actor1, 'Islamic State (Iraq)');
});

test('a publication date known only to the month makes "on Thursday" a month-precise date', () => {
  const report = reportFromText('Rebels shelled the airport in Aleppo on Thursday, killing 4 soldiers.', { date: '2014-02-15' });
  report.publishedPrecision = 3;
  const e = run(report)[0]!;
  assert.deepEqual([e.event_date, e.time_precision], ['2014-02-15', 3]);
});

test('a live page\'s title sums up its entries and is not coded itself', () => {
  const title = 'Yemen live: Houthi drone hits Aden port';
  const e1 = 'A Houthi drone struck a fuel depot at Aden port on Sunday, officials said.';
  const e2 = 'Coalition jets bombed positions near Marib on Sunday.';
  const text = `${title}\n\n${e1}\n\n${e2}`;
  const report = reportFromText(text, { date: '2021-09-12' });
  const a = title.length + 2, b = a + e1.length + 2;
  report.zones = [
    { kind: 'title', start: 0, end: title.length, entry: null },
    { kind: 'body', start: a, end: a + e1.length, entry: 0 },
    { kind: 'body', start: b, end: text.length, entry: 1 },
  ];
  report.entries = [
    { index: 0, start: a, end: a + e1.length, headline: null, date: null },
    { index: 1, start: b, end: text.length, headline: null, date: null },
  ];
  const events = run(report);
  assert.ok(events.length >= 2, events.map((e) => e.evidence.text).join(' | '));
  assert.ok(events.every((e) => e.evidence.start >= a), 'nothing from the page title');
});
