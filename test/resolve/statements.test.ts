// Statements of control: "the rebel-held town of X", "X, now under the control of Y", and how they
// join the control timeline beside the changes of hands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { controlStatements } from '../../src/resolve/statements.js';
import { openStore } from '../../src/store/sqlite.js';
import { FIXED_NOW, ISIS, PLACES, REBELS, REGIME, place, processed, report, tempDb } from '../store/helpers.js';

function statementsIn(text: string, surface: string) {
  const r = report({ id: 't', text, published: '2016-01-01' });
  return controlStatements(text, [place(r, surface, PLACES.azaz)], '2016-01-01').map((s) => [s.holder, s.evidence.text]);
}

function controlStatementsOf(text: string): boolean[] {
  const r = report({ id: 't', text, published: '2016-01-01' });
  return controlStatements(text, [place(r, 'Azaz', PLACES.azaz)], '2016-01-01').map((s) => s.partial);
}

test('held-by phrases before and after the place name the holder; negated and unnamed ones do not', () => {
  assert.deepEqual(statementsIn('Jets struck the rebel-held northern town of Azaz on Monday.', 'Azaz'), [[REBELS, 'rebel-held northern town of Azaz']]);
  assert.deepEqual(statementsIn('Shells fell on government-held Azaz overnight.', 'Azaz'), [[REGIME, 'government-held Azaz']]);
  assert.deepEqual(statementsIn('Azaz, held by the Islamic State since the summer, was bombed.', 'Azaz'), [[ISIS, 'Azaz, held by the Islamic State since the summer']]);
  assert.deepEqual(statementsIn('Azaz is now under the complete control of rebels, a commander said.', 'Azaz'), [[REBELS, 'Azaz is now under the complete control of rebels']]);
  assert.deepEqual(
    controlStatementsOf('Shells hit rebel-held eastern Azaz and areas of government-held Azaz.'),
    [true],
    'a direction or "areas of" right before the name means part of the place',
  );
  assert.deepEqual(statementsIn('Families returned to the formerly rebel-held town of Azaz.', 'Azaz'), [], 'formerly held is not held');
  assert.deepEqual(statementsIn('Residents of the civilian-held quarter near Azaz fled.', 'Azaz'), []);
  assert.deepEqual(statementsIn('The prisoners were held in Azaz for a month.', 'Azaz'), [], '"held in" is about prisoners, not control');
});

test('a statement after a change of hands updates the holder; one inside the change names the loser and is ignored', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const taken = report({ id: 'a/taken', source: 'Levant Monitor', published: '2014-01-10', text: 'Insurgents drove fighters out of the ISIS-held town of ad-Dana on Friday.' });
    store.saveProcessed({
      ...processed(taken, [{ sub: 'Non-state actor overtakes territory', evidence: 'Insurgents drove fighters out of the ISIS-held town of ad-Dana on Friday', date: '2014-01-10', actor1: REBELS, inter1: 2, actor2: ISIS, inter2: 2, location: PLACES.dana }]),
      places: [place(taken, 'ad-Dana', PLACES.dana)],
    });
    const later = report({ id: 'b/later', source: 'Damascus Wire', published: '2014-03-02', text: 'Aid reached the rebel-held town of ad-Dana in Idlib on Sunday.' });
    store.saveProcessed({ ...processed(later, []), places: [place(later, 'ad-Dana', PLACES.dana)] });
    const retaken = report({ id: 'c/much-later', source: 'Levant Monitor', published: '2014-06-01', text: 'Shelling hit ISIS-held ad-Dana, residents said.' });
    store.saveProcessed({ ...processed(retaken, []), places: [place(retaken, 'ad-Dana', PLACES.dana)] });
    store.resolvePending();

    const jan = store.reader.control('Dana', '2014-01-20');
    assert.equal(jan.holder, REBELS);
    assert.equal(jan.basis, 'event');
    assert.equal(jan.statements.length, 2, 'the phrase inside the takeover sentence is not a statement');
    const march = store.reader.control('Dana', '2014-03-15');
    assert.equal(march.holder, REBELS);
    assert.ok(march.confidence! > jan.confidence!, 'an agreeing statement raises confidence');
    const june = store.reader.control('ad-Dana', '2014-06-15');
    assert.equal(june.holder, ISIS);
    assert.equal(june.basis, 'statement');
    assert.equal(june.since, null, 'a statement says who held it, not since when');
    assert.match(june.statementEvidence[0].evidence, /ISIS-held ad-Dana/);
    store.close();
  } finally {
    cleanup();
  }
});
