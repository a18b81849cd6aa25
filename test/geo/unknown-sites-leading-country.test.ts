// A given toponym the gazetteer does not know is placed at a place the text names. The nearest one
// before it may be an aside: in a story about a Kenyan runner who won in London and Chicago, a
// village where he was buried lies in Kenya, the country the text names most, not in London.
// Sentences are ours, restating widely reported news (the death of Kelvin Kiptum, February 2024).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { places } from './helpers.js';

const spans = (text: string, names: string[]) => names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));

test('an unknown village takes the leading country\'s nearest place, not a foreign city named once', () => {
  const text =
    'Kenya mourned Kelvin Kiptum, who trained in Eldoret before setting the marathon world record in Chicago. ' +
    'He had also won in London. Mourners gathered at Chepkorio before he was buried on his farm in Naiberi.';
  const ps = places(text, spans(text, ['Kenya', 'Eldoret', 'Chicago', 'London', 'Chepkorio', 'Naiberi']));
  for (const name of ['Chepkorio', 'Naiberi']) {
    const p = ps.find((x) => x.text === name);
    assert.equal(p?.countryCode, 'KE', `${name}: ${p?.name} ${p?.reason ?? ''}`);
    assert.ok((p?.confidence ?? 1) <= 0.2, 'a guess says so');
  }
});

test('with no leading country the nearest place named before stands', () => {
  const text = 'The delegation flew from Nairobi to London, and the talks opened at Lancaster House.';
  const ps = places(text, spans(text, ['Nairobi', 'London', 'Lancaster House']));
  assert.equal(ps.find((x) => x.text === 'Lancaster House')?.countryCode, 'GB');
});
