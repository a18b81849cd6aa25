// The resolution rules one by one: compatibility, weak matches, weighing, withdrawal
// counter-statements, and who can hold a place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/sqlite.js';
import { actorScore, actorSet, dateScore, placeScore, typeScore } from '../../src/resolve/match.js';
import { territorySubType, weighFatalities, weighStatus } from '../../src/resolve/weigh.js';
import { transferOf } from '../../src/resolve/control.js';
import type { MentionRecord } from '../../src/resolve/types.js';
import { CIVILIANS, FIXED_NOW, ISIS, PLACES, REBELS, REGIME, processed, report, tempDb } from '../store/helpers.js';

test('compatibility table: territory ~ clash, air ~ shelling, protest kinds; never across unrelated types', () => {
  assert.equal(typeScore('Armed clash', 'Armed clash'), 1);
  assert.ok(typeScore('Armed clash', 'Non-state actor overtakes territory') > 0);
  assert.ok(typeScore('Air/drone strike', 'Shelling/artillery/missile attack') > 0);
  assert.ok(typeScore('Peaceful protest', 'Protest with intervention') > 0);
  assert.equal(typeScore('Peaceful protest', 'Air/drone strike'), 0);
  assert.equal(typeScore('Attack', 'Armed clash'), 0);
});

test('dates: ±1 day at precision 1, the week at 2, the month at 3', () => {
  assert.equal(dateScore({ date: '2014-01-08', precision: 1 }, { date: '2014-01-08', precision: 1 }), 1);
  assert.ok(dateScore({ date: '2014-01-08', precision: 1 }, { date: '2014-01-09', precision: 1 }) > 0, 'a live blog\'s "on Thursday" vs its posting date');
  assert.equal(dateScore({ date: '2014-01-08', precision: 1 }, { date: '2014-01-10', precision: 1 }), 0, 'two known days two days apart are two days');
  assert.ok(dateScore({ date: '2014-01-08', precision: 2 }, { date: '2014-01-12', precision: 1 }) > 0);
  assert.equal(dateScore({ date: '2014-01-08', precision: 2 }, { date: '2014-01-20', precision: 1 }), 0);
  assert.ok(dateScore({ date: '2014-01-15', precision: 3 }, { date: '2014-01-30', precision: 1 }) > 0);
  assert.equal(dateScore({ date: '2014-01-15', precision: 3 }, { date: '2014-02-03', precision: 1 }), 0);
});

test('places: a province-level mention fits a town inside its province only', () => {
  const town = { placeKey: 'gn:170017', lat: PLACES.azaz.lat, lon: PLACES.azaz.lon, country: 'Syria', admin1: 'Aleppo', geo_precision: 1 as const, location: 'Azaz' };
  const province = { placeKey: 'gn:170062', lat: 36.25, lon: 37.5, country: 'Syria', admin1: 'Aleppo', geo_precision: 3 as const, location: 'Aleppo' };
  const otherProvince = { ...province, placeKey: 'gn:169388', admin1: 'Idlib', location: 'Idlib' };
  assert.ok(placeScore(town, province) > 0);
  assert.equal(placeScore(town, otherProvince), 0);
  const nearbyTown = { ...town, placeKey: 'gn:1', lat: town.lat + 0.2, location: 'Elsewhere' };
  assert.equal(placeScore(town, nearbyTown), 0, 'two towns 20 km apart are two places');
});

test('fatalities: lowest credible figure, party claims only when nothing else; denied tolls ignored', () => {
  const base = { claimBy: null, evidence: 'x', salience: 1 } as const;
  const m = (key: string, fatalities: number, claimStatus: MentionRecord['claimStatus']) => ({ ...base, key, fatalities, claimStatus }) as MentionRecord;
  assert.deepEqual(weighFatalities([m('a', 14, 'reported'), m('b', 23, 'reported'), m('c', 40, 'reported')]), {
    fatalities: 14,
    fatalities_low: 14,
    fatalities_best: 23,
    fatalities_high: 40,
  });
  // A party's claim of 5 is lower but not credible while a monitor states 12.
  assert.equal(weighFatalities([m('a', 5, 'claimed'), m('b', 12, 'reported')]).fatalities, 12);
  assert.equal(weighFatalities([m('a', 30, 'claimed')]).fatalities, 30);
  assert.equal(weighFatalities([m('a', 30, 'denied')]).fatalities, 0);
  assert.equal(weighFatalities([m('a', 0, 'reported')]).fatalities_low, null, 'no toll stated is not a toll of 0');
});

