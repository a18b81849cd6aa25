// Issue #3, last round of codebook rules: phrasings the cues missed (suicide bombers who die with
// their device, named chemical agents, abductions told without the word, fights said not to happen,
// headquarters installed, fire on mourners and marchers, protests still to come, old riots recalled).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';

const sub = (t: string) => classifySentence(t)?.sub_event_type ?? null;

test('a bomber who dies with the device is a suicide bomb', () => {
  assert.equal(sub('A woman blows herself up at a checkpoint outside Maiduguri, killing four guards.'), 'Suicide bomb');
  assert.equal(sub('The bomber died when he detonated the device at the entrance of the mosque in Kabul.'), 'Suicide bomb');
  assert.equal(sub('An attacker drove a truck packed with explosives into the base gate and died in the blast, killing six soldiers.'), 'Suicide bomb');
});

test('a car bomb left parked is still a remote device', () => {
  assert.equal(sub('A car packed with explosives was parked outside the ministry in Mogadishu and went off at noon, killing three.'), 'Remote explosive/landmine/IED');
});

test('a battle said not to have happened is no battle', () => {
  assert.notEqual(sub('There was no battle for the town; the rebels simply walked in.'), 'Armed clash');
  assert.notEqual(sub('Residents said there was no fighting in Mopti on Sunday.'), 'Armed clash');
  // A real fight told beside the denial still counts.
  assert.equal(sub('The army clashed with rebels near Beni; there was no fighting in the town itself.'), 'Armed clash');
});

test('named chemical agents and gassing are chemical weapons', () => {
  assert.equal(sub('Government forces fired shells filled with chloropicrin at the village of Ayn Zara.'), 'Chemical weapon');
  assert.equal(sub('Witnesses said the militants used sulphur mustard against Kurdish fighters near Marea.'), 'Chemical weapon');
  assert.equal(sub('A rocket carrying phosgene landed in the market of Sheikh Maqsoud.'), 'Chemical weapon');
  assert.equal(sub('The army gassed residents of the eastern suburb, killing dozens.'), 'Chemical weapon');
});

test('tear gas and refuelling are not chemical weapons', () => {
  assert.notEqual(sub('Police tear-gassed the protesters outside parliament in Nairobi.'), 'Chemical weapon');
  assert.notEqual(sub('The jet gassed up at the airbase.'), 'Chemical weapon');
});

test('abductions told without the word', () => {
  assert.equal(sub('Armed men stopped the bus near Gao and took him away.'), 'Abduction/forced disappearance');
  assert.equal(sub('Gunmen snatched a priest in Kaduna state on Tuesday.'), 'Abduction/forced disappearance');
  assert.equal(sub('Militants are holding three engineers hostage in the Niger Delta.'), 'Abduction/forced disappearance');
  assert.equal(sub('The trader vanished after soldiers took him from his shop in Bamenda.'), 'Abduction/forced disappearance');
  assert.equal(sub('Bandits seize twenty passengers on the Abuja highway.'), 'Abduction/forced disappearance');
});

test('snatching a victory is no abduction', () => {
  assert.notEqual(sub('Rebels snatched victory in the local election.'), 'Abduction/forced disappearance');
});

test('captives freed are a release, not an abduction', () => {
  assert.equal(sub('Troops freed 20 hostages from a jihadist camp in Borno.'), 'Other');
  assert.equal(sub('The rebels released the kidnapped aid workers in Goma on Friday.'), 'Other');
});

test('headquarters installed, moved or made out of a building', () => {
  assert.equal(sub('The militia installed its command in the town hall of Kidal.'), 'Headquarters or base established');
  assert.equal(sub('Al-Shabaab moved its headquarters to the town of Jilib.'), 'Headquarters or base established');
  assert.equal(sub('Rebels turned the local school into a base in Nyala.'), 'Headquarters or base established');
});

test('state fire on marchers and mourners is excessive force', () => {
  assert.equal(sub('Police fired into a crowd of mourners in Mandalay, killing three.'), 'Excessive force against protesters');
  assert.equal(sub('Soldiers opened fire on a peaceful march in Bamako, killing two demonstrators.'), 'Excessive force against protesters');
});

test('protests still to come are no event', () => {
  assert.equal(sub('Opposition leaders called for a march on parliament next week.'), null);
  assert.equal(sub('Unions to strike over fuel prices'), null);
  assert.equal(sub('Doctors will strike from Monday over unpaid salaries.'), null);
});

test('old riots recalled are no event; a march on their anniversary is', () => {
  assert.equal(sub('Residents marked the tenth anniversary of the riots in Osh.'), null);
  assert.equal(sub('Ten years since the clashes in Kasese, survivors still await justice.'), null);
  assert.equal(sub('Thousands marched in Osh on the anniversary of the 2010 riots.'), 'Peaceful protest');
  assert.equal(sub('On the anniversary of the massacre, gunmen killed five villagers in Djibo.'), 'Attack');
});

test('a captive freed, told with a pronoun after the kidnapping, is a release', () => {
  assert.equal(sub('The engineer was kidnapped near Kano in March. He was released on Friday, his company said.'), 'Other');
  assert.notEqual(sub('Police released him after questioning.'), 'Other');
});

test('gas from weapons and poison thrown into homes are chemical weapons; a fire is not', () => {
  assert.equal(sub('Doctors said a gas released by rockets fired on the town had killed seven people.'), 'Chemical weapon');
  assert.equal(sub('Militiamen threw a toxic liquid into houses, killing a boy.'), 'Chemical weapon');
  assert.notEqual(sub('Three people died of asphyxiation in a house fire in Kano.'), 'Chemical weapon');
});

test('prisoners swapped in numbers are an agreement', () => {
  assert.equal(sub('The two sides swapped 30 prisoners near Kherson.'), 'Agreement');
});

test('a "suicide drone" is a drone strike, not a suicide bombing', () => {
  assert.equal(sub('A suicide drone struck a fuel depot in Odesa overnight.'), 'Air/drone strike');
  assert.equal(sub('A suicide bomber struck a fuel depot in Kabul overnight.'), 'Suicide bomb');
});
