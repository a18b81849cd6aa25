// The workspace page: filters, map, list, timeline and detail, all driven by the state in the URL.
// Everything is asked of the API already aggregated or paged: the browser never holds all events.
import type { ApiControl, ApiEventDetail, ApiEventPage, ApiMap, ApiPlace, ApiStats, ApiTimeline } from './api-types.js';
import { getJson } from './api.js';
import { EVENT_STATUSES, EVENT_TYPES, SUB_EVENT_TYPES } from './colors.js';
import { renderControl } from './control.js';
import { renderDetail } from './detail.js';
import { byId, fmtNumber, h } from './dom.js';
import { renderList } from './list.js';
import { EventMap, renderLegend } from './map.js';
import { filterParams, FILTER_KEYS, readState, writeState, type FilterKey, type ViewState } from './state.js';
import { Timeline } from './timeline.js';

const PAGE = 50;
/** Above this many matching events the server aggregates; then the map asks only for what is in view. */
const MAP_DETAIL_MAX = 5000;
const POLL_MS = 4000;

let state: ViewState = readState();
let version: string | null = null;
let zoom = 6;
let refreshing: AbortController | null = null;

const form = byId<HTMLFormElement>('filters');
const list = byId<HTMLOListElement>('list');
const detail = byId('detail');
const detailBody = byId('detail-body');
const controlPanel = byId('control-panel');
let lastFocus: HTMLElement | null = null;

function fillSelect(name: string, values: string[]): void {
  const sel = form.elements.namedItem(name) as HTMLSelectElement;
  for (const v of values) sel.append(h('option', { value: v }, v));
}

function syncForm(): void {
  for (const k of FILTER_KEYS) {
    const input = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
    if (input) input.value = state.filters[k] ?? '';
  }
  byId<HTMLSelectElement>('sort').value = state.sort;
  byId('clear-range').hidden = !state.filters.from && !state.filters.to;
}

function setFilters(filters: ViewState['filters']): void {
  const placeChosen = filters.place && (filters.place !== state.filters.place || filters.to !== state.filters.to);
  state = { ...state, filters, offset: 0 };
  if (placeChosen) void showControl(filters.place!, true);
  else if (!filters.place) controlPanel.hidden = true;
  writeState(state);
  syncForm();
  void refresh();
}

const map = new EventMap(
  byId('map'),
  {
    openEvent: (id) => void openEvent(id),
    showControl: (place) => void showControl(place),
    moved: (view, z) => {
      const gridChange = z !== zoom && lastMap?.mode === 'grid';
      const needsView = mapBounded || (z >= 7 && (lastMap?.total ?? 0) > MAP_DETAIL_MAX);
      zoom = z;
      state = { ...state, view };
      writeState(state, true);
      if (gridChange || needsView) void refreshMap();
    },
  },
  state.view,
);
zoom = map.map.getZoom();
let lastMap: ApiMap | null = null;
/** Whether the last map answer was limited to the view (many events, zoomed in). */
let mapBounded = false;

function viewBounds(): string {
  const b = map.map.getBounds().pad(0.2);
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v)).toFixed(4);
  return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].join(',');
}

const timeline = new Timeline(byId('timeline'), (from, to) => {
  setFilters({ ...state.filters, from: from ?? undefined, to: to ?? undefined });
});

async function refreshMap(signal?: AbortSignal): Promise<void> {
  const p = filterParams(state);
  p.set('zoom', String(zoom));
  const bounded = zoom >= 7 && (mapBounded || (lastMap?.total ?? 0) > MAP_DETAIL_MAX);
  if (bounded) p.set('bbox', viewBounds());
  lastMap = await getJson<ApiMap>('/api/map', p, signal);
  mapBounded = bounded;
  map.render(lastMap);
  byId('map').dataset.features = String(lastMap.features.length);
  byId('map').dataset.total = String(lastMap.total);
}

