// The source of a statement is its claimant, not a party to the event, unless the sentence says
// the source did it. Sentences are ours, restating reporting on the Ghouta chemical attack of
// 21 Aug 2013 (Al Arabiya, Reuters) and on Syrian state media's army bulletins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignRoles } from '../../src/extract/actors/roles.js';

const roles = (sub: Parameters<typeof assignRoles>[1], text: string) => assignRoles(text, sub, { country: 'Syria', date: '2013-08-21' });

test('an opposition figure who reports a gas attack is not its perpetrator', () => {
  const r = roles('Chemical weapon', 'Nerve gas killed at least 1,300 people in the Ghouta suburbs, senior opposition figure George Sabra said on Wednesday.');
  assert.notEqual(r.actor1?.label, 'Opposition Rebels (Syria)');
});

test('a headline that attributes with a colon names a speaker, not an actor', () => {
  const r = roles('Chemical weapon', 'Syrian opposition: 1,300 killed in gas attack near Damascus');
  assert.equal(r.actor1, null);
});

test('"according to rebels" names the source; the army named as the one shelling acts', () => {
  const r = roles('Shelling/artillery/missile attack', 'Army artillery shelled the town of Jobar overnight, according to rebels.');
  assert.equal(r.actor1?.label, 'Military Forces of Syria (2000-)');
  const only = roles('Shelling/artillery/missile attack', 'Shells fell on the market in Jobar overnight, according to rebels.');
  assert.equal(only.actor1, null);
});

test('a speaker that says it did the deed acts', () => {
  const r = roles('Armed clash', 'The rebels said they had killed a dozen soldiers in the fighting near Jobar.');
  assert.equal(r.actor1?.label, 'Opposition Rebels (Syria)');
});

test('"a military source said army units shelled": the army acts, named again after its source', () => {
  const r = roles('Shelling/artillery/missile attack', 'A military source said that army units shelled militant positions east of Harasta.');
  assert.equal(r.actor1?.label, 'Military Forces of Syria (2000-)');
});

test('"IS claimed the bombing" names the perpetrator, not a mere speaker', () => {
  const r = roles('Suicide bomb', 'Islamic State claimed the suicide bombing of a police station in Damascus.');
  assert.equal(r.actor1?.label, 'Islamic State (Syria)');
});

test('end to end: the opposition figure is the claimant of the gas attack, not its actor', async () => {
  const { reportFromText } = await import('../../src/ingest/index.js');
  const { splitSentences } = await import('../../src/text/sentences.js');
  const { extractEvents } = await import('../../src/extract/index.js');
  const ctx = { gazetteer: { size: 0 } } as unknown as import('../../src/pipeline/context.js').PipelineContext;
  const r = reportFromText('Nerve gas killed at least 1,300 people in the Ghouta suburbs of Damascus, leading opposition figure George Sabra said on Wednesday.', { date: '2013-08-23' });
  const [e] = extractEvents(r, splitSentences(r), [], ctx);
  assert.ok(e);
  assert.notEqual(e!.actor1, 'Opposition Rebels (Syria)');
  assert.equal(e!.claim.by, 'opposition figure George Sabra');
  assert.equal(e!.event_date, '2013-08-21');
});
