// ACLED-compatible CSV: ACLED's column names, in ACLED's order, then sitrep's own columns at the
// end (claim_status, claimed_by, sources_count, corroboration). Rows are produced one at a time.
import type { EventSummary } from '../store/read.js';
import { countryFacts } from './country.js';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

export const SITREP_COLUMNS = ['claim_status', 'claimed_by', 'sources_count', 'corroboration'] as const;

export const CSV_COLUMNS = [...ACLED_COLUMNS, ...SITREP_COLUMNS];

/** RFC 4180 quoting: only when needed. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** ACLED's disorder type from the sub-event type. */
export function disorderType(eventType: string, subEventType: string): string {
  if (subEventType === 'Excessive force against protesters') return 'Political violence; Demonstrations';
  if (eventType === 'Protests' || eventType === 'Riots') return 'Demonstrations';
  if (eventType === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

/** ACLED's "dd Month yyyy" is not used: ISO dates sort and parse everywhere (ACLED's API gives ISO too). */
function year(date: string | null): string {
  return date ? date.slice(0, 4) : '';
}

function timestampOf(e: EventSummary): string {
  // Deterministic: the publication date of the latest report about the event, as Unix seconds.
  const d = e.last_seen ?? e.event_date;
  if (!d) return '';
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isNaN(t) ? '' : String(Math.floor(t / 1000));
}

/** Notes in ACLED's manner: what happened, from the evidence, then how it is sourced. */
export function notesOf(e: EventSummary): string {
  const parts: string[] = [];
  if (e.evidence) parts.push(e.evidence.replace(/\s+/g, ' ').trim().replace(/([^.!?])$/, '$1.'));
  const sourcing = `[${e.status}; ${e.mentions_count} mention(s) from ${e.sources_count} outlet(s)`;
  const range = e.fatalities_high != null && e.fatalities_high !== e.fatalities_low ? `; reported tolls ${e.fatalities_low}-${e.fatalities_high}` : '';
  parts.push(`${sourcing}${range}]`);
  return parts.join(' ');
}

export function tagsOf(e: EventSummary): string {
  const tags: string[] = [];
  if (e.geo_precision === 3) tags.push('location: province level');
  if (e.time_precision === 3) tags.push('date: month only');
  if (e.status === 'contested' || e.status === 'denied') tags.push(`claim ${e.status}`);
  return tags.join('; ');
}

export function acledRow(e: EventSummary): unknown[] {
  const facts = countryFacts(e.country);
  const civilian = e.inter2 === 7 || /civilians/i.test(e.actor2 ?? '') ? 'Civilian targeting' : '';
  const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    event_id_cnty: e.id,
    event_date: e.event_date,
    year: year(e.event_date),
    time_precision: e.time_precision,
    disorder_type: disorderType(e.event_type, e.sub_event_type),
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    actor1: e.actor1,
    assoc_actor_1: e.assoc_actor_1,
    inter1: e.inter1,
    actor2: e.actor2,
    assoc_actor_2: e.assoc_actor_2,
    inter2: e.inter2,
    interaction: e.interaction,
    civilian_targeting: civilian,
    iso: facts?.iso ?? null,
    region: facts?.region ?? null,
    country: e.country,
    admin1: e.admin1,
    admin2: e.admin2,
    admin3: null,
    location: e.location,
    latitude: e.lat != null ? e.lat.toFixed(4) : null,
    longitude: e.lon != null ? e.lon.toFixed(4) : null,
    geo_precision: e.geo_precision,
    source: e.outlets.join('; '),
    source_scale: null,
    notes: notesOf(e),
    fatalities: e.fatalities,
    tags: tagsOf(e),
    timestamp: timestampOf(e),
    claim_status: e.status,
    claimed_by: e.claimed_by.join('; '),
    sources_count: e.sources_count,
    corroboration: e.corroboration,
  };
  return CSV_COLUMNS.map((c) => row[c]);
}

/** The CSV, one chunk per line. */
export function* acledCsv(events: Iterable<EventSummary>): Generator<string> {
  yield csvLine(CSV_COLUMNS);
  for (const e of events) yield csvLine(acledRow(e));
}
