// Events merge after the fact: a telling that fits two events bridges them, and when the two fit
// each other they become one, under the older id, with the merge in the history and the absorbed
// id leading to the survivor. Reports written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planMerge, type MergeCandidate } from '../../src/resolve/consolidate.js';
import { openStore } from '../../src/store/sqlite.js';
import { CIVILIANS, FIXED_NOW, PLACES, REGIME, RUSSIA, processed, report, tempDb } from '../store/helpers.js';

const ev = (id: string, createdBatch: number, createdSeq: number): MergeCandidate => ({ id, createdBatch, createdSeq });

test('planMerge keeps the oldest event of the group and absorbs the others that fit both ways', () => {
  const all = () => true;
  assert.deepEqual(planMerge(ev('SR-b', 2, 10), [ev('SR-a', 1, 3)], all), { survivor: 'SR-a', absorbed: ['SR-b'] });
  assert.deepEqual(planMerge(ev('SR-a', 1, 3), [ev('SR-c', 2, 7), ev('SR-b', 2, 5)], all), { survivor: 'SR-a', absorbed: ['SR-b', 'SR-c'] });
});

test('planMerge merges nothing when the events fit only one way, or fit the telling but not each other', () => {
  const oneWay = (a: string, b: string) => a === 'SR-a' && b === 'SR-b';
  assert.equal(planMerge(ev('SR-a', 1, 1), [ev('SR-b', 1, 2)], oneWay), null);
  // SR-b and SR-c each fit SR-a, not each other: only the older of them joins.
  const fits = (a: string, b: string) => !((a === 'SR-b' && b === 'SR-c') || (a === 'SR-c' && b === 'SR-b'));
  assert.deepEqual(planMerge(ev('SR-a', 1, 1), [ev('SR-c', 1, 3), ev('SR-b', 1, 2)], fits), { survivor: 'SR-a', absorbed: ['SR-b'] });
  assert.equal(planMerge(ev('SR-a', 1, 1), [], () => true), null);
});

// Outlet A tells a strike on Douma. Outlet B's live page first tells it with no place (it can only
// found its own event), then names Douma: that telling fits both events, which are one incident.
const first = report({ id: 'outlet-a/douma', source: 'Levant Monitor', published: '2018-02-21', text: 'Warplanes struck the market in Douma on Tuesday, killing 9 civilians.' });
const live = report({
  id: 'outlet-b/live',
  source: 'Ghouta Live',
  published: '2018-02-21',
  text: 'Jets hit a crowded market on Tuesday, killing 9 people. Rescuers later confirmed the market strike was in Douma.',
});
const specA = { sub: 'Air/drone strike', evidence: 'Warplanes struck the market in Douma on Tuesday, killing 9 civilians.', date: '2018-02-20', actor1: REGIME, inter1: 1, actor2: CIVILIANS, inter2: 7, location: PLACES.douma, fatalities: 9 } as const;
const specB1 = { sub: 'Air/drone strike', evidence: 'Jets hit a crowded market on Tuesday, killing 9 people.', date: '2018-02-20', actor2: CIVILIANS, inter2: 7, fatalities: 9 } as const;
const specB2 = { sub: 'Air/drone strike', evidence: 'Rescuers later confirmed the market strike was in Douma.', date: '2018-02-20', location: PLACES.douma, salience: 0.5 } as const;

test('a telling that bridges two events of one incident merges them under the older id, with a redirect', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(processed(first, [specA]));
    store.resolvePending();
    const older = store.reader.listEvents().events[0]!.id;
    store.saveProcessed(processed(live, [specB1, specB2]));
    store.resolvePending();
    const list = store.reader.listEvents();
    assert.equal(list.total, 1, list.events.map((e) => `${e.id} ${e.location}`).join('; '));
    const merged = store.reader.getEvent(older)!;
    assert.equal(merged.id, older, 'the older id survives');
    assert.equal(merged.mentions.length, 3);
    assert.equal(merged.status, 'corroborated');
    const mergeRow = merged.history.find((h) => h.kind === 'merged');
    assert.ok(mergeRow, merged.history.map((h) => h.kind).join(', '));
    const absorbed = (mergeRow.detail as { absorbed: string }).absorbed;
    assert.notEqual(absorbed, older);
    assert.ok(merged.history.some((h) => (h.detail as { merged_from?: string }).merged_from === absorbed), "the absorbed event's history moved with it");
    assert.equal(store.reader.getEvent(absorbed)?.id, older, 'the absorbed id leads to the survivor');
    assert.ok(store.check().ok, store.check().problems.join('; '));
    store.close();
  } finally {
    cleanup();
  }
});

test('a telling that fits two events crediting different forces leaves them apart', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const russian = report({ id: 'outlet-c/douma', source: 'Kremlin Watch', published: '2018-02-21', text: 'Russian jets struck the market in Douma on Tuesday, killing 9 civilians.' });
    store.saveProcessed(processed(first, [specA]));
    store.saveProcessed(processed(russian, [{ ...specA, evidence: 'Russian jets struck the market in Douma on Tuesday, killing 9 civilians.', actor1: RUSSIA, inter1: 8 }]));
    store.resolvePending();
    assert.equal(store.reader.listEvents().total, 2);
    const vague = report({ id: 'outlet-d/douma', source: 'Damascus Wire', published: '2018-02-21', text: 'An air strike hit the Douma market on Tuesday.' });
    store.saveProcessed(processed(vague, [{ sub: 'Air/drone strike', evidence: 'An air strike hit the Douma market on Tuesday.', date: '2018-02-20', location: PLACES.douma }]));
    store.resolvePending();
    assert.equal(store.reader.listEvents().total, 2, 'no merge across a disagreement on who struck');
    store.close();
  } finally {
    cleanup();
  }
});
