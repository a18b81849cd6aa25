// Mistakes an analyst found reading sitrep's events from two wire stories we wrote outside Syria:
// the Russian withdrawal from Kherson (November 2022) and an attack on an army unit near Tin-Akoff,
// Burkina Faso (February 2023), both widely reported, restated in our own words.
// - Ukrainian soldiers entering the city after the withdrawal, the story's main event, was no event;
// - "all of its troops", said by Russia's ministry, became Ukraine's forces (the country of the event);
// - "called on the remaining soldiers to surrender" became an agreement;
// - shelling deaths in one town became the toll of the army retaking settlements across the province.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import { classifySentence } from '../../src/extract/classify/index.js';
import { entryAfterWithdrawal } from '../../src/extract/territory-context.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;
const run = (text: string, date = '2022-11-11') => {
  const r = reportFromText(text, { date });
  return extractEvents(r, splitSentences(r), [], ctx);
};

test('troops entering a city the other side has left take it without a fight', () => {
  const events = run(
    "Russia's defence ministry said all of its troops had crossed to the eastern bank of the river, completing the withdrawal from the city. " +
      'Ukrainian soldiers entered the centre of Kherson later on Friday and were greeted by crowds waving flags.',
  );
  const entry = events.find((e) => e.evidence.text.startsWith('Ukrainian soldiers'));
  assert.ok(entry, 'the entry is an event');
  assert.equal(entry.sub_event_type, 'Non-violent transfer of territory');
  assert.match(entry.actor1 ?? '', /Military Forces of Ukraine/);
});

test('"entered" alone takes nothing: no withdrawal told, or a raid rather than a hold', () => {
  assert.equal(entryAfterWithdrawal('Soldiers entered the town of Kidal on Monday.', () => 'Soldiers entered the town of Kidal on Monday.'), null);
  const story = 'The rebels withdrew from the area last month.';
  assert.equal(entryAfterWithdrawal('Police entered the town of Kidal and arrested 14 men.', () => story), null);
  assert.equal(entryAfterWithdrawal('Delegates entered the town hall for the talks.', () => story), null);
  assert.ok(entryAfterWithdrawal('Army units moved into Kidal on Monday.', () => story));
});

test('"its troops" are the forces of the country that speaks, not of the country the event is in', () => {
  const [e] = run("Russia's defence ministry said on Friday that all of its troops had been moved to the eastern bank of the Dnipro, completing a withdrawal from the city of Kherson.");
  assert.ok(e);
  assert.match(e.actor1 ?? '', /Military Forces of Russia/);
});

test('a surrender asked for is no agreement; a surrender made is', () => {
  assert.notEqual(classifySentence('The intelligence agency called on any remaining Russian soldiers in the city to surrender.')?.sub_event_type, 'Agreement');
  assert.notEqual(classifySentence('The army demanded the unconditional surrender of the militants holed up in the mosque.')?.sub_event_type, 'Agreement');
  assert.equal(classifySentence('Some 200 rebels surrendered to the army in Kasai on Monday.')?.sub_event_type, 'Agreement');
});

test('deaths in one town are no toll of an event of another kind across the province', () => {
  const events = run(
    'Earlier in the day, Ukraine\'s armed forces said they had retaken 41 settlements in the Kherson region. ' +
      'Russian shelling killed two civilians in the town of Beryslav overnight, the regional governor said.',
  );
  const retaken = events.find((e) => e.sub_event_type === 'Government regains territory');
  const shelling = events.find((e) => e.sub_event_type === 'Shelling/artillery/missile attack');
  assert.ok(retaken && shelling);
  assert.equal(shelling.fatalities, 2);
  assert.equal(retaken.fatalities, 0);
});

test('a wire dateline dates "on Friday" and "on Thursday" to the days before it', () => {
  const text =
    'Burkina Faso: soldiers killed in attack on army post\nOUAGADOUGOU, Feb 18 2023 (own reporting)\n\n' +
    'Suspected jihadists killed at least 51 soldiers in an attack on an army unit near Tin-Akoff on Friday, the army said in a statement on Saturday.\n\n' +
    'In a separate incident on Thursday, a convoy of volunteer defence fighters hit an improvised explosive device on the road between Dori and Gorgadji, killing four of them.\n';
  const r = reportFromText(text, {});
  const events = extractEvents(r, splitSentences(r), [], ctx);
  const attack = events.find((e) => e.fatalities === 51);
  const ied = events.find((e) => e.sub_event_type === 'Remote explosive/landmine/IED');
  assert.equal(attack?.event_date, '2023-02-17');
  assert.equal(ied?.event_date, '2023-02-16');
  assert.equal(ied?.fatalities, 4);
});

