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

test('fighters "killed in Homs by regime forces" died in a battle, not an attack on civilians', async () => {
  // "Regime forces" are the forces of the country the story is about: the gazetteer places Homs.
  const { pipelineContext } = await import('../../src/pipeline/context.js');
  const { processReport } = await import('../../src/pipeline/process.js');
  const [e] = processReport(reportFromText('Activists posted a video mourning dozens of insurgents killed in Homs Province by regime forces.', { date: '2014-01-10' }), pipelineContext()).events;
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

test('members who resign in protest stage no protest; marchers do', () => {
  assert.notEqual(sub('Dozens of members of the opposition coalition resigned in protest over the re-election of its president.'), 'Peaceful protest');
  assert.equal(sub('Thousands of residents marched in protest against the closure of the factory.'), 'Peaceful protest');
});

test('a truce talked of is no agreement; a truce agreed is', () => {
  assert.equal(sub('Tuesday was punctuated by talk of a truce between the insurgents and ISIS.'), null);
  assert.equal(sub('Rebels and the army agreed a truce in Daraa on Sunday.'), 'Agreement');
  // The same holds for a deal: talked of, none; signed after the talks, one.
  assert.equal(sub('Envoys held talks on a peace deal between the army and the rebels in Geneva.'), null);
  assert.equal(sub('After weeks of talks, the army and the rebels signed a peace deal in Juba.'), 'Agreement');
});

test('civilians who left a town hand no territory over; fighters who withdraw do', () => {
  assert.equal(sub('Thousands of evacuees from Adra are sleeping in the open at a cement works, weeks after they left the town.'), null);
  assert.equal(sub('Rebels withdrew from the town on Sunday, and residents returned.'), 'Non-violent transfer of territory');
});

test('fighting named as what someone exploits, covers or wants stopped is no battle', () => {
  assert.equal(sub('The commander said only criminals have exploited the fighting for their own benefit.'), null);
  assert.notEqual(sub('Villagers complained that the group had taken advantage of the fighting to steal.'), 'Armed clash');
  assert.equal(sub('Rebels and the army clashed near Hama on Monday.'), 'Armed clash');
});

test('a body that issues a statement about detentions is its source, not their author', () => {
  const [e] = run('The opposition coalition has issued a statement of extreme concern about more than 1,200 civilians detained on Sunday as they left Yalda.');
  assert.ok(e);
  assert.doesNotMatch(e.actor1 ?? '', /Coalition|Opposition/);
});

test('forces advancing towards a town have not taken it; advancing into it they have', () => {
  assert.equal(sub('He said that his forces were advancing towards the town of Sarrin in the south.'), null);
  assert.equal(sub('Rebels advanced into the town of Sarrin on Sunday.'), 'Non-state actor overtakes territory');
});

test('a bakery dismantled is no bomb defused', () => {
  assert.notEqual(sub('ISIS members dismantled the automated bakery in the town of Manbij.'), 'Disrupted weapons use');
  assert.equal(sub('Army engineers dismantled a roadside bomb near Kandahar.'), 'Disrupted weapons use');
});

test('the side "factions fighting" is the target of strikes launched against it; the bombing "of a police station" targets the police', () => {
  const [strike] = run('Factions fighting ISIS are benefitting from airstrikes the international coalition is launching against the group near Kobani, their commander said.', '2015-02-14');
  assert.equal(strike?.sub_event_type, 'Air/drone strike');
  assert.match(strike?.actor1 ?? '', /Coalition/);
  assert.match(strike?.actor2 ?? '', /^Islamic State/);
  const [bomb] = run('At least 12 were killed in the bombing of a police station in Damascus, state media said.', '2017-10-02');
  assert.doesNotMatch(bomb?.actor1 ?? '', /^Police/);
  assert.equal(bomb?.claim.status, 'claimed');
});

test('a source in quotes, with an adverb before its verb, still claims', () => {
  const [e] = run('“Military sources” instead claimed that scores of ISIS fighters have been killed by airstrikes east of Sukhna.', '2017-10-02');
  assert.equal(e?.claim.status, 'claimed');
});

// A live blog in the style of a 2024 Sudan page, written for sitrep: each entry opens with a
// time stamp and a sentence-case headline, then the paragraph that tells it.
const SUDAN_LIVE = [
  'Published: 2024-06-08',
  '',
  'Sudan war live: air strikes in Darfur',
  '',
  'Saturday 8 June - our live coverage of the war between the army and the Rapid Support Forces.',
  '',
  '09:12 GMT - Army jets hit Kabkabiya market',
  'Sudanese army warplanes bombed the livestock market in Kabkabiya, North Darfur, this morning, killing at least 17 people, a local emergency room said.',
  '',
  '10:25 GMT - Drone hits Merowe power station',
  'An RSF drone struck the Merowe power station this afternoon, cutting electricity across Northern state. No casualties were reported.',
].join('\n');

test('a stamped entry headline is its entry\'s headline, and its event folds into the body\'s', () => {
  const r = reportFromText(SUDAN_LIVE, { date: '2024-06-08' });
  assert.equal(r.entries.filter((e) => e.headline).length, 2, 'both stamped lines head their entries');
  const events = extractEvents(r, splitSentences(r), [], ctx);
  const strikes = events.filter((e) => e.sub_event_type === 'Air/drone strike');
  // One strike per entry (the body's telling, with its toll and sides), and none from the page title.
  assert.equal(strikes.length, 2, strikes.map((e) => e.evidence.text).join(' | '));
  assert.ok(strikes.every((e) => !/GMT -|^Sudan war live/.test(e.evidence.text)));
  assert.equal(strikes.find((e) => /Kabkabiya/.test(e.evidence.text))!.fatalities, 17);
});
