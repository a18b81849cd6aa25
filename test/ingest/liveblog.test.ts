import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reportFromText } from '../../src/ingest/index.js';
import { FIXTURES, headlines, one, zoneTexts, assertWellFormed } from './helpers.js';

test('a plain-text live blog splits into entries at its headline lines', async () => {
  const r = await one(FIXTURES + 'syria-daily-2014-01-12.txt');
  assert.equal(r.format, 'txt');
  assert.equal(r.title, 'Syria Daily, Jan 12: Islamic State of Iraq Hits Back in Raqqa');
  assert.deepEqual(zoneTexts(r, 'title'), [r.title]);
  assert.deepEqual(headlines(r), [
    'Claimed Video: Insurgents Take ISIS Checkpoint Near Jarablus',
    'Nusra Leader Calls for Ceasefire Between Factions',
    'Video: Funeral in Manbij for Fighters Killed by ISIS Car Bomb',
  ]);
  // The lead story before the first headline is an entry of its own, without a headline.
  assert.equal(r.entries.length, 4);
  assert.equal(r.entries[0]!.headline, null);
  assert.ok(r.text.slice(r.entries[0]!.start, r.entries[0]!.end).startsWith('The Islamic State of Iraq and ash-Sham has regained ground in Raqqa'));
  // Each headline's body belongs to its entry.
  const manbij = r.zones.find((z) => z.kind === 'body' && r.text.slice(z.start, z.end).startsWith('Residents of Manbij'));
  assert.equal(manbij?.entry, 3);
});

test('the text is kept exactly and the same text always has the same hash', async () => {
  const raw = readFileSync(FIXTURES + 'syria-daily-2014-01-12.txt', 'utf8');
  const r = await one(FIXTURES + 'syria-daily-2014-01-12.txt');
  assert.equal(r.text, raw);
  assert.equal(r.id, FIXTURES + 'syria-daily-2014-01-12.txt');
  assert.equal(reportFromText(raw, { id: 'other' }).hash, r.hash);
  assert.notEqual(reportFromText(raw + ' ', { id: 'other' }).hash, r.hash);
  assert.match(r.hash, /^[0-9a-f]{64}$/);
});

test('reader comments are set aside whole, and no reporting is lost to them', async () => {
  const r = await one(FIXTURES + 'syria-daily-2014-01-12.txt');
  const comments = zoneTexts(r, 'comment').join('\n');
  assert.ok(comments.startsWith('1. Raqqa was always going to be the hardest place'));
  assert.match(comments, /It was closed on Friday according to a friend in Gaziantep/);
  assert.match(comments, /Leave a Comment$/);
  const reporting = [...zoneTexts(r, 'body'), ...zoneTexts(r, 'headline')].join('\n');
  assert.doesNotMatch(reporting, /Gaziantep|dig in there/);
  assert.match(reporting, /buried six fighters of the Islamic Front/);
  for (const z of r.zones.filter((z) => z.kind === 'comment')) assert.equal(z.entry, null);
});

test('captions, furniture and the LATEST teaser never land in body', async () => {
  const r = await one(FIXTURES + 'syria-daily-2014-01-12.txt');
  assert.deepEqual(zoneTexts(r, 'caption'), ['Fighters of the Islamic Front on a road in Aleppo Province, January 2014 (AFP/Staff Photographer)']);
  const furniture = zoneTexts(r, 'furniture').join('\n');
  for (const f of ['LATEST: Claimed Video', 'Map of Raqqa:', 'View Larger Map', 'See other videos and pictures', 'Related Posts']) {
    assert.ok(furniture.includes(f), `furniture holds "${f}"`);
  }
  const body = zoneTexts(r, 'body').join('\n');
  assert.doesNotMatch(body, /View Larger Map|AFP\/|Related Posts|LATEST/);
});

test('a hard-wrapped wire story is one entry: a short title-case line inside prose is not a headline', async () => {
  const r = await one(FIXTURES + 'wire-article.txt');
  assert.equal(r.title, 'ISIS Pulls Out of Aleppo Headquarters');
  assert.equal(r.entries.length, 1);
  assert.equal(r.entries[0]!.headline, null);
  assert.deepEqual(zoneTexts(r, 'headline'), []);
  assert.ok(zoneTexts(r, 'body')[0]!.includes('Free Syrian Army\nbrigades'));
  assert.deepEqual(zoneTexts(r, 'furniture'), ['By Staff Reporter, January 8, 2014']);
});

test('a plain article with one short subhead stays one entry', () => {
  const text =
    'Government forces shelled the town of Atareb on Thursday, killing four civilians, a monitoring group said.\n\n' +
    'Local Reaction\n\n' +
    'Residents said they had fled to nearby olive groves as the shells fell on the market.\n';
  const r = reportFromText(text, { id: 'article' });
  assertWellFormed(r);
  assert.equal(r.entries.length, 1);
  assert.equal(zoneTexts(r, 'headline').length, 0);
});

test('an indented numbered thread without any marker is still the comment thread', () => {
  const text =
    'Syria Daily: Regime Retakes Hill Near Latakia\n\n' +
    'Regime forces recaptured a hilltop position north of Latakia on Sunday after two days of clashes with insurgents, state media said.\n\n' +
    'Opposition outlets denied the claim and said fighting continued.\n\n' +
    '  1. Another victory announced by state TV that will be reversed by Tuesday.\n\n' +
    '    • Why do you always assume they are lying?\n\n' +
    '      9/30/2017\n\n' +
    '  2. Latakia is where it matters for Assad.\n';
  const r = reportFromText(text, { id: 'thread' });
  assertWellFormed(r);
  const comments = zoneTexts(r, 'comment');
  assert.equal(comments.length, 1);
  assert.ok(comments[0]!.startsWith('1. Another victory announced'));
  assert.match(zoneTexts(r, 'body').join(' '), /denied the claim/);
});

