// Publication dates inferred from a page's own evidence (src/ingest/pubdate-infer.ts). The pages are
// written for these tests; the facts they restate (group names, offices) are public record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/types.js';
import { reportFromText } from '../../src/ingest/index.js';
import { readPeriods } from '../../src/ingest/pubdate-infer.js';

function reason(r: Report, code: string): string {
  const m = r.messages.find((x) => x.code === code);
  assert.ok(m, `a ${code} message (got: ${r.messages.map((x) => `${x.code}: ${x.reason}`).join(' | ')})`);
  assert.equal(m.level, 'info');
  return m.reason;
}

const ISIS_2014 =
  'Syria Live, Feb 3: Rebels Push the Islamic State of Iraq and al-Sham Out of Saraqeb\n\n' +
  'Rebel brigades said on Monday that they had driven fighters of the Islamic State of Iraq and al-Sham out of Saraqeb in Idlib Province after two days of clashes.\n\n' +
  'Activists reported at least nine fighters killed on both sides, a figure that could not be confirmed.\n';

test('a year-less title date takes its year from a name current only then', () => {
  const r = reportFromText(ISIS_2014, { id: 'isis-2014' });
  assert.equal(r.published, '2014-02-03');
  assert.equal(r.publishedFrom, 'inferred');
  assert.equal(r.publishedPrecision, 1);
  assert.equal(r.text.slice(r.publishedSpan!.start, r.publishedSpan!.end), 'Feb 3');
  const why = reason(r, 'ingest/date-inferred');
  assert.match(why, /year 2014/);
  assert.match(why, /Islamic State of Iraq and al-Sham/);
  assert.match(why, /2013-04-08\.\.2014-06-29/);
});

test('a name still in use leaves the year open: no guess', () => {
  const text =
    'Syria Live, Feb 3: Clashes West of Aleppo\n\n' +
    'Hayat Tahrir al-Sham said its fighters had repelled an attack on the town of Atareb on Sunday, while opposition activists reported shelling nearby.\n';
  const r = reportFromText(text, { id: 'hts-open' });
  assert.equal(r.published, null);
  assert.equal(r.publishedFrom, null);
  assert.equal(r.publishedPrecision, undefined);
  assert.match(reason(r, 'ingest/no-date'), /2017 or later/);
});

test('two names whose periods overlap in one February pin the year', () => {
  const text =
    'Syria Live, Feb 3: New Alliance Tightens Grip on Idlib\n\n' +
    'Hayat Tahrir al-Sham, the alliance formed last week around Jabhat Fateh al-Sham, seized two checkpoints from a rival faction near Saraqeb on Thursday, activists said.\n';
  const r = reportFromText(text, { id: 'hts-jfs' });
  assert.equal(r.published, '2017-02-03');
  assert.equal(r.publishedPrecision, 1);
  assert.match(reason(r, 'ingest/date-inferred'), /year 2017/);
});

test('a title written as past ("former President") is not evidence', () => {
  const text =
    'Syria Live, Dec 4: Talks on Raqqa\n\n' +
    'Secretary of State Rex Tillerson said on Monday that US forces would stay in northern Syria; former US President Barack Obama had made no such pledge, and Hayat Tahrir al-Sham was not part of the talks.\n';
  const r = reportFromText(text, { id: 'former' });
  // Tillerson in office (2017-02-01..2018-03-31) and HTS (from 2017-01-28): only 4 December 2017 fits.
  assert.equal(r.published, '2017-12-04');
  assert.equal(r.publishedPrecision, 1);
});

