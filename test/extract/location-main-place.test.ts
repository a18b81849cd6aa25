// The main event's place in whole stories (issue #4): a town over the area it lies in, the country
// a sentence names as where over the countries it names as actors, a title-case headline's place
// found again in its story, keyword lists and photo captions kept out. Sentences written by us,
// restating wire reports of the war in Syria; the gazetteer is the packaged one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventMention, PlaceMention } from '../../src/core/types.js';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import { headlineEchoes, eventPlaceCandidates } from '../../src/extract/location.js';
import { datelineSpans } from '../../src/extract/dateline.js';
import { isPhotoCaption } from '../../src/extract/salience.js';
import { geoparse } from '../../src/geo/index.js';
import type { PipelineContext } from '../../src/pipeline/context.js';
import { gazetteer } from '../geo/helpers.js';

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;

function events(text: string, opts: { title?: string; date?: string } = {}): EventMention[] {
  const r = reportFromText(text, { id: 't', date: opts.date ?? '2016-05-10', ...(opts.title ? { title: opts.title } : {}) });
  const ss = splitSentences(r);
  return extractEvents(r, ss, geoparse(r, ss, gazetteer()), ctx);
}
const mainPlace = (text: string, opts: { title?: string; date?: string } = {}) => events(text, opts)[0]?.location ?? null;

test('a town named inside the area it lies in is the event\'s place; the area alone is "part of a region"', () => {
  // Al-Araby al-Jadeed, February 2015: the regime's air campaign on Douma in Eastern Ghouta.
  const douma = mainPlace('Dozens of people were killed as regime jets stepped up raids on Eastern Ghouta, focusing on the city of Douma, on Tuesday.');
  assert.equal(douma?.name, 'Douma');
  assert.equal(douma?.geo_precision, 1);
  // A city the sentence only locates the area by ("near the capital Damascus") is not inside it.
  const ghouta = mainPlace('At least 15 civilians were killed in air strikes on Eastern Ghouta on Sunday, near the capital Damascus, a monitor said.');
  assert.equal(ghouta?.name, 'Eastern Ghouta');
  assert.equal(ghouta?.geo_precision, 2);
  // "Damascus countryside" is the province around the city: the area named in it is more precise.
  const ambush = mainPlace('Government troops killed 30 militants in an ambush in Eastern Ghouta in Damascus countryside, state television said.');
  assert.equal(ambush?.name, 'Eastern Ghouta');
});

test('the country a sentence names as where wins over the countries it names as actors', () => {
  // AP, April 2017: Washington and Moscow at odds over the Khan Shaykhun gas attack.
  const text = 'President Trump spoke in Washington on Wednesday alongside the king of Jordan. ' +
    'The United States and Russia traded claims on Wednesday over who carried out a gas attack in Syria that killed 72 people. ' +
    'Officials in Washington said a response was being weighed.';
  const ev = events(text).find((e) => e.sub_event_type === 'Chemical weapon');
  assert.equal(ev?.location?.name, 'Syria');
  assert.equal(ev?.location?.geo_precision, 3);
  // "in U.S. air strikes" names whose strikes, not where: the town in the report's country stays.
  const raqqa = 'Six civilians were among 22 people killed in U.S. air strikes on Raqqa on Saturday, a monitor said.';
  assert.equal(mainPlace(raqqa)?.admin1, 'Raqqa');
});

test('a place the story resolves is found again in its title-case headline', () => {
  // Sputnik, April 2016: shelling of the Kurdish-held Sheikh Maqsoud district of Aleppo.
  const text = '5 Killed 9 Wounded in Rebel Shelling of Sheikh Maqsood. ' +
    'At least five civilians were killed in rebel shelling on the northern outskirts of Aleppo, the ministry said on Thursday. ' +
    'Rebels fired rockets at Kurdish positions in Sheikh Maqsood on Wednesday, it said.';
  const main = mainPlace(text);
  assert.equal(main?.name, 'Sheikh Maqsoud');
  assert.equal(main?.geo_precision, 1);
});

test('headlineEchoes: only in title case, only names resolved elsewhere, never over another mention', () => {
  const place = (text: string, name: string, at: number, extra: Partial<PlaceMention> = {}): PlaceMention =>
    ({ start: at, end: at + name.length, text: name, name, lat: 36.2, lon: 37.1, geonameid: '1', country: 'Syria', countryCode: 'SY', admin1: 'Aleppo', admin2: null, featureCode: 'PPLX', level: 'place', confidence: 0.8, qualifier: null, ...extra }) as PlaceMention;
  const headline = 'Rebels Pound Sheikh Maqsood With Rockets';
  const text = `${headline}. Rebels fired rockets at Kurdish positions in Sheikh Maqsood on Wednesday.`;
  const later = place(text, 'Sheikh Maqsood', text.lastIndexOf('Sheikh Maqsood'));
  const echoes = headlineEchoes(text, { start: 0, end: headline.length }, [later]);
  assert.equal(echoes.length, 1);
  assert.equal(text.slice(echoes[0]!.start, echoes[0]!.end), 'Sheikh Maqsood');
  assert.equal(echoes[0]!.qualifier, null);
  // Prose is left to the recogniser: its case already tells names from words.
  const prose = 'rebels pounded the district of Sheikh Maqsood with rockets on Tuesday night';
  const text2 = `${prose}. Rebels fired rockets at Kurdish positions in Sheikh Maqsood on Wednesday.`;
  assert.deepEqual(headlineEchoes(text2, { start: 0, end: prose.length }, [place(text2, 'Sheikh Maqsood', text2.lastIndexOf('Sheikh Maqsood'))]), []);
  // A toponym used inside a name elsewhere is no place to repeat.
  assert.deepEqual(headlineEchoes(text, { start: 0, end: headline.length }, [{ ...later, role: 'embedded' }]), []);
  // The candidates an event in the headline may take include the echo.
  const cands = eventPlaceCandidates(text, { start: 0, end: headline.length }, [later]);
  assert.ok(cands.some((p) => p.start < headline.length && p.name === 'Sheikh Maqsood'));
});