test('status: a question asserts nothing; outlets, not mentions, corroborate', () => {
  const m = (key: string, outlet: string, claimStatus: MentionRecord['claimStatus'], evidence: string) =>
    ({ key, outlet, claimStatus, evidence, salience: 1, fatalities: 0, claimBy: null }) as MentionRecord;
  assert.equal(weighStatus([m('a', 'A', 'reported', 'Is ISIS withdrawing from the Aleppo countryside?')], false).status, 'unverified');
  assert.deepEqual(weighStatus([m('a', 'A', 'reported', 'ISIS left.'), m('b', 'A', 'reported', 'ISIS has gone.')], false), { status: 'single-source', corroboration: 1 });
  assert.deepEqual(weighStatus([m('a', 'A', 'reported', 'ISIS left.'), m('b', 'B', 'confirmed', 'ISIS has gone.')], false), { status: 'corroborated', corroboration: 2 });
  assert.equal(weighStatus([m('a', 'A', 'claimed', 'ISIS says it left.'), m('b', 'B', 'unverified', 'ISIS reportedly left.')], false).status, 'unverified');
  assert.equal(weighStatus([m('a', 'A', 'denied', 'ISIS denied leaving.')], false).status, 'denied');
  assert.equal(
    weighStatus([m('a', 'A', 'reported', 'ISIS bombings tonight'), m('b', 'A', 'unverified', 'Reports are circulating of bombings.')], false).status,
    'unverified',
    "an outlet's headline does not outweigh its own hedge",
  );
  assert.equal(weighStatus([m('a', 'A', 'unverified', 'Unconfirmed reports of a blast.'), m('b', 'A', 'confirmed', 'The blast was confirmed.')], false).status, 'single-source');
  assert.equal(weighStatus([m('a', 'A', 'reported', 'ISIS left.')], true).status, 'contested');
});

test('territory types follow the winner: a non-state winner overtakes, state forces regain', () => {
  assert.equal(territorySubType('Government regains territory', 2), 'Non-state actor overtakes territory');
  assert.equal(territorySubType('Non-state actor overtakes territory', 1), 'Government regains territory');
  assert.equal(territorySubType('Non-state actor overtakes territory', null), 'Non-state actor overtakes territory');
});

test('civilians and prisoners never hold a place', () => {
  const freed = transferOf({ sub_event_type: 'Non-violent transfer of territory', actor1: ISIS, actor2: CIVILIANS }, 'ISIS fighters retreated from the hospital, leaving the detainees behind');
  assert.deepEqual(freed, { holder: null, previous: ISIS, withdrawal: true });
  const handed = transferOf({ sub_event_type: 'Non-violent transfer of territory', actor1: REBELS, actor2: ISIS }, 'Rebels entered the town after an agreement');
  assert.deepEqual(handed, { holder: REBELS, previous: ISIS, withdrawal: false });
});

test('a vague province-level clash a week away does not merge into a town takeover', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const a = report({ id: 'a', source: 'Levant Monitor', published: '2014-01-10', text: 'Insurgents drove the Islamic State out of ad-Dana on Friday.' });
    const b = report({ id: 'b', source: 'Damascus Wire', published: '2014-01-04', text: 'There was heavy fighting across Idlib Province this week.' });
    const idlib = { name: 'Idlib', lat: 35.8, lon: 36.6, geonameid: '169388', country: 'Syria', admin1: 'Idlib', geo_precision: 3 as const };
    store.saveProcessed(processed(a, [{ sub: 'Non-state actor overtakes territory', evidence: 'Insurgents drove the Islamic State out of ad-Dana on Friday', date: '2014-01-10', actor1: REBELS, inter1: 2, actor2: ISIS, inter2: 2, location: PLACES.dana }]));
    store.saveProcessed(processed(b, [{ sub: 'Armed clash', evidence: 'There was heavy fighting across Idlib Province this week', date: '2014-01-04', precision: 2, actor1: REBELS, location: idlib }]));
    store.resolvePending();
    assert.equal(store.reader.listEvents().total, 2);
    store.close();
  } finally {
    cleanup();
  }
});

