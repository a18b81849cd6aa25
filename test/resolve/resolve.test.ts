// Event resolution on reports written by us: merging, keeping apart, weighing claims,
// contradictions, the control timeline, and stability of ids across runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/sqlite.js';
import { CIVILIANS, FIXED_NOW, ISIS, PLACES, REBELS, REGIME, RUSSIA, processed, report, tempDb } from '../store/helpers.js';

// Two outlets tell one air strike on Douma with different tolls.
const strikeA = report({
  id: 'outlet-a/douma-strike',
  source: 'Levant Monitor',
  published: '2018-02-21',
  text: 'Warplanes struck a market in Douma on Tuesday, killing at least 14 civilians, a rescue group said.',
});
const strikeB = report({
  id: 'outlet-b/douma-toll',
  source: 'Damascus Wire',
  published: '2018-02-21',
  text: 'The toll from Tuesday\'s air raid on the Douma market has risen to 23, local medics told reporters.',
});
const strikeSpecs = {
  a: { sub: 'Air/drone strike', evidence: 'Warplanes struck a market in Douma on Tuesday, killing at least 14 civilians', date: '2018-02-20', actor1: REGIME, inter1: 1, actor2: CIVILIANS, inter2: 7, location: PLACES.douma, fatalities: 14, by: 'rescue group' },
  b: { sub: 'Air/drone strike', evidence: "The toll from Tuesday's air raid on the Douma market has risen to 23", date: '2018-02-20', actor2: CIVILIANS, inter2: 7, location: PLACES.douma, fatalities: 23, by: 'local medics' },
} as const;

test('one incident told by two outlets with different tolls is one corroborated event with a conservative toll', () => {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(processed(strikeA, [strikeSpecs.a]));
    store.saveProcessed(processed(strikeB, [strikeSpecs.b]));
    const sum = store.resolvePending();
    assert.equal(sum.mentions, 2);
    assert.equal(sum.events, 1);
    const list = store.reader.listEvents();
    assert.equal(list.total, 1);
    const ev = store.reader.getEvent(list.events[0].id)!;
    assert.equal(ev.mentions.length, 2);
    assert.deepEqual(ev.outlets, ['Damascus Wire', 'Levant Monitor']);
    assert.equal(ev.status, 'corroborated');
    assert.equal(ev.corroboration, 2);
    assert.equal(ev.fatalities, 14, 'ACLED keeps the lowest credible figure');
    assert.equal(ev.fatalities_low, 14);
    assert.equal(ev.fatalities_high, 23);
    assert.equal(ev.actor1, REGIME, 'the actor named by one report fills the event');
    const toll = ev.contradictions.find((c) => c.kind === 'toll');
    assert.ok(toll, 'different tolls are a contradiction');
    assert.match(toll.a.evidence, /14/);
    assert.match(toll.b.evidence, /23/);
    assert.ok(store.check().ok, store.check().problems.join('; '));
    store.close();
  } finally {
    cleanup();
  }
});

test('two incidents in one town on one day with different actors and types stay apart', () => {
  const { path, cleanup } = tempDb();
  try {
    const r = report({
      id: 'blog/azaz-day',
      source: 'Northern Front Blog',
      published: '2016-02-15',
      text:
        'Rebels and Islamic State fighters clashed on the southern edge of Azaz on Monday.\n' +
        'Separately, Russian jets bombed the hospital in Azaz the same day, killing 9 patients.',
    });
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(
      processed(r, [
        { sub: 'Armed clash', evidence: 'Rebels and Islamic State fighters clashed on the southern edge of Azaz on Monday', date: '2016-02-15', actor1: REBELS, actor2: ISIS, location: PLACES.azaz },
        { sub: 'Air/drone strike', evidence: 'Russian jets bombed the hospital in Azaz the same day, killing 9 patients', date: '2016-02-15', actor1: RUSSIA, actor2: CIVILIANS, location: PLACES.azaz, fatalities: 9 },
      ]),
    );
    store.resolvePending();
    const list = store.reader.listEvents({ place: 'Azaz' });
    assert.equal(list.total, 2);
    assert.deepEqual(list.events.map((e) => e.sub_event_type).sort(), ['Air/drone strike', 'Armed clash']);
    store.close();
  } finally {
    cleanup();
  }
});

