import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fatalitiesIn } from '../../src/extract/fatalities.js';

const f = (t: string) => fatalitiesIn(t).value;

test('the most conservative figure: "at least", "more than", a range', () => {
  assert.equal(f('A car bomb killed at least 17 people in Hama Province.'), 17);
  assert.equal(f('More than 40 soldiers died when the base fell.'), 40);
  assert.equal(f('Between 15 and 20 people were killed in the strike on the market.'), 15);
  assert.equal(f('Shelling killed 12-15 civilians in the old city.'), 12);
});

test('vague quantities: dozens 12, tens 10, scores 20, hundreds 100', () => {
  assert.equal(f('Dozens of people were killed in the attack on the convoy.'), 12);
  assert.equal(f('Tens of fighters were killed near the airport.'), 10);
  assert.equal(f('Military sources said scores of ISIS fighters have been killed by airstrikes.'), 20);
  assert.equal(f('Hundreds of civilians died in the siege.'), 100);
  assert.equal(f('A dozen soldiers were killed at the checkpoint.'), 12);
});

test('deaths without a count: 10; one victim: 1', () => {
  assert.equal(f('Several people were killed when the mortar hit the school.'), 10);
  assert.equal(f('An undetermined number of soldiers were killed in the ambush.'), 10);
  assert.equal(f('A child was killed by a sniper in Daraa.'), 1);
  assert.equal(f('Gunmen shot dead a journalist in Idlib city.'), 1);
  assert.equal(f('Gunmen killed a journalist in Idlib city.'), 1);
});

test('number words', () => {
  assert.equal(f('Seventeen people were killed in the blast.'), 17);
  assert.equal(f('At least twenty-two people died in the raid.'), 22);
});

test('deaths on several sides are added', () => {
  assert.equal(f('At least 10 fighters on each side were killed in the clashes.'), 20);
  assert.equal(f('Five soldiers and three militants were killed near Deir ez-Zor.'), 8);
  assert.equal(f('The ambush killed 4 soldiers and 2 militiamen, and wounded 9 others.'), 6);
  assert.equal(f('Forty rebels were killed, and another 12 soldiers were also killed.'), 52);
});

test('the injured are never counted', () => {
  assert.equal(f('Seventeen people were killed and 40 wounded.'), 17);
  assert.equal(f('Twelve people were wounded in the shelling.'), 0);
  assert.equal(f('A landmine killed or wounded at least 26 civilians.'), 0);
});

test('a subset is not counted twice', () => {
  assert.equal(f('Six civilians including a child were among at least 22 people killed in the strikes.'), 22);
  assert.equal(f('At least 11 civilians, including three children, were killed in barrel bomb attacks.'), 11);
});

test('cumulative war tolls are not this event', () => {
  assert.equal(f('The war has killed more than 230,000 people since 2011.'), 0);
  assert.equal(f('More than 320,000 people have been killed since the conflict began.'), 0);
});

test('ACLED note style', () => {
  assert.equal(f('On 5 March 2019, Boko Haram militants attacked Gajiram, killing 3 civilians.'), 3);
  assert.equal(f('Fatalities: 4'), 4);
  assert.equal(f('2 fatalities.'), 2);
});

test('no death reported: 0', () => {
  assert.equal(f('Regime helicopters dropped barrel bombs on Daraya.'), 0);
});

test('a named victim is one death', () => {
  assert.equal(f('Citizen Journalist Abu Hamza Killed in Homs'), 1);
  assert.equal(f('Media activist Omar Khaled, has been killed while filming the shelling.'), 1);
});

test('a day of the month and period totals are not counts of the dead', () => {
  assert.equal(f('Turkish air strikes kill 9 IS fighters, AFP, Friday 24 Jul 2015.'), 9);
  assert.equal(f('Over 500 civilians were killed in one week of bombing.'), 0);
});

test('one victim named before a counted list joins it', () => {
  assert.equal(f('Barrel bombs hit Daraya, killing a woman and two children.'), 3);
});

test('more coder-note phrasings', () => {
  assert.equal(f('Unidentified gunmen ambushed a patrol, killing 2 and injuring 3.'), 2);
  assert.equal(f('The clash resulted in the deaths of 4 soldiers.'), 4);
  assert.equal(f('Militants attacked the village, resulting in 6 fatalities.'), 6);
  assert.equal(f('Several fatalities were reported after the raid.'), 10);
});

