import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDateIn, findDates, isoDay } from '../../src/time/dates.js';

// Reference: Friday 10 January 2014.
const REF = '2014-01-10';
const d = (t: string, ref: string | null = REF) => {
  const r = eventDateIn(t, ref);
  return r ? [r.date, r.precision] : null;
};

test('weekday: the last such day on or before the reference', () => {
  assert.deepEqual(d('On Thursday, ISIS fighters attacked the checkpoint.'), ['2014-01-09', 1]);
  assert.deepEqual(d('Rebels shelled the base on Friday.'), ['2014-01-10', 1]);
  assert.deepEqual(d('Clashes erupted on Saturday night.'), ['2014-01-04', 1]);
});

test('yesterday, today and days ago', () => {
  assert.deepEqual(d('A car bomb exploded yesterday in Homs.'), ['2014-01-09', 1]);
  assert.deepEqual(d('Protesters gathered in Kafranbel this morning.'), ['2014-01-10', 1]);
  assert.deepEqual(d('The village was captured two days ago.'), ['2014-01-08', 1]);
});

test('last week is a span of days: precision 2', () => {
  assert.deepEqual(d('Last week ISIS struck on three fronts.'), ['2014-01-03', 2]);
});

test('month and day take the year that is not after the reference', () => {
  assert.deepEqual(d('On January 8 the army entered the town.'), ['2014-01-08', 1]);
  assert.deepEqual(d('On December 30 the army entered the town.'), ['2013-12-30', 1]);
  assert.deepEqual(d('On January 22 the army entered the town.'), ['2013-01-22', 1]);
});

test('explicit dates, ACLED note style included', () => {
  assert.deepEqual(d('On 5 March 2019, Boko Haram militants attacked Gajiram.'), ['2019-03-05', 1]);
  assert.deepEqual(d('Fighting resumed on March 5, 2015 near Kobani.', null), ['2015-03-05', 1]);
  assert.deepEqual(d('Reported on 2015-02-03.', null), ['2015-02-03', 1]);
});

test('part of a month is precision 2, a month alone precision 3', () => {
  assert.deepEqual(d('In early December rebels took the hill.'), ['2013-12-05', 2]);
  assert.deepEqual(d('In late March 2013 the regime retook the town.'), ['2013-03-25', 2]);
  assert.deepEqual(d('The raids took place in December.'), ['2013-12-15', 3]);
  assert.deepEqual(d('The raids took place in November 2012.'), ['2012-11-15', 3]);
});

test('a date bounding a period is not the event date; "may" the verb is not May', () => {
  assert.equal(d('Fighting has gone on since March 2011.'), null);
  assert.equal(findDates('Rebels may attack the town.', REF).length, 0);
});

test('relative dates need a reference: none, no guess', () => {
  assert.equal(d('On Thursday, ISIS fighters attacked the checkpoint.', null), null);
});

test('a dateline dates the report, and relative dates after it resolve against it', () => {
  assert.deepEqual(d('BEIRUT, April 5, 2017 (AFP) - The toll from the strike on Tuesday rose to 72.', null), ['2017-04-04', 1]);
  assert.equal(d('DAMASCUS, March 27, 2016 (AFP) - Government forces retook the town.', null), null);
});

test('a day or two past the reference is a time-zone difference, not last year', () => {
  assert.deepEqual(d('The strike came at 4:40 a.m. local time on April 7.', '2017-04-06'), ['2017-04-07', 1]);
});

test('isoDay writes YYYY-MM-DD with zero padding, and years outside 1000-9999 as toISOString does', () => {
  assert.equal(isoDay(new Date(Date.UTC(2014, 0, 5))), '2014-01-05');
  assert.equal(isoDay(new Date(Date.UTC(2019, 11, 31))), '2019-12-31');
  const early = new Date(Date.UTC(2000, 5, 7));
  early.setUTCFullYear(999);
  assert.equal(isoDay(early), '0999-06-07');
});

test('a sentence naming no date skips every pattern; cue words still find theirs', () => {
  assert.deepEqual(findDates('Rebels shelled the airport and regime jets answered.', REF), []);
  assert.deepEqual(findDates('Clashes went on through the night in Aleppo.', REF).map((x) => x.rule), []);
  assert.deepEqual(findDates('Jets struck Douma last night and again this morning.', REF).map((x) => [x.rule, x.date]), [['yesterday', '2014-01-09'], ['today', '2014-01-10']]);
});

test('the day of a statement or a count is not the event\'s when the sentence names another', () => {
  // Reference Friday 10 January 2014.
  assert.deepEqual(d('The governor said on Thursday that gunmen had burned the village last week.'), ['2014-01-03', 2]);
  assert.deepEqual(d('The toll from the bombing rose to 31 on Thursday, after the blast on Tuesday.'), ['2014-01-07', 1]);
  // With no other day named, the statement's day is all there is.
  const only = eventDateIn('Gunmen burned the village, the governor said on Thursday.', REF);
  assert.equal(only?.date, '2014-01-09');
  assert.match(only!.rule, /reporting-act/);
});

test('a number with no month name is no day of a month; a month name in any case still is', () => {
  // A toll and a weekday: only the weekday is a date.
  assert.deepEqual(findDates('Shelling killed 14 people and wounded 30 in Ariha on Tuesday.', REF).map((x) => [x.rule, x.date]), [['weekday', '2014-01-07']]);
  // "MARCH 3" in a capitalised dateline, "3 jan." in a coder's note: the month is read whatever its case.
  assert.deepEqual(findDates('DARAA, MARCH 3 2013 - Rebels took the checkpoint.', REF).map((x) => [x.rule, x.date]), [['month-day-year', '2013-03-03']]);
  assert.deepEqual(findDates('Two killed near the bakery, 3 jan.', REF).map((x) => [x.rule, x.date]), [['day-month', '2014-01-03']]);
});

test('an ISO date needs no month name', () => {
  assert.deepEqual(findDates('Event date 2013-11-02, 4 fatalities.', REF).map((x) => [x.rule, x.date]), [['iso-date', '2013-11-02']]);
});

test('weeks, months and years ago: a takeover recalled is dated when it happened', () => {
  // Restating an Al-Modon account (via EA WorldView, Feb 2015): an activist left Al-Bab "over a year ago" when ISIS took it.
  assert.deepEqual(d('He was forced to leave Al-Bab over a year ago when it was captured by ISIS.', '2015-02-15'), ['2014-02-15', 3]);
  assert.deepEqual(d('The town fell to rebels three months ago.', '2015-02-15'), ['2014-11-15', 3]);
  assert.deepEqual(d('Rebels seized the town two weeks ago.', '2015-02-15'), ['2015-02-01', 2]);
  assert.deepEqual(d('The base was overrun a week ago.', '2015-02-15'), ['2015-02-08', 2]);
});

test('a season is known to the month at best: its middle month, precision 3, the last one begun', () => {
  // Restating EA WorldView (Oct 2017): "in a summer offensive" pro-Assad forces had pushed ISIS out of Homs Province.
  assert.deepEqual(d('In a summer offensive, pro-Assad forces had pushed the Islamic State out of Homs Province.', '2017-10-02'), ['2017-07-15', 3]);
  assert.deepEqual(d('Rebels took the hill during the winter.', '2017-10-02'), ['2017-01-15', 3]);
  assert.deepEqual(d('The army retook the town in the spring.', '2017-02-10'), ['2016-04-15', 3]);
  // A name and an event are no season.
  assert.equal(d('Protests spread during the Arab Spring.', '2014-01-10'), null);
  assert.equal(d('Thousands fled during the fall of Aleppo.', '2017-01-10'), null);
});
