// The view's state lives in the URL's query string, so a view can be bookmarked and shared.
// Filters go to the API as they are; view keys (event, sort, offset, map) stay in the page.

export const FILTER_KEYS = ['q', 'type', 'sub', 'status', 'actor', 'place', 'source', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface ViewState {
  filters: Partial<Record<FilterKey, string>>;
  sort: string;
  offset: number;
  /** The open event, if any. */
  event: string | null;
  /** Map centre and zoom, "lat,lon,zoom". */
  view: string | null;
}

export function readState(search: string = location.search): ViewState {
  const p = new URLSearchParams(search);
  const filters: ViewState['filters'] = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v) filters[k] = v;
  }
  const offset = Number(p.get('offset'));
  return {
    filters,
    sort: p.get('sort') || 'date-desc',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    event: p.get('event'),
    view: p.get('view'),
  };
}

export function writeState(s: ViewState, replace = false): void {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  if (s.sort !== 'date-desc') p.set('sort', s.sort);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.event) p.set('event', s.event);
  if (s.view) p.set('view', s.view);
  const qs = p.toString();
  const url = location.pathname + (qs ? `?${qs}` : '');
  if (url === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

/** The filters as API query parameters, optionally leaving some out (the timeline ignores its own range). */
export function filterParams(s: ViewState, omit: FilterKey[] = []): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s.filters[k] && !omit.includes(k)) p.set(k, s.filters[k]!);
  return p;
}
