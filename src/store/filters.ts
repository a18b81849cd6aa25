// Event filters from user input (CLI options, HTTP query strings), validated with clear messages.
import { EVENT_TYPES, isSubEventType } from '../core/taxonomy.js';
import { EVENT_STATUSES } from '../resolve/types.js';
import type { BBox, EventFilters, EventOrder } from './read.js';

export class FilterError extends Error {}

/** The same filters as they arrive from a command line or a query string: every value a string. */
export type RawFilters = { [K in keyof EventFilters]?: string };

/**
 * A date bound: YYYY-MM-DD, or YYYY-MM / YYYY meaning the first (from) or last (to) day of it.
 */
export function parseDateBound(s: string, end: 'from' | 'to'): string {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const d = new Date(`${t}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === t) return t;
    throw new FilterError(`not a real date: ${s}`);
  }
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) throw new FilterError(`not a real month: ${s}`);
    if (end === 'from') return `${m[1]}-${m[2]}-01`;
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
  }
  m = /^(\d{4})$/.exec(t);
  if (m) return end === 'from' ? `${t}-01-01` : `${t}-12-31`;
  throw new FilterError(`dates are YYYY-MM-DD, YYYY-MM or YYYY, not "${s}"`);
}

export function parseBBox(s: string): BBox {
  const parts = s.split(',').map((x) => Number(x.trim()));
  if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) {
    throw new FilterError(`bbox is west,south,east,north in degrees, not "${s}"`);
  }
  const [w, so, e, n] = parts;
  if (so > n || w > e || so < -90 || n > 90 || w < -180 || e > 180) throw new FilterError(`bbox out of range or inverted: "${s}"`);
  return [w, so, e, n];
}

/** Validates and normalises filters. `type` may be an event type or a sub-event type. */
export function parseFilters(raw: RawFilters): EventFilters {
  const f: EventFilters = {};
  if (raw.type) {
    const t = raw.type.trim();
    const et = EVENT_TYPES.find((x) => x.toLowerCase() === t.toLowerCase());
    if (et) f.type = et;
    else if (isSubEventType(t)) f.subType = t;
    else {
      throw new FilterError(`unknown event type "${t}": one of ${EVENT_TYPES.join(', ')}, or an ACLED sub-event type`);
    }
  }
  if (raw.subType) {
    if (!isSubEventType(raw.subType)) throw new FilterError(`unknown sub-event type "${raw.subType}"`);
    f.subType = raw.subType;
  }
  for (const k of ['actor', 'place', 'admin1', 'country', 'source', 'q'] as const) {
    const v = raw[k]?.trim();
    if (v) f[k] = v;
  }
  if (raw.from) f.from = parseDateBound(raw.from, 'from');
  if (raw.to) f.to = parseDateBound(raw.to, 'to');
  if (f.from && f.to && f.from > f.to) throw new FilterError(`--from ${f.from} is after --to ${f.to}`);
  if (raw.status) {
    const s = raw.status.trim().toLowerCase();
    if (!(EVENT_STATUSES as readonly string[]).includes(s)) throw new FilterError(`unknown status "${raw.status}": one of ${EVENT_STATUSES.join(', ')}`);
    f.status = s;
  }
  if (raw.bbox) f.bbox = parseBBox(raw.bbox);
  return f;
}

export const ORDER_NAMES: readonly EventOrder[] = ['date-desc', 'date-asc', 'fatalities-desc', 'sources-desc'];

export function parseOrder(s: string | undefined): EventOrder | undefined {
  if (!s) return undefined;
  if (!(ORDER_NAMES as readonly string[]).includes(s)) throw new FilterError(`unknown order "${s}": one of ${ORDER_NAMES.join(', ')}`);
  return s as EventOrder;
}