test('a keyword list run into the lead is no place of the event', () => {
  const one = (text: string) => datelineSpans(text, [{ start: 0, end: text.length, entry: 0, zone: 'body' }]).map((s) => text.slice(s.start, s.end).trim());
  // The New Arab prints its tags between the standfirst and the story.
  assert.deepEqual(one('Tags Syria Idlib Ariha Assad war Government air raids in a northwestern town killed 20 people.'), ['Tags Syria Idlib Ariha Assad war']);
  assert.deepEqual(one('Near the capital. Tags Syria Eastern Ghouta Douma airstrikes More than 19 civilians were killed in Eastern Ghouta.'), ['. Tags Syria Eastern Ghouta Douma airstrikes']);
  assert.deepEqual(one('The Tags were removed from shops in Aleppo on Monday.'), []);
  // Through the pipeline: the town in the keyword list gives way to the one the lead names.
  const text = 'Regime raids killed 19 civilians in Eastern Ghouta on Sunday. Tags Syria Russia Douma airstrikes More than 19 civilians were killed in Eastern Ghouta on Sunday, a monitor said.';
  const all = events(text);
  assert.ok(all.length > 0);
  assert.ok(all.every((e) => e.location?.name !== 'Douma'), all.map((e) => e.location?.name).join(', '));
});

test('a photo caption run into the text is not the main event', () => {
  assert.equal(isPhotoCaption('A man carries a wounded boy after an air strike on the Kadi Askar district of Aleppo'), true);
  assert.equal(isPhotoCaption('Smoke rises over the town after shelling on Monday (Reuters photo)'), true);
  assert.equal(isPhotoCaption('Civil defence members search the rubble of a building in Idlib'), true);
  assert.equal(isPhotoCaption('Rescuers searched the rubble after the strike killed 12 people in Douma.'), false);
  assert.equal(isPhotoCaption('Activists said people flee the town every night.'), false);
  // The headline is told in the present too: it is never taken for a caption without a credit.
  assert.equal(isPhotoCaption('Rescuers search for survivors after air strike kills 20', true), false);
  // Jordan Times, July 2015: a caption about Hasakeh above a story about raids in Aleppo province.
  const text = 'A member of the regime forces runs near destroyed buildings after shelling in the city of Hasakeh on Monday (AFP photo). ' +
    'Thirteen civilians were killed in air raids by government helicopters on Wednesday on the village of Tadif in Aleppo province, a monitor said.';
  assert.equal(mainPlace(text, { date: '2015-07-15' })?.admin1, 'Aleppo');
  // Scraped without a full stop, the caption runs into the lead: the lead after the credit is the news.
  const merged = text.replace('(AFP photo). ', '(AFP photo) BEIRUT ');
  assert.equal(isPhotoCaption(merged.slice(0, merged.indexOf('said.') + 5)), false);
  const main = events(merged, { date: '2015-07-15' })[0]!;
  assert.equal(main.location?.admin1, 'Aleppo');
  assert.equal(main.fatalities, 13);
});

test('an incident dated days before the report is background to the news', () => {
  // AFP, November 2017: a government push on the Damascus enclave; an earlier strike recalled.
  const text = 'On Monday 9 November an air strike killed 40 people at a market in Atareb. ' +
    'Regime shelling killed 23 civilians in Douma on Thursday, a monitor said.';
  const main = events(text, { date: '2017-11-17', title: 'Shelling kills civilians near Damascus' })[0]!;
  assert.equal(main.location?.name, 'Douma');
  assert.equal(main.fatalities, 23);
});

test('a coder\'s label repeating the town an event was beside keeps it "near" the town', () => {
  // An ACLED-style note of our own, restating reporting of the fighting around Marib, February 2021.
  const marib = mainPlace('On 15 February 2021, clashes between Houthi fighters and pro-government forces west of Marib city (Marib, Yemen) killed 16 fighters on both sides.', { date: '2021-02-15' });
  assert.equal(marib?.name, 'Marib');
  assert.equal(marib?.geo_precision, 2);
  // Named plainly, the town is the place itself.
  const inside = mainPlace('On 15 February 2021, clashes between Houthi fighters and pro-government forces in Marib city (Marib, Yemen) killed 16 fighters.', { date: '2021-02-15' });
  assert.equal(inside?.geo_precision, 1);
});
