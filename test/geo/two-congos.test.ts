// "Congo" names two countries. Bare, in news it is mostly the Democratic Republic (Ebola in Ituri,
// the M23 around Goma); beside Brazzaville, or after the text has said "Republic of Congo", it is
// the other. A place the text named by a longer name is the same place when its short name recurs.
// Sentences are ours, restating widely reported news.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { place, places } from './helpers.js';

test('bare "Congo" beside Ituri and North Kivu is the Democratic Republic', () => {
  // Restated from WHO and Ugandan reporting on the 2018-2020 Ebola outbreak.
  const text = 'The Ebola outbreak in North Kivu and Ituri provinces had killed about 1,400 people in Congo. A boy who crossed back into Uganda from Congo later died in Kasese.';
  const congos = places(text).filter((p) => p.text === 'Congo');
  assert.equal(congos.length, 2);
  for (const c of congos) assert.equal(c.countryCode, 'CD', c.reason ?? '');
});

test('"Congo" beside Brazzaville, or after "the Republic of Congo", is the Republic of the Congo', () => {
  assert.equal(place('Brazzaville is the capital of Congo, across the river from Kinshasa.', 'Congo').countryCode, 'CG');
  // Restated from reporting on the 2003 Ebola outbreak in the Republic of the Congo.
  const text = 'Nine people have died of Ebola in the Republic of Congo this month. The government of Congo has asked the WHO for help.';
  const ps = places(text);
  assert.equal(ps.find((p) => p.text === 'Republic of Congo')?.countryCode, 'CG');
  assert.equal(ps.find((p) => p.text === 'Congo')?.countryCode, 'CG');
});
