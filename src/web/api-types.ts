// The shapes the HTTP API answers with, as the page reads them. The server passes the store's read
// API (src/store/read.ts) through with these names; this file restates the subset the page uses, because
// the browser build cannot import Node modules.

/** Event status, from how its reports agree: see src/resolve. */
export type EventStatus = 'single-source' | 'corroborated' | 'claimed' | 'unverified' | 'contested' | 'denied';

export interface ApiEvent {
  id: string;
  event_type: string;
  sub_event_type: string;
  event_date: string | null;
  time_precision: number | null;
  actor1: string | null;
  assoc_actor_1: string | null;
  inter1: number | null;
  actor2: string | null;
  assoc_actor_2: string | null;
  inter2: number | null;
  interaction: number | null;
  location: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  geo_precision: number | null;
  fatalities: number;
  fatalities_low: number | null;
  fatalities_high: number | null;
  status: string;
  claimed_by: string[];
  outlets: string[];
  sources_count: number;
  mentions_count: number;
  evidence: string | null;
}

export interface ApiEventPage {
  total: number;
  limit: number;
  offset: number;
  events: ApiEvent[];
}

export interface ApiReportRef {
  key: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  outlet: string;
}

/** One report's telling of the event, with the sentence behind it in its context. */
export interface ApiMention {
  key: string;
  report: ApiReportRef;
  event_type: string;
  sub_event_type: string;
  event_date: string | null;
  actor1: string | null;
  actor2: string | null;
  location: string | null;
  fatalities: number;
  claim: { status: string; by: string | null };
  evidence: { start: number; end: number; text: string };
  /** The evidence with text on each side; start/end locate the evidence in it. */
  context: { text: string; start: number; end: number };
}

export interface ApiContradictionSide {
  evidence: string;
  report: string;
  outlet: string;
  claim: string;
  by: string | null;
}

export interface ApiContradiction {
  kind: string;
  summary: string;
  event_a: string | null;
  event_b: string | null;
  event_date: string | null;
  a: ApiContradictionSide;
  b: ApiContradictionSide;
}

export interface ApiHistoryItem {
  kind: string;
  detail: Record<string, unknown>;
  at: string;
}

export interface ApiControlRow {
  place: string;
  admin1: string | null;
  country: string | null;
  since: string;
  holder: string | null;
  previous: string | null;
  event_id: string;
  sub_event_type: string;
  status: string;
  confidence: number;
  evidence: string | null;
}

export interface ApiEventDetail extends ApiEvent {
  mentions: ApiMention[];
  contradictions: ApiContradiction[];
  history: ApiHistoryItem[];
  control: ApiControlRow[];
}

export interface ApiTimelineBucket {
  /** The bucket's key: YYYY-MM-DD (day, or the Monday of a week) or YYYY-MM (month). */
  date: string;
  events: number;
  fatalities: number;
  by_type: Record<string, number>;
}

export interface ApiTimeline {
  bucket: 'day' | 'week' | 'month';
  buckets: ApiTimelineBucket[];
}

/** A group of events at one place (or one grid cell when zoomed out), of one event type. */
export interface ApiMapFeature {
  key: string;
  name: string | null;
  lat: number;
  lon: number;
  /** null for a grid cell of mixed types. */
  event_type: string | null;
  events: number;
  fatalities: number;
  /** 3 = every event in it is known only to the province: drawn as the province, not a point. */
  geo_precision: number;
  sample: string[];
}

export interface ApiMap {
  /** 'place': one feature per place; 'grid': aggregated into cells of cell_deg degrees. */
  mode: 'place' | 'grid';
  cell_deg: number | null;
  total: number;
  features: ApiMapFeature[];
}

export interface ApiPlace {
  key: string;
  name: string;
  admin1: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  events: number;
}

export interface ApiControl {
  place: { key: string; name: string; admin1: string | null; country: string | null; lat: number | null; lon: number | null } | null;
  on: string | null;
  holder: string | null;
  since: string | null;
  confidence: number | null;
  basis: 'event' | 'inferred' | 'unknown';
  evidence: ApiControlRow[];
  timeline: ApiControlRow[];
  alternatives: { key: string; name: string; admin1: string | null; country: string | null }[];
}

export interface ApiStats {
  reports: number;
  mentions: number;
  events: number;
  contradictions: number;
  controlChanges: number;
  dateRange: { from: string | null; to: string | null };
  byStatus: Record<string, number>;
  byType: Record<string, number>;
  /** Changes whenever the database changes: the page polls it to refresh. */
  version: string;
}

export interface ApiIngestResult {
  received: number;
  stored: number;
  duplicates: number;
  failed: { id: string; code: string; message: string }[];
  mentions: number;
  events: { created: number; updated: number };
}

export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}
