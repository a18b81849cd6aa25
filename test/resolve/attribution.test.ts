// An actor a telling only attributes ("blamed on X", "accused X of", a party's claim) is a claim
// about the event, not an observed fact: it does not keep apart tellings that agree on type, place
// and day; the event carries the actor contradiction, and the weighing prefers an observed
// perpetrator. Observed actors that differ still keep incidents apart. Sentences written for these
// tests (the Zamalka case restates how outlets credited the 21 Aug 2013 Ghouta attack).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorFit, actorSet, attributesActors, ATTRIBUTION_MISMATCH } from '../../src/resolve/match.js';
import { aggregate } from '../../src/resolve/weigh.js';
import type { MentionRecord } from '../../src/resolve/types.js';
import { openStore } from '../../src/store/sqlite.js';
import { CIVILIANS, FIXED_NOW, ISIS, PLACES, REBELS, REGIME, processed, report, tempDb } from '../store/helpers.js';

test('words of attribution mark a telling\'s actors as credited, not observed', () => {
  const attributed = [
    'Opposition activists accused government forces of firing gas-filled rockets at the suburbs.',
    'State television blamed terrorists for the mortar fire that hit the square on Sunday.',
    'The strike was blamed on Russian jets by local rescuers.',
    'Washington held the Syrian government responsible for the gas attack.',
    'A monitor said the Islamic State was behind the car bomb at the checkpoint.',
    'The bombing, said to have been carried out by a jihadist faction, killed eleven.',
    'Dozens died in barrel-bomb raids allegedly carried out by regime helicopters.',
    'The massacre was attributed by residents to pro-government militiamen.',
  ];
  for (const s of attributed) assert.equal(attributesActors({ evidence: s, claimStatus: 'reported' }), true, s);
  const observed = [
    'Regime aircraft struck the market in Douma on Tuesday, killing nine.',
    'Clashes between the army and rebels near the airport killed twelve fighters.',
    'Troops dug in behind the ridge shelled the village overnight.',
    'Islamic State fighters stormed the checkpoint at dawn.',
  ];
  for (const s of observed) assert.equal(attributesActors({ evidence: s, claimStatus: 'reported' }), false, s);
  // What only a party to the conflict asserts is its claim, whatever the words.
  assert.equal(attributesActors({ evidence: 'Islamic State fighters stormed the checkpoint at dawn.', claimStatus: 'claimed' }), true);
});

const told = (evidence: string, actor1: string | null, claimStatus: MentionRecord['claimStatus'] = 'reported') => ({
  actor1, actor2: CIVILIANS, inter1: 1, inter2: 7, evidence, claimStatus,
});

test('an actor is kept as attributed only while no telling states it as fact', () => {
  const accusation = told('The opposition accused regime forces of the gas attack.', REGIME);
  const fact = told('Regime forces fired gas-filled rockets at Zamalka.', REGIME);
  assert.deepEqual([...actorSet([accusation])], ['~military forces of syria']);
  assert.deepEqual([...actorSet([accusation, fact])], ['military forces of syria']);
});

test('an attribution mismatch is set aside only when type, place and day agree strongly; observed actors never', () => {
  const regimeBlamed = actorSet([told('The opposition accused regime forces of the gas attack.', REGIME)]);
  const rebelsBlamed = actorSet([told('State media blamed rebels for the gas attack.', REBELS)]);
  assert.equal(actorFit(regimeBlamed, rebelsBlamed, 1), ATTRIBUTION_MISMATCH);
  assert.equal(actorFit(regimeBlamed, rebelsBlamed, 0.5), 0, 'a province-level or week-level match is not enough');
  // An attacker reported as fact against the other side's accusation: in a city under fire both
  // sides shell it on one day, so that is not enough to make one incident.
  const regimeSeen = actorSet([told('Regime forces fired gas-filled rockets at Zamalka.', REGIME)]);
  assert.equal(actorFit(regimeSeen, rebelsBlamed, 1), 0);
  // Within one page the quoted party's version retells the incident the page reports.
  assert.equal(actorFit(regimeSeen, rebelsBlamed, 1, true), ATTRIBUTION_MISMATCH);
  assert.equal(actorFit(regimeSeen, actorSet([told('Islamic State fighters shelled Zamalka.', ISIS)]), 1, true), 0, 'two observed attackers, even in one page');
  // An accusation that adds a side to an observed one: only the attributed actor differs.
  const regimeSeenRebelsBlamed = actorSet([told('Regime forces fired gas-filled rockets at Zamalka.', REGIME), told('State media blamed rebels for the gas attack.', REBELS)]);
  assert.equal(actorFit(regimeSeenRebelsBlamed, regimeSeen, 1), 0.8, 'one side names fewer: compatible as before');
  // Two attackers each reported as fact are two incidents.
  const isisSeen = actorSet([told('Islamic State fighters shelled Zamalka.', ISIS)]);
  assert.equal(actorFit(regimeSeen, isisSeen, 1), 0);
  // Agreeing actors score as before, attributed or not.
  assert.equal(actorFit(regimeBlamed, regimeSeen, 1), 1);
});

