// The server's view of a database: the store's read API (src/store/read.ts), plus what the page needs on
// top of it: per-type map groups and timeline series, a change version to poll, an auto bucket size.
// Every answer is aggregated or paged in SQL; nothing here loops over all events.
import type { EventFilters, StoreReader } from '../store/read.js';
import { EVENT_TYPES } from '../core/taxonomy.js';
import type { ApiMap, ApiMapFeature, ApiStats, ApiTimeline, ApiTimelineBucket } from '../web/api-types.js';

const KNOWN_TYPES = new Set<string>(EVENT_TYPES);

/** Above this many matching events the map is sent as grid cells, not places. */
export const PLACE_MODE_MAX_EVENTS = 5000;

export interface WorkspaceSource {
  reader: StoreReader;
  /** A token that changes whenever the database changes (e.g. from PRAGMA data_version). */
  version(): string;
}

export class Workspace {
  constructor(private readonly src: WorkspaceSource) {}

  get reader(): StoreReader {
    return this.src.reader;
  }

  /** Changes whenever the database changes. */
  version(): string {
    return this.src.version();
  }

  stats(): ApiStats {
    return { ...this.src.reader.stats(), version: this.src.version() };
  }

  /** One series per event type, so that bars can be stacked and coloured by type: one query. */
  timeline(filters: EventFilters, bucket: 'day' | 'week' | 'month' | 'auto'): ApiTimeline {
    const size = bucket === 'auto' ? this.autoBucket(filters) : bucket;
    const buckets: ApiTimelineBucket[] = this.src.reader.timelineCounts(filters, size).map((b) => ({
      date: b.bucket,
      events: b.events,
      fatalities: b.fatalities,
      by_type: { ...b.by_type },
    }));
    buckets.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { bucket: size, buckets };
  }

  /** Day buckets for up to four months, weeks up to three years, months beyond. */
  private autoBucket(filters: EventFilters): 'day' | 'week' | 'month' {
    const range = this.src.reader.stats().dateRange;
    const from = filters.from ?? range.from;
    const to = filters.to ?? range.to;
    if (!from || !to) return 'day';
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (!(days >= 0)) return 'day';
    return days <= 120 ? 'day' : days <= 3 * 365 ? 'week' : 'month';
  }

  /**
   * Map features grouped by place and event type; when more than PLACE_MODE_MAX_EVENTS match, grouped by
   * grid cell at the given zoom instead. Province-level groups keep geo_precision 3 so the page draws the
   * province (found by its point in the shipped outlines), not a point.
   */
  map(filters: EventFilters, zoom: number): ApiMap {
    const total = this.src.reader.listEvents(filters, { limit: 0 }).total;
    const byGrid = total > PLACE_MODE_MAX_EVENTS && zoom < 7;
    // Places are drawn one marker per event type; grid cells (many events, zoomed out) are one count
    // per cell: a single scan, coloured by the type only when a type filter asks for one.
    // Places come grouped by (place, type) from one query, in EVENT_TYPES order.
    const cells = byGrid
      ? this.src.reader.mapAggregate(filters, filters.bbox, zoom)
      : this.src.reader.mapAggregate(filters, filters.bbox, undefined, { byType: true }).filter((c) => KNOWN_TYPES.has(c.event_type ?? ''));
    const features: ApiMapFeature[] = cells.map((c) => ({
      key: c.key,
      name: c.name,
      lat: c.lat,
      lon: c.lon,
      event_type: byGrid ? (filters.type ?? null) : c.event_type!,
      events: c.events,
      fatalities: c.fatalities,
      geo_precision: c.geo_precision,
      sample: c.sample,
    }));
    const cellDeg = byGrid ? 32 / 2 ** Math.max(0, Math.min(6, zoom)) : null;
    return { mode: byGrid ? 'grid' : 'place', cell_deg: cellDeg, total, features };
  }
}
