// From a fifth blind set of snippets written for us in session 10 (check-30): a crowd that beats or
// burns someone is a mob; supporters who burn a bank after a court's sentence riot (the court is
// the cause, not the news); troops storming a sit-in are the ones using force; "no serious
// injuries" is no lethal force; talks hoping to discuss a ceasefire agree nothing; a weapons deal
// with a named seller and a fire at an ammunition depot are no attacks; a scene set "since the
// coup" gives way to the news told next. Every sentence here is ours and restates widely reported
// news, named beside it, or is invented in the same style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';
import { classifySnippet } from '../../src/extract/classify/crossval.js';
import { toldAsBackground } from '../../src/extract/classify/aspect.js';

const type = (s: string) => classifySentence(s)?.sub_event_type ?? null;

test('a crowd that beats, stones or burns someone is mob violence', () => {
  // Restated from reporting on the killings of suspected gang members in Port-au-Prince, April 2023.
  assert.equal(type('A crowd in the Canapé-Vert neighbourhood pulled a dozen suspected gang members from a minibus, beat them and set them on fire, witnesses said.'), 'Mob violence');
  // Restated from Bangladeshi reporting on a lynching in Badda, July 2019.
  assert.equal(type('A crowd at a primary school in Badda beat to death a woman who had come to ask about admission for her daughter.'), 'Mob violence');
});

test('supporters who burn a bank after a court sentence riot; the sentence is the cause', () => {
  // Restated from reporting on the unrest in Dakar after Ousmane Sonko's sentence, June 2023.
  assert.equal(type('Supporters of the opposition leader set fire to a bank branch and ransacked a supermarket in Dakar after a court sentenced him to two years in prison.'), 'Violent demonstration');
  // A court's sentence alone stays no event.
  assert.equal(type('A court in Dakar sentenced the opposition leader to two years in prison on Thursday.'), null);
});

test('forces storming a sit-in use the force; "no serious injuries" is none', () => {
  // Restated from reporting on the dispersal of the Khartoum sit-in, 3 June 2019.
  assert.equal(type('Before dawn on Monday, troops stormed the sit-in outside army headquarters, shooting and beating demonstrators and killing dozens, doctors said.'), 'Excessive force against protesters');
  // Restated from reporting on the protests against Myanmar's coup, February 2021.
  assert.equal(type('Police fired water cannon at thousands of protesters who had gathered on a main road in Naypyitaw; no serious injuries were reported.'), 'Protest with intervention');
});

test('talks hoping to discuss a ceasefire agree nothing; a weapons deal and a depot fire attack nobody', () => {
  // Restated from reporting on talks between Colombia's government and the ELN, 2023.
  assert.equal(type('Peace talks between the government and the ELN resumed in Caracas, with negotiators saying they hoped to discuss a possible ceasefire.'), null);
  assert.equal(type('Philippines signs $375 million deal with India for BrahMos supersonic anti-ship missiles'), null);
  assert.equal(type('A fire at an army ammunition depot outside the city set off explosions; the military blamed the heat and poor storage.'), null);
});

test('aid workers seized on a road are abducted, however many words sit between', () => {
  // Invented in the style of Sahel humanitarian reporting.
  assert.equal(type('Three aid workers with a local NGO were seized by suspected militants on the road between Ménaka and Anderamboukane on Monday.'), 'Abduction/forced disappearance');
});

test('a scene set "since the coup" or told as a trend gives way to the news told next', () => {
  assert.equal(toldAsBackground('Thousands of people have been jailed since the 2021 coup.'), true);
  assert.equal(toldAsBackground('The army has stepped up its raids in the north.'), true);
  // Restated from Myanmar state media's amnesty of February 2023.
  assert.equal(
    classifySnippet("Thousands of people have been jailed since the 2021 coup. Myanmar's junta freed more than 5,000 prisoners on Monday under an amnesty, state media reported.")?.sub_event_type,
    'Other',
  );
});
