// The main event of each story (entry) of a report: the first of its mentions in salience order.
// The story-level fills (toll, place, date, stated totals) each walk these, once per story.
import type { EventMention } from '../core/types.js';

export function storyMains(ordered: readonly EventMention[], story: (e: EventMention) => number): EventMention[] {
  const seen = new Set<number>();
  const out: EventMention[] = [];
  for (const e of ordered) {
    const key = story(e);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** Whether two tellings are dated at most `days` apart (an undated one fits any day). */
export function datedWithin(a: EventMention, b: EventMention, days: number): boolean {
  return !a.event_date || !b.event_date || Math.abs(Date.parse(a.event_date) - Date.parse(b.event_date)) <= days * 86_400_000;
}

/** `to` takes `from`'s toll or place, with its words; the rule says why (`why:from's rule`). */
export function adoptField(to: EventMention, from: EventMention, field: 'fatalities' | 'location', why: string): void {
  if (field === 'fatalities') to.fatalities = from.fatalities;
  else to.location = from.location;
  const src = from.sources[field];
  if (src) to.sources[field] = { span: src.span, rule: `${why}:${src.rule}` };
}
