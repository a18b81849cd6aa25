// Precision and recall of merging on pairs labelled by hand. The pairs are our own short
// restatements of article pairs from the FA-KES dev set (several outlets reporting the same Syrian
// incidents, 2013-2017), with the fields the pipeline extracted for them: `same` is our reading of
// the two articles. On the full dev set, merging is measured against id-level labels with
// fakes-merge-score.ts (the pipeline's extraction included); this test keeps the rules from regressing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/sqlite.js';
import type { EventLocation } from '../../src/core/types.js';
import type { SubEventType } from '../../src/core/taxonomy.js';
import { CIVILIANS, FIXED_NOW, REBELS, REGIME, processed, report, tempDb } from '../store/helpers.js';

const loc = (name: string, lat: number, lon: number, admin1: string, geonameid: string, geo_precision: 1 | 2 | 3 = 1): EventLocation => ({
  name,
  lat,
  lon,
  geonameid,
  country: 'Syria',
  admin1,
  geo_precision,
});
const ALEPPO = loc('Aleppo', 36.2012, 37.1612, 'Aleppo', '170063');
const DAMASCUS = loc('Damascus', 33.5102, 36.2913, 'Damascus Governorate', '170654');
const JOBAR = loc('Jobar', 33.525, 36.33, 'Damascus Governorate', '1001');
const KHAN_SHAYKHUN = loc('Khan Shaykhun', 35.4417, 36.6508, 'Idlib', '169112');
const IDLIB_PROVINCE = loc('Idlib', 35.8, 36.6, 'Idlib', '169388', 3);
const HASAKAH_CITY = loc('Al Hasakah', 36.5024, 40.7477, 'Al-Hasakah', '173057');
const HASAKAH_PROVINCE = loc('Al-Hasakah', 36.5, 40.75, 'Al-Hasakah', '173056', 3);
const MANBIJ = loc('Manbij', 36.5281, 37.9549, 'Aleppo', '166365');
const SARAQIB = loc('Saraqib', 35.8644, 36.8006, 'Idlib', '163345');
const IS = 'Islamic State (Syria)';
const POLICE = 'Police Forces of Syria (2000-)';
const COALITION = 'Global Coalition Against Daesh';
const UNKNOWN = 'Unidentified Armed Group (Syria)';

interface Side {
  outlet: string;
  published: string;
  text: string;
  sub: SubEventType;
  date: string;
  precision?: 1 | 2 | 3;
  actor1?: string | null;
  actor2?: string | null;
  location: EventLocation;
  fatalities?: number;
}

interface Pair {
  what: string;
  same: boolean;
  a: Side;
  b: Side;
}

