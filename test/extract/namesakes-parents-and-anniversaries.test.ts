// Issues #3 and #4, session 20. Places: a name the text calls a locality, with its division, is no
// namesake abroad, and neither are its other mentions ("Bodo ... a locality in Mayo-Tsanaga Division"
// is not Bodø in Norway); a name after a verb of attack or a place word, with its province or state,
// is a place ("entered Eringeti in North Kivu province", "the base in Akobo, Jonglei state"); an
// apposition with any words before its type word ("Aqrab, a mixed village of ...") and a name whose
// second word is a common one ("near Mo So village") are places; Somali regions spelt the English way
// resolve; a word of an area's name is no small town in a country the text never names; a sentence
// with no place of its own takes its story's title's. Event coding: an anniversary marked is no new
// attack; picketers who torch a bus riot; police lobbing tear gas is no riot by the crowd; a
// handover of weapons is no handover of territory; "had taken over" is no passive.
// Our own sentences, restating widely reported incidents named in each test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';
import { eventsOf } from './helpers.js';
import { places } from '../geo/helpers.js';

const type = (s: string) => classifySentence(s)?.sub_event_type ?? null;
const placeOf = (text: string, surface: string) => places(text).filter((p) => p.text === surface);

test('a locality named with its division is no namesake abroad, in any of its mentions', () => {
  // Restating Cameroonian state radio on the suicide bombings at Bodo market, Far North, 25 January 2016.
  const text =
    'Far North Region: suicide bombers strike Bodo market\n\n' +
    'At least 28 people were killed on Monday morning when four suicide bombers blew themselves up at the weekly market of Bodo, ' +
    'a locality in Mayo-Tsanaga Division of the Far North Region, near the border with Nigeria, the governor said in Maroua. ' +
    'Local officials in Bodo asked for more troops to guard the markets.';
  const bodo = placeOf(text, 'Bodo');
  assert.equal(bodo.length, 3);
  for (const p of bodo) assert.equal(p.countryCode, 'CM', `${p.start}: ${p.country}`);
  const [e] = eventsOf(text, '2016-01-25');
  assert.equal(e?.sub_event_type, 'Suicide bomb');
  assert.equal(e?.location?.name, 'Bodo');
});

test('a name after a verb of attack or a place word, with its province or state, is a place there', () => {
  // Restating AFP on the ADF attack on Eringeti, North Kivu (29 November 2016), and the UN on the
  // attack on the UNMISS base at Akobo, Jonglei (19 December 2013).
  const eringeti = placeOf('The assailants entered Eringeti in North Kivu province late on Tuesday, killing at least 22 civilians.', 'Eringeti')[0];
  assert.equal(eringeti?.country, 'DR Congo');
  assert.equal(eringeti?.admin1, 'North Kivu');
  const akobo = placeOf("Two peacekeepers were killed when the Mission's base in Akobo, Jonglei state, came under attack.", 'Akobo')[0];
  assert.equal(akobo?.country, 'South Sudan');
  assert.equal(akobo?.admin1, 'Jonglei');
  // A place the gazetteer knows keeps its own province: "Idlib, Hama province" is a list.
  assert.deepEqual(placeOf('Fighting was reported in Idlib, Hama province and Latakia on Sunday.', 'Idlib').map((p) => p.admin1), ['Idlib']);
});

test('an apposition with describing words, and a two-word name with a common second word, are places', () => {
  // Restating AFP on the killings in Aqrab, Hama (December 2012), and Save the Children on the
  // killings near Mo So, Hpruso township, Kayah State (24 December 2021).
  const aqrab = placeOf('The violence hit Aqrab, a mixed village of Alawites and Sunnis in the southern countryside of Hama province.', 'Aqrab')[0];
  assert.equal(aqrab?.country, 'Syria');
  assert.equal(aqrab?.admin1, 'Hama');
  const moSo = placeOf('Two staff members were caught up in the attack near Mo So village, in Hpruso township, Kayah State.', 'Mo So')[0];
  assert.equal(moSo?.country, 'Myanmar');
});

