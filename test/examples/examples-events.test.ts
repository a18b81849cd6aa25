// What a correct coder must make of the examples, by ACLED's codebook: the main event of each report
// (its first, most salient event) with its type, actors, place, date, fatalities and claim; the
// reports that hold no event; and nothing from comments, furniture or reports in other languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventMention } from '../../src/core/types.js';
import { eventTypeOf, TERRITORY_SUB_EVENTS } from '../../src/core/taxonomy.js';
import { describeEvents, fold, pick, processExamples, type ProcessedExample } from './load.js';

interface Expect {
  sub?: string;
  type?: string;
  date?: string;
  actor1?: RegExp;
  actor2?: RegExp;
  place?: RegExp;
  admin1?: RegExp;
  country?: string;
  fatalities?: number;
  claim?: string;
  claimBy?: RegExp;
}

/** Every expectation that does not hold for one event, as readable lines. */
function misses(e: EventMention, x: Expect): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => ok || out.push(what);
  if (x.sub) check(e.sub_event_type === x.sub, `sub_event_type ${e.sub_event_type} != ${x.sub}`);
  if (x.type) check(e.event_type === x.type, `event_type ${e.event_type} != ${x.type}`);
  if (x.date) check(e.event_date === x.date, `event_date ${e.event_date} != ${x.date}`);
  if (x.actor1) check(x.actor1.test(e.actor1 ?? ''), `actor1 ${e.actor1} !~ ${x.actor1}`);
  if (x.actor2) check(x.actor2.test(e.actor2 ?? ''), `actor2 ${e.actor2} !~ ${x.actor2}`);
  if (x.place) check(x.place.test(fold(e.location?.name)), `location ${e.location?.name} !~ ${x.place}`);
  if (x.admin1) check(x.admin1.test(fold(e.location?.admin1)), `admin1 ${e.location?.admin1} !~ ${x.admin1}`);
  if (x.country) check(e.location?.country === x.country, `country ${e.location?.country} != ${x.country}`);
  if (x.fatalities !== undefined) check(e.fatalities === x.fatalities, `fatalities ${e.fatalities} != ${x.fatalities}`);
  if (x.claim) check(e.claim.status === x.claim, `claim ${e.claim.status} != ${x.claim}`);
  if (x.claimBy) check(x.claimBy.test(e.claim.by ?? ''), `claim by ${e.claim.by} !~ ${x.claimBy}`);
  return out;
}

/** The report's main (first) event meets every expectation. */
function assertMain(p: ProcessedExample, x: Expect): void {
  const main = p.events[0];
  assert.ok(main, `${p.report.id}: no event; expected ${JSON.stringify(x)}`);
  const m = misses(main, x);
  assert.deepEqual(m, [], `${p.report.id}: main event wrong:\n  ${m.join('\n  ')}\nall events:\n  ${describeEvents(p.events)}`);
}

/** Some event of the report meets every expectation. */
function assertSome(p: ProcessedExample, x: Expect): EventMention {
  const hit = p.events.find((e) => misses(e, x).length === 0);
  assert.ok(hit, `${p.report.id}: no event with ${JSON.stringify(x, (_, v) => (v instanceof RegExp ? String(v) : v))}\nall events:\n  ${describeEvents(p.events)}`);
  return hit;
}

const SYRIA = 'Syria';
const ISIS_SY = /^Islamic State \(Syria\)$/;
const SYRIAN_ARMY = /^Military Forces of Syria \(2000-\)/;
// Khan Shaykhun, Khan Sheikhoun, Khan Shaikhun.
const KHAN_SHAYKHUN = /khan sh/;

test('examples/events: every event is consistent and its evidence is its own text', async () => {
  for (const p of await processExamples()) {
    for (const e of p.events) {
      assert.equal(e.event_type, eventTypeOf(e.sub_event_type), `${p.report.id}: ${e.sub_event_type}`);
      assert.equal(p.report.text.slice(e.evidence.start, e.evidence.end), e.evidence.text, `${p.report.id}: evidence span`);
      assert.ok(Number.isInteger(e.fatalities) && e.fatalities >= 0, `${p.report.id}: fatalities ${e.fatalities}`);
      for (const [field, src] of Object.entries(e.sources)) {
        if (src.span) assert.ok(src.span.end <= p.report.text.length, `${p.report.id}: ${field} span out of the text`);
      }
    }
  }
});

