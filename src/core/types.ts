// The core types of sitrep, defined once. Modelled on spaCy's Doc/Span: a Report is one text,
// and every annotation (zone, entry, sentence, place, date, actor, event) is a span over that text.
// Offsets are JavaScript string indices (UTF-16 code units) into Report.text, end exclusive.

import type { ClaimStatus, EventType, GeoPrecision, SubEventType, TimePrecision } from './taxonomy.js';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** A message about an input or a step, with its position, in the manner of unified's vfile. */
export interface Message {
  level: 'error' | 'warning' | 'info';
  /** Stable machine code, e.g. 'ingest/binary', 'ingest/jsonl-parse', 'lang/not-english'. */
  code: string;
  reason: string;
  /** Where: a span in the report text, or a line of the input file. */
  span?: Span;
  line?: number;
  origin?: string;
}

export type InputFormat = 'txt' | 'html' | 'rss' | 'jsonl';

/**
 * Zones partition a report's text by role. Events are only ever taken from 'headline' and 'body'.
 * 'comment' (reader comments and their furniture), 'caption', 'furniture' ("View Larger Map",
 * "Related Posts", share buttons) and 'quote-block' (long quoted statements) are kept, labelled.
 */
export type ZoneKind = 'title' | 'headline' | 'body' | 'comment' | 'caption' | 'furniture';

export interface Zone extends Span {
  kind: ZoneKind;
  /** Index of the entry this zone belongs to, or null (page title, comment thread). */
  entry: number | null;
}

/** One report inside a page: a live-blog entry (headline + body) or the whole article. */
export interface Entry extends Span {
  index: number;
  headline: Span | null;
  /** A date stated for this entry alone (an entry's own dateline), if any. */
  date: string | null;
}

export interface Report {
  /** The JSONL line's id, or the file's path as given (with '#N' for items of a feed). */
  id: string;
  /** The text every offset refers to: for .txt and JSONL "text" exactly as given. */
  text: string;
  title: string | null;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  publishedFrom: 'override' | 'metadata' | 'text' | 'inferred' | null;
  /**
   * How exact `published` is, in ACLED's time_precision terms: 1 the day, 2 within a few days,
   * 3 only the month (then `published` is the month's middle day). Absent means 1.
   */
  publishedPrecision?: 1 | 2 | 3;
  /** The text span the publication date was read from, when it came from the text. */
  publishedSpan: Span | null;
  source: string | null;
  url: string | null;
  format: InputFormat;
  /** Where it came from: a path, 'path:line' for JSONL, or '-' for stdin. */
  origin: string;
  /** sha256 (hex) of the text: the same report ingested twice is stored once. */
  hash: string;
  entries: Entry[];
  zones: Zone[];
  /** Toponym spans given by the input (JSONL "toponyms"): then exactly these are resolved. */
  toponyms: Span[] | null;
  /** ISO 639-1 code of the detected language, or null when unsure. */
  language: string | null;
  messages: Message[];
}

export interface Sentence extends Span {
  /** The entry it belongs to. */
  entry: number;
  zone: ZoneKind;
}

/** A place named in the text, resolved against the gazetteer (or left unresolved). */
export interface PlaceMention extends TextSpan {
  name: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: string | null;
  /** Country name, e.g. "Syria". */
  country: string | null;
  /** ISO 3166-1 alpha-2, e.g. "SY". */
  countryCode: string | null;
  /** First-level division name, e.g. "Aleppo". */
  admin1: string | null;
  admin2: string | null;
  /** GeoNames feature code (PPL, PPLA, ADM1, PCLI, ...), or the supplement's. */
  featureCode: string | null;
  /** 'country' | 'admin1' | 'admin2' | 'place' (a settlement or site) */
  level: 'country' | 'admin1' | 'admin2' | 'place' | null;
  /** 0..1: how sure the resolver is. */
  confidence: number;
  /** Words around it that qualify it: "outskirts of", "countryside", "near", "30 km from". */
  qualifier: { kind: 'near' | 'outskirts' | 'countryside' | 'direction' | 'distance'; span: Span } | null;
  /** Why this candidate won (for `sitrep geocode` and `explain`). */
  reason?: string;
  /**
   * How the text uses the toponym when it is not a literal place: 'embedded' inside a name
   * ("Pakistan Army", "Washington Post"), 'demonym' as a people or adjective ("Syrian", "French").
   * Still a toponym mention (focus, maps of what a report talks about), never an event's place.
   */
  role?: 'embedded' | 'demonym';
  /**
   * A country the sentence names as where its event happened ("an attack in Syria"), set by
   * extract's event-place candidates: that country bounds the search for the town, whatever the
   * report's country focus.
   */
  toldAsWhere?: true;
  /**
   * A name the gazetteer lacks, placed at the point of a province the text names ("Pazigyi village"
   * in a report that names only Sagaing region): only the province is known (geo_precision 3).
   */
  atProvincePoint?: true;
}

export interface EventLocation {
  name: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: string | null;
  country: string | null;
  admin1: string | null;
  /** The district holding the place (ACLED's admin2); null at precision 3 and when the gazetteer has
   * none; absent in mentions extracted before it was carried. */
  admin2?: string | null;
  geo_precision: GeoPrecision;
}

export interface Claim {
  status: ClaimStatus;
  /** Who asserts it: "Syrian Observatory for Human Rights", "activists", "state media", "Islamic State". */
  by: string | null;
}

/** Provenance: for each field, the text span it came from and the rule that set it. */
export interface FieldSource {
  span: Span | null;
  rule: string;
}

/** One telling of an event in one report: the unit extract produces. */
export interface EventMention {
  event_type: EventType;
  sub_event_type: SubEventType;
  event_date: string | null;
  time_precision: TimePrecision | null;
  actor1: string | null;
  assoc_actor_1: string | null;
  inter1: number | null;
  actor2: string | null;
  assoc_actor_2: string | null;
  inter2: number | null;
  location: EventLocation | null;
  fatalities: number;
  claim: Claim;
  evidence: TextSpan;
  /** Which entry of the report it comes from. */
  entry: number;
  /** Higher = more central to the report; events are output in this order. */
  salience: number;
  /** field name -> where it came from. */
  sources: Record<string, FieldSource>;
}

/** What the text pipeline makes of one report. */
export interface ProcessedReport {
  report: Report;
  sentences: Sentence[];
  places: PlaceMention[];
  events: EventMention[];
}