async function refreshList(signal?: AbortSignal): Promise<void> {
  const p = filterParams(state);
  p.set('limit', String(PAGE));
  p.set('offset', String(state.offset));
  p.set('sort', state.sort);
  const page = await getJson<ApiEventPage>('/api/events', p, signal);
  renderList(list, page, (id) => void openEvent(id), state.event);
  const first = page.total ? page.offset + 1 : 0;
  const last = page.offset + page.events.length;
  byId('list-count').textContent = `${fmtNumber(page.total)} event${page.total === 1 ? '' : 's'} match`;
  byId('page-info').textContent = page.total ? `${fmtNumber(first)}–${fmtNumber(last)} of ${fmtNumber(page.total)}` : '';
  byId<HTMLButtonElement>('prev').disabled = page.offset === 0;
  byId<HTMLButtonElement>('next').disabled = last >= page.total;
  list.dataset.total = String(page.total);
}

async function refreshTimeline(signal?: AbortSignal): Promise<void> {
  // The bars ignore the date range so the brush can widen it again.
  const t = await getJson<ApiTimeline>('/api/timeline', filterParams(state, ['from', 'to']), signal);
  timeline.render(t, state.filters.from ?? null, state.filters.to ?? null);
  const total = t.buckets.reduce((n, b) => n + b.events, 0);
  byId('timeline-info').textContent = `${fmtNumber(total)} dated events, per ${t.bucket}. Drag across the bars to choose dates.`;
  byId('timeline').dataset.events = String(total);
}

function updateExportLinks(): void {
  for (const [id, format] of [
    ['export-csv', 'acled-csv'],
    ['export-geojson', 'geojson'],
    ['export-jsonl', 'jsonl'],
  ] as const) {
    const p = filterParams(state);
    p.set('format', format);
    byId<HTMLAnchorElement>(id).href = `/api/export?${p}`;
  }
}

async function refresh(): Promise<void> {
  refreshing?.abort();
  const ctrl = new AbortController();
  refreshing = ctrl;
  updateExportLinks();
  document.body.dataset.loading = 'true';
  try {
    await Promise.all([refreshMap(ctrl.signal), refreshList(ctrl.signal), refreshTimeline(ctrl.signal), refreshStats()]);
    if (refreshing === ctrl) document.body.dataset.loading = 'false';
  } catch (e) {
    if ((e as Error).name === 'AbortError') return;
    toast(`Could not load: ${(e as Error).message}`);
    document.body.dataset.loading = 'error';
  }
}

async function refreshStats(): Promise<ApiStats> {
  const s = await getJson<ApiStats>('/api/stats');
  version ??= s.version;
  const range = s.dateRange.from ? ` · ${s.dateRange.from} to ${s.dateRange.to}` : '';
  byId('stats').textContent = `${fmtNumber(s.events)} events from ${fmtNumber(s.reports)} reports${range}`;
  return s;
}

async function openEvent(id: string): Promise<void> {
  if (detail.hidden) lastFocus = document.activeElement as HTMLElement | null;
  state = { ...state, event: id };
  writeState(state);
  try {
    const d = await getJson<ApiEventDetail>(`/api/events/${encodeURIComponent(id)}`);
    renderDetail(detailBody, d, { showControl: (place) => void showControl(place) });
    detail.hidden = false;
    document.body.classList.add('detail-open');
    byId('detail-title').focus();
  } catch (e) {
    toast(`Could not open event ${id}: ${(e as Error).message}`);
  }
}

function closeDetail(): void {
  if (detail.hidden) return;
  detail.hidden = true;
  document.body.classList.remove('detail-open');
  state = { ...state, event: null };
  writeState(state);
  lastFocus?.focus();
}

