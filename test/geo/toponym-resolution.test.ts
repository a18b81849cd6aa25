// Resolution of toponyms (issue #4): namesakes, seas and world regions, former divisions, sites
// placed by the parent the text names, and matches nothing else in the text supports. Our sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceMention } from '../../src/core/types.js';
import { km, places } from './helpers.js';

/** Places for given spans: each listed surface (first occurrence after the previous one) is a span. */
function withSpans(text: string, surfaces: string[]): PlaceMention[] {
  let from = 0;
  const spans = surfaces.map((s) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" not in the text`);
    from = start + s.length;
    return { start, end: start + s.length };
  });
  return places(text, spans);
}

function spanPlace(text: string, surfaces: string[], surface: string): PlaceMention {
  const p = withSpans(text, surfaces).find((x) => x.text === surface);
  assert.ok(p, `${surface} was not returned`);
  return p;
}

test('a world capital is not lost to a small namesake in the country the story is about', () => {
  const text = 'A Chicago gallery owner said muralists in London and Paris had fought the same battle, while lawyers in Boston and Denver followed the case.';
  const london = spanPlace(text, ['Chicago', 'London', 'Paris', 'Boston', 'Denver'], 'London');
  assert.equal(london.countryCode, 'GB');
});

test('a namesake in the country the other places point to is weighed, however many others outrank it', () => {
  const text = 'The housing list has 40 applicants in Nenagh, 12 in Ballina, 9 in Newport and 5 in Cloughjordan, the Tipperary council said.';
  const newport = spanPlace(text, ['Nenagh', 'Ballina', 'Newport', 'Cloughjordan', 'Tipperary'], 'Newport');
  assert.equal(newport.countryCode, 'IE');
});

test('oceans, seas and straits the cities list lacks are known, each at a point in its own waters', () => {
  const text = 'Forecasters expect more storms over the Atlantic this summer, while tankers crossing the Strait of Hormuz and ships in the Baltic Sea face delays.';
  const ps = withSpans(text, ['Atlantic', 'Strait of Hormuz', 'Baltic Sea']);
  // The mid-Atlantic, not a town called Atlantic (Iowa, North Carolina).
  assert.ok(km(ps[0]!, 0, -30) < 1500, `Atlantic Ocean at ${ps[0]!.lat},${ps[0]!.lon}`);
  assert.ok(km(ps[1]!, 26.6, 56.4) < 100, 'Strait of Hormuz');
  assert.ok(km(ps[2]!, 58, 20) < 300, 'Baltic Sea');
});

test('world regions: Northern Europe and South Asia are regions, not their continents', () => {
  const text = 'Wind farms across Northern Europe and solar parks in South Asia drew record investment.';
  const ps = withSpans(text, ['Northern Europe', 'South Asia']);
  // Scandinavia's middle, not Europe's (48.7, 9.1: the continent's point).
  assert.ok(km(ps[0]!, 62, 15) < 300, `Northern Europe at ${ps[0]!.lat},${ps[0]!.lon}`);
  assert.ok(km(ps[0]!, 48.7, 9.1) > 1000, 'Northern Europe is not the continent');
  assert.ok(km(ps[1]!, 22, 79) < 300, 'South Asia');
});

test("Kenya's former provinces are still found: Nyanza is not the Rwandan town in a Kenyan story", () => {
  const text = 'Health officials in Kisumu said cholera had spread across Nyanza Province and into parts of the Rift Valley, Kenya\'s ministry reported.';
  const ps = withSpans(text, ['Kisumu', 'Nyanza Province', 'Rift Valley', 'Kenya']);
  assert.equal(ps[1]!.countryCode, 'KE');
  assert.ok(km(ps[1]!, -0.6, 34.6) < 100);
  assert.equal(ps[2]!.countryCode, 'KE');
});

test('England and Scotland are placed near their middles, not in a corner of the country', () => {
  const text = 'Flu cases rose in England and Scotland over the winter.';
  const ps = withSpans(text, ['England', 'Scotland']);
  assert.ok(km(ps[0]!, 52.56, -1.46) < 100, `England at ${ps[0]!.lat},${ps[0]!.lon}`);
  assert.ok(km(ps[1]!, 56.5, -4) < 100, `Scotland at ${ps[1]!.lat},${ps[1]!.lon}`);
});

test('an unknown site takes the parent the text names ("X in Cork"), not the nearest earlier place', () => {
  const text = 'Fans travelled from Dublin to the Harbourside Arena in Cork for the final.';
  const arena = spanPlace(text, ['Dublin', 'Harbourside Arena', 'Cork'], 'Harbourside Arena');
  assert.ok(km(arena, 51.9, -8.47) < 20, `placed at ${arena.name}`);
  assert.equal(arena.confidence, 0.1);
});

test('a bare comma before a foreign name is not a parent: "Beyond Orchidvale, Liverpool run..."', () => {
  const text = 'Boys train in Maadi and Heliopolis, two districts of Cairo. Beyond Orchidvale, Liverpool run two more academies in Egypt.';
  const site = spanPlace(text, ['Maadi', 'Heliopolis', 'Cairo', 'Orchidvale', 'Liverpool', 'Egypt'], 'Orchidvale');
  assert.equal(site.countryCode, 'EG');
});

test('a match by transliteration abroad, in a text about one country, is placed near its places instead', () => {
  const text = 'Nurses in Kisumu, Siaya and Homa Bay, and in the villages around Rongo, treated hundreds of cholera patients, Kenyan officials said.';
  const rongo = spanPlace(text, ['Kisumu', 'Siaya', 'Homa Bay', 'Rongo', 'Kenyan'], 'Rongo');
  assert.equal(rongo.countryCode, 'KE');
  assert.equal(rongo.confidence, 0.1);
});

test('"Kazakh" is the people of Kazakhstan', () => {
  const text = 'Kazakh officials met investors in Almaty on Monday.';
  const ps = withSpans(text, ['Kazakh', 'Almaty']);
  assert.equal(ps[0]!.countryCode, 'KZ');
  assert.equal(ps[0]!.role, 'demonym');
});

test('"states such as California or Washington" names the state, not the capital', () => {
  const text = 'Tech firms are moving jobs from western states such as California or Washington to cheaper places like Boise.';
  const washington = spanPlace(text, ['California', 'Washington', 'Boise'], 'Washington');
  assert.equal(washington.level, 'admin1');
  assert.equal(washington.admin1, 'Washington');
});

test('a list of states is not a chain of parents: Oklahoma is the state, not a Pennsylvanian village', () => {
  const text = 'Cases were reported in several states, including Georgia, Oklahoma, Pennsylvania, Wisconsin and California.';
  const oklahoma = spanPlace(text, ['Georgia', 'Oklahoma', 'Pennsylvania', 'Wisconsin', 'California'], 'Oklahoma');
  assert.equal(oklahoma.level, 'admin1');
});

test('"the Houston region" is the metropolitan area, not a Houston County', () => {
  const text = 'Health officials confirmed nine cases of West Nile virus in the Houston region, Texas, this summer.';
  const houston = spanPlace(text, ['Houston', 'Texas'], 'Houston');
  assert.equal(houston.level, 'place');
  assert.ok(km(houston, 29.76, -95.36) < 30);
});
