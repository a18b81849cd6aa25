// Issue #4, session 24: a bulletin line's head ("Homs: ...") yields to a quarter of that city the
// sentence names; a village the gazetteer lacks, named at the end of a headline line, is found there
// too (the next line's capital does not make it part of a longer name) and is more precise than the
// region it lies in; its other spelling later in the story is the same place; "Sehwan Sharif" is
// Sehwan. Our own sentences, restating the incidents named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf } from './helpers.js';

test("a quarter of the city a bulletin line opens with is the event's place", () => {
  // Restating the Syrian Observatory on the October 2014 twin bombings at a school in Homs's Akrama quarter.
  const text =
    'Homs: The toll of the two blasts that hit near a primary school in the Akrama neighbourhood of Homs city this morning has risen to 48, most of them pupils.\n' +
    'Hama countryside: Regime helicopters dropped barrel bombs on the town of Kafr Zita, killing four people.';
  const e = eventsOf(text, '2014-10-01').find((x) => x.fatalities === 48);
  assert.equal(e?.location?.name, 'Akrama');
  assert.equal(e?.location?.geo_precision, 1);
  // Without a quarter named, the line's head stays the place.
  const [f] = eventsOf('Homs: Two car bombs exploded near a primary school this morning, killing 48 people.', '2014-10-01');
  assert.equal(f?.location?.name, 'Homs');
});

test('a village named at the end of a headline line is found there and beats the region it is in', () => {
  // Restating Sudan Tribune and AFP on the July 2020 attack on Masteri, West Darfur.
  const text =
    'Sudan | Darfur\n' +
    'More than 60 killed in attack on Darfur village of Masteri\n' +
    'Khartoum | 26 July 2020\n\n' +
    "Armed men killed at least 20 people in an attack on the village of Masteri in Sudan's West Darfur state on Saturday, local leaders said. " +
    'The UN humanitarian office later said more than 60 people had been killed.';
  const [e] = eventsOf(text, '2020-07-26');
  assert.equal(e?.location?.name, 'Masteri');
  assert.equal(e?.location?.country, 'Sudan');
  assert.equal(e?.location?.geo_precision, 2);
});

test('"Sehwan Sharif" is the town of Sehwan', () => {
  // Restating Dawn on the February 2017 suicide bombing at the shrine of Lal Shahbaz Qalandar.
  const text =
    'HYDERABAD: The toll from the suicide bombing at the shrine of Lal Shahbaz Qalandar in Sehwan Sharif rose to 88 on Friday, officials said, as families gathered outside hospitals in Jamshoro and Hyderabad.';
  const [e] = eventsOf(text, '2017-02-17');
  assert.equal(e?.sub_event_type, 'Suicide bomb');
  assert.equal(e?.location?.name, 'Sehwan');
  assert.equal(e?.location?.admin1, 'Sindh');
});

test('a village the gazetteer lacks, spelled two ways in one story, is one place', () => {
  // Restating live coverage of the July 2014 rocket attack on Ukrainian troops near Zelenopillia, Luhansk region.
  const text =
    '08:30 - Separatists fired multiple rocket launchers overnight at a camp of Ukrainian troops near the village of Zelenopillia, in the Luhansk region about 10 km from the Russian border.\n\n' +
    "11:15 - Ukraine's security council spokesman has given a first official toll: 19 servicemen killed and 93 wounded in the attack near Zelenopillya, carried out with Grad rockets.";
  const e = eventsOf(text, '2014-07-11').find((x) => x.fatalities === 19);
  assert.equal(e?.location?.name, 'Zelenopillia');
  assert.equal(e?.location?.country, 'Ukraine');
  // The span is the second spelling, in the toll's own sentence.
  assert.equal(text.slice(e!.sources.location!.span!.start, e!.sources.location!.span!.end), 'Zelenopillya');
});
