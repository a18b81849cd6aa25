// The event detail: every report that mentions the event with the evidence sentence highlighted in its
// context, who claims it and how, contradictions between reports, the event's history and, for a
// place whose control changed, the control record.
import type { ApiContradiction, ApiEventDetail, ApiHistoryItem, ApiMention } from './api-types.js';
import { typeColor } from './colors.js';
import { h, fmtNumber, outletLabel } from './dom.js';
import { describeActors } from './list.js';

export interface DetailCallbacks {
  showControl(place: string): void;
}

export function renderDetail(el: HTMLElement, d: ApiEventDetail, cb: DetailCallbacks): void {
  const where = [d.location, d.admin1, d.country].filter(Boolean).join(', ') || 'Place unknown';
  const fatal =
    d.fatalities_low !== null && d.fatalities_high !== null && d.fatalities_high !== d.fatalities_low
      ? `${fmtNumber(d.fatalities)} (reports range ${d.fatalities_low}–${d.fatalities_high})`
      : fmtNumber(d.fatalities);
  const rows: [string, string | null][] = [
    ['Event type', `${d.event_type} — ${d.sub_event_type}`],
    ['Date', d.event_date ? `${d.event_date}${precisionNote(d.time_precision, 'time')}` : 'unknown'],
    ['Where', `${where}${precisionNote(d.geo_precision, 'geo')}`],
    ['Actor 1', join(d.actor1, d.assoc_actor_1)],
    ['Actor 2', join(d.actor2, d.assoc_actor_2)],
    ['Interaction', d.interaction === null ? null : String(d.interaction)],
    ['Fatalities', fatal],
    ['Status', d.status],
    ['Claimed by', d.claimed_by.length ? d.claimed_by.join('; ') : null],
    ['Sources', d.outlets.map(outletLabel).join('; ') || null],
  ];
  const table = h('dl', { class: 'fields' });
  for (const [k, v] of rows) table.append(h('dt', {}, k), h('dd', {}, v ?? '—'));

  const parts: (HTMLElement | null)[] = [
    h('p', { class: 'detail-kicker', style: `--c:${typeColor(d.event_type)}` }, d.event_type),
    h('h2', { id: 'detail-title', tabindex: '-1' }, `${d.sub_event_type}, ${d.location ?? d.admin1 ?? 'place unknown'}`),
    h('p', { class: 'detail-sub' }, `${d.event_date ?? 'date unknown'} · ${describeActors(d)} · event ${d.id}`),
    table,
    section(`Reports (${d.mentions.length})`, d.mentions.map(mention), 'mentions'),
    d.contradictions.length ? section(`Contradictions (${d.contradictions.length})`, d.contradictions.map(contradiction), 'contradictions') : null,
    d.control.length ? section('Control', d.control.map((c) => h('li', {}, `${c.since}: ${c.place} — ${c.holder ?? 'no holder stated'}${c.previous ? ` (from ${c.previous})` : ''}, ${c.status}`)), 'control') : null,
    section('History', d.history.map(history), 'history'),
  ];
  el.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  if (d.location) {
    const b = h('button', { type: 'button', class: 'link' }, `Control of ${d.location} over time`);
    b.addEventListener('click', () => cb.showControl(d.location!));
    el.append(b);
  }
}

function join(a: string | null, assoc: string | null): string | null {
  if (!a) return null;
  return assoc ? `${a} (with ${assoc})` : a;
}

function precisionNote(p: number | null, kind: 'time' | 'geo'): string {
  if (kind === 'time') return p === 2 ? ' (within a few days)' : p === 3 ? ' (month only)' : '';
  return p === 2 ? ' (near this place)' : p === 3 ? ' (province only)' : '';
}

function section(title: string, items: HTMLElement[], cls: string): HTMLElement {
  return h('section', { class: `detail-section ${cls}` }, h('h3', {}, title), items.length ? h('ul', {}, ...items) : h('p', { class: 'muted' }, 'None.'));
}

/** The passage with the evidence sentence marked. */
function context(m: ApiMention): HTMLElement {
  const { text, start, end } = m.context;
  const ok = start >= 0 && end <= text.length && start < end;
  if (!ok) return h('blockquote', { class: 'context' }, h('mark', {}, m.evidence.text));
  const before = text.slice(0, start);
  const after = text.slice(end);
  return h(
    'blockquote',
    { class: 'context' },
    before.length && start > 0 ? '…' + before.replace(/^\S*\s/, '') : before,
    h('mark', {}, text.slice(start, end)),
    after.length ? after.replace(/\s\S*$/, '') + '…' : '',
  );
}

function mention(m: ApiMention): HTMLElement {
  const r = m.report;
  const title = r.title ?? r.key;
  const head = r.url ? h('a', { href: r.url, rel: 'noopener noreferrer', target: '_blank' }, title) : h('span', {}, title);
  return h(
    'li',
    { class: 'mention' },
    h('p', { class: 'mention-head' }, h('strong', {}, outletLabel(r.outlet)), ' · ', r.published ?? 'undated', ' · ', head),
    context(m),
    h(
      'p',
      { class: 'mention-claim' },
      h('span', { class: `status status-${m.claim.status}` }, m.claim.status),
      m.claim.by ? ` by ${m.claim.by}` : '',
      ` · ${m.fatalities} fatalities · ${m.sub_event_type}${m.event_date ? ` on ${m.event_date}` : ''}`,
    ),
  );
}

function contradiction(c: ApiContradiction): HTMLElement {
  const side = (s: ApiContradiction['a']) => h('li', {}, h('strong', {}, outletLabel(s.outlet)), ` (${s.claim}${s.by ? ` by ${s.by}` : ''}): `, h('q', {}, s.evidence));
  return h('li', { class: 'contradiction' }, h('p', {}, h('strong', {}, c.kind), ': ', c.summary), h('ul', {}, side(c.a), side(c.b)));
}

function history(item: ApiHistoryItem): HTMLElement {
  const detail = Object.entries(item.detail)
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(', ');
  return h('li', {}, h('time', {}, item.at.slice(0, 19).replace('T', ' ')), ` ${item.kind}`, detail ? ` — ${detail}` : '');
}
