import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, fullDate, normaliseDate } from '../../src/ingest/dates.js';

const found = (t: string) => findDates(t).map((d) => [t.slice(d.start, d.end), fullDate(d) ?? `${d.year ?? '?'}-${d.month}-${d.day ?? '?'}`]);

test('dates as news pages write them', () => {
  assert.deepEqual(found('Syria Daily, Jan 10: Confusion'), [['Jan 10', '?-1-10']]);
  assert.deepEqual(found('February 10, 2015 at 3:12 pm'), [['February 10, 2015', '2015-02-10']]);
  assert.deepEqual(found('Sun 05 Jul 2015 14.02 BST'), [['Sun 05 Jul 2015', '2015-07-05']]);
  assert.deepEqual(found('posted 9/30/2017 and 10/1/2017'), [['9/30/2017', '2017-09-30'], ['10/1/2017', '2017-10-01']]);
  assert.deepEqual(found('on 16 January 2013 (AFP)'), [['16 January 2013', '2013-01-16']]);
  assert.deepEqual(found('Thursday 15th January, 2015.'), [['Thursday 15th January, 2015', '2015-01-15']]);
});

test('impossible dates and implausible years are not dates', () => {
  assert.deepEqual(found('On February 31, 2019 and on 32/13/2020'), []);
  assert.deepEqual(found('In the year 99999 and on January 5, 0001'), []);
  assert.deepEqual(found('they may 5 times'), [], 'lower-case "may" is not a month');
});

test('metadata dates keep the calendar date as written, without a time-zone shift', () => {
  assert.equal(normaliseDate('2014-01-12T23:30:00-05:00'), '2014-01-12');
  assert.equal(normaliseDate('Wed, 08 Jan 2014 17:05:00 +0000'), '2014-01-08');
  assert.equal(normaliseDate('20140112'), '2014-01-12');
  assert.equal(normaliseDate('January 2014'), null);
  assert.equal(normaliseDate('0001-01-01'), null);
  assert.equal(normaliseDate('2014-02-30'), null);
});