test('examples/events: Palmyra 2015, Islamic State overtakes territory in Homs', async () => {
  const p = pick(await processExamples(), '2015-05-21-palmyra-falls.txt');
  assertMain(p, {
    sub: 'Non-state actor overtakes territory',
    actor1: ISIS_SY,
    actor2: SYRIAN_ARMY,
    place: /palmyra|tadmur/,
    admin1: /homs/,
    country: SYRIA,
    date: '2015-05-21',
  });
});

test('examples/events: Palmyra 2016, the government regains territory; related posts give nothing', async () => {
  const p = pick(await processExamples(), '2016-03-27-palmyra-retaken.html');
  assertMain(p, {
    sub: 'Government regains territory',
    actor1: SYRIAN_ARMY,
    actor2: ISIS_SY,
    place: /palmyra|tadmur/,
    admin1: /homs/,
    date: '2016-03-27',
  });
  const fromFurniture = p.events.filter((e) => /Troops pull out \(21 May 2015\)|What is left of|newsletter/i.test(e.evidence.text));
  assert.deepEqual(fromFurniture.map((e) => e.evidence.text), []);
});

test('examples/events: al-Qaryatayn taken, lost and retaken, each on its day', async () => {
  const all = await processExamples();
  const qaryatayn = /qaryat/;
  assertMain(pick(all, '2015-08-07-qaryatayn-isis-seizes.txt'), {
    sub: 'Non-state actor overtakes territory', actor1: ISIS_SY, place: qaryatayn, admin1: /homs/, date: '2015-08-06',
  });
  assertMain(pick(all, '2016-04-03-qaryatayn-notes.txt'), {
    sub: 'Government regains territory', actor1: SYRIAN_ARMY, place: qaryatayn, admin1: /homs/, date: '2016-04-03',
  });
  assertMain(pick(all, '2017-10-digest.jsonl', /surprise attack far behind/), {
    sub: 'Non-state actor overtakes territory', actor1: ISIS_SY, place: qaryatayn, date: '2017-10-01',
  });
  // "on Saturday" in a Monday (23 October) report.
  assertMain(pick(all, '2017-10-digest.jsonl', /recaptured the town of al-Qaryatayn/), {
    sub: 'Government regains territory', actor1: SYRIAN_ARMY, place: qaryatayn, date: '2017-10-21',
  });
});

test('examples/events: the abductions in al-Qaryatayn (2015) are an unverified claim of the monitor', async () => {
  const p = pick(await processExamples(), '2015-08-07-qaryatayn-isis-seizes.txt');
  assertSome(p, {
    sub: 'Abduction/forced disappearance', actor1: ISIS_SY, actor2: /^Civilians \(Syria\)$/, place: /qaryat/, claim: 'unverified', claimBy: /Observatory/,
  });
});

test('examples/events: the killings in al-Qaryatayn are an unverified attack on civilians, 116 dead', async () => {
  const p = pick(await processExamples(), '2017-10-digest.jsonl', /recaptured the town of al-Qaryatayn/);
  assertSome(p, {
    sub: 'Attack', actor1: ISIS_SY, actor2: /^Civilians \(Syria\)$/, fatalities: 116, claim: 'unverified', claimBy: /Observatory/,
  });
});

test('examples/events: Khan Shaykhun, told twice: a chemical weapon in Idlib, 58 then 72 dead', async () => {
  const all = await processExamples();
  assertMain(pick(all, '2017-04-04-khan-shaykhun-reuters.txt'), {
    sub: 'Chemical weapon', place: KHAN_SHAYKHUN, admin1: /idl/, country: SYRIA, date: '2017-04-04', fatalities: 58, claimBy: /Observatory/,
  });
  // Reported on 5 April, about "Tuesday's strike": the event keeps its own day.
  assertMain(pick(all, '2017-04-05-khan-shaykhun-afp-denial.txt'), {
    sub: 'Chemical weapon', place: KHAN_SHAYKHUN, admin1: /idl/, date: '2017-04-04', fatalities: 72,
  });
});

test('examples/events: the Syrian army denial of Khan Shaykhun is kept as a denied claim', async () => {
  const p = pick(await processExamples(), '2017-04-05-khan-shaykhun-afp-denial.txt');
  assertSome(p, { sub: 'Chemical weapon', claim: 'denied', claimBy: /army|Syria/i });
});

