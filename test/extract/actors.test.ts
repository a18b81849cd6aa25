import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignRoles } from '../../src/extract/actors/roles.js';
import type { SubEventType } from '../../src/core/taxonomy.js';

const roles = (t: string, sub: SubEventType, country: string | null, date: string | null = '2016-03-01') => {
  const r = assignRoles(t, sub, { country, date });
  return { a1: r.actor1?.label ?? null, i1: r.actor1?.inter ?? null, a2: r.actor2?.label ?? null, i2: r.actor2?.inter ?? null, as1: r.assoc1.map((x) => x.label), as2: r.actor2?.assoc ?? null };
};

test('Islamic State aliases and transliterations are one actor, named for the country', () => {
  for (const name of ['ISIS', 'ISIL', 'Daesh', 'the Islamic State of Iraq and ash-Sham', 'Islamic State of Iraq and as-Sham', 'IS']) {
    const r = roles(`${name} fighters clashed with Kurdish forces near Kobani.`, 'Armed clash', 'Syria');
    assert.equal(r.a1, 'Islamic State (Syria)', name);
  }
  assert.equal(roles('ISIS militants stormed a police post near Ramadi.', 'Armed clash', 'Iraq').a1, 'Islamic State (Iraq)');
});

test('"is" the verb is not the Islamic State', () => {
  assert.equal(roles('The situation is confused after the army shelled the town.', 'Shelling/artillery/missile attack', 'Syria').a1, 'Military Forces of Syria (2000-)');
});

test('name changes over time: Nusra becomes JFS then HTS', () => {
  assert.equal(roles('Nusra Front fighters attacked the airbase.', 'Armed clash', 'Syria', '2015-05-01').a1, 'Jabhat al Nusra');
  assert.equal(roles('Nusra Front fighters attacked the airbase.', 'Armed clash', 'Syria', '2016-10-01').a1, 'JFS: Jabhat Fateh al Sham');
  assert.equal(roles('Nusra Front fighters attacked the airbase.', 'Armed clash', 'Syria', '2018-02-01').a1, 'HTS: Hayat Tahrir al Sham');
  assert.equal(roles('Hayat Tahrir al-Sham attacked the airbase.', 'Armed clash', 'Syria', '2018-02-01').a1, 'HTS: Hayat Tahrir al Sham');
});

test('Kurdish forces are the YPG before the SDF existed, the SDF after', () => {
  assert.equal(roles('Kurdish fighters repelled ISIS near Kobani.', 'Armed clash', 'Syria', '2015-01-10').a1, 'YPG: Peoples Protection Units');
  assert.equal(roles('Kurdish fighters repelled ISIS near Raqqa.', 'Armed clash', 'Syria', '2017-06-10').a1, 'QSD: Syrian Democratic Forces');
});

test('passive voice: "X was killed by Y" makes Y the actor', () => {
  const r = roles('Six civilians were killed by regime forces in Douma.', 'Attack', 'Syria');
  assert.equal(r.a1, 'Military Forces of Syria (2000-)');
  assert.equal(r.i1, 1);
  assert.equal(r.a2, 'Civilians (Syria)');
  assert.equal(r.i2, 7);
});

test('"came under fire from X": X acts', () => {
  const r = roles('A regime checkpoint came under fire from Jabhat al-Nusra fighters.', 'Armed clash', 'Syria', '2015-01-01');
  assert.equal(r.a1, 'Jabhat al Nusra');
  assert.equal(r.a2, 'Military Forces of Syria (2000-)');
});

test('"clashes between X and Y" orders the sides', () => {
  const r = roles('Clashes broke out between the YPG and Turkish-backed rebels near Afrin.', 'Armed clash', 'Syria');
  assert.equal(r.a1, 'YPG: Peoples Protection Units');
  assert.equal(r.a2, 'Syrian National Army');
});

test('allies listed with the acting side are associated actors', () => {
  const r = roles('The army, the National Defense Forces (NDF) and Hezbollah fighters engaged in heavy clashes with ISIL.', 'Armed clash', 'Syria');
  assert.equal(r.a1, 'Military Forces of Syria (2000-)');
  assert.deepEqual(r.as1, ['NDF: National Defence Forces', 'Hezbollah']);
  assert.equal(r.a2, 'Islamic State (Syria)');
});

test('generic actors take the country in context, in any country', () => {
  assert.deepEqual(roles('Thousands of protesters rallied against corruption.', 'Peaceful protest', 'Iraq'), { a1: 'Protesters (Iraq)', i1: 6, a2: null, i2: null, as1: [], as2: null });
  const chile = roles('Police fired tear gas at demonstrators in the capital.', 'Protest with intervention', 'Chile');
  assert.equal(chile.a1, 'Protesters (Chile)');
  assert.equal(chile.a2, 'Police Forces of Chile');
  const nigeria = roles('Gunmen killed 3 villagers in Zamfara.', 'Attack', 'Nigeria', '2019-03-05');
  assert.equal(nigeria.a1, 'Unidentified Armed Group (Nigeria)');
  assert.equal(nigeria.a2, 'Civilians (Nigeria)');
  assert.equal(roles('Soldiers clashed with militants in the north.', 'Armed clash', 'Nigeria', '2019-03-05').a1, 'Military Forces of Nigeria (2015-2023)');
});

