// The event list beside the map: one page at a time from the API. Each item is a button, so it is
// reachable by Tab and opens the detail with Enter.
import type { ApiEvent, ApiEventPage } from './api-types.js';
import { typeColor } from './colors.js';
import { h, fmtNumber } from './dom.js';

export function describeActors(e: ApiEvent): string {
  const a = e.actor1 ?? 'Unidentified actor';
  return e.actor2 ? `${a} vs ${e.actor2}` : a;
}

export function renderList(el: HTMLOListElement, page: ApiEventPage, open: (id: string) => void, selected: string | null): void {
  el.replaceChildren();
  if (page.events.length === 0) {
    el.append(h('li', { class: 'empty' }, 'No events match these filters.'));
    return;
  }
  for (const e of page.events) {
    const where = [e.location, e.admin1, e.country].filter(Boolean).join(', ') || 'Place unknown';
    const btn = h(
      'button',
      { type: 'button', class: 'event-item', 'data-id': e.id, 'aria-current': e.id === selected ? 'true' : null },
      h('span', { class: 'type-bar', style: `--c:${typeColor(e.event_type)}`, 'aria-hidden': 'true' }),
      h(
        'span',
        { class: 'event-text' },
        h('span', { class: 'event-line1' }, h('strong', {}, e.sub_event_type), ' · ', e.event_date ?? 'date unknown'),
        h('span', { class: 'event-line2' }, where, e.geo_precision === 3 ? ' (province only)' : ''),
        h('span', { class: 'event-line3' }, describeActors(e)),
        h(
          'span',
          { class: 'event-meta' },
          h('span', { class: `status status-${e.status}` }, e.status),
          ` ${fmtNumber(e.fatalities)} fatalities · ${e.sources_count} source${e.sources_count === 1 ? '' : 's'}`,
        ),
      ),
    );
    btn.addEventListener('click', () => open(e.id));
    el.append(h('li', {}, btn));
  }
}