test('examples/events: Shayrat, a missile attack by US forces in Homs on 7 April (local), 6 dead', async () => {
  const p = pick(await processExamples(), '2017-04-07-shayrat-strike-statement.txt');
  assertMain(p, {
    sub: 'Shelling/artillery/missile attack',
    actor1: /^Military Forces of the United States/,
    actor2: SYRIAN_ARMY,
    place: /sha.?.?rat/,
    admin1: /homs/,
    date: '2017-04-07',
    fatalities: 6,
    claim: 'claimed',
  });
});

test('examples/events: the Aleppo hospital, an air strike on civilians on 27 April 2016, 14 dead per MSF', async () => {
  const p = pick(await processExamples(), '2016-04-28-aleppo-hospital-strike.txt');
  assertMain(p, {
    sub: 'Air/drone strike', actor2: /^Civilians \(Syria\)$/, place: /aleppo|halab|sukkari/, admin1: /aleppo|halab/, country: SYRIA, date: '2016-04-27', fatalities: 14, claimBy: /Medecins Sans Frontieres|MSF/,
  });
});

test('examples/events: Riyadh, an intercepted missile is disrupted weapons use by Saudi forces, claimed by the coalition', async () => {
  const p = pick(await processExamples(), '2017-11-04-riyadh-missile-intercepted.txt');
  assertMain(p, {
    sub: 'Disrupted weapons use', actor1: /^Military Forces of Saudi Arabia/, actor2: /Houthi|Ansar Allah/, place: /riyadh/, country: 'Saudi Arabia', date: '2017-11-04', fatalities: 0, claim: 'claimed',
  });
});

test('examples/events: Kobani and Raqqa, Kurdish-led forces overtake territory from Islamic State', async () => {
  const all = await processExamples();
  assertMain(pick(all, '2014-2017-world-wire.rss', /Kobani/), {
    sub: 'Non-state actor overtakes territory', actor1: /YPG|People's Protection Units/, actor2: ISIS_SY, place: /kobani|kobane|a[yi]n al\W*arab/, admin1: /aleppo|halab/, date: '2015-01-26',
  });
  assertMain(pick(all, '2017-10-digest.jsonl', /full control of Raqqa/), {
    sub: 'Non-state actor overtakes territory', actor1: /Syrian Democratic Forces/, actor2: ISIS_SY, place: /raqq/, date: '2017-10-17',
  });
});

test('examples/events: Mosul, taken by Islamic State in 2014 and retaken by Iraqi forces in 2017', async () => {
  const all = await processExamples();
  assertMain(pick(all, '2014-2017-world-wire.rss', /overran Mosul/), {
    sub: 'Non-state actor overtakes territory', actor1: /^Islamic State \(Iraq\)$/, actor2: /^Military Forces of Iraq/, place: /mosul/, admin1: /nineveh|ninawa|niniveh|ninewa/, country: 'Iraq', date: '2014-06-10',
  });
  assertMain(pick(all, '2014-2017-world-wire.rss', /declared victory/), {
    sub: 'Government regains territory', actor1: /^Military Forces of Iraq/, actor2: /^Islamic State \(Iraq\)$/, place: /mosul/, country: 'Iraq', date: '2017-07-10',
  });
});

