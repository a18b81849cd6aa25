import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/ingest/index.js';
import { FIXTURES, one } from './helpers.js';
import { extractHtml } from '../../src/ingest/html.js';

test('a title date takes its year from the comment dates', async () => {
  const r = await one(FIXTURES + 'syria-daily-2014-01-12.txt');
  assert.equal(r.published, '2014-01-12');
  assert.equal(r.publishedFrom, 'text');
  assert.equal(r.text.slice(r.publishedSpan!.start, r.publishedSpan!.end), 'Jan 12');
});

test('a year-less title date with nothing to date it stays null, with an info message', () => {
  const text = 'Syria Daily, Jan 10: Confusion Over Retreat\n\nInsurgents said on Thursday that ISIS had left its positions in Aleppo city, activists said.\n';
  const r = reportFromText(text, { id: 'no-year' });
  assert.equal(r.published, null);
  assert.equal(r.publishedFrom, null);
  const m = r.messages.find((x) => x.code === 'ingest/no-date');
  assert.equal(m?.level, 'info');
  assert.match(m!.reason, /Jan 10/);
});

test('comments years later do not date the post', () => {
  const text =
    'Syria Daily, Mar 3: Shelling in Homs\n\nGovernment shelling hit the old city of Homs on Sunday, activists said.\n\nLeave a Comment\n\nReader\nNovember 20, 2016 at 1:00 pm\nOld news.\n';
  assert.equal(reportFromText(text, { id: 'late' }).published, null);
});

test('a dateline without a year takes it from a byline; the entry gets its own date', async () => {
  const r = await one(FIXTURES + 'wire-article.txt');
  assert.equal(r.published, '2014-01-08');
  assert.equal(r.entries[0]!.date, '2014-01-08');
});

test('a full date opening the page ("Sun 05 Jul 2015") is the publication date', () => {
  const text = 'Sun 05 Jul 2015 14.02 BST\n\nIslamic State fighters attacked Kurdish positions near Hasakah on Saturday, a monitoring group said.\n';
  const r = reportFromText(text, { id: 'guardian-style' });
  assert.equal(r.published, '2015-07-05');
  assert.equal(r.text.slice(r.publishedSpan!.start, r.publishedSpan!.end), 'Sun 05 Jul 2015');
});

test('a date in a caption or in the body is not taken for the publication date', () => {
  const text =
    'Is ISIS Withdrawing From the Aleppo Countryside?\n\nRebels near Albab, 30 kilometers from Aleppo, on 16 January 2013 (AFP/Staff)\n\n' +
    'Fierce clashes raged north of Aleppo on January 3, 2015 between rebels and ISIS over the weekend, activists said.\n';
  const r = reportFromText(text, { id: 'caption-date' });
  assert.equal(r.published, null);
});

test('HTML dates: article:published_time, JSON-LD datePublished, <time datetime>', () => {
  const body = '<body><article><p>Shelling hit Douma on Monday, and at least five people were killed, activists said, as the siege went on.</p></article></body>';
  const meta = extractHtml(`<html><head><meta property="article:published_time" content="2014-01-13T07:00:00+02:00"></head>${body}</html>`, 'a');
  assert.equal(meta.date, '2014-01-13T07:00:00+02:00');
  const ld = extractHtml(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2014-01-14"}]}</script></head>${body}</html>`, 'b');
  assert.equal(ld.date, '2014-01-14');
  const time = extractHtml(`<html><body><article><time datetime="2014-01-15T10:00">15 January</time><p>Shelling hit Douma on Monday, and at least five people were killed, activists said.</p></article></body></html>`, 'c');
  assert.equal(time.date, '2014-01-15T10:00');
});

test('metadata beats the text, the override beats both', async () => {
  const text = 'Sun 05 Jul 2015\n\nIslamic State fighters attacked Kurdish positions near Hasakah on Saturday, a monitoring group said.\n';
  const fromMeta = reportFromText(text, { id: 'm', date: 'Mon, 06 Jul 2015 08:00:00 GMT' });
  assert.equal(fromMeta.published, '2015-07-06');
  assert.equal(fromMeta.publishedFrom, 'metadata');
  const r = await one(FIXTURES + 'syria-daily-2014-01-12.html', { date: '2014-02-01' });
  assert.equal(r.published, '2014-02-01');
  assert.equal(r.publishedFrom, 'override');
});

test('an unreadable metadata date is ignored with a warning', () => {
  const r = reportFromText('Clashes were reported in Azaz on Monday, activists said, with four fighters killed.', { id: 'bad', date: 'last week' });
  assert.equal(r.published, null);
  assert.ok(r.messages.some((m) => m.code === 'ingest/date' && m.level === 'warning'));
});

test('numeric comment dates ("10/1/2017") give the year, even when month and day order is unsure', () => {
  const text =
    'Syria Daily, Sept 30: ISIS Takes Back Qaryatayn\n\n' +
    'The Islamic State recaptured the town of al-Qaryatayn in eastern Homs Province on Sunday, local sources said.\n\n' +
    '  1. They will not hold it for long.\n\n' +
    '    Posted 10/1/2017\n\n' +
    '  2. Quoting a tweet from 10/2/2017 about the town.\n';
  const r = reportFromText(text, { id: 'numeric' });
  assert.equal(r.published, '2017-09-30');
  assert.equal(r.text.slice(r.publishedSpan!.start, r.publishedSpan!.end), 'Sept 30');
});

test('a dateline on a line of its own dates the report: several cities, an agency, no dash', () => {
  // A wire story we wrote on the Russian withdrawal from Kherson (November 2022, widely reported).
  const wire = 'Russia says it has completed withdrawal from Kherson city\nKYIV/MOSCOW, Nov 11 2022\n\nRussia\'s defence ministry said on Friday that all of its troops had crossed to the eastern bank of the river.\n';
  const r = reportFromText(wire, { id: 'kherson' });
  assert.equal(r.published, '2022-11-11');
  assert.equal(r.publishedFrom, 'text');
  const sahel = 'Burkina Faso: soldiers killed in attack on army post\nOUAGADOUGOU, Feb 18 2023 (own reporting)\n\nSuspected jihadists attacked an army unit near Tin-Akoff on Friday, the army said.\n';
  assert.equal(reportFromText(sahel, { id: 'sahel' }).published, '2023-02-18');
  // A date inside a sentence of the story is no dateline.
  const story = 'Talks resumed\n\nThe envoy said, Nov 11 2022 would be remembered as a turning point.\n';
  assert.equal(reportFromText(story, { id: 'story' }).published, null);
});