const record = (key: string, outlet: string, evidence: string, actor1: string, claimStatus: MentionRecord['claimStatus'] = 'reported'): MentionRecord => ({
  id: key.length, key, reportId: key.length, reportHash: key, outlet, published: '2013-08-22', seq: 0, entry: 0,
  event_type: 'Explosions/Remote violence', sub_event_type: 'Chemical weapon', date: '2013-08-21', precision: 1, dateFromReport: false,
  actor1, assoc_actor_1: null, inter1: actor1 === REGIME ? 1 : 2, actor2: CIVILIANS, assoc_actor_2: null, inter2: 7,
  location: 'Zamalka', placeKey: 'g:zamalka', lat: 33.52, lon: 36.36, geonameid: null, country: 'Syria', admin1: 'Rif Dimashq', admin2: null, geo_precision: 1,
  fatalities: 0, claimStatus, claimBy: null, evidence, salience: 1,
});

test('the weighing keeps an observed perpetrator over attributed ones, and none when attributions alone tie', () => {
  const blamedA = record('a', 'Outlet A', 'State media blamed rebels for the gas attack on Zamalka.', REBELS);
  const blamedB = record('b', 'Outlet B', 'A minister accused rebel fighters of the gas attack on Zamalka.', REBELS);
  const accusedRegime = record('c', 'Outlet C', 'The opposition accused regime forces of the gas attack on Zamalka.', REGIME);
  const seen = record('d', 'Outlet D', 'Regime rockets loaded with gas hit Zamalka before dawn.', REGIME);
  assert.equal(aggregate([blamedA, blamedB, seen]).actor1, REGIME, 'one observation outweighs two accusations');
  assert.equal(aggregate([blamedA, accusedRegime]).actor1, null, 'one outlet each way: contested, left unresolved');
  assert.equal(aggregate([blamedA, blamedB, accusedRegime]).actor1, REBELS, 'two outlets against one');
});

// Two outlets tell the gas attack on Zamalka; each credits a different side.
const opposition = report({ id: 'outlet-o/zamalka', source: 'Revolution Dispatch', published: '2013-08-21', text: 'Opposition activists accused government forces of firing gas-filled rockets at Zamalka on Wednesday, killing at least 60 people.' });
const stateTv = report({ id: 'outlet-s/zamalka', source: 'State Television', published: '2013-08-21', text: 'State television blamed terrorists for a poison gas attack on Zamalka on Wednesday that killed 60 people.' });
const ZAMALKA = { name: 'Zamalka', lat: 33.5208, lon: 36.3572, geonameid: '162997', country: 'Syria', admin1: 'Rif Dimashq', geo_precision: 1 } as const;

test('one attack credited to opposing sides is one event with an actor contradiction, its perpetrator unresolved', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(processed(opposition, [{ sub: 'Chemical weapon', evidence: opposition.text, date: '2013-08-21', actor1: REGIME, inter1: 1, actor2: CIVILIANS, inter2: 7, location: ZAMALKA, fatalities: 60 }]));
    store.saveProcessed(processed(stateTv, [{ sub: 'Chemical weapon', evidence: stateTv.text, date: '2013-08-21', actor1: REBELS, inter1: 2, actor2: CIVILIANS, inter2: 7, location: ZAMALKA, fatalities: 60 }]));
    store.resolvePending();
    const list = store.reader.listEvents();
    assert.equal(list.total, 1, list.events.map((e) => `${e.id} ${e.actor1}`).join('; '));
    const ev = store.reader.getEvent(list.events[0]!.id)!;
    assert.equal(ev.mentions.length, 2);
    assert.equal(ev.actor1, null, 'one outlet credits each side: no perpetrator is chosen');
    const actor = ev.contradictions.filter((c) => c.kind === 'actor');
    assert.equal(actor.length, 1, JSON.stringify(ev.contradictions));
    assert.match(actor[0]!.summary, /attributed/);
    store.close();
  } finally {
    cleanup();
  }
});

test('two attackers each reported as fact on one day in one town stay two events', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const a = report({ id: 'outlet-a/douma-shelling', source: 'Levant Monitor', published: '2018-02-21', text: 'Government artillery shelled Douma on Tuesday, killing five civilians.' });
    const b = report({ id: 'outlet-b/douma-shelling', source: 'Ghouta Live', published: '2018-02-21', text: 'Rebel mortars hit Douma on Tuesday, killing five civilians.' });
    store.saveProcessed(processed(a, [{ sub: 'Shelling/artillery/missile attack', evidence: a.text, date: '2018-02-20', actor1: REGIME, inter1: 1, actor2: CIVILIANS, inter2: 7, location: PLACES.douma, fatalities: 5 }]));
    store.saveProcessed(processed(b, [{ sub: 'Shelling/artillery/missile attack', evidence: b.text, date: '2018-02-20', actor1: REBELS, inter1: 2, actor2: CIVILIANS, inter2: 7, location: PLACES.douma, fatalities: 5 }]));
    store.resolvePending();
    assert.equal(store.reader.listEvents().total, 2);
    store.close();
  } finally {
    cleanup();
  }
});

test('an associated actor that is the event\'s own main actor is dropped from the list', () => {
  // Two tellings of one strike: the second lists the civilians as an associate of the activists.
  const a = record('e', 'Outlet E', 'Regime rockets loaded with gas hit Zamalka before dawn.', REGIME);
  const b = { ...record('f', 'Outlet F', 'Activists and civilians were hit by the gas rockets in Zamalka.', REGIME), actor2: 'Activists (Syria)', assoc_actor_2: `${CIVILIANS}; Protesters (Syria)` };
  const ev = aggregate([a, b]);
  assert.equal(ev.actor2, CIVILIANS);
  assert.equal(ev.assoc_actor_2, 'Protesters (Syria)');
});