test('a toll that has risen is the count', () => {
  assert.equal(f('The number of people killed when the truck bomb blew up on Saturday has risen to at least 276, with around 300 more wounded.'), 276);
});

test('accented place names change nothing: the same counts and rules as plain spelling', () => {
  const pairs = [
    ['Five soldiers and three militants were killed near Deir ez-Zor on Monday.', 'Five soldiers and three militants were killed near Deir ez-Zōr on Monday.'],
    ['A young man was killed and a child died in al-Bab.', 'A young man was killed and a child died in al-Bāb.'],
    ['Shelling killed 6 fighters on each side near Ras al-Ayn.', 'Shelling killed 6 fighters on each side near Raʾs al-ʿAyn.'],
    ['At least 30 people, including 8 children, were killed in Idlib since Friday.', 'At least 30 people, including 8 children, were killed in Idlib since Friday — SOHR.'],
  ];
  for (const [plain, accented] of pairs) {
    const a = fatalitiesIn(plain!), b = fatalitiesIn(accented!);
    assert.ok(a.value > 0, plain);
    assert.deepEqual([b.value, b.parts.map((p) => p.rule)], [a.value, a.parts.map((p) => p.rule)], accented);
  }
  assert.equal(f('Shelling killed 6 fighters on each side near Raʾs al-ʿAyn.'), 12);
});

test('"on each side" doubles, "on both sides" is already the total of the two', () => {
  assert.equal(f('Fighting near Marib killed 16 fighters on both sides on Monday.'), 16);
  assert.equal(f('Fighting near Marib killed 8 fighters on each side on Monday.'), 16);
});

test('"more than" in a second clause adds nothing; "another" does', () => {
  assert.equal(f('At least five people were killed and more than 20 wounded in a bomb blast near the governor\'s office in Hama.'), 5);
  assert.equal(f('Strikes kill more than 20 militants near Raqqa: US-led strikes killed more than 20 militants early Tuesday.'), 20);
  assert.equal(f('A drone strike killed 3 fighters, and another 2 were killed by shelling later.'), 5);
});

test('a day after a month name, and a stray figure before a toll phrase, are not counts', () => {
  assert.equal(f('Posted March 12 2016 A car bomb killed four people at a checkpoint in Azaz.'), 4);
  assert.equal(f('Views 214 The number of civilians killed by the raid on the village has risen to 20.'), 20);
});

test('"leaving many more" injured or ill is no count of the dead', () => {
  assert.equal(f('A helicopter dropped a gas canister on the district, killing four and leaving many more with breathing problems.'), 4);
  assert.equal(f('The blast left 12 people dead and many more wounded.'), 12);
});

test('a toll a sentence only carries forward ("brought to 49 the number killed") is cumulative', () => {
  assert.equal(f('Tuesday\'s shelling brought to 49 the number killed in Eastern Ghouta since the offensive began.'), 0);
});

test('every count of a subset list is inside the toll; a list ending "and the N attackers" is one more side', () => {
  assert.equal(f('At least 20 people, including 4 children and 3 women, were killed in the strike on the market.'), 20);
  assert.equal(f('Two police officers and the three attackers were killed in the gunfight at the consulate.'), 5);
});

test('killings told with other verbs: beaten to death, lynched, crucified, a titled victim by name', () => {
  assert.equal(f('A crowd beat to death two men accused of stealing a motorbike.'), 2);
  assert.equal(f('Three suspected thieves were lynched by residents of the market town.'), 3);
  assert.equal(f('Militants killed and crucified five men in the town square.'), 5);
  assert.equal(f('Gunmen shot dead Governor Ali Musa outside his home on Friday.'), 1);
  assert.equal(f('A court sentenced the commander to death in absentia.'), 0);
});

test('"killed and injured" together count casualties, not deaths', () => {
  assert.equal(f('Several people were killed and injured in twin bombings east of Homs.'), 0);
  assert.equal(f('Dozens Killed, Injured in Car Bomb Attack in Qamishli'), 0);
  assert.equal(f('Five people were killed and 10 injured in the shelling.'), 5);
});

test('victims listed under one death verb: every item counts, a singular one as 1', () => {
  // Restates the shape of monitors' daily tallies (e.g. SOHR on Douma, 2018): mixed lists of victims.
  assert.equal(f('Two soldiers and a civilian were killed when a mortar hit the checkpoint in Deraa.'), 3);
  assert.equal(f('A woman and her child were killed in the shelling of Douma on Tuesday.'), 2);
  assert.equal(f('A man, his wife and their three children were killed when the strike hit their home.'), 5);
  // A list of the wounded is no toll, and a bare plural item has no count of its own.
  assert.equal(f('A spokesman said two soldiers and a civilian were wounded in the blast.'), 0);
  assert.equal(f('Women and children were killed when the barrel bomb hit the market.'), 10);
});

