// Disambiguation, type words, precision, unresolvable names and organisation names, on our sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/text/sentences.js';
import { countryFocus, eventLocation, geoparse } from '../../src/geo/index.js';
import { gazetteer, km, place, places, reportOf } from './helpers.js';

test('an explicit parent chooses between namesakes: Tripoli, Lebanon vs Tripoli, Libya', () => {
  assert.equal(place('Clashes broke out in Tripoli, Lebanon, between rival neighbourhoods.', 'Tripoli').countryCode, 'LB');
  assert.equal(place('Militias fought near the airport of Tripoli, Libya, on Friday.', 'Tripoli').countryCode, 'LY');
});

test('the document focus chooses between namesakes', () => {
  const text = 'Lebanese troops deployed in Tripoli after gunmen from Bab al-Tabbaneh and Jabal Mohsen traded fire across Syria Street; Beirut called for calm.';
  assert.equal(place(text, 'Tripoli').countryCode, 'LB');
});

test('"Homs Province" is the province, and an event there has precision 3 at the province seat', () => {
  const text = 'Government aircraft struck several villages in Homs Province on Tuesday.';
  const p = place(text, 'Homs');
  assert.equal(p.level, 'admin1');
  const r = reportOf(text);
  const loc = eventLocation(r, { start: 0, end: text.length }, places(text), gazetteer());
  assert.ok(loc);
  assert.equal(loc.location.geo_precision, 3);
  assert.equal(loc.location.name, 'Homs');
  assert.equal(loc.location.admin1, 'Homs');
  assert.ok(km(loc.location, 34.727, 36.723) < 5, 'the seat, Homs city');
});

test('"the eastern countryside of Aleppo" gives precision 2; the city itself precision 1', () => {
  const a = 'Russian jets bombed the eastern countryside of Aleppo overnight.';
  const la = eventLocation(reportOf(a), { start: 0, end: a.length }, places(a), gazetteer());
  assert.equal(la?.location.geo_precision, 2);
  assert.ok(km(la!.location, 36.2, 37.16) < 30);
  const b = 'A car bomb exploded in Aleppo on Monday, killing six people.';
  const lb = eventLocation(reportOf(b), { start: 0, end: b.length }, places(b), gazetteer());
  assert.equal(lb?.location.geo_precision, 1);
  assert.equal(lb?.location.country, 'Syria');
});

test('outskirts and distances qualify a place (precision 2)', () => {
  const t = 'Clashes erupted on the outskirts of Douma as rebels advanced 5 km from Harasta.';
  const douma = place(t, 'Douma');
  assert.equal(douma.qualifier?.kind, 'outskirts');
  assert.equal(place(t, 'Harasta').qualifier?.kind, 'distance');
  const loc = eventLocation(reportOf(t), { start: 0, end: t.length }, places(t), gazetteer());
  assert.equal(loc?.location.geo_precision, 2);
});

test('the most specific place of the sentence is the event place', () => {
  const t = 'In Idlib province, an air strike hit a market in Saraqib, killing nine civilians.';
  const loc = eventLocation(reportOf(t), { start: 0, end: t.length }, places(t), gazetteer());
  assert.equal(loc?.location.name, 'Saraqib');
  assert.equal(loc?.location.geo_precision, 1);
  assert.match(loc!.rule, /sentence/);
});

test('with no place in the sentence, the event falls back to the headline', () => {
  const text = 'Barrel bombs hit Daraya\n\nHelicopters dropped four barrel bombs at dawn, activists said.';
  const r = reportOf(text);
  r.entries = [{ index: 0, start: 0, end: text.length, headline: { start: 0, end: 23 }, date: null }];
  const ps = geoparse(r, splitSentences(r), gazetteer());
  const body = text.indexOf('Helicopters');
  const loc = eventLocation(r, { start: body, end: text.length }, ps, gazetteer());
  assert.match(loc?.rule ?? '', /headline/);
  assert.ok(km(loc!.location, 33.458, 36.233) < 5);
});

test('a name no gazetteer knows stays unresolved while the others resolve', () => {
  const text = 'Shelling hit Zorbawi Qasrunat and Saraqib.';
  const ps = places(text, [
    { start: 13, end: 29 },
    { start: 34, end: 41 },
  ]);
  assert.equal(ps.length, 2);
  assert.equal(ps[0]!.text, 'Zorbawi Qasrunat');
  assert.equal(ps[0]!.lat, null);
  assert.equal(ps[0]!.name, null);
  assert.equal(ps[1]!.countryCode, 'SY');
});

