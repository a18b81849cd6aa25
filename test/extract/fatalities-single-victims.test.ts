// Single victims and lists of them, the attacker killed with his victims, and the people who tell
// the news (analyst review of fatality counts). Every sentence here is written by us, in several
// styles (wire copy, live blog, ACLED-style note, copy that lost its commas).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fatalitiesIn } from '../../src/extract/fatalities.js';
import { extractFromText } from './run-extract.js';

const f = (t: string) => fatalitiesIn(t).value;
const rules = (t: string) => fatalitiesIn(t).parts.map((p) => p.rule);

test('one victim told with an article, "one" or a possessive and a person noun is one death', () => {
  assert.equal(f('A truck bomb went off at the gate of the customs office in Beledweyne, killing its driver.'), 1);
  assert.equal(f('Two men on a motorcycle opened fire on the cattle market in Gusau, killing a vendor.'), 1);
  assert.equal(f('On 4 May 2021, gunmen shot dead a village headman in Yala (Yala, Thailand).'), 1);
  assert.equal(f('A local councillor was gunned down outside his home in Cotabato on Monday.'), 1);
  assert.equal(f('Unknown assailants murdered a taxi driver near the bus terminal in Port Moresby.'), 1);
  assert.equal(f('The rebels killed one herdsman and drove off his cattle.'), 1);
  // A person noun that describes another is no victim; nor is an animal.
  assert.equal(f("Gunmen killed a magistrate's son in Kaduna."), 1);
  assert.equal(f('Raiders killed a goat and burned two granaries.'), 0);
});

test('killings told with their manner count their victim, in either word order', () => {
  assert.equal(f('In Kabale, an angry crowd beat to death a man accused of stealing a motorcycle.'), 1);
  assert.equal(f('An attacker stabbed to death a shopkeeper in Quetta on Tuesday night.'), 1);
  assert.equal(f('On 9 March 2019, residents of Gitega lynched a suspected thief.'), 1);
  assert.equal(f('A mob beat a suspected cattle rustler to death at the market in Moroto.'), 1);
  assert.equal(f('Police shot a robbery suspect dead near the bank in Lagos.'), 1);
  assert.equal(f('A local trader was hacked to death by unknown men in Beni.'), 1);
});

test('a list of victims adds up, its singular items one each', () => {
  assert.equal(f('The shell struck a courtyard in Taiz, killing a woman and a child.'), 2);
  assert.equal(f('Militants ambushed the minibus near Mandera and killed a policeman, a teacher and two children.'), 4);
  assert.equal(f('A policeman, a teacher and two children were killed when the minibus was ambushed near Mandera.'), 4);
  assert.equal(f('The raid killed a farmer and his son, villagers in Bama said.'), 2);
  assert.equal(f('The commander said his nephew and 9 other fighters were killed in the tunnel.'), 10);
  assert.equal(f('On Monday two soldiers and a civilian were killed near Menaka.'), 3);
  // Copy that lost its commas: the next item starts with its article or count.
  assert.equal(f('The rocket killed a guard a hospital cleaner and three patients said the clinic director'), 5);
  assert.equal(f('Police told reporters that a young boy a teenage girl and two women were killed and 8 others were injured'), 4);
  assert.deepEqual(rules('The shell struck a courtyard in Taiz, killing a woman and a child.'), ['victim-list-sum']);
});

test('the attacker killed with his victims is counted once, beside them', () => {
  assert.equal(f('A militant blew himself up at the checkpoint outside Baidoa, killing himself and five soldiers.'), 6);
  assert.equal(f('On 3 June 2020, a female suicide bomber struck a mosque in Gwoza (Borno, Nigeria), killing herself and 7 worshippers.'), 8);
  assert.equal(f('The attacker opened fire in the hall, killing himself and a guard.'), 2);
  // Already counted: not added again.
  assert.equal(f('A bomber blew himself up at the rally, killing 11 people including himself.'), 11);
});

test('the people who tell the news are not counted among the dead', () => {
  assert.equal(f('Insurgents overran the outpost near Tillaberi, killing at least seven soldiers, two military officers told reporters.'), 7);
  assert.equal(f('Nine miners were killed in the raid, according to three local officials.'), 9);
  assert.equal(f('The raid killed four villagers, three witnesses said.'), 4);
  assert.equal(f('Two elders said gunmen killed 6 herders near the river.'), 6);
  // Copy without commas, a toll update, and reports of deaths are still deaths.
  assert.equal(f('Meanwhile shelling on the western districts killed 37 people said the monitor'), 37);
  assert.equal(f('The toll from the ambush rose to 41 the governor said on Sunday.'), 41);
  assert.equal(f('Three people were reported killed in the clashes in Bunia.'), 3);
  assert.equal(f('Five people who reported the theft were later killed by the gang.'), 5);
});

test('one side counted beside an unknown number keeps the counted figure (existing convention)', () => {
  assert.equal(f('Six soldiers were killed, along with an unknown number of attackers.'), 6);
  assert.equal(f('The troops killed 8 bandits and an unknown number of their collaborators.'), 8);
  // No side counted: ACLED's figure for an unspecified plural.
  assert.equal(f('An unknown number of villagers were killed when the militia torched the hamlet.'), 10);
});

test('denials, the injured and subsets are not counted', () => {
  assert.equal(f('No one was killed when the grenade hit the police post.'), 0);
  assert.equal(f('Not a single person was killed in the blast, the mayor said.'), 0);
  assert.equal(f('A policeman was injured when protesters threw stones.'), 0);
  assert.equal(f('Gunmen killed a guard and wounded two passers-by at the bank.'), 1);
  assert.equal(f('Gunmen killed a guard and injured a cashier at the bank.'), 1);
  assert.equal(f('The air raid killed 14 people, including 6 children.'), 14);
  assert.equal(f('The blast killed a woman and two children, including a baby, in Marib.'), 3);
});

test('"six other members also died" in the next sentence adds to the event told before it', () => {
  const text =
    'A suicide bomber blew himself up at the headquarters of a rebel brigade in Saraqib on Tuesday, killing its commander. ' +
    'A monitoring group said four other members of the brigade also died.';
  const events = extractFromText(text, '2016-05-10');
  assert.equal(events.length, 1);
  // The commander, the four others, and the bomber himself (ACLED counts the attacker).
  assert.equal(events[0]!.fatalities, 6);
  assert.match(events[0]!.sources.fatalities!.rule, /next-sentence-others/);
});

test('"killed 12 insurgents while repelling the raid" after the raid is the other side\'s dead in that fight', () => {
  const text =
    'Militants stormed an army base in Damasak on Monday night, killing at least five soldiers, residents said. ' +
    'The army said its troops killed 12 insurgents while repelling the raid.';
  const events = extractFromText(text, '2024-03-12');
  assert.equal(events.length, 1, events.map((e) => `${e.sub_event_type}: ${e.evidence.text}`).join(' | '));
  // ACLED adds the dead of both sides of one fight.
  assert.equal(events[0]!.fatalities, 17);
});
