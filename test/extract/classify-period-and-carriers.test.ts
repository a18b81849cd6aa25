// Issue #3, fifth round of codebook rules, from the misses of the fifth training batch: tallies over
// a period are no event; suicide bombers told without the word; people carried off or marched into
// the bush are abducted; people seized are not a place taken; bodies handed over are no withdrawal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence } from '../../src/extract/classify/index.js';

const sub = (t: string) => classifySentence(t)?.sub_event_type ?? null;

test('a tally over a period is no event', () => {
  assert.equal(sub('Since the start of the year, 2,100 people have been killed in violence involving armed groups in the two regions, the mission said.'), null);
  assert.equal(sub('The air force said it had killed 64 militants in strikes carried out throughout 2021.'), null);
  assert.equal(sub('A total of 412 soldiers have been killed in the north, according to the annual report of the defence ministry.'), null);
});

test('a tally that only frames an event told first leaves the event', () => {
  assert.equal(sub('Gunmen killed 11 traders at a cattle market near Gusau, the latest attack in a state where 1,500 have died since the start of 2022.'), 'Attack');
  assert.equal(sub('An air strike killed seven civilians in Maarat al-Numan on Sunday, bringing the number killed in the town since the start of the year to 96.'), 'Air/drone strike');
});

test('suicide bombers told without the word', () => {
  assert.equal(sub('A man wearing explosives under his clothes set them off at the gate of the police academy, killing nine cadets.'), 'Suicide bomb');
  assert.equal(sub('The group said one of its martyrdom seekers drove the truck into the barracks.'), 'Suicide bomb');
  assert.equal(sub('Bomber kills himself and eight others at a wedding in Nangarhar'), 'Suicide bomb');
});

test('people carried off or marched into the bush are abducted, and people seized are no place taken', () => {
  assert.equal(sub('Gunmen carried off 25 schoolgirls from a boarding school in Jangebe before dawn.'), 'Abduction/forced disappearance');
  assert.equal(sub('The militants marched the villagers into the forest at gunpoint, a survivor said.'), 'Abduction/forced disappearance');
  assert.equal(sub('Bandits seize thirty travellers on the Kaduna-Abuja road.'), 'Abduction/forced disappearance');
  // Carrying away the wounded is no abduction: the shelling is the event.
  assert.equal(sub('Rescuers carried away the wounded after the shelling of the market in Douma.'), 'Shelling/artillery/missile attack');
});

test('bodies handed over are no withdrawal', () => {
  assert.notEqual(sub('The remains of nine soldiers were handed over to the army at the Rafah crossing on Sunday.'), 'Non-violent transfer of territory');
  assert.equal(sub('Rebels handed over the town of Busra al-Harir to government forces under the reconciliation deal.'), 'Non-violent transfer of territory');
});

test('a parade or a fly-past is no event; a strike on one is', () => {
  assert.equal(sub('Four fighter jets flew over the stadium during the Independence Day parade in Abuja.'), null);
  assert.equal(sub('Thousands of troops marched past the president at the army day parade in Naypyidaw.'), null);
  assert.equal(sub('Drones struck the parade ground of the army base outside Hama, a monitor said.'), 'Air/drone strike');
});