test('two clashes in one town on one day between different actors stay apart', () => {
  const { path, cleanup } = tempDb();
  try {
    const r = report({
      id: 'blog/aleppo-fronts',
      source: 'Northern Front Blog',
      published: '2014-01-06',
      text:
        'Insurgents fought the Islamic State around its headquarters in Aleppo on Monday.\n' +
        'In another district of Aleppo, regime troops and insurgents exchanged fire near the citadel.',
    });
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(
      processed(r, [
        { sub: 'Armed clash', evidence: 'Insurgents fought the Islamic State around its headquarters in Aleppo on Monday', date: '2014-01-06', actor1: REBELS, actor2: ISIS, location: PLACES.aleppo },
        { sub: 'Armed clash', evidence: 'regime troops and insurgents exchanged fire near the citadel', date: '2014-01-06', actor1: REGIME, actor2: REBELS, location: PLACES.aleppo },
      ]),
    );
    store.resolvePending();
    assert.equal(store.reader.listEvents().total, 2);
    store.close();
  } finally {
    cleanup();
  }
});

test('an incident told twice in one live blog is one event; a province-level retelling joins it, another country does not', () => {
  const { path, cleanup } = tempDb();
  try {
    const r = report({
      id: 'blog/prisoners',
      source: 'Northern Front Blog',
      published: '2014-01-08',
      text:
        'Insurgents freed about 300 prisoners from the Islamic State headquarters in Aleppo on Wednesday.\n' +
        'UPDATE: Activists say the detainees released from the ISIS base in Aleppo number around 300.\n' +
        'Elsewhere in Aleppo Province, the prisoner release was celebrated.\n' +
        'Two Swedish journalists were also freed, their families said.',
    });
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(
      processed(r, [
        { sub: 'Other', evidence: 'Insurgents freed about 300 prisoners from the Islamic State headquarters in Aleppo on Wednesday', date: '2014-01-08', actor1: REBELS, actor2: ISIS, location: PLACES.aleppo, entry: 0 },
        { sub: 'Other', evidence: 'the detainees released from the ISIS base in Aleppo number around 300', date: '2014-01-08', actor1: REBELS, location: PLACES.aleppo, entry: 1, by: 'activists' },
        { sub: 'Other', evidence: 'the prisoner release was celebrated', date: '2014-01-08', actor1: REBELS, location: PLACES.aleppoProvince, entry: 2, salience: 0.2 },
        { sub: 'Other', evidence: 'Two Swedish journalists were also freed', date: '2014-01-08', location: { name: 'Sweden', lat: 62, lon: 15, geonameid: '2661886', country: 'Sweden', admin1: null, geo_precision: 3 }, entry: 3 },
      ]),
    );
    const sum = store.resolvePending();
    assert.equal(sum.events, 2, 'the journalists freed in another country are another event');
    const ev = store.reader.listEvents({ country: 'Syria' }).events[0];
    assert.equal(ev.mentions_count, 3);
    assert.equal(ev.geo_precision, 1, 'the most precise place wins');
    assert.equal(ev.status, 'single-source', 'one outlet, however many entries, is one source');
    store.close();
  } finally {
    cleanup();
  }
});

