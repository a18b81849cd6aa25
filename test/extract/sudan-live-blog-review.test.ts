// Mistakes an analyst found reading sitrep's events from a live blog we wrote on the first days of
// the war in Sudan (April 2023: the army and the Rapid Support Forces fighting for Khartoum, as
// widely reported by the wires; restated in our own words, names and figures changed in places):
// - a count of the wounded told after an event became an attack on civilians of its own;
// - "the strikes killed civilians" after an air strike became an attack by an unknown group;
// - a group outside the built-in list of sources ("The RSF claims ...") was no claimant, and the
//   other side's denial in the next sentence made that side the claimant;
// - "its fighters" became the other side; "gunfire could still be heard" became a hedged attack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';
import { extractEvents } from '../../src/extract/index.js';
import { classifySentence } from '../../src/extract/classify/index.js';
import { isBareToll } from '../../src/extract/bare-toll.js';
import { backReferencedType } from '../../src/extract/back-reference.js';
import type { PipelineContext } from '../../src/pipeline/context.js';

const ctx = { gazetteer: { size: 0 } } as unknown as PipelineContext;
const run = (text: string, date = '2023-04-16') => {
  const r = reportFromText(text, { date });
  return extractEvents(r, splitSentences(r), [], ctx);
};

test('a toll told after the event is that event\'s toll, not a second incident', () => {
  const wire = run('A car bomb exploded outside a bus station in Mogadishu on Monday. Nine people were killed and 23 wounded, police said.');
  assert.equal(wire.length, 1);
  assert.equal(wire[0]!.sub_event_type, 'Remote explosive/landmine/IED');
  assert.equal(wire[0]!.fatalities, 9);
  const blog = run('Government troops and rebels clashed near Rutshuru on Friday. Nearly 40 people were wounded, the hospital added.');
  assert.deepEqual(blog.map((e) => e.sub_event_type), ['Armed clash']);
  assert.equal(blog[0]!.fatalities, 0, 'the wounded are not deaths');
});

test('a toll that names its own place, attacker or weapon is still read as its own event', () => {
  assert.equal(isBareToll('Gunmen killed three people in Kirkuk.'), false);
  assert.equal(isBareToll('Three soldiers were killed by a roadside bomb near Kandahar.'), false);
  assert.equal(isBareToll('Twelve people were killed in Mosul on Monday.'), false);
  assert.equal(isBareToll('Militants killed 12 people in the attack, police said.'), false);
  // ... and a bare toll with nothing told before it stays what it is.
  assert.equal(isBareToll('At least 17 civilians were killed in the blast, according to medics.'), true);
  assert.equal(isBareToll('Another four people died in hospital overnight.'), true);
  const alone = run('Twelve people were killed, police said.');
  assert.equal(alone.length, 1);
});

test('"the strikes killed civilians" tells the air strike again, with its own source and status', () => {
  const events = run(
    'Warplanes of the Sudanese Armed Forces struck Rapid Support Forces bases in Omdurman this afternoon, residents told us. ' +
      'The RSF said the strikes hit homes and killed civilians; we have not been able to verify that.',
  );
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Air/drone strike', 'Air/drone strike']);
  const retold = events.find((e) => e.evidence.text.startsWith('The RSF said'))!;
  assert.equal(retold.claim.status, 'unverified');
  assert.match(retold.sources.sub_event_type!.rule, /same-incident-back-reference/);
  assert.equal(backReferencedType('The blast also wounded 14 passers-by.', 'Attack', () => ['Suicide bomb']), 'Suicide bomb');
  // Only an incident of the kind the noun names: "the strikes" never points back to a protest.
  assert.equal(backReferencedType('The strikes killed four.', 'Attack', () => ['Peaceful protest']), null);
});

test("a party outside the built-in list claims what it says: any conflict's groups are sources", () => {
  const [e] = run('Al-Shabaab said its fighters overran a military base in the Lower Shabelle region on Tuesday.');
  assert.ok(e);
  assert.equal(e.claim.status, 'claimed');
  assert.equal(e.claim.by, 'Al-Shabaab');
  const [v] = run('Heavy fighting was reported near the airport at Merowe, according to a video circulated by the RSF.');
  assert.ok(v);
  assert.equal(v.claim.status, 'claimed');
  assert.equal(v.claim.by, 'RSF');
});

test('the actor told of is no source: "activists said Russian jets struck", "claimed that the RSF shelled"', () => {
  const [a] = run('Local activists said Russian jets struck the market in Maarrat al-Numan on Sunday.', '2019-07-22');
  assert.ok(a);
  assert.notEqual(a.claim.by, 'Russian jets');
  const [b] = run('The army claimed that the RSF shelled a hospital in Omdurman on Monday.');
  assert.ok(b);
  assert.notEqual(b.claim.by, 'RSF');
  // "Strikes have claimed hundreds of lives" is a toll, not a claim by the coalition.
  const [c] = run('US-led coalition air strikes have claimed the lives of 30 civilians in Raqqa this week.', '2017-08-20');
  assert.ok(c);
  assert.notEqual(c.claim.status, 'claimed');
});

test('a claim denied in the next sentence is denied, by whoever denies it, and the claimant is kept in the rule', () => {
  const [e] = run(
    'The RSF claims its fighters have taken control of the presidential palace and Khartoum International Airport. ' +
      'The army denied the claim, saying its troops still hold the palace.',
  );
  assert.ok(e);
  assert.equal(e.sub_event_type, 'Non-state actor overtakes territory');
  assert.equal(e.claim.status, 'denied');
  assert.equal(e.claim.by, 'army');
  assert.match(e.sources.claim!.rule, /claimed by RSF/);
  // "its fighters" are the RSF's own men, not the side that lost the palace.
  assert.doesNotMatch(e.actor2 ?? '', /Unidentified/);
});

test('gunfire or blasts only heard are no event of their own, and "could be heard" is no hedge', () => {
  assert.equal(classifySentence('Heavy gunfire could still be heard in central Khartoum late into the night.'), null);
  assert.equal(classifySentence('Residents reported hearing loud explosions in the north of the city overnight.'), null);
  // Someone hit, or a side named, is an event again.
  assert.equal(classifySentence('Gunmen opened fire on a minibus near Maiduguri, killing four passengers.')?.sub_event_type, 'Attack');
  const [e] = run('Shells could be heard falling on the eastern districts as the army pounded RSF positions in Bahri.');
  assert.ok(e);
  assert.notEqual(e.claim.status, 'unverified');
});

test('a running toll "since the fighting began" is no event\'s toll, nor is a part of it "among the dead"', async () => {
  const { fatalitiesIn } = await import('../../src/extract/fatalities.js');
  const running = 'The doctors\' union says at least 56 civilians have been killed since fighting began on Saturday, and that dozens of members of the security forces are among the dead.';
  assert.equal(fatalitiesIn(running).value, 0);
  // Without a running toll, counts among the dead are the deaths known.
  assert.equal(fatalitiesIn('Eleven civilians and at least six soldiers are among the dead.').value, 17);
});
