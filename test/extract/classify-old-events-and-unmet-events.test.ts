// Issue #3, session 7: events named only as old ones (by their year), agreements not reached,
// protests called for a later day, and court steps over old killings give no event of the day;
// the same words told of today's events still do. Sentences written for sitrep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';

const sub = (t: string) => classifySentence(t)?.sub_event_type ?? null;

test('an event named by its year is an old one', () => {
  assert.equal(sub('Survivors of the 1995 massacre at Srebrenica gathered at the memorial centre in Potocari to hear the names read out.'), null);
  assert.equal(sub('The report says the 2014 abduction of the Chibok schoolgirls exposed how little the army knew of the forest.'), null);
  assert.equal(sub("Lawyers for the students arrested during last year's protest asked the court to drop the charges."), null);
});

test('deaths in an old event are its toll, not a new one', () => {
  assert.equal(sub('The ministry will pay pensions to the widows of the soldiers killed in the 2019 attack on the Inates camp.'), null);
  assert.equal(sub("A plaque now lists the names of the 43 people who died in last year's bombing of the bus station."), null);
});

test('the same words told of an event of the day still make one', () => {
  // The year dates the gunmen's escape, not the attack (on police: a clash).
  assert.equal(sub('Gunmen who escaped from the prison in 2019 attacked a police post in Kaura Namoda on Tuesday, killing two officers.'), 'Armed clash');
  // A new killing on the anniversary of an old one is an event.
  assert.equal(sub('On the anniversary of the 2012 massacre, gunmen killed five villagers in the same district.'), 'Attack');
  assert.equal(sub('Three soldiers were killed in an ambush near Inates on Sunday.'), 'Armed clash');
});

test('an agreement not reached is none; one reached is', () => {
  assert.equal(sub('Delegations of the two armies met in Jeddah for a third day but reached no agreement on a truce.'), null);
  assert.equal(sub('The two armies reached an agreement on a seven-day truce in Jeddah on Saturday.'), 'Agreement');
});

test('a protest called for a later day has not happened', () => {
  assert.equal(sub('Opposition parties announced a nationwide strike and rallies for next Friday against the fuel price rise.'), null);
  assert.equal(sub('Thousands of opposition supporters rallied in the capital against the fuel price rise on Friday.'), 'Peaceful protest');
});

test("a court's steps over an old killing are no event", () => {
  assert.equal(sub('Prosecutors filed charges against four former officers over the killing of a student at a checkpoint in 2016.'), null);
  assert.equal(sub('The high court asked the police to explain why officers had opened fire on farmers at a sit-in three years ago.'), null);
});

test('a crime someone is accused of only says why they were targeted', () => {
  assert.equal(sub('An angry crowd in Kasese beat to death a man they suspected of raping a girl, before police arrived.'), 'Mob violence');
  assert.equal(sub('Soldiers raped two women in a village near Kalehe, a local rights group said.'), 'Sexual violence');
});

test('a named group\'s man arrested for a crime is a political arrest; a gang\'s is not', () => {
  assert.equal(sub('Iraqi police arrested a Kataib Hezbollah commander accused of smuggling rockets near Basra.'), 'Arrests');
  assert.equal(sub('Police arrested two men accused of smuggling heroin through the port of Karachi.'), null);
});

test('weapons bought, shown or merely ready are no event', () => {
  assert.equal(sub('The air force will acquire 24 combat aircraft under a contract signed on Tuesday, the ministry said.'), null);
  assert.equal(sub('North Korea unveiled a new solid-fuel missile at a night parade in Pyongyang.'), null);
  assert.equal(sub('The defence minister said the army was ready to repel any attack on the border towns.'), null);
});

test('a toll over part of a year is no event', () => {
  assert.equal(sub('The police said 214 officers had been killed in militant attacks during the last financial year.'), null);
  assert.equal(sub('Landmines killed 96 people during the first six months of 2023, the monitor said.'), null);
});

test('troops who shot straight into a peaceful crowd used lethal force', () => {
  assert.equal(sub('Soldiers shot directly into the crowd of peaceful marchers in Omdurman, killing at least four.'), 'Excessive force against protesters');
});

test('a gunship that fires on boats is an air strike', () => {
  assert.equal(sub('A military helicopter fired on fishing boats off Kyauktaw on Monday, killing five fishermen.'), 'Air/drone strike');
});

test('a blast of stored chemicals is an accident', () => {
  assert.equal(sub('An explosion of stored fireworks at a warehouse in Tultepec killed 12 people on Tuesday.'), null);
});

