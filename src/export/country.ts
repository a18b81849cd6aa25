// Country facts ACLED rows carry: the numeric ISO 3166 code (ACLED's `iso`), the alpha-3 code (the
// prefix of ACLED's event_id_cnty) and ACLED's region, looked up by the country name an event has.
import { createRequire } from 'node:module';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  ccn3: string;
  subregion: string;
  altSpellings: string[];
}

export interface CountryFacts {
  name: string;
  iso: number | null;
  cca2: string;
  cca3: string;
  region: string | null;
}

// ACLED's regions differ from the UN's subregions: Western Asia plus Iran is the "Middle East",
// and Caucasus states fall under "Caucasus and Central Asia".
const CAUCASUS = new Set(['ARM', 'AZE', 'GEO']);
const MIDDLE_EAST_EXTRA = new Set(['IRN']);
const REGION_BY_SUBREGION: Record<string, string> = {
  'Western Asia': 'Middle East',
  'Northern Africa': 'Northern Africa',
  'Eastern Africa': 'Eastern Africa',
  'Middle Africa': 'Middle Africa',
  'Western Africa': 'Western Africa',
  'Southern Africa': 'Southern Africa',
  'Southern Asia': 'South Asia',
  'South-Eastern Asia': 'Southeast Asia',
  'Eastern Asia': 'East Asia',
  'Central Asia': 'Caucasus and Central Asia',
  Caribbean: 'Caribbean',
  'Central America': 'Central America',
  'South America': 'South America',
  'North America': 'North America',
  'Northern Europe': 'Europe',
  'Southern Europe': 'Europe',
  'Southeast Europe': 'Europe',
  'Western Europe': 'Europe',
  'Eastern Europe': 'Europe',
  'Central Europe': 'Europe',
  Polynesia: 'Oceania',
  Melanesia: 'Oceania',
  Micronesia: 'Oceania',
  'Australia and New Zealand': 'Oceania',
};

let index: Map<string, CountryFacts> | null = null;

function build(): Map<string, CountryFacts> {
  const require = createRequire(import.meta.url);
  const all = require('world-countries') as WorldCountry[];
  const m = new Map<string, CountryFacts>();
  for (const c of all) {
    const region = CAUCASUS.has(c.cca3)
      ? 'Caucasus and Central Asia'
      : MIDDLE_EAST_EXTRA.has(c.cca3)
        ? 'Middle East'
        : (REGION_BY_SUBREGION[c.subregion] ?? null);
    const facts: CountryFacts = { name: c.name.common, iso: c.ccn3 ? Number(c.ccn3) : null, cca2: c.cca2, cca3: c.cca3, region };
    for (const n of [c.name.common, c.name.official, c.cca2, c.cca3, ...c.altSpellings]) {
      const k = n.toLowerCase();
      if (!m.has(k)) m.set(k, facts);
    }
  }
  return m;
}

/** Facts for a country name or code ("Syria", "Syrian Arab Republic", "SY"), or null. */
export function countryFacts(name: string | null): CountryFacts | null {
  if (!name) return null;
  if (!index) index = build();
  return index.get(name.trim().toLowerCase()) ?? null;
}