test('organisation and person names that contain a place are not places', () => {
  const text = 'The Aleppo Media Center said the Free Syrian Army repelled an attack, and John Kerry called the Syrian Observatory for Human Rights.';
  const found = places(text).map((p) => p.text);
  assert.ok(!found.includes('Aleppo'), found.join(','));
  assert.ok(!found.includes('Kerry'), found.join(','));
  assert.ok(!found.some((f) => f === 'Syrian'), found.join(','));
});

test('common English words are not taken for places', () => {
  const text = 'Reading the statement in March, officials said it was a nice gesture and Will Smith agreed. Mobile phones were seized.';
  const found = places(text).map((p) => p.text);
  for (const w of ['Reading', 'March', 'Will', 'Mobile', 'Smith']) assert.ok(!found.includes(w), `${w} in ${found.join(',')}`);
});

test('given spans are honoured exactly, in order, one mention each', () => {
  const text = 'Turkish troops crossed into Syria near Jarablus.';
  const spans = [
    { start: 0, end: 7 },
    { start: 28, end: 33 },
    { start: 39, end: 47 },
  ];
  const ps = places(text, spans);
  assert.deepEqual(ps.map((p) => [p.start, p.end]), spans.map((s) => [s.start, s.end]));
  assert.equal(ps[0]!.countryCode, 'TR');
  assert.equal(ps[1]!.level, 'country');
  assert.equal(ps[2]!.countryCode, 'SY');
});

test('country focus counts named countries, places and demonyms', () => {
  const text = 'Syrian government forces shelled Douma and Harasta, east of Damascus; Russia denied involvement.';
  const r = reportOf(text);
  const ps = geoparse(r, splitSentences(r), gazetteer());
  assert.deepEqual(countryFocus(r, ps), { code: 'SY', name: 'Syria' });
});

test('"Islamic State of Iraq and ash-Sham" names a group, not places; hyphenated adjectives keep their place', () => {
  const text = 'Fighters of the Islamic State of Iraq and ash-Sham withdrew from Dana, while London-based monitors counted the dead.';
  const found = places(text).map((p) => p.text);
  assert.ok(!found.includes('Iraq') && !found.includes('ash-Sham'), found.join(','));
  assert.ok(found.includes('Dana'), found.join(','));
  assert.ok(found.includes('London'), found.join(','));
});

test('acronyms and capitalised headline words are not towns spelt the same', () => {
  const text = 'NATO and CNN reported it. Weapons Found In Headquarters Near The Border\n\nThe US and the EU condemned the attack.';
  const found = places(text).map((p) => p.text);
  for (const w of ['NATO', 'CNN', 'Headquarters']) assert.ok(!found.includes(w), `${w} in ${found.join(',')}`);
  assert.ok(found.includes('US') && found.includes('EU'), found.join(','));
});

test('bad given spans give unresolved mentions, never a crash', () => {
  const text = 'Shelling hit Saraqib.';
  const ps = places(text, [
    { start: 13, end: 20 },
    { start: 50, end: 60 },
    { start: 5, end: 5 },
  ]);
  assert.equal(ps.length, 3);
  assert.equal(ps[0]!.countryCode, 'SY');
  assert.equal(ps[1]!.lat, null);
  assert.equal(ps[2]!.lat, null);
});

test('a sentence naming only a country takes the nearest place earlier in the entry', () => {
  const text = 'Government forces shelled Douma on Sunday. The bombardment was the heaviest in Syria this year, residents said.';
  const r = reportOf(text);
  const second = text.indexOf('The bombardment');
  const loc = eventLocation(r, { start: second, end: text.length }, places(text), gazetteer());
  assert.match(loc?.rule ?? '', /earlier-in-entry/);
  assert.ok(km(loc!.location, 33.572, 36.403) < 5);
});

test('a stray place abroad does not beat the report country', () => {
  const text = 'Activists in Idlib said the strike on Saraqib killed five; a spokesman speaking from Moscow denied it.';
  const r = reportOf(text);
  const loc = eventLocation(r, { start: 0, end: text.length }, places(text), gazetteer());
  assert.equal(loc?.location.country, 'Syria');
});