// From a live blog we wrote on the fall of Goma (January 2025, M23 rebels; widely reported).
test('fighters entering a city at the end of their offensive take it; the state regains what its army enters', () => {
  const [m23] = run('Rwanda-backed M23 fighters entered the centre of Goma on Monday, residents said, after a lightning offensive.', '2025-01-27');
  assert.ok(m23);
  assert.equal(m23.sub_event_type, 'Non-state actor overtakes territory');
  assert.match(m23.actor1 ?? '', /^M23/);
  const [army] = run('Syrian army troops entered the town of Palmyra after a three-week offensive against Islamic State fighters.', '2016-03-27');
  assert.ok(army);
  assert.equal(army.sub_event_type, 'Government regains territory');
});

test('"neither claim could be independently checked" leaves both claims unverified', () => {
  const events = run(
    'Fighting continued around Goma airport, which the M23 says it now controls. ' +
      'An army spokesman said government troops still held several parts of the city. Neither claim could be independently checked.',
    '2025-01-28',
  );
  const m23 = events.find((e) => /^M23/.test(e.actor1 ?? ''));
  assert.ok(m23);
  assert.equal(m23.claim.status, 'unverified');
});

test("a state's forces at home are its own, however the country is spelt: DR Congo is the Democratic Republic of Congo", () => {
  // The geoparser names the country as world-countries does ("DR Congo"); the actor labels use ACLED's.
  const text = 'Soldiers clashed with M23 rebels near Sake, 25 km west of Goma, on Thursday.';
  const r = reportFromText(text, { date: '2025-01-23' });
  const at = text.indexOf('Sake');
  const sake = { start: at, end: at + 4, text: 'Sake', name: 'Sake', lat: -1.57, lon: 29.04, geonameid: null, country: 'DR Congo', admin1: 'North Kivu', feature_code: 'PPL', level: 'place' as const, confidence: 0.9 };
  const [e] = extractEvents(r, splitSentences(r), [sake] as never, ctx);
  assert.ok(e);
  assert.match(e.actor1 ?? '', /^Military Forces of the Democratic Republic of Congo/);
  assert.equal(e.inter1 === 8 || e.inter2 === 8, false, 'no side is foreign');
});

// From a wire story we wrote on Operation 1027 in northern Shan State, Myanmar (November 2023).
test('a dateline is not read as part of the event; a statement summing up a period is dated to it loosely', () => {
  const text =
    'Myanmar junta loses border posts\n\nLASHIO, Myanmar, Nov 12 (own reporting) - An alliance of three ethnic armed groups said on Sunday it had captured more than 100 military outposts and the border town of Chinshwehaw in northern Shan State since launching a coordinated offensive on October 27.\n';
  const r = reportFromText(text, { date: '2023-11-12' });
  const e = extractEvents(r, splitSentences(r), [], ctx).find((x) => x.evidence.text.startsWith('LASHIO'));
  assert.ok(e);
  assert.equal(e.sub_event_type, 'Non-state actor overtakes territory');
  assert.notEqual(e.event_date, '2023-10-27', 'the day the offensive began is not the day of the captures');
  assert.equal(e.time_precision, 3);
  // An armed group that speaks, named or not, claims.
  assert.equal(e.claim.status, 'claimed');
});

test('bombs dropped and "Russian and Syrian strikes" are air strikes, not attacks by an unknown group', () => {
  assert.equal(classifySentence('At least 25 civilians were killed in heavy Russian and Syrian strikes across the east of the city on Saturday.')?.sub_event_type, 'Air/drone strike');
  assert.equal(classifySentence('The bombs were dropped on a camp for displaced families on Wednesday, killing mostly women and children.')?.sub_event_type, 'Air/drone strike');
  assert.equal(classifySentence('Government missile strikes hit the town overnight.')?.sub_event_type, 'Shelling/artillery/missile attack');
});

test('civilians killed by jets or by shells are an air strike or shelling, never an attack', () => {
  assert.equal(classifySentence('Over 12 civilians were killed and dozens injured, including women and children, when Russian jets raided the village of Abu al-Duhur on Tuesday.')?.sub_event_type, 'Air/drone strike');
  assert.equal(classifySentence('Army artillery shelled the market in Kafr Batna, killing nine civilians, among them three children.')?.sub_event_type, 'Shelling/artillery/missile attack');
});

