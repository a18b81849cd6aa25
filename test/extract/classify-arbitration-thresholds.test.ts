// How sure the learned model must be to overrule the rules (issue #3): a weak rule, a guess from one
// cue, yields to a model fairly sure of another type; a strong rule only to a very sure one; and a
// sentence with no cue at all needs the model surer still before it becomes an event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SubEventModel, defaultModel, setModel, resetModel } from '../../src/extract/classify/model.js';
import { classifySentence, explainClassification } from '../../src/extract/classify/index.js';

/** A stand-in model that always says `label`, `prob` sure (bias only, no words). */
function sureOf(label: string, prob: number): SubEventModel {
  const classes = defaultModel()!.classes;
  const b = Math.log((prob * (classes.length - 1)) / (1 - prob));
  return new SubEventModel({ format: 'sitrep-subevent-lr', version: 1, classes, bias: classes.map((c) => (c === label ? b : 0)), weights: {}, meta: { trainedOn: 0, sources: [], epochs: 0, l2: 0, created: null } });
}

const arrest = 'Police in Kano arrested two fuel traders accused of hoarding petrol.';
const airStrike = 'Jets bombed a fuel depot outside Marib overnight, killing four guards.';
const noCue = 'Dozens were still in hospital on Thursday with breathing problems after the raid.';

test('the sentences read as intended by the rules alone', () => {
  const a = explainClassification(arrest);
  assert.equal(a.result?.sub_event_type, 'Arrests');
  assert.ok(a.rules.includes('strategic:arrests'), a.rules.join(','));
  assert.equal(classifySentence(airStrike)?.sub_event_type, 'Air/drone strike');
  assert.equal(classifySentence(airStrike)?.score, 0.9, 'a strong rule');
  assert.ok(explainClassification(noCue).rules.includes('non-event:no-cue'));
});

test('a weak rule yields to a model 0.4 sure of another type, not to one 0.3 sure', () => {
  try {
    setModel(sureOf('Looting/property destruction', 0.4));
    const c = classifySentence(arrest);
    assert.equal(c?.sub_event_type, 'Looting/property destruction');
    assert.ok(c!.rules.includes('model-overrules-weak-rule'), c!.rules.join(','));
    assert.ok(c!.score < 0.6, 'a hesitant model verdict ranks below any rule-backed sentence');
    setModel(sureOf('Looting/property destruction', 0.3));
    assert.equal(classifySentence(arrest)?.sub_event_type, 'Arrests');
  } finally {
    resetModel();
  }
});

test('a strong rule and a sentence with no cue are not moved by a model only 0.5 sure', () => {
  try {
    setModel(sureOf('Armed clash', 0.5));
    assert.equal(classifySentence(airStrike)?.sub_event_type, 'Air/drone strike');
    assert.equal(classifySentence(noCue), null, 'finding an event where no cue fired needs a surer model');
    setModel(sureOf('Armed clash', 0.7));
    assert.equal(classifySentence(noCue)?.sub_event_type, 'Armed clash');
  } finally {
    resetModel();
  }
});
