// From an analyst's review of 14 reports we wrote in session 9 (Colombia's JEP, a Pakistani
// military press release, a Nigerian school kidnapping, a Myanmar monitor's daily briefing):
// history dated only by years is no news; a victim told with a relative clause is one death;
// military euphemisms for death count; counts of two sides' dead add up; "regime troops" belong to
// the country the story is about. Every sentence is ours and names what it restates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fatalitiesIn } from '../../src/extract/fatalities.js';
import { yearsOnlyBefore } from '../../src/time/dates.js';
import { extractFromText } from './run-extract.js';

const f = (t: string) => fatalitiesIn(t).value;

test('a deed dated only by years before the report is history, not an event', () => {
  // Restated from Colombian coverage of the JEP's "false positives" charges, 2025.
  assert.ok(yearsOnlyBefore('The tribunal said a battalion had murdered at least 127 young men between 2002 and 2005.', '2025-01-21'));
  assert.ok(yearsOnlyBefore('Fano militiamen took up arms against the government in 2023.', '2025-03-15'));
  // The report's own year, or a day or month named, is news a coder can date.
  assert.equal(yearsOnlyBefore('Clashes in 2025 have displaced thousands.', '2025-03-15'), null);
  assert.equal(yearsOnlyBefore('Gunmen killed 12 villagers on 3 March 2023, in the worst attack of 2023.', '2025-03-15'), null);
  const events = extractFromText(
    'The Special Jurisdiction for Peace charged 12 retired officers with war crimes on Tuesday. The tribunal said soldiers of a battalion had murdered at least 127 young men between 2002 and 2005 and dressed them as guerrillas.',
    '2025-01-21',
  );
  assert.ok(!events.some((e) => e.fatalities === 127), events.map((e) => `${e.sub_event_type} ${e.fatalities}`).join('; '));
});

test('one victim told with a relative clause is one death', () => {
  // Restated from coverage of the Kuriga school kidnapping in Kaduna state, March 2024.
  assert.equal(f('A resident said a local man who tried to resist was shot dead.'), 1);
  assert.equal(f('A boy, who had gone to fetch water, was killed by a stray bullet.'), 1);
  assert.equal(f('A man who was wounded was taken to hospital.'), 0);
});

test("a military release's words for death count", () => {
  // Restated from the style of Pakistan's ISPR statements on operations in Khyber Pakhtunkhwa.
  assert.equal(f('During the exchange of fire, twelve soldiers embraced shahadat.'), 12);
  assert.equal(f('Security forces conducted an operation in which twenty two khwarij were sent to hell.'), 22);
});

test("two sides' dead told in one sentence add up", () => {
  assert.equal(f('Thirteen khwarij were neutralised, while twelve soldiers embraced shahadat.'), 25);
  assert.equal(f('Five soldiers were killed in the ambush, the army said, adding that 20 militants died in the counter-attack.'), 25);
  // The same dead told twice, or one side on two days, do not.
  assert.equal(f('Twelve people were killed and ten civilians died.'), 12);
});

test('"regime troops" in a Myanmar story are the Myanmar military', () => {
  // Restated from Myanmar resistance and media reports on fighting around Bhamo, 2025.
  const events = extractFromText('Kachin State: Heavy fighting continued between the Kachin Independence Army and regime troops in and around Bhamo, Myanmar.', '2025-05-12');
  const sides = events.flatMap((e) => [e.actor1, e.actor2]).join('; ');
  assert.ok(!/Syria/.test(sides), sides);
  assert.match(sides, /Military Forces of Myanmar/);
});
