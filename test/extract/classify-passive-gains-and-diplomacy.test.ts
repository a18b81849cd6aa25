// From two fresh sets of news snippets written for us in session 10 (check-23, check-24) and scored
// before any change: a town "taken by" fighters after a battle is a gain, not a clash; a soldier
// "liberated" by his captors is released, not a place; a truce broken is no agreement; armed men
// accused of rape are reported sexual violence, a suspect accused of it is not; an arrest days after
// a rally is an arrest; states agreeing to reopen embassies, missile tests, monthly tallies, a fire
// brigade and a husband arrested for a killing at home are no events. Every sentence here is ours
// and restates widely reported news, named beside it, or is invented in the same style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';
import { classifySnippet } from '../../src/extract/classify/crossval.js';

const type = (s: string) => classifySentence(s)?.sub_event_type ?? null;

test('a town taken by fighters after a short battle is a gain by them, not a clash', () => {
  // Restated from AFP's reporting of Diabaly's fall to jihadists in western Mali, January 2013.
  assert.equal(type('The town of Diabaly was taken by Islamist fighters on Monday after hours of fighting with Malian soldiers, who fell back to the south.'), 'Non-state actor overtakes territory');
  // Restated from reporting on the M23's capture of Bunagana on the Ugandan border, June 2022.
  assert.equal(type('M23 rebels have taken the control of the border town of Bunagana after fighting the Congolese army since dawn, local civil society said.'), 'Non-state actor overtakes territory');
  // A person taken by gunmen is still no place.
  assert.notEqual(type('The priest was taken by gunmen from his parish house near Kaduna on Sunday night.'), 'Non-state actor overtakes territory');
});

test('a captive "liberated" is a release; a town liberated is still a gain', () => {
  // Invented in the style of Colombian press on the ELN's releases of captives.
  assert.equal(type('The ELN liberated two soldiers it had held since March, handing them to a humanitarian commission in Arauca.'), 'Other');
  assert.equal(type('Iraqi forces liberated the town of Rutba from Islamic State on Thursday, the joint operations command said.'), 'Government regains territory');
});

test('a truce broken is no agreement: the shelling told after it is the event', () => {
  // Restated from Indian army statements on fire along the Line of Control, 2018.
  const snippet = 'Each side accused the other of breaking the truce along the Line of Control. On Monday Pakistani troops shelled Indian posts in the Rajouri sector, killing a porter, an army spokesman said.';
  assert.equal(classifySnippet(snippet)?.sub_event_type, 'Shelling/artillery/missile attack');
  assert.equal(type('Both armies accused each other of breaking the ceasefire in Kupwara.'), null);
});

test('armed men accused of rape are reported sexual violence; a man accused of rape by a mob is its victim', () => {
  // Restated from UN reports on abuses by armed groups in Ituri, DR Congo.
  assert.equal(type('CODECO militiamen were accused of raping at least nine women during a raid on a village in Djugu territory.'), 'Sexual violence');
  // Invented in the style of South African wire copy.
  assert.equal(type('Residents of a Soweto township beat to death a man they accused of rape, police said.'), 'Mob violence');
});

test('an arrest a day after a rally turned violent is an arrest, not a protest', () => {
  // Restated from Bangladeshi coverage of the arrest of BNP leaders after the rally of 28 October 2023.
  assert.equal(type("Police in Dhaka arrested the opposition BNP's secretary-general on Sunday, a day after its rally ended in clashes."), 'Arrests');
  // Arrests at the rally itself stay an intervention in the protest.
  assert.equal(type('Police arrested dozens of opposition supporters during a rally in central Dhaka on Saturday.'), 'Protest with intervention');
});

test('diplomacy, weapons tests, monthly tallies and domestic crime told with conflict words are no events', () => {
  // Restated from the Iran-Saudi Arabia deal brokered by China, March 2023.
  assert.equal(type('Tehran and Riyadh agreed to restore diplomatic ties and reopen their embassies within two months under a deal mediated by Beijing.'), null);
  // A ceasefire between warring sides stays an agreement.
  assert.equal(type('The army and the rebels agreed to a ceasefire in the town on Friday.'), 'Agreement');
  // Restated from reporting on North Korea's missile tests.
  assert.equal(type('North Korea tests a new submarine-launched ballistic missile off its east coast'), null);
  // Restated from the monthly reports of the Syrian Network for Human Rights.
  assert.equal(type('At least 250 civilians were killed across Syria in February, a monitoring group said in its monthly report.'), null);
  // Invented in the style of South Sudanese local radio.
  assert.equal(type('A fire caused by an electrical fault gutted part of Konyo Konyo market in Juba overnight, the fire brigade said, and nobody was hurt.'), null);
  // Invented in the style of Pakistani city news.
  assert.equal(type('Police arrested the husband after a woman was found stabbed to death at home in Lahore.'), null);
});

test('youths who have thrown stones at soldiers are a violent demonstration', () => {
  // Restated from Palestinian news agency reports from Beita, 2021.
  assert.equal(type('Youths protesting the killing of a villager have thrown stones at Israeli soldiers at the entrance of Beita, a Palestinian news agency said.'), 'Violent demonstration');
});