test('examples/events: Sanaa, the Houthi takeover and the agreement signed the same day', async () => {
  const p = pick(await processExamples(), '2014-2017-world-wire.rss', /Houthi/);
  assertMain(p, { sub: 'Non-state actor overtakes territory', actor1: /Houthi|Ansar Allah/, place: /sanaa|san'a/, country: 'Yemen', date: '2014-09-21' });
  assertSome(p, { sub: 'Agreement', date: '2014-09-21', country: 'Yemen' });
});

test('examples/events: Chibok, an abduction by Boko Haram in Borno, Nigeria, on the night of 14 April', async () => {
  const p = pick(await processExamples(), '2014-05-06-chibok-abduction.txt');
  assertMain(p, {
    sub: 'Abduction/forced disappearance', actor1: /Boko Haram/, actor2: /Civilians \(Nigeria\)/, place: /chibok/, admin1: /borno/, country: 'Nigeria', date: '2014-04-14', fatalities: 0,
  });
});

test('examples/events: Mogadishu, a truck bomb on 14 October 2017, 276 dead, and the Medina blast apart', async () => {
  const p = pick(await processExamples(), '2017-10-16-mogadishu-truck-bomb.txt');
  assertMain(p, { type: 'Explosions/Remote violence', place: /mogadishu|muqdisho/, admin1: /banaadir|banadir/, country: 'Somalia', date: '2017-10-14', fatalities: 276 });
  assertSome(p, { type: 'Explosions/Remote violence', date: '2017-10-14', fatalities: 2 });
});

test('examples/events: Khartoum, excessive force against protesters, "dozens" counted as 12', async () => {
  const p = pick(await processExamples(), '2019-06-04-khartoum-sit-in.txt');
  assertMain(p, {
    sub: 'Excessive force against protesters', actor2: /^Protesters \(Sudan\)$/, place: /khartoum/, admin1: /khartoum/, country: 'Sudan', date: '2019-06-03', fatalities: 12,
  });
});

test('examples/events: Hong Kong, a peaceful protest, and crowd sizes are not deaths', async () => {
  const p = pick(await processExamples(), '2019-06-16-hong-kong-march.txt');
  assertMain(p, { sub: 'Peaceful protest', actor1: /^Protesters/, place: /hong kong|admiralty|victoria park/, date: '2019-06-16', fatalities: 0 });
  assert.deepEqual(p.events.filter((e) => e.fatalities > 0).map((e) => e.evidence.text), []);
});

test('examples/events: Idlib, the Russia-Turkey ceasefire is an agreement; the 27 February strike keeps its date', async () => {
  const p = pick(await processExamples(), '2020-03-05-idlib-ceasefire.txt');
  assertMain(p, { sub: 'Agreement', date: '2020-03-05' });
  // Who flew it is Ankara's attribution, not the report's finding: only the day, place and toll are asserted.
  assertSome(p, { sub: 'Air/drone strike', actor2: /^Military Forces of Turkey/, date: '2020-02-27', fatalities: 33, admin1: /idl/ });
});

test('examples/events: pure diplomacy gives no event', async () => {
  const p = pick(await processExamples(), '2015-12-18-unsc-resolution-2254.txt');
  assert.deepEqual(p.events.map((e) => e.sub_event_type), [], describeEvents(p.events));
});

test('examples/events: the live blog codes its entries, never its statement, diplomacy, comments or furniture', async () => {
  const p = pick(await processExamples(), '2014-01-08-aleppo-liveblog.html');
  const { report } = p;
  const entryOf = (headline: string) =>
    report.entries.find((e) => e.headline && report.text.slice(e.headline.start, e.headline.end).includes(headline))?.index;
  const hq = entryOf('Insurgents overrun ISIS headquarters in Aleppo');
  assert.ok(hq !== undefined, 'no entry for the headquarters story');
  const taken = p.events.find((e) => e.entry === hq && TERRITORY_SUB_EVENTS.includes(e.sub_event_type));
  assert.ok(taken, `no territory event in the headquarters entry:\n  ${describeEvents(p.events)}`);
  assert.deepEqual(misses(taken, { place: /aleppo|halab|qadi askar/, date: '2014-01-08' }), []);
  assert.doesNotMatch(taken.actor1 ?? '', /Islamic State/, 'the rebels, not ISIS, took the building');

  for (const quiet of ['ISIS spokesman vows to crush the rebels', 'Geneva talks: conference set for 22 January']) {
    const idx = entryOf(quiet);
    assert.ok(idx !== undefined, `no entry "${quiet}"`);
    assert.deepEqual(p.events.filter((e) => e.entry === idx).map((e) => e.sub_event_type), [], `events from "${quiet}"`);
  }

  const outside = report.zones.filter((z) => z.kind !== 'headline' && z.kind !== 'body');
  for (const e of p.events) {
    assert.ok(!outside.some((z) => e.evidence.start < z.end && e.evidence.end > z.start), `event from a ${report.zones.find((z) => e.evidence.start >= z.start && e.evidence.start < z.end)?.kind} zone: "${e.evidence.text}"`);
    assert.doesNotMatch(e.evidence.text, /barrel bombs|fighting is much bigger|Who is arming/, 'an event from a reader comment');
  }
});

test('examples/events: the Arabic and French reports are not coded with English rules', async () => {
  const all = await processExamples();
  for (const file of ['2015-01-26-kobani-ar.txt', '2017-10-17-raqqa-fr.txt']) {
    assert.deepEqual(pick(all, file).events, [], file);
  }
});