// From stories we wrote on the US-British strikes in Yemen (January 2024) and an Israeli army
// statement after the Majdal Shams rocket strike (July 2024), both widely reported.
test('"in Houthi-controlled parts of Yemen" is where; the countries that struck are who', () => {
  const text = 'The United States and Britain carried out air and naval strikes on more than 60 targets at 16 locations in Houthi-controlled parts of Yemen overnight, the US Air Forces Central Command said on Friday.';
  const r = reportFromText(text, { date: '2024-01-12' });
  const places = [
    { start: text.indexOf('United States'), end: text.indexOf('United States') + 13, text: 'United States', name: 'United States', lat: 39.8, lon: -98.6, geonameid: null, country: 'United States', admin1: null, feature_code: 'PCLI', level: 'country' as const, confidence: 0.99 },
    { start: text.indexOf('Yemen'), end: text.indexOf('Yemen') + 5, text: 'Yemen', name: 'Yemen', lat: 15.5, lon: 47.5, geonameid: null, country: 'Yemen', admin1: null, feature_code: 'PCLI', level: 'country' as const, confidence: 0.99 },
  ];
  const [e] = extractEvents(r, splitSentences(r), places as never, ctx);
  assert.ok(e);
  assert.equal(e.location?.country, 'Yemen');
});

test('a press release whose header names its issuer with a dash is that party\'s claim; "denied any involvement" denies', () => {
  const text =
    'PRESS RELEASE - Israel Defense Forces, 28 July 2024. Overnight, fighter jets struck Hezbollah targets in southern Lebanon, including weapons storage facilities. ' +
    'The strikes come in response to the rocket launched on Saturday which killed 12 children and teenagers on a football pitch in Majdal Shams. Hezbollah has denied any involvement in the attack.';
  const events = run(text, '2024-07-28');
  const strike = events.find((e) => e.sub_event_type === 'Air/drone strike');
  assert.equal(strike?.claim.status, 'claimed');
  const rocket = events.find((e) => e.fatalities === 12);
  assert.ok(rocket);
  assert.equal(rocket.claim.status, 'denied');
  assert.equal(rocket.claim.by, 'Hezbollah');
  assert.equal(strike?.fatalities, 0, 'the rocket\'s dead are not the strike\'s');
});

test('"five of their fighters were killed" after a strike is its toll, not a battle of its own', () => {
  const events = run('US and British jets struck Houthi radar sites near Hodeidah overnight. The Houthis said five of their fighters were killed and six wounded.', '2024-01-12');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.fatalities, 5);
});

// Short news snippets we wrote in the style of South Asian and African wire copy.
test('a town taken "before withdrawing" was taken; the arrested are the side acted upon, not the speaker', () => {
  assert.equal(classifySentence('Al-Shabaab militants briefly took over the town of Amara in central Somalia before withdrawing on Thursday, according to local elders.')?.sub_event_type, 'Non-state actor overtakes territory');
  assert.equal(classifySentence('Rebels took over the town after government troops withdrew without a fight.')?.sub_event_type, 'Non-violent transfer of territory');
  const [e] = run("The Taliban's intelligence directorate said it had arrested six members of the Islamic State Khorasan Province in Jalalabad.", '2021-12-01');
  assert.ok(e);
  assert.equal(e.sub_event_type, 'Arrests');
  assert.match(e.actor2 ?? '', /^Islamic State/);
});

// From the Riyadh example (examples/2017-11-04-riyadh-missile-intercepted.txt): background told
// beside the interception was coded as events of the day.
test('the war as a state of things, what happened "before", and weapons only supplied are no events', () => {
  assert.equal(classifySentence('The coalition has been fighting the Houthis since March 2015 in support of the government.'), null);
  assert.equal(classifySentence('Houthi fighters have fired missiles across the border before, but rarely as far as the capital.'), null);
  assert.equal(classifySentence('Iran denied supplying the movement with missiles.'), null);
  // A fight "since Wednesday" is this week's; weapons seized or fired are events.
  assert.equal(classifySentence('The two armed groups have been fighting since Wednesday in the rural area of Tibu, the ombudsman warned.')?.sub_event_type, 'Armed clash');
  assert.equal(classifySentence('Police seized a truck smuggling weapons near Kandahar.')?.sub_event_type, 'Disrupted weapons use');
  assert.equal(classifySentence('The coalition said the missile had been fired by the Houthi movement, which it accused of using weapons supplied by Iran.')?.sub_event_type, 'Shelling/artillery/missile attack');
});

// From a humanitarian flash update we wrote on the first days of the war in Tigray (November 2020).
test('the source "according to regional authorities" and "authorities announced that" never act; a defence force is the army', () => {
  const [shelling] = run('On 13 November, rockets fired from Tigray hit the airports of Bahir Dar and Gondar, according to regional authorities.', '2020-11-14');
  assert.ok(shelling);
  assert.doesNotMatch(shelling.actor1 ?? '', /Police Forces/);
  const [taken] = run('Federal authorities announced on 12 November that the Ethiopian National Defense Force had taken control of Humera and its airport.', '2020-11-14');
  assert.ok(taken);
  assert.equal(taken.sub_event_type, 'Government regains territory');
  assert.match(taken.actor1 ?? '', /^Military Forces of Ethiopia/);
});
