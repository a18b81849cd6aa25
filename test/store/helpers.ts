// Builders for ProcessedReport/EventMention objects written by us, so store and resolution tests do
// not depend on the text pipeline. Evidence spans are found in the report text, so they always match.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventLocation, EventMention, PlaceMention, ProcessedReport, Report } from '../../src/core/types.js';
import { eventTypeOf, type ClaimStatus, type SubEventType } from '../../src/core/taxonomy.js';

export function report(opts: { id: string; text: string; published: string | null; source?: string | null; url?: string | null }): Report {
  return {
    id: opts.id,
    text: opts.text,
    title: opts.text.split('\n')[0] ?? null,
    published: opts.published,
    publishedFrom: opts.published ? 'metadata' : null,
    publishedSpan: null,
    source: opts.source ?? null,
    url: opts.url ?? null,
    format: 'txt',
    origin: opts.id,
    hash: createHash('sha256').update(opts.text).digest('hex'),
    entries: [{ index: 0, start: 0, end: opts.text.length, headline: null, date: null }],
    zones: [{ kind: 'body', start: 0, end: opts.text.length, entry: 0 }],
    toponyms: null,
    language: 'en',
    messages: [],
  };
}

/** Places used by the tests: approximate coordinates; the ids only need to be stable keys. */
export const PLACES = {
  douma: { name: 'Douma', lat: 33.5711, lon: 36.4027, geonameid: '170592', country: 'Syria', admin1: 'Rif Dimashq', geo_precision: 1 },
  qaryatayn: { name: 'Al Qaryatayn', lat: 34.2295, lon: 37.2406, geonameid: '172374', country: 'Syria', admin1: 'Homs', geo_precision: 1 },
  dana: { name: 'Ad Dana', lat: 36.2153, lon: 36.7747, geonameid: '170994', country: 'Syria', admin1: 'Idlib', geo_precision: 1 },
  aleppo: { name: 'Aleppo', lat: 36.2021, lon: 37.1343, geonameid: '170063', country: 'Syria', admin1: 'Aleppo', geo_precision: 1 },
  aleppoProvince: { name: 'Aleppo', lat: 36.25, lon: 37.5, geonameid: '170062', country: 'Syria', admin1: 'Aleppo', geo_precision: 3 },
  azaz: { name: 'Azaz', lat: 36.5866, lon: 37.0463, geonameid: '170017', country: 'Syria', admin1: 'Aleppo', geo_precision: 1 },
} satisfies Record<string, EventLocation>;

export interface MentionSpec {
  sub: SubEventType;
  /** A substring of the report text: the evidence span. */
  evidence: string;
  date: string | null;
  precision?: 1 | 2 | 3;
  actor1?: string | null;
  actor2?: string | null;
  inter1?: number | null;
  inter2?: number | null;
  location?: EventLocation | null;
  fatalities?: number;
  claim?: ClaimStatus;
  by?: string | null;
  entry?: number;
  salience?: number;
}

export function mention(r: Report, s: MentionSpec): EventMention {
  const start = r.text.indexOf(s.evidence);
  if (start < 0) throw new Error(`evidence not in report ${r.id}: ${s.evidence}`);
  return {
    event_type: eventTypeOf(s.sub),
    sub_event_type: s.sub,
    event_date: s.date,
    time_precision: s.date ? (s.precision ?? 1) : null,
    actor1: s.actor1 ?? null,
    assoc_actor_1: null,
    inter1: s.inter1 ?? null,
    actor2: s.actor2 ?? null,
    assoc_actor_2: null,
    inter2: s.inter2 ?? null,
    location: s.location === undefined ? null : s.location,
    fatalities: s.fatalities ?? 0,
    claim: { status: s.claim ?? 'reported', by: s.by ?? null },
    evidence: { start, end: start + s.evidence.length, text: s.evidence },
    entry: s.entry ?? 0,
    salience: s.salience ?? 1,
    sources: { sub_event_type: { span: { start, end: start + s.evidence.length }, rule: 'test' } },
  };
}

export function processed(r: Report, specs: MentionSpec[]): ProcessedReport {
  return { report: r, sentences: [], places: [], events: specs.map((s) => mention(r, s)) };
}

/** A resolved place named in the report text (the first occurrence of `surface`). */
export function place(r: Report, surface: string, loc: EventLocation): PlaceMention {
  const start = r.text.indexOf(surface);
  if (start < 0) throw new Error(`place not in report ${r.id}: ${surface}`);
  return {
    start,
    end: start + surface.length,
    text: surface,
    name: loc.name,
    lat: loc.lat,
    lon: loc.lon,
    geonameid: loc.geonameid,
    country: loc.country,
    countryCode: loc.country === 'Syria' ? 'SY' : null,
    admin1: loc.admin1,
    admin2: null,
    featureCode: loc.geo_precision === 3 ? 'ADM1' : 'PPL',
    level: loc.geo_precision === 3 ? 'admin1' : 'place',
    confidence: 0.9,
    qualifier: null,
  };
}

/** A fresh database path in a temp dir, removed by the returned cleanup. */
export function tempDb(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  return { path: join(dir, 'test.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const FIXED_NOW = () => '2026-01-01T00:00:00.000Z';

export const ISIS = 'Islamic State (Syria)';
export const REBELS = 'Opposition Rebels (Syria)';
export const REGIME = 'Military Forces of Syria (2000-)';
export const RUSSIA = 'Military Forces of Russia (2000-)';
export const CIVILIANS = 'Civilians (Syria)';