test('"a second explosion" told in the page of the first blast is another event; a plain retelling joins the first', () => {
  const { path, cleanup } = tempDb();
  try {
    const r = report({
      id: 'blog/aleppo-blasts',
      source: 'Northern Front Blog',
      published: '2014-01-06',
      text:
        'A car bomb exploded outside a bakery in Aleppo on Monday, killing 11 people.\n' +
        'A second explosion near the Bab al-Hadid gate the same day killed two, medics said.\n' +
        'Residents said the bakery blast left a crater several metres wide.',
    });
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(
      processed(r, [
        { sub: 'Remote explosive/landmine/IED', evidence: 'A car bomb exploded outside a bakery in Aleppo on Monday, killing 11 people', date: '2014-01-06', actor2: CIVILIANS, location: PLACES.aleppo, fatalities: 11, entry: 0 },
        { sub: 'Remote explosive/landmine/IED', evidence: 'A second explosion near the Bab al-Hadid gate the same day killed two', date: '2014-01-06', actor2: CIVILIANS, location: PLACES.aleppo, fatalities: 2, entry: 1 },
        { sub: 'Remote explosive/landmine/IED', evidence: 'the bakery blast left a crater several metres wide', date: '2014-01-06', location: PLACES.aleppo, entry: 2, salience: 0.3 },
      ]),
    );
    store.resolvePending();
    const blasts = store.reader.listEvents().events.map((e) => [e.fatalities, e.mentions_count]).sort((a, b) => a[0]! - b[0]!);
    assert.deepEqual(blasts, [[2, 1], [11, 2]]);
    store.close();
  } finally {
    cleanup();
  }
});

test('a claim and its denial make a contested event with a denial contradiction', () => {
  const { path, cleanup } = tempDb();
  const claim = report({
    id: 'outlet-a/withdrawal',
    source: 'Levant Monitor',
    published: '2014-01-10',
    text: 'Activists reported that ISIS fighters were withdrawing from al-Dana on Friday after days of fighting.',
  });
  const denial = report({
    id: 'outlet-b/not-withdrawing',
    source: 'Damascus Wire',
    published: '2014-01-10',
    text: 'An ISIS commander denied that his men were pulling out of al-Dana, saying they were holding their positions.',
  });
  try {
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(
      processed(claim, [
        { sub: 'Non-violent transfer of territory', evidence: 'ISIS fighters were withdrawing from al-Dana on Friday', date: '2014-01-10', actor1: ISIS, location: PLACES.dana, by: 'activists' },
      ]),
    );
    store.saveProcessed(
      processed(denial, [
        { sub: 'Non-violent transfer of territory', evidence: 'An ISIS commander denied that his men were pulling out of al-Dana', date: '2014-01-10', actor1: ISIS, location: PLACES.dana, claim: 'denied', by: 'Islamic State' },
      ]),
    );
    store.resolvePending();
    const list = store.reader.listEvents();
    assert.equal(list.total, 1);
    const ev = store.reader.getEvent(list.events[0].id)!;
    assert.equal(ev.status, 'contested');
    const pair = ev.contradictions.find((c) => c.kind === 'denial');
    assert.ok(pair);
    assert.equal(pair.b.claim, 'denied');
    assert.match(pair.a.evidence, /withdrawing/);
    assert.equal(store.reader.conflicts().length, 1);
    store.close();
  } finally {
    cleanup();
  }
});

test('a party claim alone is "claimed", a hedged report alone is "unverified", both apart from confirmed facts', () => {
  const { path, cleanup } = tempDb();
  const r = report({
    id: 'blog/claims',
    source: 'Northern Front Blog',
    published: '2014-01-09',
    text:
      'ISIS said its fighters retook a checkpoint in Azaz on Thursday.\n' +
      'Unconfirmed reports spoke of a suicide car bomb in Aleppo the same day.',
  });
  try {
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(
      processed(r, [
        { sub: 'Non-state actor overtakes territory', evidence: 'ISIS said its fighters retook a checkpoint in Azaz on Thursday', date: '2014-01-09', actor1: ISIS, actor2: REBELS, location: PLACES.azaz, claim: 'claimed', by: 'Islamic State' },
        { sub: 'Suicide bomb', evidence: 'Unconfirmed reports spoke of a suicide car bomb in Aleppo the same day', date: '2014-01-09', actor1: ISIS, location: PLACES.aleppo, claim: 'unverified' },
      ]),
    );
    store.resolvePending();
    const byType = Object.fromEntries(store.reader.listEvents().events.map((e) => [e.sub_event_type, e.status]));
    assert.equal(byType['Non-state actor overtakes territory'], 'claimed');
    assert.equal(byType['Suicide bomb'], 'unverified');
    assert.equal(store.reader.listEvents({ status: 'corroborated' }).total, 0);
    store.close();
  } finally {
    cleanup();
  }
});