test('"not thinking of withdrawing" against "could pull out", told in one page, makes the withdrawal contested', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const r = report({
      id: 'analysis/aleppo-countryside',
      source: 'Levant Monitor',
      published: '2015-02-10',
      text:
        'Is ISIS withdrawing from the Aleppo countryside? Some say ISIS could be about to pull out of the villages around Aleppo.\n' +
        'A local news agency says ISIS is not thinking of withdrawing from the area and is digging tunnels there.',
    });
    store.saveProcessed(
      processed(r, [
        { sub: 'Non-violent transfer of territory', evidence: 'Is ISIS withdrawing from the Aleppo countryside?', date: '2015-02-10', precision: 2, actor1: ISIS, location: PLACES.aleppo },
        { sub: 'Non-violent transfer of territory', evidence: 'ISIS could be about to pull out of the villages around Aleppo', date: '2015-02-10', precision: 2, actor1: ISIS, location: PLACES.aleppo, claim: 'unverified' },
        { sub: 'Non-violent transfer of territory', evidence: 'ISIS is not thinking of withdrawing from the area and is digging tunnels there', date: '2015-02-10', precision: 2, actor1: ISIS, location: PLACES.aleppo },
      ]),
    );
    store.resolvePending();
    const list = store.reader.listEvents();
    assert.equal(list.total, 1);
    assert.equal(list.events[0].status, 'contested');
    const pairs = store.reader.conflicts({ kind: 'withdrawal' });
    assert.ok(pairs.length >= 1);
    assert.ok(pairs.every((p) => /not thinking of withdrawing/.test(p.b.evidence)));
    store.close();
  } finally {
    cleanup();
  }
});

test('"ISIS took it" and "ISIS left it" on the same day are a control contradiction', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const a = report({ id: 'a', source: 'Levant Monitor', published: '2014-01-08', text: 'ISIS fighters seized the children\'s hospital district of Aleppo from insurgents on Wednesday.' });
    const b = report({ id: 'b', source: 'Damascus Wire', published: '2014-01-08', text: 'ISIS withdrew from Aleppo on Wednesday, freeing hundreds of prisoners as it left.' });
    store.saveProcessed(processed(a, [{ sub: 'Non-state actor overtakes territory', evidence: "ISIS fighters seized the children's hospital district of Aleppo from insurgents on Wednesday", date: '2014-01-08', actor1: ISIS, inter1: 2, actor2: REBELS, inter2: 2, location: PLACES.aleppo }]));
    store.saveProcessed(processed(b, [{ sub: 'Non-violent transfer of territory', evidence: 'ISIS withdrew from Aleppo on Wednesday', date: '2014-01-08', actor1: ISIS, inter1: 2, location: PLACES.aleppo }]));
    store.resolvePending();
    const c = store.reader.conflicts({ kind: 'control' });
    assert.equal(c.length, 1);
    assert.ok(store.reader.listEvents().events.every((e) => e.status === 'contested'));
    const answer = store.reader.control('Aleppo', '2014-01-08');
    assert.equal(answer.timeline.length, 2, 'both accounts are in the timeline');
    assert.equal(answer.holder, null, 'contested accounts do not decide who holds it');
    assert.equal(answer.basis, 'unknown');
    store.close();
  } finally {
    cleanup();
  }
});

test('two strikes on one town, one day, one target, credited to different air forces: two events and a possible misattribution', () => {
  // Two strikes on one town on one day by different air forces against the same target: two
  // events, and a possible-misattribution contradiction between them.
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const a = report({ id: 'a', source: 'Levant Monitor', published: '2016-02-15', text: 'Syrian jets bombed the hospital in Azaz on Monday, killing 9.' });
    const b = report({ id: 'b', source: 'Damascus Wire', published: '2016-02-15', text: 'Russian aircraft struck the Azaz hospital on Monday, killing 9 patients.' });
    store.saveProcessed(processed(a, [{ sub: 'Air/drone strike', evidence: 'Syrian jets bombed the hospital in Azaz on Monday, killing 9', date: '2016-02-15', actor1: REGIME, actor2: CIVILIANS, location: PLACES.azaz, fatalities: 9 }]));
    store.saveProcessed(processed(b, [{ sub: 'Air/drone strike', evidence: 'Russian aircraft struck the Azaz hospital on Monday, killing 9 patients', date: '2016-02-15', actor1: 'Military Forces of Russia (2000-)', actor2: CIVILIANS, location: PLACES.azaz, fatalities: 9 }]));
    store.resolvePending();
    assert.equal(store.reader.listEvents().total, 2);
    const c = store.reader.conflicts({ kind: 'actor' });
    assert.equal(c.length, 1);
    assert.match(c[0].summary, /credited to/);
    store.close();
  } finally {
    cleanup();
  }
});

