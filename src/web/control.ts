// A place's control over time: who held it on the chosen date, and every change with its evidence.
import type { ApiControl } from './api-types.js';
import { h } from './dom.js';

export function renderControl(el: HTMLElement, place: string, c: ApiControl, close: () => void): void {
  const closeBtn = h('button', { type: 'button', class: 'close', 'aria-label': 'Close control panel' }, '×');
  closeBtn.addEventListener('click', close);
  const title = h('h2', {}, `Control of ${c.place?.name ?? place}`);
  if (!c.place) {
    el.replaceChildren(closeBtn, title, h('p', {}, 'No change of control is recorded for this place: unresolved.'));
    return;
  }
  const on = c.on ?? c.since ?? 'the latest date';
  const answer =
    c.basis === 'unknown' || !c.holder
      ? `Who held it on ${on} is unresolved.`
      : `${c.holder} held it on ${on}${c.since ? ` (since ${c.since})` : ' (since before the first recorded change)'}` +
        `${c.basis === 'inferred' ? ', inferred from the first recorded change' : ''}` +
        `${c.confidence !== null ? `, confidence ${Math.round(c.confidence * 100)}%` : ''}.`;
  const changes = h('ol', { class: 'control-changes' });
  for (const r of c.timeline) {
    changes.append(
      h(
        'li',
        {},
        h('strong', {}, r.since),
        ` ${r.holder ?? 'no holder stated'}${r.previous ? ` took it from ${r.previous}` : ''} (${r.sub_event_type}, ${r.status})`,
        r.evidence ? h('q', { class: 'muted' }, r.evidence) : null,
      ),
    );
  }
  el.replaceChildren(closeBtn, title, h('p', { class: 'control-answer' }, answer));
  if (c.alternatives.length) {
    el.append(h('p', { class: 'muted' }, `Also named so: ${c.alternatives.map((a) => [a.name, a.admin1].filter(Boolean).join(', ')).join('; ')}`));
  }
  el.append(changes);
}