test("Somalia's regions spelt as English-language news spells them resolve to their regions", () => {
  // Restating Reuters on the raid on Bariire, Lower Shabelle (25 August 2017).
  const text = 'Soldiers killed 10 civilians in a raid on the farming village of Bariire in Lower Shabelle region early on Friday, the deputy governor said.';
  const region = placeOf(text, 'Lower Shabelle')[0];
  assert.equal(region?.level, 'admin1');
  assert.equal(region?.country, 'Somalia');
  assert.equal(placeOf(text, 'Bariire')[0]?.country, 'Somalia');
});

test("a word of an area's name is no town of a country the text never names", () => {
  // Restating Colombian press on the shooting of coca growers at El Tandil, Tumaco (5 October 2017).
  const text =
    'PASTO, Colombia - Seven farmers were killed when police opened fire on coca growers near Tumaco, in Colombia\'s Nariño department. ' +
    'The shooting took place on Thursday in the hamlet of El Tandil, in the Alto Mira y Frontera area, where hundreds had gathered to block the eradication of their crops. ' +
    'Officials in Colombia promised an inquiry.';
  assert.ok(places(text).every((p) => p.lat === null || p.countryCode === 'CO'), places(text).map((p) => `${p.text}:${p.countryCode}`).join(', '));
  assert.equal(placeOf(text, 'El Tandil')[0]?.countryCode, 'CO');
  // A town abroad the text calls one stays: "the port of Felixstowe" in a story about China.
  const port = placeOf('Chinese exporters said ships bound for the port of Felixstowe were delayed, China\'s commerce ministry in Beijing said, as Shanghai and Shenzhen reopened.', 'Felixstowe')[0];
  assert.equal(port?.countryCode, 'GB');
});

test('an anniversary marked is no new attack; a crowd marching to mark one protests', () => {
  // Restating Pakistani press on the anniversary of the Army Public School massacre, Peshawar (16 December 2014).
  assert.equal(type('PESHAWAR: Wreaths were laid at the Army Public School on Monday to mark the anniversary of the 2014 massacre, in which 147 people, most of them schoolchildren, were killed by Taliban gunmen.'), null);
  assert.equal(type('Hundreds of relatives visited the military pantheon in Yerevan on Friday to mark the anniversary of the start of the 2020 war, laying flowers on the graves of soldiers killed in the fighting.'), null);
  assert.equal(type('To mark the anniversary of the uprising, thousands marched through central Cairo chanting against the government.'), 'Peaceful protest');
  assert.equal(type('Gunmen opened fire on mourners marking the anniversary of the massacre, killing three.'), 'Attack');
});

test('picketers who torch a bus riot; police who lob tear gas at a peaceful crowd intervene', () => {
  // Restating Bangladeshi press on a hartal in Chattogram, and Kenyan press on a protest outside Parliament, Nairobi.
  assert.equal(type('Picketers vandalised at least a dozen vehicles and set fire to a bus on Sunday morning as the opposition enforced its shutdown, police said.'), 'Violent demonstration');
  assert.equal(type('Police in Nairobi lobbed teargas canisters to disperse a group of young protesters who had gathered peacefully outside Parliament on Tuesday, and arrested at least nine, rights groups said.'), 'Protest with intervention');
  assert.equal(type('Youths hurled rocks and tear gas canisters back at the police outside Parliament.'), 'Violent demonstration');
});

test('a handover of weapons is no handover of territory; a perfect "had taken over" is no passive', () => {
  // Restating Colombian press on the Comuneros del Sur protocol (Pasto, 2024), and Sudanese press on
  // the Rapid Support Forces at Babanusa, West Kordofan.
  assert.notEqual(type("The government and the Comuneros del Sur armed group signed a protocol in Pasto on Saturday for the gradual handover of weapons and the creation of a 'territory of peace' in Nariño."), 'Non-violent transfer of territory');
  assert.equal(type("The Rapid Support Forces said in a video on Wednesday that its fighters had taken over the headquarters of the army's 22nd Infantry Division in Babanusa, West Kordofan."), 'Non-state actor overtakes territory');
  assert.equal(type('The airport was taken over by the army on Sunday after the rebels fled.'), 'Government regains territory');
});