test('a withdrawal from the countryside and a denial geocoded to another town of the province still conflict', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const r = report({
      id: 'analysis/north-aleppo',
      source: 'Levant Monitor',
      published: '2015-02-10',
      text:
        'ISIS could be about to pull out of the countryside around Aleppo, rebel sources say.\n' +
        'A news agency in Marea says ISIS is not thinking of withdrawing from the villages north of Aleppo.',
    });
    const countryside = { ...PLACES.aleppo, geo_precision: 2 as const };
    const marea = { name: 'Marea', lat: 36.4833, lon: 37.1833, geonameid: '166834', country: 'Syria', admin1: 'Aleppo', geo_precision: 2 as const };
    store.saveProcessed(
      processed(r, [
        { sub: 'Non-violent transfer of territory', evidence: 'ISIS could be about to pull out of the countryside around Aleppo', date: '2015-02-10', precision: 2, actor1: ISIS, location: countryside, claim: 'unverified' },
        { sub: 'Armed clash', evidence: 'ISIS is not thinking of withdrawing from the villages north of Aleppo', date: '2015-02-06', actor1: ISIS, location: marea },
      ]),
    );
    store.resolvePending();
    assert.equal(store.reader.conflicts({ kind: 'withdrawal' }).length, 1);
    const transfer = store.reader.listEvents({ subType: 'Non-violent transfer of territory' }).events[0];
    assert.equal(transfer.status, 'contested');
    store.close();
  } finally {
    cleanup();
  }
});

test('one shelling blamed by each side on the other is one event with an actor contradiction', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    const a = report({ id: 'a', source: 'State Agency', published: '2016-10-06', text: 'Militants shelled the Azaz market on Thursday, killing five, the army said.' });
    const b = report({ id: 'b', source: 'Opposition Media', published: '2016-10-06', text: 'Regime artillery hit the Azaz market on Thursday, killing five, activists said.' });
    store.saveProcessed(processed(a, [{ sub: 'Shelling/artillery/missile attack', evidence: 'Militants shelled the Azaz market on Thursday, killing five', date: '2016-10-06', actor1: REBELS, actor2: REGIME, location: PLACES.azaz, fatalities: 5, claim: 'claimed', by: 'army' }]));
    store.saveProcessed(processed(b, [{ sub: 'Shelling/artillery/missile attack', evidence: 'Regime artillery hit the Azaz market on Thursday, killing five', date: '2016-10-06', actor1: REGIME, actor2: REBELS, location: PLACES.azaz, fatalities: 5, by: 'activists' }]));
    store.resolvePending();
    const list = store.reader.listEvents();
    assert.equal(list.total, 1);
    const pair = store.reader.conflicts({ kind: 'actor' });
    assert.equal(pair.length, 1);
    assert.match(pair[0].summary, /credited to .* and to /);
    assert.equal(list.events[0].fatalities, 5);
    store.close();
  } finally {
    cleanup();
  }
});

test('actors: "rebels" fits a named rebel group, not the Islamic State; rescuers coded as civilians name no force', () => {
  const set = (...ms: { actor1: string | null; actor2?: string | null; inter1?: number | null; inter2?: number | null }[]) =>
    actorSet(ms.map((m) => ({ actor2: null, ...m })));
  // "Rebels shelled the district" and "Ahrar al-Sham shelled the district": one telling names the group.
  assert.equal(actorScore(set({ actor1: REBELS, actor2: REGIME }), set({ actor1: 'AAS: Ahrar al Sham', actor2: REGIME })), 0.9);
  assert.equal(actorScore(set({ actor1: REBELS }), set({ actor1: 'Jabhat al Nusra' }, { actor1: 'Free Syrian Army' })), 0.9);
  // Reporters name the Islamic State and the Kurdish-led forces apart from "the rebels".
  assert.equal(actorScore(set({ actor1: REBELS }), set({ actor1: ISIS })), 0);
  assert.equal(actorScore(set({ actor1: REBELS }), set({ actor1: 'QSD: Syrian Democratic Forces' })), 0);
  assert.equal(actorScore(set({ actor1: 'Jabhat al Nusra' }), set({ actor1: 'Free Syrian Army' })), 0, 'two named groups are two actors');
  // A rescue service quoted on a strike is not a party to it (inter 7, civilians).
  assert.deepEqual([...set({ actor1: 'Syria Civil Defence', inter1: 7 }, { actor1: REGIME, inter1: 1 })], ['military forces of syria']);
});