test('a town taken, lost and retaken: the control timeline answers for dates in between', () => {
  const { path, cleanup } = tempDb();
  const taken = report({
    id: 'outlet-a/qaryatayn-1',
    source: 'Levant Monitor',
    published: '2015-08-06',
    text: 'Islamic State fighters seized the town of al-Qaryatayn from government forces on Thursday.',
  });
  const regained = report({
    id: 'outlet-a/qaryatayn-2',
    source: 'Levant Monitor',
    published: '2016-04-03',
    text: 'Syrian troops backed by Russian air power recaptured al-Qaryatayn from the Islamic State on Sunday.',
  });
  const retaken = report({
    id: 'outlet-b/qaryatayn-3',
    source: 'Damascus Wire',
    published: '2017-10-01',
    text: 'The Islamic State overran Qaryatayn again on Sunday in a surprise raid on government positions.',
  });
  try {
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(processed(taken, [{ sub: 'Non-state actor overtakes territory', evidence: 'Islamic State fighters seized the town of al-Qaryatayn from government forces on Thursday', date: '2015-08-06', actor1: ISIS, actor2: REGIME, location: PLACES.qaryatayn }]));
    store.saveProcessed(processed(regained, [{ sub: 'Government regains territory', evidence: 'Syrian troops backed by Russian air power recaptured al-Qaryatayn from the Islamic State on Sunday', date: '2016-04-03', actor1: REGIME, actor2: ISIS, location: PLACES.qaryatayn }]));
    store.saveProcessed(processed(retaken, [{ sub: 'Non-state actor overtakes territory', evidence: 'The Islamic State overran Qaryatayn again on Sunday', date: '2017-10-01', actor1: ISIS, actor2: REGIME, location: PLACES.qaryatayn }]));
    store.resolvePending();
    assert.equal(store.reader.listEvents().total, 3, 'three changes of hands, years apart, are three events');

    const c2015 = store.reader.control('al-Qaryatayn', '2015-12-01');
    assert.equal(c2015.holder, ISIS);
    assert.equal(c2015.since, '2015-08-06');
    const c2016 = store.reader.control('Qaryatayn', '2017-01-15');
    assert.equal(c2016.holder, REGIME);
    assert.equal(c2016.since, '2016-04-03');
    const c2017 = store.reader.control('Al Qaryatayn', '2017-10-02');
    assert.equal(c2017.holder, ISIS);
    assert.equal(c2017.since, '2017-10-01');
    assert.equal(c2017.timeline.length, 3);
    assert.ok(c2017.evidence[0].evidence?.includes('overran'));
    const before = store.reader.control('al-Qaryatayn', '2015-01-01');
    assert.equal(before.holder, REGIME, 'the loser of the first known change held it before');
    assert.equal(before.basis, 'inferred');
    assert.equal(before.since, null);
    const nowhere = store.reader.control('Atlantis', '2015-01-01');
    assert.equal(nowhere.place, null);
    assert.equal(nowhere.holder, null);

    const changes = store.reader.controlChanges({ admin1: 'Homs', from: '2016-01-01', to: '2016-12-31' });
    assert.equal(changes.length, 1);
    assert.equal(changes[0].holder, REGIME);
    store.close();
  } finally {
    cleanup();
  }
});

test('a withdrawal names the leaver as the loser and who takes over as holder', () => {
  const { path, cleanup } = tempDb();
  const r = report({
    id: 'outlet-a/dana-handover',
    source: 'Levant Monitor',
    published: '2014-01-11',
    text: 'ISIS withdrew from ad-Dana on Saturday, handing it to insurgent brigades without a fight.',
  });
  try {
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(processed(r, [{ sub: 'Non-violent transfer of territory', evidence: 'ISIS withdrew from ad-Dana on Saturday, handing it to insurgent brigades', date: '2014-01-11', actor1: ISIS, actor2: REBELS, location: PLACES.dana }]));
    store.resolvePending();
    const c = store.reader.control('ad-Dana', '2014-01-20');
    assert.equal(c.holder, REBELS);
    assert.equal(c.timeline[0].previous, ISIS);
    assert.equal(store.reader.control('Dana', '2014-01-05').holder, ISIS);
    store.close();
  } finally {
    cleanup();
  }
});