test('a toll over a named month is no event', () => {
  assert.equal(sub('A rights group said 140 civilians were killed in Ituri province during February.'), null);
  // A month that dates one attack is not a tally.
  assert.equal(sub('Gunmen killed 14 villagers in Ituri province on 3 February, a rights group said.'), 'Attack');
});

test('a news round-up is no round-up of people', () => {
  assert.equal(sub('Weekly roundup: markets reopen in Bhadrak as tension eases'), null);
  assert.equal(sub('Police carried out a mass roundup of opposition activists in Dhaka overnight.'), 'Arrests');
});

test('dynamite stored badly that blows up is an accident', () => {
  assert.equal(sub('An explosion killed nine miners at a gold site near Kaya; officials blamed dynamite that had been stored improperly.'), null);
});

test('property burnt, carted off or desecrated with nobody hurt is looting or destruction', () => {
  assert.equal(sub('Separatist fighters set the council hall and a government ambulance ablaze on Saturday night; nobody was inside, the mayor said.'), 'Looting/property destruction');
  assert.equal(sub('Unknown men broke into the party offices overnight and carted away computers and membership files, officials said.'), 'Looting/property destruction');
  assert.equal(sub('Raiders drove off 200 head of cattle from a kraal near Moroto; the herders escaped unharmed.'), 'Looting/property destruction');
});

test('demonstrators who force their way in or hurl flares are violent', () => {
  assert.equal(sub('Protesters forced their way into the regional assembly in Tbilisi, hurling flares and bottles at officers.'), 'Violent demonstration');
});

test("a war's toll since it began is no event", () => {
  assert.equal(sub('The war, which began with the repression of anti-government protests in 2011, has killed more than 300,000 people.'), null);
  assert.equal(sub('More than 20,000 people have died in Sudan since the conflict broke out.'), null);
});

test('state forces that shoot at a protest use lethal force, unless the protest is about a killing', () => {
  assert.equal(sub('A student was shot dead by police as he stood in front of their line during a protest against job quotas in Rangpur.'), 'Excessive force against protesters');
  assert.equal(sub('Hundreds marched in Lagos to protest against the killing of a student by police.'), 'Peaceful protest');
});

test('protests only counted, feared or warned against are no protest', () => {
  assert.equal(sub('Police said they had recorded 412 protest actions across the country in March.'), null);
  assert.equal(sub('The governor warned that any march on Saturday in support of the jailed mayor will be dispersed.'), null);
  assert.equal(sub('The rights office said it was deeply concerned by the use of force against demonstrators in Nairobi.'), null);
  assert.equal(sub('A court in Minsk jailed four students for taking part in the 2020 protests.'), null);
  // Told before the words, the rally is the event.
  assert.equal(sub('Thousands rallied in Dhaka to condemn the killing of students by police.'), 'Peaceful protest');
});

test('forces that leave positions nobody takes over change their activity; no territory changes hands', () => {
  assert.equal(sub('The army pulled its troops out of two positions near Kutum on Monday, and no other force had moved in by nightfall, residents said.'), 'Change to group/activity');
  assert.equal(sub('Soldiers withdrew from their position at Bossangoa without handing it over to another force.'), 'Change to group/activity');
});

test('a ceasefire agreed as "to stop all firing" is an agreement; an arms deal, a gas-cylinder blast and a jail term are none', () => {
  assert.equal(sub('The two armies agreed over the hotline on Saturday to stop all firing along the border from midnight.'), 'Agreement');
  assert.equal(sub('The kingdom signed a deal for 300 air defence missiles from a European maker.'), null);
  assert.equal(sub('A gas cylinder at a roadside eatery exploded in Quetta, injuring five people.'), null);
  assert.equal(sub('Three men jailed over the 2015 hotel siege in Bamako'), null);
});

test('a glide bomb or a guided aerial bomb is dropped from the air', () => {
  assert.equal(sub('A glide bomb struck a residential block in Kharkiv on Tuesday, killing three people, the regional administration said.'), 'Air/drone strike');
  assert.equal(sub('Two guided aerial bombs hit the village of Veliky Burluk overnight, wounding a woman.'), 'Air/drone strike');
  // A bomb planted by the road is still an explosive device.
  assert.equal(sub('A bomb planted by the road exploded under a bus near Jalalabad, killing four passengers.'), 'Remote explosive/landmine/IED');
});