test('a demonym names the state, which is external away from home', () => {
  const r = roles('Turkish jets struck YPG positions near Afrin.', 'Air/drone strike', 'Syria', '2018-01-25');
  assert.equal(r.a1, 'Military Forces of Turkey (2016-)');
  assert.equal(r.i1, 8);
  assert.equal(r.a2, 'YPG: Peoples Protection Units');
  assert.equal(roles('Iraqi protesters clashed with riot police.', 'Protest with intervention', null).a1, 'Protesters (Iraq)');
});

test('victims with an identity: civilians with an associated actor', () => {
  const r = roles('Gunmen killed a journalist in Idlib.', 'Attack', 'Syria');
  assert.equal(r.a2, 'Civilians (Syria)');
  assert.equal(r.as2, 'Journalists (Syria)');
});

test('no country known: generic actors stay unresolved rather than guessed', () => {
  const r = roles('Gunmen opened fire on a bus.', 'Attack', null);
  assert.equal(r.a1, null);
  assert.equal(r.a2, null);
});

test('the source of a statement is neither side of the event it tells', () => {
  const r = roles('An FSA commander explained that ISIS is retreating from the villages east of Aleppo.', 'Non-violent transfer of territory', 'Syria', '2013-11-20');
  assert.equal(r.a1, 'Islamic State (Syria)');
  assert.equal(r.a2, null);
});

test('armed groups beyond Syria by their ACLED names, with inter codes', () => {
  assert.deepEqual([roles('Maoist rebels ambushed a police patrol near Sukma.', 'Armed clash', 'India').a1, roles('Maoist rebels ambushed a police patrol near Sukma.', 'Armed clash', 'India').i1], ['CPI (Maoist): Communist Party of India (Maoist)', 2]);
  assert.equal(roles('ELN guerrillas attacked an army post in Arauca.', 'Armed clash', 'Colombia').a1, 'ELN: National Liberation Army');
  assert.equal(roles('Members of the Sinaloa Cartel fought soldiers in Culiacan.', 'Armed clash', 'Mexico').a1, 'Sinaloa Cartel');
  assert.equal(roles('Arakan Army fighters overran a border post in Rakhine.', 'Armed clash', 'Myanmar').a1, 'AA: Arakan Army');
  assert.equal(roles('Fulani militiamen attacked a farming village near Jos.', 'Attack', 'Nigeria').a1, 'Fulani Ethnic Militia (Nigeria)');
  // An acronym matches only as written: "ola" in a sentence is no army.
  assert.equal(roles('Gunmen shot a man called Ola near Ibadan.', 'Attack', 'Nigeria').a1, 'Unidentified Armed Group (Nigeria)');
});

test('gangs and mercenaries are unidentified armed groups of the country', () => {
  assert.equal(roles('Gangs looted and burned shops in the capital.', 'Looting/property destruction', 'Haiti').a1, 'Unidentified Armed Group (Haiti)');
  assert.equal(roles('A group of mercenaries killed the president at his residence.', 'Attack', 'Haiti').a1, 'Unidentified Armed Group (Haiti)');
});

test('national forces known by their own names, with their government period', () => {
  const mali = roles('FAMa and Wagner Group forces retook Ansongo from JNIM on Sunday.', 'Government regains territory', 'Mali', '2024-03-10');
  assert.equal(mali.a1, 'Military Forces of Mali (2021-)');
  assert.ok(mali.as1.includes('Wagner Group'), 'Wagner is its own actor beside the army, not Russia\'s army');
  assert.equal(roles('Tatmadaw jets bombed a village in Sagaing.', 'Air/drone strike', 'Myanmar', '2023-05-21').a1, 'Military Forces of Myanmar (2021-)');
  assert.equal(roles('FARDC soldiers clashed with M23 rebels near Kibumba.', 'Armed clash', 'Democratic Republic of Congo', '2022-10-29').a1, 'Military Forces of the Democratic Republic of Congo (2019-)');
  // Before the period list starts: the plain name, never a wrong year.
  assert.equal(roles('Malian Armed Forces clashed with rebels near Kidal.', 'Armed clash', 'Mali', '2005-06-01').a1, 'Military Forces of Mali');
  // "SNA" in Syria is still the Turkish-backed Syrian National Army.
  assert.notEqual(roles('SNA fighters clashed with the SDF near Manbij.', 'Armed clash', 'Syria', '2020-01-10').a1, 'Military Forces of Somalia');
});
