// The learned half of the classifier: training from our sentences or a user's coded events, the
// shipped model file, and the check set of sentences we wrote (never used for training).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPath, trainModel, trainBagged, averageModels } from '../../src/extract/classify/train.js';
import { SubEventModel, featuresOf, defaultModel, setModel, resetModel, DEFAULT_MODEL_PATH, NONE } from '../../src/extract/classify/model.js';
import { generate } from '../../src/extract/classify/training/generate.js';
import { classifySentence, explainClassification } from '../../src/extract/classify/index.js';

test('a model trained on generated sentences tells apart types it was taught', () => {
  const rows = generate(3).map((r) => ({ text: r.text, label: r.sub_event_type, source: 'gen' }));
  const model = new SubEventModel(trainModel(rows, { epochs: 6 }));
  const air = model.predict(featuresOf('Warplanes bombed the market in Ariha, killing nine people.'));
  assert.equal(air.label, 'Air/drone strike');
  assert.ok(air.top.length > 0, 'explains with features');
  const none = model.predict(featuresOf('A strong earthquake struck the province, killing 40 people.'));
  assert.equal(none.label, NONE);
});

test('training data: JSONL and ACLED-style CSV load, bad lines are reported and skipped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-train-'));
  writeFileSync(
    join(dir, 'own.jsonl'),
    [
      JSON.stringify({ text: 'Police fired tear gas at marchers in Kampala.', sub_event_type: 'Protest with intervention' }),
      JSON.stringify({ text: 'The minister met his counterpart.', sub_event_type: null }),
      '{not json',
      JSON.stringify({ text: 'Something happened.', sub_event_type: 'Battle royale' }),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'acled.csv'),
    'event_date,sub_event_type,notes\n' +
      '2020-03-03,Shelling/artillery/missile attack,"On 3 March 2020, military forces shelled Ariha, ""heavily"". 2 fatalities."\n' +
      '2020-03-04,Armed clash,"On 4 March 2020, rebels clashed with troops\nnear Saraqib."\n',
  );
  const { rows, problems } = loadPath(dir);
  assert.equal(rows.length, 4);
  assert.deepEqual(rows.map((r) => r.label).sort(), [null, 'Armed clash', 'Protest with intervention', 'Shelling/artillery/missile attack'].sort() as (string | null)[]);
  assert.ok(rows.some((r) => r.text.includes('""') === false && r.text.includes('"heavily"')), 'CSV quotes unescaped');
  assert.equal(problems.length, 2);
  assert.match(problems.map((p) => p.reason).join(' '), /not valid JSON/);
  assert.match(problems.map((p) => p.reason).join(' '), /unknown sub_event_type/);
});

test('the shipped model loads fast, is small, and knows all 25 types plus none', () => {
  const bytes = statSync(DEFAULT_MODEL_PATH).size;
  assert.ok(bytes < 3_000_000, `model is ${bytes} bytes`);
  const model = defaultModel();
  assert.ok(model, 'model loads');
  assert.equal(model.classes.length, 26);
  assert.ok(model.classes.includes(NONE));
});

test('explain lists the cues that fired and the deciding rules', () => {
  const e = explainClassification('Regime helicopters dropped barrel bombs on Kafr Zita, killing four.');
  assert.equal(e.result?.sub_event_type, 'Air/drone strike');
  assert.ok(e.cues.some((c) => c.name === 'air' && /helicopters|barrel bombs/i.test(c.text)));
  assert.ok(e.rules.includes('explosion:air-or-drone'));
});

