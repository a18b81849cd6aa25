import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventLocation, EventMention } from '../../src/core/types.js';
import type { SubEventType } from '../../src/core/taxonomy.js';
import { eventTypeOf } from '../../src/core/taxonomy.js';
import { fillMainEventDate, fillMainEventPlace, fillMainEventToll } from '../../src/extract/main-event.js';

const place = (name: string, admin1: string | null, p: 1 | 2 | 3): EventLocation => ({ name, lat: 0, lon: 0, geonameid: null, country: 'Syria', admin1, geo_precision: p });

function mention(sub: SubEventType, fatalities: number, location: EventLocation | null, entry = 0): EventMention {
  return {
    event_type: eventTypeOf(sub), sub_event_type: sub, event_date: null, time_precision: null,
    actor1: null, assoc_actor_1: null, inter1: null, actor2: null, assoc_actor_2: null, inter2: null,
    location, fatalities, claim: { status: 'reported', by: null },
    evidence: { start: 0, end: 1, text: 'x' }, entry, salience: 1,
    sources: { fatalities: { span: { start: 5, end: 7 }, rule: 'number' }, location: { span: { start: 9, end: 14 }, rule: 'place-in-sentence:place' } },
  };
}
const story = (e: EventMention) => e.entry;

test('the main mention takes the toll of a same-incident mention in its story', () => {
  const main = mention('Air/drone strike', 0, place('Raqqa', 'Raqqa', 3));
  const later = mention('Air/drone strike', 22, place('Raqqa', 'Raqqa', 1));
  fillMainEventToll([main, later], story);
  assert.equal(main.fatalities, 22);
  assert.match(main.sources.fatalities!.rule, /^same-incident-in-entry/);
});

test('no toll from another type, another place or another story', () => {
  const main = mention('Air/drone strike', 0, place('Douma', 'Rif Dimashq', 1));
  const others = [mention('Armed clash', 40, place('Douma', 'Rif Dimashq', 1)), mention('Air/drone strike', 9, place('Idlib', 'Idlib', 1)), mention('Air/drone strike', 5, null, 1)];
  fillMainEventToll([main, ...others], story);
  assert.equal(main.fatalities, 0);
});

test('a vague main place is made precise by a mention inside it', () => {
  const main = mention('Air/drone strike', 22, place('Syria', null, 3));
  const later = mention('Air/drone strike', 0, place('Raqqa', 'Raqqa', 1));
  fillMainEventPlace([main, later], story);
  assert.equal(main.location!.name, 'Raqqa');
  const precise = mention('Air/drone strike', 3, place('Manbij', 'Aleppo', 1));
  fillMainEventPlace([precise, mention('Air/drone strike', 0, place('Raqqa', 'Raqqa', 1))], story);
  assert.equal(precise.location!.name, 'Manbij');
});

test('a mention of another type that points back to the incident ("the raid killed") gives its toll', () => {
  const main = mention('Shelling/artillery/missile attack', 0, place('Tal Afar', 'Ninewa', 1));
  const back = mention('Attack', 4, place('Tal Afar', 'Ninewa', 1));
  back.evidence = { start: 0, end: 60, text: 'Local officials said the raid killed four people and wounded nine.' };
  const unrelated = mention('Armed clash', 9, place('Tal Afar', 'Ninewa', 1));
  unrelated.evidence = { start: 0, end: 40, text: 'Nine fighters died in clashes nearby.' };
  fillMainEventToll([main, unrelated, back], story);
  assert.equal(main.fatalities, 4);
});

test('a main mention dated only to the month takes the day a same-incident mention gives inside it', () => {
  const main = mention('Abduction/forced disappearance', 0, null);
  main.event_date = '2021-02-15';
  main.time_precision = 3;
  const later = mention('Abduction/forced disappearance', 0, place('Kagara', 'Niger', 1));
  later.event_date = '2021-02-17';
  later.time_precision = 1;
  later.sources.event_date = { span: { start: 40, end: 50 }, rule: 'date-in-sentence:day-month' };
  const otherMonth = mention('Abduction/forced disappearance', 0, null);
  otherMonth.event_date = '2021-03-02';
  otherMonth.time_precision = 1;
  fillMainEventDate([main, otherMonth, later], story);
  assert.equal(main.event_date, '2021-02-17');
  assert.equal(main.time_precision, 1);
});

test('a sentence recalling an earlier incident as background is less salient than the news', async () => {
  // AFP, May 2014: car bombs in Hama province came days after a double bombing in Homs killed 100.
  const { salienceOf } = await import('../../src/extract/salience.js');
  const { reportFromText } = await import('../../src/ingest/index.js');
  const { splitSentences } = await import('../../src/text/sentences.js');
  const text = 'Suicide bombers blew up two vehicles in Hama province on Friday, killing 18 people. ' +
    'The attack came three days after a double car bombing killed 100 people in Homs. ' +
    'A double car bombing killed 100 people in Homs on Tuesday, the monitor said.';
  const report = reportFromText(text, { id: 't' });
  const [, recalled, told] = splitSentences(report);
  const ev = (s: { start: number; end: number }) => ({ ...mention('Remote explosive/landmine/IED', 100, place('Homs', 'Homs', 1)), evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) } });
  const background = salienceOf(ev(recalled!), recalled!, report, 0.8);
  const news = salienceOf(ev(told!), told!, report, 0.8);
  // The same incident told as news later in the text still outranks its recall as background.
  assert.ok(background < news, `${background} vs ${news}`);
});

