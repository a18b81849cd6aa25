// Issue #3: each half of the classifier can be scored alone (rules, model, combined); the model's
// features carry across phrasings (stems, no word pairs); and the phrasings the rules missed on
// first sight of handwritten-46..49: attacks beaten off, positions taken in a fight, checkpoints
// set up, barricades burned, crowds that leave peacefully, drills against a mock enemy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence, setClassifierMode } from '../../src/extract/classify/index.js';
import { featuresOf } from '../../src/extract/classify/model.js';

const type = (s: string) => classifySentence(s)?.sub_event_type ?? null;

test('the rules alone, the model alone and both together can each be asked', () => {
  const s = 'Warplanes bombed a crowded market in the rebel-held town on Sunday, killing nine people.';
  try {
    setClassifierMode('rules');
    const rules = classifySentence(s);
    assert.equal(rules?.sub_event_type, 'Air/drone strike');
    assert.ok(!rules!.rules.some((r) => r.startsWith('model')), rules!.rules.join(','));
    setClassifierMode('model');
    const model = classifySentence(s);
    assert.equal(model?.rules[0], 'model-alone');
    assert.equal(model?.sub_event_type, 'Air/drone strike');
    // The model alone reports no event when it reads none.
    assert.equal(type('The finance minister presented the budget to parliament on Tuesday.'), null);
  } finally {
    setClassifierMode('combined');
  }
  assert.ok(classifySentence(s)!.rules.some((r) => r.startsWith('model:')), 'combined consults the model');
});

test('the model reads stems and cues, not word pairs, so inflexions share what they learned', () => {
  const a = featuresOf('Troops recaptured the village after a week of fighting.');
  const b = featuresOf('Troops recapture the village after a week of fighting.');
  // The words alike (the cues may differ: "recaptured" is also told in the past tense).
  const words = (fs: string[]) => fs.filter((f) => !f.startsWith('c:')).sort();
  assert.deepEqual(words(a), words(b));
  assert.ok(a.includes('s:recapt'), a.join(' '));
  assert.ok(!a.some((f) => f.startsWith('b:') || f === 'w:recaptured'), a.join(' '));
});

test('an attack beaten off is an armed clash: nothing changed hands', () => {
  assert.equal(type('Government troops repelled an attempt by militants to seize the district headquarters on Sunday, killing four of them.'), 'Armed clash');
  assert.equal(type('Police beat back an assault by bandits on the station in the early hours, officials said.'), 'Armed clash');
  assert.equal(type('The rebels tried to storm the garrison town but were forced back by heavy machine-gun fire.'), 'Armed clash');
  // A repulse and then a gain, or a side pushed back from the ground it held: territory.
  assert.equal(type('The army repelled the insurgents and then recaptured the town of Gedo, the ministry said.'), 'Government regains territory');
});

test('hills and positions taken in a fight are an armed clash; a town taken is territory', () => {
  assert.equal(type('Soldiers seized three hilltops from the insurgents after heavy clashes near the border.'), 'Armed clash');
  assert.equal(type('The rebels overran two army posts during fierce fighting outside the city.'), 'Armed clash');
  assert.equal(type('Soldiers seized the town of Kalo from the insurgents after heavy clashes.'), 'Government regains territory');
});

test('checkpoints and roadblocks set up by armed groups are bases established', () => {
  assert.equal(type('Militiamen set up a checkpoint at the entrance to the market town, residents said.'), 'Headquarters or base established');
  assert.equal(type('The army put up a roadblock on the road north of the city to control convoys.'), 'Headquarters or base established');
});

test('burning barricades and damaged buildings make a protest violent; leaving peacefully is no intervention', () => {
  assert.equal(type('Demonstrators blocked the highway with burning barricades and damaged the town hall during a protest over fuel prices.'), 'Violent demonstration');
  assert.equal(type('Hundreds of teachers protested outside parliament over unpaid wages and dispersed peacefully in the evening.'), 'Peaceful protest');
  assert.equal(type('Police dispersed hundreds of teachers protesting outside parliament over unpaid wages.'), 'Protest with intervention');
});

test('drills against a mock enemy are a change in activity, not a strike', () => {
  const t = type('Air-defence units practised repelling a mock air raid during drills near the capital, the ministry said.');
  assert.notEqual(t, 'Air/drone strike');
  assert.notEqual(t, 'Armed clash');
});

test('a gain that only describes the place ("the first town taken by") is not the event', () => {
  // The model alone reads a takeover here (0.98): the rule that set the gain aside decides.
  const c = classifySentence('Clashes in Tal Hamra, the first town captured by the militants in the north:');
  assert.equal(c?.sub_event_type, 'Armed clash', c?.rules.join(',') ?? 'no event');
  assert.ok(c!.rules.includes('territory:gain-told-as-background'));
});
