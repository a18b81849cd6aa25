// A monitor's own count of the dead told after the event ("documented the death of 43 civilians",
// "put the death toll at seven"), the victims told with an adjective ("4 displaced people"), and the
// one victim told by pronoun ("He died on the spot"). From analysts' reviews of stories we wrote in
// the voices of SANA, Reuters and the Syrian Observatory; every sentence here is ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fatalitiesIn } from '../../src/extract/fatalities.js';
import { isBareToll, isSourceToll } from '../../src/extract/bare-toll.js';
import { extractFromText } from './run-extract.js';

const f = (t: string) => fatalitiesIn(t).value;

test("a monitor's documented deaths are a count of the dead", () => {
  assert.equal(f('The Syrian Observatory for Human Rights said it had documented the death of 43 civilians, including 8 children.'), 43);
  assert.equal(f('The monitor recorded the deaths of 12 fighters in the clashes.'), 12);
});

test('victims told with an adjective are still the dead', () => {
  assert.equal(f('Gunmen attacked a camp near Beni on Tuesday, killing 4 displaced people, a local official said.'), 4);
  // Counted as displaced, not killed: no death.
  assert.equal(f('The fighting left 4,000 people displaced in the district.'), 0);
});

test('one victim told by pronoun is one death; a pronoun who survived is none', () => {
  assert.equal(f('He died on the spot, police said.'), 1);
  assert.equal(f('She later succumbed to her wounds in hospital.'), 1);
  assert.equal(f('He was treated for burns and discharged.'), 0);
});

test("a source's count after the event is a toll of that event, not an event of its own", () => {
  assert.ok(isSourceToll('The Syrian Observatory for Human Rights put the death toll at seven.'));
  assert.ok(isSourceToll('The Britain-based monitor put the number of dead at six, including two children.'));
  assert.ok(isSourceToll('The Britain-based monitor said it had documented the death of 43 civilians, including 8 children.'));
  assert.ok(isBareToll('The Syrian Observatory for Human Rights said it had documented the death of 43 civilians, including 8 children.'));
  assert.ok(!isSourceToll('Government forces killed seven rebels near Daraa, the Observatory said.'));
  const events = extractFromText(
    'Air strikes hit a crowded market in Maarat al-Numan in Idlib province on Monday. The Syrian Observatory for Human Rights said it had documented the death of 43 civilians, including 8 children.',
    '2015-08-17',
  );
  assert.equal(events.length, 1, events.map((e) => e.sub_event_type).join(', '));
  assert.equal(events[0]!.sub_event_type, 'Air/drone strike');
  assert.equal(events[0]!.fatalities, 43);
});

test("of two sources' figures for the same dead, the lower is kept", () => {
  // State media's nine, the monitor's seven (ACLED: the most conservative figure).
  const events = extractFromText(
    'Terrorist groups fired rocket shells on al-Sulaymaniyah neighbourhood in Aleppo city on Tuesday, killing nine civilians and injuring 20 others, a police source said. The Syrian Observatory for Human Rights put the death toll at seven.',
    '2016-05-03',
  );
  assert.equal(events.length, 1, events.map((e) => e.sub_event_type).join(', '));
  assert.equal(events[0]!.fatalities, 7);
  assert.match(events[0]!.sources.fatalities?.rule ?? '', /next-sentence-lower-figure/);
  // A higher figure from the second source leaves the first.
  const higher = extractFromText(
    'Rocket shells fell on al-Sulaymaniyah neighbourhood in Aleppo city on Tuesday, killing nine civilians, a police source said. The Observatory put the death toll at 11.',
    '2016-05-03',
  );
  assert.equal(higher[0]!.fatalities, 9);
});

test('a mob killing whose victim dies in the next sentence counts one', () => {
  const events = extractFromText('A mob attacked a man accused of blasphemy in Sokoto on Friday and set him on fire. He died on the spot, police said.', '2022-05-13');
  assert.equal(events[0]!.sub_event_type, 'Mob violence');
  assert.equal(events[0]!.fatalities, 1);
});

test('the wounded who succumb are counted as dead', () => {
  assert.equal(f('Three more people later succumbed to their injuries in hospital.'), 3);
});