test('the mention that states the headline\'s toll is the main event, whatever type each is read as', async () => {
  // AFP, October 2014: barrel bombs on a camp for displaced people in Idlib province killed ten.
  const { reportFromText } = await import('../../src/ingest/index.js');
  const { splitSentences } = await import('../../src/text/sentences.js');
  const { extractEvents } = await import('../../src/extract/index.js');
  const ctx = { gazetteer: { size: 0 } } as unknown as import('../../src/pipeline/context.js').PipelineContext;
  const text = 'Syrian aircraft killed at least 12 people on Wednesday when they dropped barrel bombs on a camp housing displaced families, a monitor said. ' +
    'Earlier in the day gunmen shot dead a local council member in a nearby town, the monitor added.';
  const main = (title: string) => {
    const r = reportFromText(text, { title, date: '2014-10-30' });
    return extractEvents(r, splitSentences(r), [], ctx)[0]!;
  };
  const withToll = main('12 killed as regime raids hit a camp for the displaced');
  assert.equal(withToll.sub_event_type, 'Air/drone strike');
  assert.equal(withToll.fatalities, 12);
  assert.match(withToll.sources.salience!.rule, /matches-headline-toll/);
  // A headline with no figure leaves the choice to the type it reads as (whichever that is).
  const { classifySentence } = await import('../../src/extract/classify/index.js');
  const plain = 'Regime raids hit a camp for the displaced';
  const noToll = main(plain);
  assert.equal(noToll.sub_event_type, classifySentence(plain)?.sub_event_type);
  assert.doesNotMatch(noToll.sources.salience?.rule ?? '', /matches-headline-toll/);
  // A vague headline toll ("dozens", 12) matches nothing: it is no stated figure.
  const vague = main('Dozens killed as regime raids hit a camp for the displaced');
  assert.doesNotMatch(vague.sources.salience?.rule ?? '', /matches-headline-toll/);
});

test('a capital standing for its government is no place of an event', async () => {
  const { standsForGovernment } = await import('../../src/extract/location.js');
  const at = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, level: 'place' });
  // Middle East Eye, July 2016: bombing went on despite the government's promise of an Eid truce.
  const t1 = 'More than 30 people were killed in bombing on Wednesday despite Damascus promises of a truce.';
  assert.equal(standsForGovernment(t1, at(t1, 'Damascus')), true);
  const t2 = 'Moscow and Damascus have denied targeting hospitals; Ankara-backed rebels said otherwise.';
  assert.equal(standsForGovernment(t2, at(t2, 'Damascus')), true);
  assert.equal(standsForGovernment(t2, at(t2, 'Ankara')), true);
  // Where someone stands, or where it happened, is still a place.
  const t3 = 'Activists in Aleppo said barrel bombs fell on the Bustan al-Qasr district.';
  assert.equal(standsForGovernment(t3, at(t3, 'Aleppo')), false);
  const t4 = 'A car bomb exploded in Damascus on Sunday, state media said.';
  assert.equal(standsForGovernment(t4, at(t4, 'Damascus')), false);
  assert.equal(standsForGovernment(t1, { ...at(t1, 'Damascus'), level: 'country' }), false);
});

test('a body whose first line repeats the page title is the headline too', async () => {
  // A scraped Ahram Online page (AFP, October 2014): the title runs straight into the lead.
  const { salienceOf } = await import('../../src/extract/salience.js');
  const { reportFromText } = await import('../../src/ingest/index.js');
  const { splitSentences } = await import('../../src/text/sentences.js');
  const title = 'Regime barrel bombs hit a camp for displaced families';
  const text = `${title} AFP Wednesday 29 Oct 2014 Syrian aircraft killed at least 10 people when they dropped barrel bombs on a camp in Idlib province, a monitor said. ` +
    `${title}, the monitor said later on its website.`;
  const score = (t: string | null, which: 0 | 1) => {
    const report = reportFromText(text, { id: 't', title: t ?? undefined });
    const s = splitSentences(report)[which]!;
    const ev = { ...mention('Air/drone strike', 10, null), evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) } };
    return salienceOf(ev, s, report, 0.8);
  };
  assert.ok(score(title, 0) - score(null, 0) >= 3, 'the first line repeating the title');
  // Repeated further down the body, the title is only quoted.
  assert.ok(score(title, 1) - score(null, 1) < 1, 'the title repeated later');
});