test('a full date written as a past event bounds the page; one after "said" may be a plan and does not', () => {
  const page = (sentence: string) =>
    'Syria Live, Jun 10: Fighting Around Raqqa\n\n' +
    `Fighters of the Islamic State of Iraq and al-Sham shelled rebel positions near Raqqa on Monday, activists said. ${sentence}\n`;
  // The name allows June 2013 and June 2014 (it was current 2013-04-08..2014-06-29).
  const open = reportFromText(page('The town has changed hands twice.'), { id: 'open' });
  assert.equal(open.published, null);
  assert.match(reason(open, 'ingest/no-date'), /2013, 2014/);
  const past = reportFromText(page('Two of their commanders were killed on 2 March 2014 in the same area.'), { id: 'past' });
  assert.equal(past.published, '2014-06-10');
  assert.match(reason(past, 'ingest/date-inferred'), /2 March 2014/);
  const plan = reportFromText(page('Local councils said elections on 2 March 2014 would go ahead.'), { id: 'plan' });
  assert.equal(plan.published, null);
});

test('a page with no date takes the month its reader comments start in (precision 3)', () => {
  const text =
    'Regime Barrel Bombs Hit Douma\n\n' +
    'Helicopters dropped barrel bombs on residential districts of Douma in the Damascus suburbs, killing at least eleven civilians, local activists said.\n\n' +
    'Rescue workers were still searching the rubble of two buildings, according to the civil defence.\n\n' +
    'Leave a Comment\n\n' +
    'Samir\n\nMarch 14, 2016 at 9:12 am\n\nThe world watches and does nothing.\n\n' +
    'Layla\n\nMarch 16, 2016 at 6:40 pm\n\nThank you for the report.\n';
  const r = reportFromText(text, { id: 'comments-march' });
  assert.equal(r.published, '2016-03-15');
  assert.equal(r.publishedFrom, 'inferred');
  assert.equal(r.publishedPrecision, 3);
  assert.equal(r.publishedSpan, null);
  const why = reason(r, 'ingest/date-inferred');
  assert.match(why, /2016-03/);
  assert.match(why, /2016-03-14/);
});

test('dates quoted inside comments, clustered, tell when the thread was written', () => {
  const text =
    'ISIS Counter-Attack Reaches Desert Town\n\n' +
    'The Islamic State retook the town of Sukhna from pro-Assad forces after a three-day assault, local sources said, while the Syrian Democratic Forces advanced in Raqqa.\n\n' +
    'Leave a Comment\n\n' +
    '  1. Local reports say the highway is cut again. 9/14/2017\n\n' +
    '  2. SDF commanders claim the stadium is surrounded 9/17/2017 and the hospital too 9/18/2017\n';
  const r = reportFromText(text, { id: 'quoted' });
  assert.equal(r.published, '2017-09-15');
  assert.equal(r.publishedPrecision, 3);
  assert.match(reason(r, 'ingest/date-inferred'), /quote dates from 2017-09-14 to 2017-09-18/);
});

test('a page with no date: past and upcoming year-less dates with a dated name give the month', () => {
  const text =
    'Opposition Splits Over Peace Talks\n\n' +
    'Members of the opposition coalition quit on Sunday over the decision to attend the talks scheduled for January 22 in Switzerland, two of them said.\n\n' +
    'Fighting between rebels and the Islamic State of Iraq and al-Sham has spread across Idlib since the end of December, according to activists.\n';
  const r = reportFromText(text, { id: 'month-from-mentions' });
  assert.equal(r.published, '2014-01-15');
  assert.equal(r.publishedFrom, 'inferred');
  assert.equal(r.publishedPrecision, 3);
  const why = reason(r, 'ingest/date-inferred');
  assert.match(why, /2014-01/);
  assert.match(why, /January 22/);
});

test('evidence that narrows a dateless page to a few days gives their middle day, precision 2', () => {
  const text =
    'Delegations Gather in Switzerland\n\n' +
    'Opposition delegates arrived in Montreux for the upcoming Geneva II conference, after a week of disputes that have gone on since January 16 over who would attend, two delegates said. The Islamic Front has refused to take part.\n';
  // Geneva II still to come (2013-05-07..2014-01-22), the Islamic Front (from 2013-11-22) and
  // "since January 16" as past (within half a year after a January 16): 2014-01-16..2014-01-22.
  const r = reportFromText(text, { id: 'few-days' });
  assert.equal(r.published, '2014-01-19');
  assert.equal(r.publishedPrecision, 2);
  assert.match(reason(r, 'ingest/date-inferred'), /2014-01-16\.\.2014-01-22/);
});