test('"including a woman and two children": the subset after a singular victim stays a subset', () => {
  assert.equal(f('At least 12 people, including a woman and two children, were killed in the raid on Saraqib.'), 12);
  assert.equal(f('At least 12 people, including three children, were killed in the raid on Saraqib.'), 12);
});

test('a stray figure before a victim list (a page counter, a share count) is not a count of the list', () => {
  assert.equal(f('Share 0 412 A woman and her son were killed when a shell hit their house in Donetsk.'), 2);
  assert.equal(f('Views 1,208 The two brothers and a cousin were shot dead at a checkpoint near Nablus.'), 0 + f('The two brothers and a cousin were shot dead at a checkpoint near Nablus.'));
});

test('"no one killed" is a denial, not a count of one', () => {
  assert.equal(f('No one killed as rocket hits school in Kandahar'), 0);
  assert.equal(f('Not one person was killed when the drone came down near Belgorod, the governor said.'), 0);
  assert.equal(f('One person was killed and no one else was hurt in the attack in Kismayo.'), 1);
});

test('"members of one family": the count is of people, not of families', () => {
  assert.equal(f('Eight members of one family died when a missile hit their home in Hajjah.'), 8);
  assert.equal(f('Six civilians from one family were killed in air strikes on the town of Atarib.'), 6);
  assert.equal(f('A mortar round killed five members of the same family in Gaza City.'), 5);
});

test('the abducted or wounded who are then killed are the dead', () => {
  assert.equal(f('Eleven miners were abducted and later killed by gunmen in Balochistan.'), 11);
  assert.equal(f('Four aid workers were kidnapped and executed by the group in Borno.'), 4);
  assert.equal(f('Three people were wounded and later died in hospital in Mosul.'), 3);
  assert.equal(f('Eleven miners were abducted by gunmen in Balochistan.'), 0);
  assert.equal(f('Three people were wounded and two killed in the blast in Kabul.'), 2);
});

test('a range told "from N to M" is its lower end', () => {
  assert.equal(f('Opposition activists said the attack killed from 500 to well over 1,000 people.'), 500);
  assert.equal(f('He was sentenced to from 5 to 10 years in prison.'), 0);
});

test('"since January ... have killed" sums months, however long the subject in between', () => {
  assert.equal(f('Since January, bombings in the capital have killed 300 people.'), 0);
  assert.equal(f('Since the start of the war, air strikes on the province have claimed the lives of 2,000 civilians.'), 0);
  assert.equal(f('A bomb in the capital killed 30 people on Monday.'), 30);
});

test('one protester, worshipper or villager is one victim', () => {
  assert.equal(f('A protester was shot dead in Yangon on Sunday.'), 1);
  assert.equal(f('Security forces shot dead a demonstrator in Khartoum.'), 1);
  assert.equal(f('A villager was killed when soldiers opened fire in Tillaberi.'), 1);
});

test('one more victim named after the counted ones is added; a wounded or fleeing one is not', () => {
  assert.equal(f('A car bomb exploded outside the police academy in Bogota, killing 21 cadets and the driver.'), 22);
  assert.equal(f('Militants ambushed a patrol near Tillaberi, killing two soldiers and a civilian.'), 3);
  assert.equal(f('A bomb killed five policemen and their commander in Quetta.'), 6);
  assert.equal(f('Gunmen killed four people and wounded a child in Kaduna.'), 4);
  assert.equal(f('Gunmen killed four people and the gunman escaped on a motorbike.'), 4);
  assert.equal(f('Air strikes killed at least 12 people, including a child and a woman.'), 12);
});

test('headline present tense: "execute", "massacre", "behead" count like "kill"', () => {
  assert.equal(f('Jihadists execute 50 captured soldiers near Raqqa'), 50);
  assert.equal(f('Gunmen massacre 30 villagers in central Mali'), 30);
  assert.equal(f('The massacre of 1995 is remembered every year.'), 0);
  // After the killing verb a participle describes the dead; on its own it counts the captured.
  assert.equal(f('Troops killed three wounded fighters in the hospital in Marawi.'), 3);
  assert.equal(f('Fifty captured soldiers were paraded through the streets of Raqqa.'), 0);
});