const PAIRS: Pair[] = [
  {
    what: 'rebel shelling of Damascus that killed four, told on the day and the day after',
    same: true,
    a: { outlet: 'ahram', published: '2017-10-15', text: 'Rebel mortar fire on the old city of Damascus killed four civilians on Sunday, a monitor said.', sub: 'Shelling/artillery/missile attack', date: '2017-10-15', actor1: REBELS, actor2: CIVILIANS, location: DAMASCUS, fatalities: 4 },
    b: { outlet: 'alaraby', published: '2017-10-16', text: 'Four civilians died when rebels shelled the Syrian capital on Sunday, according to a medical source.', sub: 'Shelling/artillery/missile attack', date: '2017-10-16', actor1: REBELS, actor2: CIVILIANS, location: DAMASCUS, fatalities: 4 },
  },
  {
    what: 'the Hasakah wedding suicide bombing, province-level in one report, the city in the other',
    same: true,
    a: { outlet: 'alaraby', published: '2016-10-04', text: 'A suicide bomber struck a wedding party in Hasakeh province on Monday, killing at least 22.', sub: 'Suicide bomb', date: '2016-10-03', actor1: 'QSD: Syrian Democratic Forces', actor2: CIVILIANS, location: HASAKAH_PROVINCE, fatalities: 22 },
    b: { outlet: 'dailysabah', published: '2016-10-06', text: 'At least 14 guests were killed on Monday night when a bomber blew himself up at a wedding in Hasakah.', sub: 'Suicide bomb', date: '2016-10-03', actor1: UNKNOWN, actor2: CIVILIANS, location: HASAKAH_CITY, fatalities: 14 },
  },
  {
    what: 'the Khan Sheikhoun gas attack, the town in one report and Idlib province in the other',
    same: true,
    a: { outlet: 'alaraby', published: '2017-04-04', text: 'A strike that released toxic gas on Khan Sheikhoun on Tuesday killed at least 72 people, a monitor said.', sub: 'Chemical weapon', date: '2017-04-04', actor1: REBELS, actor2: CIVILIANS, location: KHAN_SHAYKHUN, fatalities: 72 },
    b: { outlet: 'etilaf', published: '2017-04-04', text: 'The Idlib health directorate says the chemical attack killed at least 100 people and wounded 400.', sub: 'Chemical weapon', date: '2017-04-04', actor2: CIVILIANS, location: IDLIB_PROVINCE, fatalities: 100 },
  },
  {
    what: 'the Midan police station bombing: a suicide attack in one report, a triple bombing in the other',
    same: true,
    a: { outlet: 'trt', published: '2017-10-03', text: 'Suicide bombers attacked a police station in the Midan district of Damascus on Monday, killing at least 17.', sub: 'Suicide bomb', date: '2017-10-03', actor1: POLICE, actor2: CIVILIANS, location: DAMASCUS, fatalities: 17 },
    b: { outlet: 'dailysabah', published: '2017-10-02', text: 'A triple bombing in central Damascus killed at least 17 people, the Observatory said on Monday.', sub: 'Remote explosive/landmine/IED', date: '2017-10-02', actor1: UNKNOWN, actor2: CIVILIANS, location: DAMASCUS, fatalities: 17 },
  },
  {
    what: 'chlorine barrel bombs on Saraqib, told in two posts of one outlet',
    same: true,
    a: { outlet: 'etilaf', published: '2016-08-02', text: 'Activists said regime helicopters dropped chlorine barrels on Saraqib on Monday, causing dozens of suffocation cases.', sub: 'Chemical weapon', date: '2016-08-01', actor1: REGIME, actor2: CIVILIANS, location: SARAQIB },
    b: { outlet: 'etilaf', published: '2016-08-02', text: 'The coalition demands UN action after the regime chlorine attack on Saraqib in rural Idlib.', sub: 'Chemical weapon', date: '2016-08-02', actor1: REGIME, actor2: CIVILIANS, location: SARAQIB },
  },
  {
    what: 'the Ghouta nerve gas attack: 1300 dead per the opposition, over 130 per activists quoted elsewhere',
    same: true,
    a: { outlet: 'arabiya', published: '2013-08-24', text: 'Opponents of the president said his forces killed 1300 people with chemical weapons east of the capital on Wednesday.', sub: 'Chemical weapon', date: '2013-08-21', actor2: CIVILIANS, location: { ...DAMASCUS, geo_precision: 2 }, fatalities: 1300 },
    b: { outlet: 'sputnik', published: '2013-08-24', text: 'Activists say the alleged gas attack on rebel-held suburbs on Wednesday killed more than 130 people.', sub: 'Chemical weapon', date: '2013-08-21', actor1: REBELS, actor2: CIVILIANS, location: JOBAR, fatalities: 130 },
  },
  {
    what: 'the US-led strikes on Tokhar near Manbij, told by two outlets (one says 73 dead, one over 100)',
    same: true,
    a: { outlet: 'trt', published: '2016-07-19', text: 'The US military is looking into reports that 73 civilians died in air strikes on Tokhar, near Manbij, early on Tuesday.', sub: 'Air/drone strike', date: '2016-07-19', actor1: 'Military Forces of the United States (2009-2017)', actor2: CIVILIANS, location: MANBIJ, fatalities: 73 },
    b: { outlet: 'sputnik', published: '2016-07-19', text: 'More than 100 civilians were killed in coalition air strikes near Manbij, a local source said.', sub: 'Air/drone strike', date: '2016-07-19', precision: 1, actor1: COALITION, actor2: CIVILIANS, location: { ...MANBIJ, geo_precision: 2 }, fatalities: 100 },
  },
  {
    what: 'rocket fire on Aleppo city on 4 and on 6 September: two days of shelling',
    same: false,
    a: { outlet: 'sana', published: '2016-09-04', text: 'Two people were killed when militants fired rocket shells on residential areas of Aleppo.', sub: 'Shelling/artillery/missile attack', date: '2016-09-04', actor1: UNKNOWN, actor2: CIVILIANS, location: ALEPPO, fatalities: 2 },
    b: { outlet: 'sana', published: '2016-09-06', text: 'Six civilians including two children were killed by rocket attacks on Aleppo city.', sub: 'Shelling/artillery/missile attack', date: '2016-09-06', actor1: UNKNOWN, actor2: CIVILIANS, location: ALEPPO, fatalities: 6 },
  },
  {
    what: 'on one day in Aleppo: militant rocket fire on the west, coalition jets on a village to the north-east',
    same: false,
    a: { outlet: 'sana', published: '2016-10-06', text: 'Militant rocket fire on residential parts of Aleppo city killed eight people.', sub: 'Shelling/artillery/missile attack', date: '2016-10-06', actor1: UNKNOWN, actor2: CIVILIANS, location: ALEPPO, fatalities: 8 },
    b: { outlet: 'alalam', published: '2016-10-06', text: 'Coalition jets killed at least 60 civilians in a village north-east of Aleppo.', sub: 'Air/drone strike', date: '2016-10-06', actor1: COALITION, actor2: CIVILIANS, location: ALEPPO, fatalities: 60 },
  },
  {
    what: 'the rebel push to break the Aleppo siege and a chemical attack claim in another district a day later',
    same: false,
    a: { outlet: 'alaraby', published: '2016-10-29', text: 'Rebels fought regime forces across Aleppo on Saturday trying to break the siege.', sub: 'Armed clash', date: '2016-10-29', actor1: REGIME, actor2: REBELS, location: ALEPPO },
    b: { outlet: 'sana', published: '2016-10-30', text: 'State media reported 35 cases of suffocation after a chemical attack on a district of Aleppo.', sub: 'Chemical weapon', date: '2016-10-30', location: ALEPPO },
  },
  {
    what: 'the Rashidin convoy bombing and a smaller blast in Aleppo city four days later',
    same: false,
    a: { outlet: 'asharqalawsat', published: '2017-04-18', text: 'A bomb hit the convoy of evacuees waiting outside Aleppo, killing more than 120 people.', sub: 'Remote explosive/landmine/IED', date: '2017-04-15', actor1: UNKNOWN, actor2: CIVILIANS, location: ALEPPO, fatalities: 120 },
    b: { outlet: 'asharqalawsat', published: '2017-04-19', text: 'State television said a device exploded in Aleppo city, killing six and wounding 30.', sub: 'Remote explosive/landmine/IED', date: '2017-04-19', actor1: UNKNOWN, actor2: CIVILIANS, location: ALEPPO, fatalities: 6 },
  },
  {
    what: 'the Hasakah wedding bombing and an Islamic State car bomb in Qamishli weeks earlier',
    same: false,
    a: { outlet: 'alaraby', published: '2016-10-04', text: 'A suicide bomber struck a wedding party in Hasakeh on Monday, killing at least 22.', sub: 'Suicide bomb', date: '2016-10-03', actor1: UNKNOWN, actor2: CIVILIANS, location: HASAKAH_CITY, fatalities: 22 },
    b: { outlet: 'jordantimes', published: '2016-07-28', text: 'An Islamic State truck bomb killed at least 44 people in Qamishli on Wednesday.', sub: 'Remote explosive/landmine/IED', date: '2016-07-27', actor1: IS, actor2: CIVILIANS, location: loc('Qamishli', 37.0522, 41.2317, 'Al-Hasakah', '173576'), fatalities: 44 },
  },
  {
    what: 'the same SANA toll of a day of rocket fire on Aleppo, one telling naming the police command as its source',
    same: true,
    a: { outlet: 'sana', published: '2016-10-06', text: 'Rocket shells fired by militants on Aleppo city killed eight people and injured 58.', sub: 'Shelling/artillery/missile attack', date: '2016-10-06', actor1: UNKNOWN, actor2: CIVILIANS, location: ALEPPO, fatalities: 8 },
    b: { outlet: 'sana', published: '2016-10-06', text: 'A police source said eight people were killed and 58 injured by militant rockets on Aleppo.', sub: 'Shelling/artillery/missile attack', date: '2016-10-06', actor1: POLICE, actor2: CIVILIANS, location: ALEPPO, fatalities: 8 },
  },
  {
    what: 'the chlorine barrel on Aleppo: one extraction took the rebels (whose district was hit) for the perpetrator',
    same: true,
    a: { outlet: 'trt', published: '2016-08-11', text: 'Four people died and many struggled to breathe after gas thought to be chlorine was dropped on an Aleppo district on Wednesday.', sub: 'Chemical weapon', date: '2016-08-10', actor1: REBELS, actor2: CIVILIANS, location: ALEPPO, fatalities: 4 },
    b: { outlet: 'alaraby', published: '2016-08-11', text: 'A helicopter dropped a barrel of toxic gas over Aleppo, killing four, on Wednesday.', sub: 'Chemical weapon', date: '2016-08-11', actor1: REGIME, location: ALEPPO, fatalities: 4 },
  },
];

