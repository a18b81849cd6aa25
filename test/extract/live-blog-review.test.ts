// Mistakes an analyst found reading sitrep's events from a 2014 live blog on Syria (EA WorldView,
// January 2014), restated in our words: a group the text clears of a bombing was coded as its
// author and claimant; fighters killed by the army were coded as civilians attacked; a find of
// bomb-making gear was coded as an explosion; a headline's killing was coded as an arrest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import { classifySentence } from '../../src/extract/classify/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;
const run = (text: string, date = '2014-01-10') => {
  const r = reportFromText(text, { date });
  return extractEvents(r, splitSentences(r), [], ctx);
};
const sub = (t: string) => classifySentence(t)?.sub_event_type ?? null;

test('a bombing "not claimed by ISIS" has no known author and no claimant', () => {
  const [e] = run('A bombing that killed at least 17 people in Hama Province on Thursday was not claimed by ISIS or any other group.');
  assert.ok(e);
  assert.equal(e.sub_event_type, 'Remote explosive/landmine/IED');
  assert.doesNotMatch(e.actor1 ?? '', /Islamic State/);
  assert.notEqual(e.claim.status, 'claimed');
  assert.notEqual(e.claim.by, 'ISIS');
  assert.equal(e.fatalities, 17);
});

test('a bombing "claimed by ISIS" keeps it as author and claimant', () => {
  const [e] = run('The bombing, which killed at least 17 people in Hama Province, was claimed by ISIS.');
  assert.ok(e);
  assert.match(e.actor1 ?? '', /^Islamic State/);
  assert.equal(e.claim.status, 'claimed');
});

test('fighters "killed in Homs by regime forces" died in a battle, not an attack on civilians', () => {
  const [e] = run('Activists posted a video mourning dozens of insurgents killed in Homs Province by regime forces.');
  assert.ok(e);
  assert.equal(e.sub_event_type, 'Armed clash');
  assert.match(e.actor1 ?? '', /^Military Forces of Syria/);
  assert.match(e.actor2 ?? '', /Rebels/);
  // The active voice is unchanged: militants who kill villagers attack civilians.
  assert.equal(sub('Militants killed three villagers near Gao by burning their homes.'), 'Attack');
});

test('gear for making bombs, found or filmed, is no explosion', () => {
  assert.equal(sub('Reporters filmed equipment used to make car bombs inside the group’s former headquarters.'), null);
  assert.notEqual(sub('Police raided a bomb-making workshop in Peshawar.'), 'Remote explosive/landmine/IED');
  assert.equal(sub('A car bomb exploded outside the ministry in Kabul.'), 'Remote explosive/landmine/IED');
  assert.equal(sub('Troops seized a cache of IED components near Kandahar.'), 'Disrupted weapons use');
});

test("a headline's killing is not an arrest", () => {
  assert.notEqual(sub('Citizen Journalist Muhammad Ibrahim Killed in Homs'), 'Arrests');
});

test('in a story on Syria, a bombing in a Beirut suburb is placed in Beirut, and whom the suburb supports is no party', async () => {
  const { pipelineContext } = await import('../../src/pipeline/context.js');
  const { processReport } = await import('../../src/pipeline/process.js');
  const text =
    'Syria Daily, 3 January: insurgents turn on ISIS in Aleppo and Idlib Provinces\n\n' +
    'Insurgents attacked ISIS positions near Atareb in Aleppo Province on Friday. ' +
    'ISIS has claimed Thursday’s suicide car bomb in a Beirut suburb that killed four people and wounded 77. ' +
    'The bombing was in the Haret Hreik district, a southern suburb with strong support for Hezbollah.';
  const events = processReport(reportFromText(text, { date: '2014-01-03' }), pipelineContext()).events;
  const bomb = events.find((e) => e.sub_event_type === 'Suicide bomb');
  assert.ok(bomb, 'the suicide bombing is coded');
  assert.equal(bomb!.location?.name, 'Beirut');
  assert.ok(events.every((e) => e.actor1 !== 'Hezbollah'), 'Hezbollah is named only as whom the suburb backs');
});

test('fighters seized by rebels are the side acted upon, not civilians', () => {
  const [e] = run('Rebels seized ISIS fighters and a commander in Atareb on Friday, activists said.');
  assert.ok(e);
  assert.match(e.actor2 ?? '', /^Islamic State/);
});
