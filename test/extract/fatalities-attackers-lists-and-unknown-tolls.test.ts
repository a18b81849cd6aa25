// From a fresh set of 100 ACLED-style notes written for us in session 9 (data/eval/acled-notes-check-2.jsonl),
// read without their closing "N fatalities." sentence: attackers who die are counted (ACLED counts
// every side), listed victims without a number each count, a toll that rose after a long clause is
// still the toll, and deaths reported with no figure are ACLED's unknown plural (10), unless none
// were. Every sentence is ours and restates widely reported news.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fatalitiesIn } from '../../src/extract/fatalities.js';

const f = (t: string) => fatalitiesIn(t).value;

test('attackers who die beside their victims are counted', () => {
  // Restated from Nigerian coverage of the Konduga market bombing, 2019.
  assert.equal(f('Three Boko Haram suicide bombers blew themselves up at a market in Konduga, killing 30 people besides themselves.'), 33);
  assert.equal(f('Both attackers died; about 20 people were injured.'), 2);
  // Already in the count: not added again.
  assert.equal(f('Two suicide bombers killed 12 people including the bombers.'), 12);
});

test('listed victims without a number each count', () => {
  // Restated from coverage of the Pulwama convoy bombing (2019) and the Pahalgam attack (2025).
  assert.equal(f('40 CRPF personnel and the bomber were killed.'), 41);
  assert.equal(f('25 tourists and a local pony operator were killed.'), 26);
  assert.equal(f('The driver was killed.'), 1);
});

test('a toll that rose, told after a long clause, is the toll', () => {
  // Restated from Ukrainian officials' updates on the Serhiivka strike, July 2022.
  assert.equal(
    f('The number of people killed when Russian missiles struck a nine-storey apartment building and a holiday complex in the seaside village of Serhiivka, in Odesa province, early on Friday has risen to 21, regional officials said.'),
    21,
  );
});

test('deaths reported with no figure are an unknown plural; "no fatalities were reported" is none', () => {
  assert.equal(f('Deaths were reported on both sides but no figure was given.'), 10);
  assert.equal(f('Protesters stormed and set fire to the consulate. No fatalities were reported.'), 0);
});

test("a count in quotes is still a count", () => {
  // Restated from an activist's words quoted in a 2016 Aleppo live blog.
  assert.equal(f("Government troops shelled the rebels, killing 'dozens' of them, activists said."), 12);
  assert.equal(f("The soldiers' bodies were returned; five soldiers were killed."), 5);
});
