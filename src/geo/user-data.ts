// Reads place files: GeoNames dumps (a country extract like SY.txt or allCountries.txt, 19
// tab-separated columns), GeoNames alternate-name files (alternateNamesV2.txt and the older
// 8-column form) and CSV/TSV tables with a header (name, lat, lon[, country, admin1, alt_names,
// feature_code, source, id, level, demonyms]). Our own supplement uses the TSV table form.
import { readFileSync } from 'node:fs';
import type { Level } from './store.js';

export interface PlaceRecord {
  id?: string;
  name: string;
  altNames: string[];
  lat: number;
  lon: number;
  country?: string;
  /** Admin1 code ("SY.09" or "09") or name ("Aleppo"). */
  admin1?: string;
  admin2?: string;
  featureCode?: string;
  level?: Level;
  population?: number;
  source?: string;
  demonyms?: string[];
}

export interface ParsedPlaceFile {
  format: 'geonames' | 'geonames-alternates' | 'table';
  records: PlaceRecord[];
  alternates: { id: string; name: string }[];
  /** Lines skipped, with why (1-based line numbers). */
  problems: { line: number; reason: string }[];
}

/** Alternate-name "languages" that are not names (links, postcodes, codes of other registries). */
const NOT_NAMES = new Set(['link', 'post', 'wkdt', 'unlc', 'iata', 'icao', 'faac', 'tcid', 'phon', 'piny']);

export function parseUserFile(path: string): ParsedPlaceFile {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return parsePlaceText(text);
}

export function parsePlaceText(text: string): ParsedPlaceFile {
  const lines = text.split(/\r?\n/);
  const first = lines.find((l) => l.trim() && !l.startsWith('#')) ?? '';
  const tabs = first.split('\t');
  if (tabs.length >= 15 && /^\d+$/.test(tabs[0]!)) return parseGeonames(lines);
  if ((tabs.length === 10 || tabs.length === 8 || tabs.length === 4) && /^\d+$/.test(tabs[0]!) && /^\d+$/.test(tabs[1]!)) return parseAlternates(lines);
  return parseTable(lines);
}

function levelOf(featureClass: string, code: string): Level {
  if (featureClass === 'A') {
    if (code.startsWith('PCL')) return 'country';
    if (code === 'ADM1' || code === 'ADM1H') return 'admin1';
    if (code === 'ADM2' || code === 'ADM2H') return 'admin2';
  }
  if (code === 'CONT' || code === 'OCN' || code === 'SEA' || code === 'RGN') return 'region';
  return 'place';
}

function parseGeonames(lines: string[]): ParsedPlaceFile {
  const out: ParsedPlaceFile = { format: 'geonames', records: [], alternates: [], problems: [] };
  lines.forEach((line, n) => {
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.split('\t');
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (f.length < 15 || !f[1] || !isCoord(lat, lon)) {
      out.problems.push({ line: n + 1, reason: 'not a GeoNames row (19 tab-separated columns with a name and coordinates)' });
      return;
    }
    const cc = f[8] ?? '';
    const level = levelOf(f[6] ?? '', f[7] ?? '');
    // Countries and first-level divisions already exist: merge names into them by id.
    const id = level === 'country' ? `country:${cc}` : level === 'admin1' && f[10] ? `admin1:${cc}.${f[10]}` : f[0]!;
    out.records.push({
      id,
      name: f[1]!,
      altNames: [f[2] ?? '', ...(f[3] ? f[3].split(',') : [])].filter((s) => s && s !== f[1]),
      lat,
      lon,
      country: cc,
      admin1: f[10] ? `${cc}.${f[10]}` : undefined,
      admin2: f[11] && f[10] ? `${cc}.${f[10]}.${f[11]}` : undefined,
      featureCode: f[7] || undefined,
      level,
      population: Number(f[14]) || 0,
      source: `GeoNames id ${f[0]}`,
    });
  });
  return out;
}

function parseAlternates(lines: string[]): ParsedPlaceFile {
  const out: ParsedPlaceFile = { format: 'geonames-alternates', records: [], alternates: [], problems: [] };
  lines.forEach((line, n) => {
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.split('\t');
    if (f.length < 4 || !/^\d+$/.test(f[1]!)) {
      out.problems.push({ line: n + 1, reason: 'not a GeoNames alternate-name row' });
      return;
    }
    if (NOT_NAMES.has(f[2] ?? '')) return;
    if (f[7] === '1') return; // historic names mislead more than they help
    out.alternates.push({ id: f[1]!, name: f[3]! });
  });
  return out;
}

const COLUMN_ALIASES: Record<string, string> = {
  name: 'name', place: 'name', toponym: 'name',
  lat: 'lat', latitude: 'lat', y: 'lat',
  lon: 'lon', lng: 'lon', long: 'lon', longitude: 'lon', x: 'lon',
  country: 'country', country_code: 'country', cc: 'country', iso2: 'country',
  admin1: 'admin1', province: 'admin1', governorate: 'admin1', state: 'admin1',
  admin2: 'admin2', district: 'admin2',
  alt_names: 'alt', alternate_names: 'alt', alternatenames: 'alt', aliases: 'alt', alt: 'alt',
  feature_code: 'fcode', fcode: 'fcode', type: 'fcode',
  source: 'source', id: 'id', geonameid: 'id', level: 'level', demonyms: 'demonyms', population: 'population',
};

function parseTable(lines: string[]): ParsedPlaceFile {
  const out: ParsedPlaceFile = { format: 'table', records: [], alternates: [], problems: [] };
  const start = lines.findIndex((l) => l.trim() && !l.startsWith('#'));
  if (start === -1) return out;
  const sep = lines[start]!.includes('\t') ? '\t' : ',';
  const header = splitRow(lines[start]!, sep).map((h) => COLUMN_ALIASES[h.trim().toLowerCase()] ?? '');
  if (!header.includes('name') || !header.includes('lat') || !header.includes('lon')) {
    out.problems.push({ line: start + 1, reason: 'a table needs a header with name, lat and lon columns' });
    return out;
  }
  for (let n = start + 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = splitRow(line, sep);
    const row: Record<string, string> = {};
    header.forEach((h, i) => {
      if (h) row[h] = (cells[i] ?? '').trim();
    });
    const lat = Number(row.lat);
    const lon = Number(row.lon);
    if (!row.name || row.lat === '' || row.lon === '' || !isCoord(lat, lon)) {
      out.problems.push({ line: n + 1, reason: 'missing name or valid lat/lon' });
      continue;
    }
    const level = (['country', 'admin1', 'admin2', 'place', 'region'] as const).find((l) => l === row.level);
    out.records.push({
      id: row.id || undefined,
      name: row.name,
      altNames: splitList(row.alt),
      lat,
      lon,
      country: row.country ? row.country.toUpperCase() : undefined,
      admin1: row.admin1 || undefined,
      admin2: row.admin2 || undefined,
      featureCode: row.fcode || undefined,
      level: level ?? (row.fcode ? levelOf(row.fcode.startsWith('ADM') || row.fcode.startsWith('PCL') ? 'A' : '', row.fcode) : 'place'),
      population: Number(row.population) || 0,
      source: row.source || undefined,
      demonyms: splitList(row.demonyms),
    });
  }
  return out;
}

function splitList(s: string | undefined): string[] {
  return s ? s.split(/[;|]/).map((x) => x.trim()).filter(Boolean) : [];
}

function isCoord(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

/** One CSV/TSV row; double quotes protect separators ("a, b"), "" is a quote. */
function splitRow(line: string, sep: string): string[] {
  if (sep === '\t' || !line.includes('"')) return line.split(sep);
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}