function resolvesTogether(p: Pair): boolean {
  const { path, cleanup } = tempDb();
  try {
    const store = openStore(path, { now: FIXED_NOW });
    for (const [i, s] of [p.a, p.b].entries()) {
      const r = report({ id: `${s.outlet}/${i}`, source: s.outlet, published: s.published, text: s.text });
      store.saveProcessed(processed(r, [{ sub: s.sub, evidence: s.text, date: s.date, precision: s.precision ?? 1, actor1: s.actor1 ?? null, actor2: s.actor2 ?? null, location: s.location, fatalities: s.fatalities ?? 0 }]));
    }
    const n = store.resolvePending().events;
    store.close();
    return n === 1;
  } finally {
    cleanup();
  }
}

test('merging on hand-labelled pairs: no false merge, recall at least 0.8 on these fields', (t) => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const p of PAIRS) {
    const merged = resolvesTogether(p);
    if (merged && p.same) tp++;
    else if (merged && !p.same) fp++;
    else if (!merged && p.same) {
      fn++;
      misses.push(p.what);
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  t.diagnostic(`pairs ${PAIRS.length}: tp ${tp}, fp ${fp}, fn ${fn}; precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}; missed: ${misses.join(' | ')}`);
  assert.equal(fp, 0, 'no pair of different incidents is merged');
  assert.ok(recall >= 0.8, `recall ${recall.toFixed(2)}`);
  // Known miss, kept as a label: actors that contradict each other keep tellings apart, even when
  // the contradiction comes from an extraction error (the victims' side taken for the attacker).
  assert.deepEqual(misses, [PAIRS.at(-1)!.what]);
});