test('a withdrawal and a report of digging in at the same place are a contradiction and both contested', () => {
  const { path, cleanup } = tempDb();
  const a = report({ id: 'outlet-a/leaving', source: 'Levant Monitor', published: '2014-01-09', text: 'ISIS is withdrawing from Azaz, residents said on Thursday.' });
  const b = report({ id: 'outlet-b/staying', source: 'Damascus Wire', published: '2014-01-09', text: 'ISIS is digging in at Azaz and has brought reinforcements, a rebel commander said Thursday.' });
  try {
    const store = openStore(path, { now: FIXED_NOW });
    store.saveProcessed(processed(a, [{ sub: 'Non-violent transfer of territory', evidence: 'ISIS is withdrawing from Azaz', date: '2014-01-09', actor1: ISIS, location: PLACES.azaz, by: 'residents' }]));
    store.saveProcessed(processed(b, [{ sub: 'Change to group/activity', evidence: 'ISIS is digging in at Azaz and has brought reinforcements', date: '2014-01-09', actor1: ISIS, location: PLACES.azaz, by: 'rebel commander' }]));
    store.resolvePending();
    const conflicts = store.reader.conflicts({ kind: 'withdrawal' });
    assert.equal(conflicts.length, 1);
    assert.match(conflicts[0].a.evidence, /withdrawing/);
    assert.match(conflicts[0].b.evidence, /digging in/);
    assert.deepEqual(store.reader.listEvents().events.map((e) => e.status), ['contested', 'contested']);
    store.close();
  } finally {
    cleanup();
  }
});

test('re-running the same input changes nothing; ids are stable when a new report arrives', () => {
  const { path, cleanup } = tempDb();
  try {
    const counts = (s: ReturnType<typeof openStore>) => s.check().counts;
    let store = openStore(path, { now: FIXED_NOW });
    assert.equal(store.saveProcessed(processed(strikeA, [strikeSpecs.a])).stored, true);
    store.resolvePending();
    const firstId = store.reader.listEvents().events[0].id;
    const before = counts(store);
    store.close();

    store = openStore(path, { now: FIXED_NOW });
    assert.equal(store.saveProcessed(processed(strikeA, [strikeSpecs.a])).stored, false);
    assert.equal(store.resolvePending().mentions, 0);
    assert.deepEqual(counts(store), before);
    assert.equal(store.reader.listEvents().events[0].id, firstId);

    store.saveProcessed(processed(strikeB, [strikeSpecs.b]));
    store.resolvePending();
    const list = store.reader.listEvents();
    assert.equal(list.total, 1);
    assert.equal(list.events[0].id, firstId, 'a new report joins the event without changing its id');
    const hist = store.reader.getEvent(firstId)!.history.map((h) => h.kind);
    assert.deepEqual(hist.slice(0, 2), ['created', 'mention-added']);
    assert.ok(hist.includes('status-changed'), 'single source -> corroborated is recorded');
    store.close();
  } finally {
    cleanup();
  }
});

test('the same reports in any order give the same events', () => {
  const snapshots: string[] = [];
  for (const order of [
    [strikeA, strikeB],
    [strikeB, strikeA],
  ]) {
    const { path, cleanup } = tempDb();
    try {
      const store = openStore(path, { now: FIXED_NOW });
      for (const r of order) store.saveProcessed(processed(r, [r === strikeA ? strikeSpecs.a : strikeSpecs.b]));
      store.resolvePending();
      const evs = store.reader.listEvents().events.map((e) => ({ id: e.id, fatalities: e.fatalities, mentions: e.mentions_count, status: e.status }));
      snapshots.push(JSON.stringify(evs));
      store.close();
    } finally {
      cleanup();
    }
  }
  assert.equal(snapshots[0], snapshots[1]);
});