test('check set: sentences we wrote, kept out of training, are classified correctly', () => {
  const rows = readFileSync(new URL('./classify-check.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; sub_event_type: string | null });
  const wrong = rows.filter((r) => (classifySentence(r.text)?.sub_event_type ?? null) !== r.sub_event_type);
  const accuracy = 1 - wrong.length / rows.length;
  assert.ok(accuracy >= 0.9, `accuracy ${accuracy.toFixed(3)}; wrong: ${wrong.map((w) => w.text).join(' | ')}`);
});

test('the training generator is deterministic: the same seed gives the same sentences', () => {
  const a = generate(2);
  const b = generate(2);
  assert.deepEqual(a, b);
  assert.ok(a.length > 500);
  assert.ok(a.some((r) => r.sub_event_type === null), 'has non-events');
  assert.ok(a.some((r) => r.style === 'acled-note'), 'has coder-note style');
});

test('a strong rule yields only to a very sure model, a decisive one never, and the rules say which decided', () => {
  const airStrike = 'Warplanes bombed the market in Ariha, killing nine people.';
  const suicide = 'A suicide bomber blew himself up at a market in Maiduguri, killing 12.';
  assert.equal(classifySentence(airStrike)?.sub_event_type, 'Air/drone strike');
  assert.ok(classifySentence(suicide)!.rules.includes('suicide-bomb:attacker-dies'));
  // A stand-in model that always says "Armed clash", with a chosen certainty (bias only).
  const classes = defaultModel()!.classes;
  const sure = (prob: number) => {
    const b = Math.log((prob * (classes.length - 1)) / (1 - prob));
    return new SubEventModel({ format: 'sitrep-subevent-lr', version: 1, classes, bias: classes.map((c) => (c === 'Armed clash' ? b : 0)), weights: {}, meta: { trainedOn: 0, sources: [], epochs: 0, l2: 0, created: null } });
  };
  try {
    setModel(sure(0.8));
    assert.equal(classifySentence(airStrike)?.sub_event_type, 'Air/drone strike', 'a fairly sure model does not overrule a strong rule');
    setModel(sure(0.97));
    const c = classifySentence(airStrike);
    assert.equal(c?.sub_event_type, 'Armed clash');
    assert.ok(c!.rules.includes('model-overrules-strong-rule'));
    assert.ok(c!.score < 0.9, 'a model decision ranks below a strong rule elsewhere in the report');
    const d = classifySentence(suicide);
    assert.equal(d?.sub_event_type, 'Suicide bomb', 'an attacker who dies decides, however sure the model');
    assert.ok(!d!.rules.some((r) => r.startsWith('model')));
  } finally {
    resetModel();
  }
});

test('bagged training averages models trained on different fillings of the templates', () => {
  const generated = generate(2).map((r) => ({ text: r.text, label: r.sub_event_type, source: 'synthetic.jsonl' }));
  const written = [{ text: 'Jets bombed the fuel market outside Sarmada at dawn, killing eleven traders.', label: 'Air/drone strike', source: 'handwritten-x.jsonl' }];
  const file = trainBagged([...generated, ...written], { bags: 2, perTemplate: 2, epochs: 4 });
  assert.equal(file.meta.bags, 2);
  assert.equal(file.meta.trainedOn, generated.length + written.length);
  const model = new SubEventModel(file);
  assert.equal(model.predict(featuresOf('Warplanes bombed the market in Ariha, killing nine people.')).label, 'Air/drone strike');
});

test('averaging models: the mean of each weight, a weight one model lacks counting as 0', () => {
  const base = { format: 'sitrep-subevent-lr', version: 1, classes: ['a', 'b'], meta: { trainedOn: 1, sources: [], epochs: 1, l2: 0, created: null } } as const;
  const m1 = { ...base, bias: [1, 0], weights: { 'w:x': [0, 0.5, 1, -0.5], 'w:y': [0, 0.2] } };
  const m2 = { ...base, bias: [0, 1], weights: { 'w:x': [0, 1.5] } };
  const avg = averageModels([m1, m2] as never, 2);
  assert.deepEqual(avg.bias, [0.5, 0.5]);
  assert.deepEqual(avg.weights['w:x'], [0, 1, 1, -0.25]);
  // 0.2 / 2 = 0.1 stays; a mean under 0.04 would be dropped as moving no decision.
  assert.deepEqual(avg.weights['w:y'], [0, 0.1]);
  assert.equal(avg.meta.bags, 2);
});
