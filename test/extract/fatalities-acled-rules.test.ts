// Fatalities read from one sentence by ACLED's rules (issue #3): sides added, a side's own losses,
// victims joined "along with" others, revised tolls, two sources' figures, the attacker's own death,
// words for numbers. Every sentence here is written by us, in several styles (wire copy, live blog,
// press release, ACLED-style note); none restates a labelled row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fatalitiesIn } from '../../src/extract/fatalities.js';

const f = (t: string) => fatalitiesIn(t).value;
/** The words each part of the figure was read from. */
const words = (t: string) => fatalitiesIn(t).parts.map((p) => t.slice(p.span.start, p.span.end));

test('deaths on several sides are added, however the sides are listed', () => {
  // Wire copy.
  assert.equal(f('Fighting in the district left 11 Taliban and four police killed, a provincial spokesman said.'), 15);
  // Live blog.
  assert.equal(f('16:20 – The clinic in Kadugli now says three soldiers were killed along with two civilians when the convoy drove onto a mine.'), 5);
  assert.equal(f('Two of the raiders were shot dead in the exchange of fire, as were three policemen.'), 5);
  // Press release.
  assert.equal(f('The strike killed a senior commander along with four of his bodyguards, the ministry said.'), 5);
  // ACLED-style note.
  assert.equal(f('On 2 June 2021, JNIM militants ambushed an army patrol near Boni (Mopti, Mali), killing 6 soldiers along with 2 civilian drivers.'), 8);
});

test("a side's own losses are deaths too, and are added to those it inflicted", () => {
  assert.equal(f('The army said it killed 15 insurgents and lost three soldiers in the battle for the ridge.'), 18);
  assert.equal(f('Officials said 6 police officers were killed and 9 hurt, while the gunmen lost 14 fighters.'), 20);
  assert.equal(f('Troops killed nine bandits and lost two of their own near Zurmi.'), 11);
  // Losses of things are not deaths; the same deaths told from the losing side are not added twice.
  assert.equal(f('The battalion lost 3 armoured vehicles and 12 soldiers were killed.'), 12);
  assert.equal(f('The rebels lost control of 5 villages in the offensive.'), 0);
  assert.equal(f('Insurgents killed 8 soldiers at the base, and the army later admitted it lost 8 men there.'), 8);
});

test('"neutralised" in military statements is killing, of people only', () => {
  assert.equal(f('Twenty-one terrorists were neutralised by troops of Operation Hadin Kai in Borno, the army said.'), 21);
  assert.equal(f('The army said it had neutralised 30 insurgents near the lake.'), 30);
  assert.equal(f('Engineers neutralised 3 roadside bombs on the highway.'), 0);
});

test('one side counted and the other not: the counted deaths are the figure', () => {
  assert.equal(f('On 14 May 2020, al Shabaab fighters raided a police post in Mandera (Mandera, Kenya); 5 officers and an unknown number of militants were killed.'), 5);
  // With no count at all, ACLED's 10 for an unspecified plural still applies.
  assert.equal(f('An unknown number of militants were killed in the raid.'), 10);
});

test('a revised toll replaces the first one, up or down', () => {
  assert.equal(f('Police at first said seven people died; the toll was later revised to 13.'), 13);
  assert.equal(f('Officials first reported 15 dead but later lowered the toll to 9.'), 9);
  assert.deepEqual(words('Police at first said seven people died; the toll was later revised to 13.'), ['13']);
});

test("two sources' figures for the same deaths: the most conservative stands", () => {
  assert.equal(f('The raids killed nearly 40 people, according to local medics; the monitor put the number at 34.'), 34);
  assert.equal(f('Hospital staff put the death toll at 27, while the interior ministry said 21 died.'), 21);
  // "Another" adds: it is no second source.
  assert.equal(f('Forty rebels were killed, and another 12 soldiers were also killed.'), 52);
});

test('counts listed "among the dead" are the deaths when no total is told', () => {
  assert.equal(f('Nine civilians and at least 4 guards are among the dead, the governor said.'), 13);
  assert.equal(f('Two nurses were among those killed in the strike on the clinic.'), 2);
  // With a total, the listed ones are part of it.
  assert.equal(f('Four women and a boy were among at least 19 people killed when shells hit the camp.'), 19);
});

test("the attacker's own death is counted (ACLED counts all who died), unless the toll already has him", () => {
  assert.equal(f('A suicide bomber blew himself up at the gate of a police academy, killing 14 recruits.'), 15);
  assert.equal(f('The gunman shot dead six worshippers before turning the gun on himself.'), 7);
  // Alone, the attacker's death is left to the story: the next sentence may give the toll with him in it.
  assert.equal(f('A suicide bomber blew herself up at a checkpoint, wounding three guards.'), 0);
  assert.equal(f('A bomber blew himself up at the market, killing 9 people including the bomber.'), 9);
  // Several bombers: the report's count is taken as it stands.
  assert.equal(f('Two suicide bombers blew themselves up at the mosque, killing 30.'), 30);
  // The parts keep their words, in the order of the text.
  assert.deepEqual(words('A suicide bomber blew himself up at the gate of a police academy, killing 14 recruits.'), ['blew himself up', '14']);
});

test('words for numbers: "two dozen", "one hundred and twenty"', () => {
  assert.equal(f('Two dozen villagers were massacred overnight in Djibo.'), 24);
  assert.equal(f('At least three dozen miners were killed when the gunmen struck.'), 36);
  assert.equal(f('One hundred and twenty people were killed in the siege, the UN said.'), 120);
  assert.deepEqual(words('One hundred and twenty people were killed in the siege, the UN said.'), ['One hundred and twenty']);
  assert.equal(f('Between two and three people died.'), 2);
});

test('a mob killing of one named or singular victim is one death', () => {
  assert.equal(f('A mob lynched a man accused of stealing a motorbike in Kano.'), 1);
});

test("a year's toll is no event's", () => {
  assert.equal(f('A press freedom group counted 41 reporters killed in 2019.'), 0);
  assert.equal(f('At least 30 people were killed in 2016 when rebels shelled the town.'), 30);
});

test('a toll told as "the dead, N people," or "the dead numbered N"', () => {
  assert.equal(f('The dead, at least 19 people, included a schoolteacher and 5 children, the governor said.'), 19);
  assert.equal(f('By nightfall the dead numbered 23, according to the health office.'), 23);
});

test('a family killed counts its members; "a hundred" is a hundred', () => {
  assert.equal(f('The drone strike killed a family of seven in their home outside Aden.'), 7);
  assert.equal(f('A family of five was killed when the shell hit their car.'), 5);
  assert.equal(f('Nearly a hundred villagers were killed in the raid, survivors said.'), 100);
  assert.equal(f('Gunmen shot dead the village chief and his three sons on Friday night.'), 4);
});

test("a clause summing the week does not make the event's own count cumulative", () => {
  assert.equal(f('The fighting killed 8 militiamen and 5 soldiers, bringing the toll over the past week to 71.'), 13);
  // The week's sum alone is no event's.
  assert.equal(f('Some 200 people have been killed in the region over the past week.'), 0);
});

test("another day's dead told beside the event's own are another event's", () => {
  assert.equal(f('Air raids killed 11 civilians in the market, the second deadly strike this week after 19 died on Monday.'), 11);
  assert.equal(f('Shelling killed 4 people on Sunday; a day earlier, 15 were killed in the same district.'), 4);
  // A headline's words and its lead's figure for the same deaths: the figure stands.
  assert.equal(f('Dozens killed in Idlib market strike At least 40 people were killed on Monday when jets hit a market.'), 40);
});
