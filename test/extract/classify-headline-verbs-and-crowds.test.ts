// The codebook rules alone, on what fresh snippets written for us in session 10 showed them missing
// (check-23, -24, -26, -28): headline verbs in the present tense ("sets up", "frees", "seizes",
// "hack ... to death"), local press words (manifestants, shutter-down strikes, real bullets, tear gas
// shells, celebratory firing), crowds of rival communities fighting with sticks, masts and schools
// burned, places left unopposed, and forces who beat or burn rather than a crowd that riots. Measured
// with the rules alone, since they must hold where the model has seen nothing alike. Every sentence
// is ours and restates widely reported news, named beside it, or is invented in the same style.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence, setClassifierMode } from '../../src/extract/classify/index.js';

const type = (s: string) => classifySentence(s)?.sub_event_type ?? null;
before(() => setClassifierMode('rules'));
after(() => setClassifierMode('combined'));

test('headline verbs in the present tense', () => {
  // Invented in the style of Somali news headlines.
  assert.equal(type('Al-Shabaab sets up headquarters in abandoned village near Baidoa'), 'Headquarters or base established');
  // Restated from reporting on the Islamic State's abduction of Assyrians on the Khabur, February 2015.
  assert.equal(type('Islamic State seizes dozens of Assyrian Christians from villages along the Khabur river'), 'Abduction/forced disappearance');
  assert.equal(type('Rebels free 12 hostages after six months in captivity'), 'Other');
  // Restated from reporting on massacres in Ituri, DR Congo.
  assert.equal(type('Gunmen storm Ituri village, hack 22 residents to death'), 'Attack');
  assert.equal(type("Yemen's warring sides agree to swap hundreds of prisoners under UN deal"), 'Agreement');
  assert.equal(type('Protesters smash ATMs, burn barricades as anger over currency collapse boils over in Beirut'), 'Violent demonstration');
});

test('masts, towers and schools burned with nobody hurt are property destruction', () => {
  // Restated from reporting on Boko Haram's attacks on telecom masts in Borno.
  assert.equal(type('Gunmen torch telecom mast in Borno, cutting off the network'), 'Looting/property destruction');
  // Invented in the style of Cameroonian local press.
  assert.equal(type('Separatist fighters set ablaze a government secondary school in Kumbo overnight; nobody was inside.'), 'Looting/property destruction');
});

test('local press words for protests and force', () => {
  // Invented in the style of Cameroonian and Ugandan non-native English press.
  assert.equal(type('The police was shooting with real bullets on the peaceful manifestants in Bamenda, killing four persons.'), 'Excessive force against protesters');
  // Restated from Kashmiri press on shutdowns called by separatist leaders.
  assert.equal(type("A complete shutter-down strike was observed in Srinagar's old city on Friday in response to a call by separatist leaders."), 'Peaceful protest');
  // Tear gas shells are no artillery.
  assert.equal(type('Police fired tear gas shells to disperse the sit-in of blind job seekers on The Mall in Lahore.'), 'Protest with intervention');
  // Restated from Belarusian coverage of the 2020 protests.
  assert.equal(type('Police dispersed an unlicensed gathering in Minsk and detained its participants.'), 'Protest with intervention');
  assert.equal(type('Hundreds of people marched through the streets of Bamako to demand the departure of French troops.'), 'Peaceful protest');
  // Police lobbing tear gas is their intervention, not the crowd's riot.
  assert.equal(type('Police lobbed tear gas canisters at opposition supporters who had gathered peacefully outside the electoral commission in Nairobi.'), 'Protest with intervention');
  // Kidnappers demanding a ransom are no protest.
  assert.equal(type('Separatist fighters kidnapped a priest from a church in Mamfe and are demanding a ransom for his release.'), 'Abduction/forced disappearance');
});

test('crowds of rival communities fighting with sticks are mob violence; armed men beating villagers are an attack', () => {
  // Invented in the style of Bangladeshi and Ghanaian press.
  assert.equal(type('Villagers armed with sticks and spears fought a rival crowd over a land dispute in Brahmanbaria, leaving 30 hurt.'), 'Mob violence');
  assert.equal(type('Members of two rival clans fought each other with sticks and stones over a land dispute in Begusarai, leaving seven injured.'), 'Mob violence');
  // Restated from Nigerian reporting on the killing of a student in Sokoto, May 2022.
  assert.equal(type('Students stoned to death a classmate in Sokoto over an alleged blasphemous message, police said.'), 'Mob violence');
  assert.equal(type('A crowd beat to death a man accused of stealing a motorcycle in Kano; nobody has been arrested.'), 'Mob violence');
  // Restated from reporting on Myanmar army raids in Magway.
  assert.equal(type('Soldiers Beat Villagers, Torch Homes During Search in Magway'), 'Attack');
  // An armed group with machetes and rifles fighting soldiers is a battle.
  assert.equal(type('Militiamen armed with machetes and rifles fought an army patrol near Tshimbulu for most of the afternoon.'), 'Armed clash');
});

test('places left unopposed or handed over are transfers; a place seized and then named "it" is a gain', () => {
  // Restated from reporting on the evacuation of al-Waer, Homs, May 2017.
  assert.equal(type('Last rebels leave al-Waer, Syrian army moves in unopposed'), 'Non-violent transfer of territory');
  // Restated from reporting on M23's handover of Kibumba, December 2022.
  assert.equal(type('The M23 rebels are leaving Kibumba town and handing it to the regional force; there was no fighting.'), 'Non-violent transfer of territory');
  // Restated from reporting on HTS's capture of Darat Izza, January 2019.
  assert.equal(type('HTS fighters stormed the town of Darat Izza in western Aleppo on Tuesday and seized it from a rival faction after clashes that killed 12.'), 'Non-state actor overtakes territory');
  // "Volcano of Rage" is an operation's name, not a disaster.
  assert.equal(type("Haftar's forces withdrew from Tarhuna and GNA forces entered the town without resistance, the Volcano of Rage operation said."), 'Non-violent transfer of territory');
});

test('what is not an event: weapons bought, celebratory firing, strikes threatened, a call for next week', () => {
  // Restated from the Philippines' purchase of BrahMos missiles, January 2022.
  assert.equal(type('The Philippines signed a deal with India to acquire BrahMos shore-based anti-ship missiles for its marines.'), null);
  // Invented in the style of Pakistani city news.
  assert.equal(type('Celebratory aerial firing at a wedding in Peshawar left a boy injured, police said.'), null);
  assert.equal(type("Doctors' union officials issued a 14-day strike notice, warning that members would march to Parliament."), null);
  assert.equal(type('The ruling party condemned the call by opposition parties for nationwide demonstrations next Friday.'), null);
});

test('a new leader named after the arrest of the last one is a change to the group', () => {
  // Restated from reporting on ISIS-K's leadership changes, 2020.
  assert.equal(type("Islamic State's Khorasan branch has named a new leader after the arrest of its former chief, the group said."), 'Change to group/activity');
  // A base set up, with a plan for it, happened.
  assert.equal(type("A People's Defence Force said it had set up a new base camp in the hills east of Kalay, where it plans to train recruits."), 'Headquarters or base established');
});

test('"unopposed" and "made" are no event words of their own', () => {
  // Invented in the style of a local election report and a press briefing.
  assert.equal(type('The incumbent governor ran unopposed in Sunday\'s election.'), null);
  assert.equal(type('The minister made several points about the new offices and positions.'), null);
  // Invented in the style of Congolese non-native English press.
  assert.equal(type('The militia make a checkpoint on the main road of Djugu and ask money from every car.'), 'Headquarters or base established');
});
