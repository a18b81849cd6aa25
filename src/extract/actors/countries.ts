// Country names and demonyms -> ACLED's country label, for every country (world-countries data),
// so that "Iraqi protesters", "Nigerien soldiers" or "police in Chile" get their country.
import { readPackageJson } from '../data-path.js';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  demonyms?: Record<string, { m: string; f: string }>;
}

// ACLED's spelling where it differs from world-countries' common name.
const ACLED_NAMES: Record<string, string> = {
  CD: 'Democratic Republic of Congo',
  CG: 'Republic of Congo',
  CI: 'Ivory Coast',
  CZ: 'Czech Republic',
  SZ: 'eSwatini',
  PS: 'Palestine',
  MM: 'Myanmar',
  TL: 'East Timor',
  CV: 'Cape Verde',
  VA: 'Vatican City',
  MK: 'North Macedonia',
  TR: 'Turkey',
  ST: 'Sao Tome and Principe',
  CW: 'Curacao',
  RE: 'Reunion',
  BL: 'Saint-Barthelemy',
};

// Common extra names and adjectives journalists use.
const EXTRA: Record<string, string[]> = {
  US: ['U.S.', 'US', 'USA', 'America', 'United States of America', 'Washington', 'American', 'Americans'],
  GB: ['Britain', 'UK', 'U.K.', 'British', 'Great Britain'],
  RU: ['Moscow', 'Russian Federation'],
  TR: ['Ankara', 'Turkiye', 'Türkiye'],
  SY: ['Damascus government'],
  IR: ['Tehran'],
  IL: ['Israelis'],
  CD: ['DRC', 'DR Congo', 'Congolese', 'Democratic Republic of the Congo'],
  PS: ['Palestinian', 'Palestinians', 'Gaza', 'West Bank'],
  AF: ['Afghan', 'Afghans'],
  SA: ['Saudi', 'Saudis'],
  AE: ['UAE', 'Emirati', 'Emirates'],
  KR: ['South Korean'],
  KP: ['North Korean'],
  BF: ['Burkinabe', 'Burkinabè'],
  NE: ['Nigerien'],
  PH: ['Filipino', 'Philippine'],
  MM: ['Burma', 'Burmese'],
  CI: ["Cote d'Ivoire", 'Côte d’Ivoire', 'Ivorian'],
  YE: ['Yemeni', 'Yemenis'],
  IQ: ['Iraqis'],
  SO: ['Somali', 'Somalis'],
  LY: ['Libyans'],
  SD: ['Sudanese'],
  SS: ['South Sudanese'],
};

// Which of the extra words above are adjectives or plural nouns of people, not the country's name.
const EXTRA_ADJECTIVES = new Set([
  'American', 'Americans', 'British', 'Congolese', 'Palestinian', 'Palestinians', 'Afghan', 'Afghans', 'Saudi', 'Saudis',
  'Emirati', 'South Korean', 'North Korean', 'Burkinabe', 'Burkinabè', 'Nigerien', 'Filipino', 'Philippine', 'Burmese',
  'Ivorian', 'Yemeni', 'Yemenis', 'Iraqis', 'Somali', 'Somalis', 'Libyans', 'Sudanese', 'South Sudanese', 'Israelis',
]);

export interface CountryName {
  alias: string;
  country: string;
  cca2: string;
  /** A demonym/adjective ("Syrian") rather than the country's name ("Syria"). */
  adjective: boolean;
  /** Match only as written (short upper-case codes such as "US", "UK"). */
  caseSensitive: boolean;
}

let cache: CountryName[] | null = null;

export function countryNames(): CountryName[] {
  if (cache) return cache;
  const data = readPackageJson<WorldCountry[]>('world-countries', 'countries.json');
  const out: CountryName[] = [];
  const add = (alias: string, country: string, cca2: string, adjective: boolean) => {
    if (!alias || alias.length < 3 && !/^[A-Z]{2,3}$/.test(alias.replace(/\./g, ''))) return;
    out.push({ alias, country, cca2, adjective, caseSensitive: /^[A-Z.]{2,4}$/.test(alias) });
  };
  for (const c of data) {
    const country = ACLED_NAMES[c.cca2] ?? c.name.common;
    add(c.name.common, country, c.cca2, false);
    if (country !== c.name.common) add(country, country, c.cca2, false);
    if (c.name.official.length < 40) add(c.name.official, country, c.cca2, false);
    for (const alt of c.altSpellings) if (alt.length > 3 && !/\d/.test(alt)) add(alt, country, c.cca2, false);
    const dem = c.demonyms?.eng;
    if (dem) {
      add(dem.m, country, c.cca2, true);
      if (dem.f !== dem.m) add(dem.f, country, c.cca2, true);
    }
    for (const extra of EXTRA[c.cca2] ?? []) add(extra, country, c.cca2, EXTRA_ADJECTIVES.has(extra));
  }
  cache = out;
  return out;
}

let byAlias: Map<string, CountryName> | null = null;
let demonymAliases: Set<string> | null = null;

function aliasIndex(): void {
  byAlias = new Map();
  demonymAliases = new Set();
  for (const c of countryNames()) {
    const key = c.alias.toLowerCase();
    if (!byAlias.has(key)) byAlias.set(key, c);
    if (c.adjective) demonymAliases.add(key);
  }
}

/** The country a word names, as a name or a demonym ("Syria", "SYRIA", "Syrian"), case aside; undefined if none. */
export function countryAlias(word: string): CountryName | undefined {
  if (!byAlias) aliasIndex();
  return byAlias!.get(word.toLowerCase());
}

/** Whether a word is some country's demonym ("Swedish", "Vatican"), case aside, whatever else it names. */
export function isDemonym(word: string): boolean {
  if (!demonymAliases) aliasIndex();
  return demonymAliases!.has(word.toLowerCase());
}

let byName: Map<string, string> | null = null;

/**
 * ACLED's name of a country named any way world-countries knows it ("DR Congo" -> "Democratic
 * Republic of Congo"): the geoparser's country names follow world-countries, the actor labels
 * ACLED, and a state's forces at home must not read as foreign because the two spell it apart.
 */
export function acledCountry(name: string): string {
  if (!byName) {
    byName = new Map();
    for (const c of countryNames()) if (!c.adjective) byName.set(c.alias.toLowerCase(), c.country);
  }
  return byName.get(name.toLowerCase()) ?? name;
}