test('year-less dates that contradict each other are set aside, and the message says so', () => {
  const text =
    'Syria Live, Jan 10: Aleppo Front\n\n' +
    'Rebels fought the Islamic State of Iraq and al-Sham in Aleppo on Thursday, activists said. ' +
    'A truce is scheduled for March 3, yet the factions have traded fire since the end of March.\n';
  const r = reportFromText(text, { id: 'soft-conflict' });
  assert.equal(r.published, '2014-01-10');
  assert.match(reason(r, 'ingest/date-inferred'), /set aside/);
});

test('no evidence at all leaves the date unknown, with the reason', () => {
  const text =
    'Shelling Hits Eastern Ghouta\n\nGovernment artillery shelled several towns in Eastern Ghouta on Tuesday, killing four people, a monitoring group said.\n';
  const r = reportFromText(text, { id: 'nothing' });
  assert.equal(r.published, null);
  assert.equal(r.publishedFrom, null);
  assert.match(reason(r, 'ingest/no-date'), /nothing in the page/);
});

test('evidence that conflicts with the title date leaves it unknown', () => {
  // The Islamic State of Iraq and al-Sham (2013-2014) and the Syrian Democratic Forces (from October 2015) never co-existed.
  const text =
    'Syria Live, Feb 3: Raqqa Front\n\nThe Syrian Democratic Forces said they had pushed the Islamic State of Iraq and al-Sham back from two villages north of Raqqa on Friday.\n';
  const r = reportFromText(text, { id: 'conflict' });
  assert.equal(r.published, null);
  assert.match(reason(r, 'ingest/no-date'), /no year fits/);
});

test('metadata and the override still win over inference', () => {
  const fromMeta = reportFromText(ISIS_2014, { id: 'meta', date: '2014-02-04T09:00:00Z' });
  assert.equal(fromMeta.published, '2014-02-04');
  assert.equal(fromMeta.publishedFrom, 'metadata');
  assert.equal(fromMeta.publishedPrecision, undefined);
  assert.ok(!fromMeta.messages.some((m) => m.code === 'ingest/date-inferred'));
});

test('a written year beats inference', () => {
  const text = ISIS_2014.replace('Feb 3:', 'Feb 3, 2014:') + '\nBy Staff Writer, February 3, 2014\n';
  const r = reportFromText(text, { id: 'written' });
  assert.equal(r.published, '2014-02-03');
  assert.equal(r.publishedFrom, 'text');
});

test('odd input never throws', () => {
  for (const text of ['', 'Jan 40', 'Syria Live, Feb 30: nothing', 'since the end of', '\u0000\uffff'.repeat(50), 'May '.repeat(5000)]) {
    const r = reportFromText(text, { id: 'odd' });
    assert.ok(r.published === null || /^\d{4}-\d{2}-\d{2}$/.test(r.published));
  }
});

test('a periods table with bad rows skips them and says why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'periods-'));
  const path = join(dir, 'names.tsv');
  writeFileSync(
    path,
    '# comment\n' +
      'good\tOperation Olive Branch\t2018-01-20\t-\tname\tthe operation\tsource\n' +
      'bad-regex\t(unclosed\t2018-01-20\t-\tname\tx\tsource\n' +
      'bad-date\tSomething\t2018-02-30\t-\tname\tx\tsource\n' +
      'short\tonly three\tcolumns\n',
  );
  const table = readPeriods(path);
  assert.deepEqual(table.rules.map((r) => r.key), ['good']);
  assert.equal(table.problems.length, 3);
  assert.equal(readPeriods(join(dir, 'missing.tsv')).rules.length, 0);
});
