// What resolution works on: a stored event mention with the facts about its report that matter
// for merging and weighing. Plain data, no database: the store loads and saves these.
import type { ClaimStatus, SubEventType, EventType } from '../core/taxonomy.js';

export interface MentionRecord {
  id: number;
  /** Stable across runs: report hash prefix + ':' + position in the report. */
  key: string;
  reportId: number;
  reportHash: string;
  /** Who published the report (one outlet counts once however many pages it has). */
  outlet: string;
  published: string | null;
  seq: number;
  entry: number;
  event_type: EventType;
  sub_event_type: SubEventType;
  /** The event date, or the report's publication date standing in (then `dateFromReport`). */
  date: string | null;
  precision: 1 | 2 | 3;
  dateFromReport: boolean;
  actor1: string | null;
  assoc_actor_1: string | null;
  inter1: number | null;
  actor2: string | null;
  assoc_actor_2: string | null;
  inter2: number | null;
  location: string | null;
  placeKey: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: string | null;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  geo_precision: 1 | 2 | 3 | null;
  fatalities: number;
  claimStatus: ClaimStatus;
  claimBy: string | null;
  evidence: string;
  salience: number;
}

export type EventStatus = 'single-source' | 'corroborated' | 'claimed' | 'unverified' | 'contested' | 'denied';

export const EVENT_STATUSES: readonly EventStatus[] = [
  'single-source',
  'corroborated',
  'claimed',
  'unverified',
  'contested',
  'denied',
];
