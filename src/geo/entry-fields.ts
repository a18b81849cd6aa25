// What a place mention says of the gazetteer entry it resolved to: name, point, ids, country and
// divisions, level. One builder for every path that turns an entry into a mention (resolved names,
// bulletin-line heads, towns that sites are named after), so they cannot drift apart.
import type { PlaceMention } from '../core/types.js';
import type { Gazetteer } from './gazetteer.js';

export type EntryFields = Pick<PlaceMention, 'name' | 'lat' | 'lon' | 'geonameid' | 'country' | 'countryCode' | 'admin1' | 'admin2' | 'featureCode' | 'level'>;

/** The fields of a mention that resolved to no entry. */
export const NO_ENTRY: EntryFields = {
  name: null, lat: null, lon: null, geonameid: null, country: null, countryCode: null, admin1: null, admin2: null, featureCode: null, level: null,
};

export function entryFields(gaz: Gazetteer, e: number): EntryFields {
  const level = gaz.level(e);
  return {
    name: gaz.name(e),
    lat: gaz.lat(e),
    lon: gaz.lon(e),
    geonameid: geonameId(gaz.id(e)),
    country: gaz.countryName(gaz.countryCode(e)),
    countryCode: gaz.countryCode(e) || null,
    admin1: level === 'country' || level === 'region' ? null : gaz.admin1Name(e),
    admin2: level === 'place' || level === 'admin2' ? gaz.admin2Name(e) : null,
    featureCode: gaz.featureCode(e) || null,
    level: level === 'region' ? null : level,
  };
}

/** GeoNames ids are numeric; our derived entries (country:SY, admin1:SY.09) have none. */
export function geonameId(id: string): string | null {
  return /^\d+$/.test(id) ? id : null;
}
