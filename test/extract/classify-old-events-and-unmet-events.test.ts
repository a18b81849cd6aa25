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