test('"dozens" in the lead gives way to the number a source tells further on', () => {
  // Restated from AP's first story on the Khan Sheikhoun attack, April 2017.
  const events = extractFromText(
    [
      'A suspected chemical attack on a rebel-held town in northern Syria killed dozens of people on Tuesday, opposition activists and doctors said.',
      'The attack hit Khan Sheikhoun in Idlib province early in the morning.',
      'Videos showed rescuers hosing down children with water.',
      'The Syrian Observatory for Human Rights said at least 58 people were killed, including 11 children.',
    ].join(' '),
    '2017-04-04',
  );
  assert.equal(events[0]!.fatalities, 58);
  assert.match(events[0]!.sources.fatalities?.rule ?? '', /story-number-for-vague-count/);
  // The activists who tell the news are no armed side: the attacker is not named in the lead.
  assert.equal(events[0]!.actor1, null);
  // Without a number later, "dozens" stays ACLED's 12.
  const vague = extractFromText('A suspected chemical attack on a town in northern Syria killed dozens of people on Tuesday, activists said.', '2017-04-04');
  assert.equal(vague[0]!.fatalities, 12);
});

test('the part of a group counted that died is the toll, and ages and dates count nobody', () => {
  // Restated from MSF's account of the Ghouta attack, August 2013.
  assert.equal(f('Hospitals it supports treated about 3,600 patients with neurotoxic symptoms, and 355 of them died, MSF said.'), 355);
  assert.equal(f('Najeem, a 28-year-old who was serving a prison sentence for unpaid maintenance, died on Monday.'), 0);
  assert.equal(f('23-02-2015 Twin blasts hit a checkpoint near Damascus.'), 0);
  assert.equal(f('Get short URL 6319 An airstrike on Raqqa killed 20 civilians and left seven people injured.'), 20);
});

test('a subject of two nouns, or one with a long aside, still counts its dead', () => {
  assert.equal(f('Thirteen soldiers of the Syrian Arab Army and the Republican Guard were killed in the fighting.'), 13);
  assert.equal(f('Another 94 pro-government fighters, most of them local Druze gunmen who took up arms to defend their villages, died in the clashes.'), 94);
  // Attackers who then killed are not the dead.
  assert.equal(f('30 rebels attacked and killed five soldiers.'), 5);
});

test("a toll that rose during the day, and the other side's dead told after, are the event's", () => {
  const events = extractFromText(
    [
      'A suspected chemical attack on the town of Khan Sheikhoun in Idlib province killed at least 58 people on Tuesday, the Syrian Observatory for Human Rights said.',
      'Rescue workers hosed down children outside a clinic.',
      'By evening, the Observatory said the number of people killed had risen to 72, and that the toll was expected to climb further.',
    ].join(' '),
    '2017-04-04',
  );
  assert.equal(events[0]!.fatalities, 72);
  assert.match(events[0]!.sources.fatalities?.rule ?? '', /later-toll-risen/);
  const battle = extractFromText(
    'Government forces fought Islamic State militants near the Panorama checkpoint in Deir ez-Zor on Sunday. Thirteen soldiers were killed in the clashes, a military source said. At least 20 ISIS militants were also killed.',
    '2017-01-15',
  );
  assert.equal(battle.length, 1, battle.map((e) => e.sub_event_type).join(', '));
  assert.equal(battle[0]!.fatalities, 33);
});

test("a story that names no place but its dateline happened near the dateline's town, if in the story's country", async () => {
  const { reportFromText } = await import('../../src/ingest/index.js');
  const { splitSentences } = await import('../../src/text/sentences.js');
  const { extractEvents } = await import('../../src/extract/index.js');
  const { geoparse, loadGazetteer } = await import('../../src/geo/index.js');
  const gaz = loadGazetteer();
  const run = (text: string) => {
    const r = reportFromText(text, { date: '2013-01-15' });
    const sentences = splitSentences(r);
    return extractEvents(r, sentences, geoparse(r, sentences, gaz), { gazetteer: gaz } as never);
  };
  // Restated from SANA's report of the rockets on Aleppo University, January 2013.
  const aleppo = run('ALEPPO, Syria (AP) - Two rockets hit the university on Tuesday, killing 82 students on the first day of exams, state media said.')[0]!;
  assert.equal(aleppo.location?.name, 'Aleppo');
  assert.equal(aleppo.location?.geo_precision, 2);
  // A Beirut dateline on a story about Syria says nothing of where the shelling was.
  const beirut = run('BEIRUT (Reuters) - Government forces shelled rebel positions in Syria on Tuesday, killing five fighters, activists said.')[0]!;
  assert.notEqual(beirut.location?.name, 'Beirut');
});