test('a commenter name followed by a date line starts the thread', () => {
  const text =
    'Clashes Near Deraa\n\n' +
    'Insurgents attacked an army checkpoint east of Deraa on Monday, and at least three soldiers were killed, activists said.\n\n' +
    'The army shelled the nearby villages in response, according to the same sources.\n\n' +
    'Hanibaal\n' +
    'February 10, 2015 at 3:12 pm\n' +
    'The army will never hold Deraa for long.\n';
  const r = reportFromText(text, { id: 'named' });
  assertWellFormed(r);
  assert.ok(zoneTexts(r, 'comment')[0]!.startsWith('Hanibaal\nFebruary 10, 2015'));
  assert.doesNotMatch(zoneTexts(r, 'body').join(' '), /never hold/);
});

test('a time-stamped live blog opens an entry at each stamp, headline or not', () => {
  const text =
    'Syria Live: Aleppo Ceasefire Under Strain\n\n' +
    '14:32 GMT\n\n' +
    'Convoy Reaches Eastern Aleppo\n\n' +
    'The first aid convoy in weeks crossed into the eastern districts of Aleppo this afternoon, the UN said.\n\n' +
    '12:05 GMT\n\n' +
    'Activists reported shelling on the Bustan al-Qasr crossing, with two civilians wounded.\n\n' +
    '1030 GMT: State media said rebels fired mortars at the Hamdaniyeh district, killing one person.\n';
  const r = reportFromText(text, { id: 'stamped' });
  assertWellFormed(r);
  assert.equal(r.entries.length, 3);
  assert.deepEqual(headlines(r), ['Convoy Reaches Eastern Aleppo']);
  assert.ok(r.text.slice(r.entries[0]!.start).startsWith('14:32 GMT'));
  assert.ok(r.text.slice(r.entries[1]!.start, r.entries[1]!.end).includes('Bustan al-Qasr'));
  assert.ok(r.text.slice(r.entries[2]!.start).startsWith('1030 GMT: State media'));
  assert.deepEqual(zoneTexts(r, 'furniture'), ['14:32 GMT', '12:05 GMT']);
});

test('Windows line endings change nothing but the offsets', async () => {
  const raw = readFileSync(FIXTURES + 'syria-daily-2014-01-12.txt', 'utf8');
  const lf = reportFromText(raw, { id: 'lf' });
  const crlf = reportFromText(raw.replace(/\n/g, '\r\n'), { id: 'crlf' });
  assertWellFormed(crlf);
  assert.deepEqual(headlines(crlf), headlines(lf));
  assert.deepEqual(crlf.zones.map((z) => z.kind), lf.zones.map((z) => z.kind));
  assert.equal(crlf.published, '2014-01-12');
});

test('a comment count beside the byline does not swallow the article', () => {
  const text =
    'Syria Daily, Jan 4: Insurgents & Civilians v. Islamic State of Iraq\n\n' +
    '12 Comments\n\n' +
    'Insurgents and protesters rallied on Friday against the Islamic State of Iraq and as-Sham across northern Syria.\n\n' +
    'The group had tried to take control of Atareb in Aleppo Province on Thursday, shelling the town.\n\n' +
    'Leave a Comment\n\n' +
    'They had it coming.\n';
  const r = reportFromText(text, { id: 'count' });
  assertWellFormed(r);
  assert.equal(r.title, 'Syria Daily, Jan 4: Insurgents & Civilians v. Islamic State of Iraq');
  assert.deepEqual(zoneTexts(r, 'furniture'), ['12 Comments']);
  assert.match(zoneTexts(r, 'body').join(' '), /shelling the town/);
  assert.deepEqual(zoneTexts(r, 'comment'), ['Leave a Comment\n\nThey had it coming.']);
});

test('links listed under "Related Posts" are furniture, not live-blog headlines', () => {
  const text =
    'Regime Airstrikes Hit Douma\n\n' +
    'Regime warplanes struck the Damascus suburb of Douma on Tuesday, killing at least seven people, activists said.\n\n' +
    'Related Posts\n\n' +
    'Syria Daily: Opposition Rejects Geneva Talks\n\n' +
    'Syria Daily: Insurgents Advance in Idlib\n\n' +
    'Rescue workers were still searching the rubble late into the night, according to a local council.\n';
  const r = reportFromText(text, { id: 'related' });
  assertWellFormed(r);
  assert.equal(r.entries.length, 1);
  assert.deepEqual(zoneTexts(r, 'headline'), []);
  assert.deepEqual(zoneTexts(r, 'furniture'), ['Related Posts\n\nSyria Daily: Opposition Rejects Geneva Talks\n\nSyria Daily: Insurgents Advance in Idlib']);
  assert.match(zoneTexts(r, 'body').join(' '), /searching the rubble/);
});

test('bylines are furniture; a dated header line is a title, not a caption', () => {
  const text =
    'Desk notes: Homs province, 3 April 2016\n\n' +
    'By the examples desk | April 3, 2016\n\n' +
    'Syrian government forces, backed by Russian air strikes, recaptured the town of al-Qaryatayn from Islamic State on Sunday, state media said.\n';
  const r = reportFromText(text, { id: 'notes' });
  assertWellFormed(r);
  assert.deepEqual(zoneTexts(r, 'title'), ['Desk notes: Homs province, 3 April 2016']);
  assert.deepEqual(zoneTexts(r, 'furniture'), ['By the examples desk | April 3, 2016']);
  assert.deepEqual(zoneTexts(r, 'caption'), []);
  assert.equal(r.published, '2016-04-03');
});