/** A place's control over time; `quiet`: show nothing for a place with no recorded change. */
async function showControl(place: string, quiet = false): Promise<void> {
  const p = new URLSearchParams({ place });
  if (state.filters.to) p.set('on', state.filters.to);
  try {
    const c = await getJson<ApiControl>('/api/control', p);
    if (quiet && !c.place) {
      controlPanel.hidden = true;
      return;
    }
    renderControl(controlPanel, place, c, () => {
      controlPanel.hidden = true;
    });
    controlPanel.hidden = false;
  } catch (e) {
    toast(`Control of ${place}: ${(e as Error).message}`);
  }
}

let toastTimer: number | undefined;
function toast(text: string): void {
  const el = byId('toast');
  el.textContent = text;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (el.hidden = true), 6000);
}

/** New reports ingested elsewhere: refresh when the store's version changes. */
async function poll(): Promise<void> {
  try {
    const s = await getJson<ApiStats>('/api/stats');
    if (version !== null && s.version !== version) {
      version = s.version;
      toast(`Updated: ${fmtNumber(s.events)} events stored.`);
      await refresh();
    }
    version = s.version;
  } catch {
    // The server may be restarting; try again at the next tick.
  }
}

async function loadPlaces(): Promise<void> {
  try {
    const { places } = await getJson<{ places: ApiPlace[] }>('/api/places', new URLSearchParams({ limit: '300' }));
    byId('place-options').replaceChildren(...places.map((p) => h('option', { value: p.name }, `${p.events} events`)));
  } catch {
    // Suggestions are a convenience only.
  }
}

function wire(): void {
  fillSelect('type', EVENT_TYPES);
  fillSelect('status', EVENT_STATUSES);
  const sub = form.elements.namedItem('sub') as HTMLSelectElement;
  for (const [type, subs] of Object.entries(SUB_EVENT_TYPES)) {
    sub.append(h('optgroup', { label: type }, ...subs.map((s) => h('option', { value: s }, s))));
  }
  renderLegend(byId('legend-body'));
  // On a phone the legend starts folded so that it does not hide the map.
  // Filters too, unless the URL already sets some.
  if (window.matchMedia('(max-width: 760px)').matches) {
    byId('legend').removeAttribute('open');
    if (!Object.keys(state.filters).length) byId('filter-box').removeAttribute('open');
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const filters: ViewState['filters'] = {};
    for (const k of FILTER_KEYS) {
      const v = String(data.get(k) ?? '').trim();
      if (v) filters[k as FilterKey] = v;
    }
    setFilters(filters);
  });
  for (const name of ['type', 'sub', 'status', 'from', 'to']) {
    (form.elements.namedItem(name) as HTMLElement | null)?.addEventListener('change', () => form.requestSubmit());
  }
  byId('reset').addEventListener('click', () => setFilters({}));
  byId('clear-range').addEventListener('click', () => setFilters({ ...state.filters, from: undefined, to: undefined }));
  byId('sort').addEventListener('change', (ev) => {
    state = { ...state, sort: (ev.target as HTMLSelectElement).value, offset: 0 };
    writeState(state);
    void refreshList();
  });
  byId('prev').addEventListener('click', () => {
    state = { ...state, offset: Math.max(0, state.offset - PAGE) };
    writeState(state);
    void refreshList();
  });
  byId('next').addEventListener('click', () => {
    state = { ...state, offset: state.offset + PAGE };
    writeState(state);
    void refreshList();
  });
  byId('detail-close').addEventListener('click', closeDetail);
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    if (!detail.hidden) closeDetail();
    else if (!controlPanel.hidden) controlPanel.hidden = true;
  });
  window.addEventListener('popstate', () => {
    state = readState();
    syncForm();
    void refresh();
    if (state.event) void openEvent(state.event);
    else closeDetail();
  });
}

wire();
syncForm();
void refresh().then(() => {
  if (state.event) void openEvent(state.event);
  if (state.filters.place) void showControl(state.filters.place, true);
});
void loadPlaces();
window.setInterval(() => void poll(), POLL_MS);
