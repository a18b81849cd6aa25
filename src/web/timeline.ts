// The timeline: events per day, week or month, stacked by type, with a brush. Dragging across it
// selects a date range that filters the map and the list; the bars always show the whole period.
import type { ApiTimeline, ApiTimelineBucket } from './api-types.js';
import { EVENT_TYPES, typeColor } from './colors.js';
import { fmtNumber } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const DAY = 86_400_000;

/** The first and last day a bucket covers. */
export function bucketRange(key: string, size: ApiTimeline['bucket']): [string, string] {
  if (size === 'month') {
    const [y, m] = key.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    return [`${key}-01`, last];
  }
  if (size === 'week') return [key, new Date(Date.parse(key) + 6 * DAY).toISOString().slice(0, 10)];
  return [key, key];
}

/** Every bucket from the first to the last, with empty ones filled in, so the x axis is time. */
function continuous(t: ApiTimeline): ApiTimelineBucket[] {
  if (t.buckets.length === 0) return [];
  const have = new Map(t.buckets.map((b) => [b.date, b]));
  const out: ApiTimelineBucket[] = [];
  const first = t.buckets[0]!.date;
  const last = t.buckets[t.buckets.length - 1]!.date;
  let key = first;
  for (let guard = 0; guard < 5000; guard++) {
    out.push(have.get(key) ?? { date: key, events: 0, fatalities: 0, by_type: {} });
    if (key >= last) break;
    if (t.bucket === 'month') {
      const [y, m] = key.split('-').map(Number) as [number, number];
      key = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
    } else {
      key = new Date(Date.parse(key) + (t.bucket === 'week' ? 7 : 1) * DAY).toISOString().slice(0, 10);
    }
  }
  return out;
}

export class Timeline {
  private data: ApiTimeline = { bucket: 'day', buckets: [] };

  constructor(
    private readonly el: HTMLElement,
    private readonly onRange: (from: string | null, to: string | null) => void,
  ) {}

  render(t: ApiTimeline, from: string | null, to: string | null): void {
    this.data = t;
    const buckets = continuous(t);
    this.el.replaceChildren();
    if (buckets.length === 0) {
      this.el.textContent = 'No dated events match.';
      return;
    }
    const width = Math.max(this.el.clientWidth || 600, 280);
    const height = 120;
    const pad = { l: 36, r: 8, t: 8, b: 22 };
    const innerW = width - pad.l - pad.r;
    const innerH = height - pad.t - pad.b;
    const max = Math.max(1, ...buckets.map((b) => b.events));
    const bw = innerW / buckets.length;
    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'timeline-svg' });
    root.setAttribute('aria-label', `Events per ${t.bucket}: ${buckets.length} ${t.bucket}s, at most ${max} in one`);

    // Axis: the maximum and a few dates.
    root.append(svg('line', { x1: pad.l, x2: width - pad.r, y1: pad.t + innerH, y2: pad.t + innerH, class: 'axis' }));
    const maxLabel = svg('text', { x: pad.l - 4, y: pad.t + 9, 'text-anchor': 'end', class: 'tick' });
    maxLabel.textContent = fmtNumber(max);
    root.append(maxLabel);
    const ticks = Math.min(buckets.length, Math.max(2, Math.floor(innerW / 90)));
    for (let i = 0; i < ticks; i++) {
      const idx = Math.round((i * (buckets.length - 1)) / Math.max(1, ticks - 1));
      const x = pad.l + idx * bw + bw / 2;
      const label = svg('text', { x, y: height - 6, 'text-anchor': i === 0 ? 'start' : i === ticks - 1 ? 'end' : 'middle', class: 'tick' });
      label.textContent = buckets[idx]!.date;
      root.append(label);
    }

    const [selFrom, selTo] = [from, to];
    buckets.forEach((b, i) => {
      const [bFrom, bTo] = bucketRange(b.date, t.bucket);
      const outside = (selFrom && bTo < selFrom) || (selTo && bFrom > selTo);
      let y = pad.t + innerH;
      const g = svg('g', { class: outside ? 'bar dim' : 'bar' });
      const title = svg('title', {});
      title.textContent = `${b.date}: ${b.events} events, ${b.fatalities} fatalities`;
      g.append(title);
      for (const type of EVENT_TYPES) {
        const n = b.by_type[type] ?? 0;
        if (!n) continue;
        const hgt = (n / max) * innerH;
        y -= hgt;
        g.append(svg('rect', { x: pad.l + i * bw + 0.5, y, width: Math.max(1, bw - 1), height: hgt, fill: typeColor(type) }));
      }
      root.append(g);
    });

    // The brush: a drag across the plot selects whole buckets.
    const brush = svg('rect', { class: 'brush', x: 0, y: pad.t, width: 0, height: innerH });
    const hit = svg('rect', { class: 'brush-area', x: pad.l, y: pad.t, width: innerW, height: innerH });
    root.append(brush, hit);
    const indexAt = (ev: PointerEvent) => {
      const box = root.getBoundingClientRect();
      const x = ((ev.clientX - box.left) / box.width) * width - pad.l;
      return Math.max(0, Math.min(buckets.length - 1, Math.floor(x / bw)));
    };
    let start: number | null = null;
    const show = (a: number, b: number) => {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      brush.setAttribute('x', String(pad.l + lo * bw));
      brush.setAttribute('width', String((hi - lo + 1) * bw));
    };
    hit.addEventListener('pointerdown', (ev) => {
      start = indexAt(ev);
      hit.setPointerCapture(ev.pointerId);
      show(start, start);
    });
    hit.addEventListener('pointermove', (ev) => {
      if (start !== null) show(start, indexAt(ev));
    });
    hit.addEventListener('pointerup', (ev) => {
      if (start === null) return;
      const end = indexAt(ev);
      const lo = Math.min(start, end);
      const hi = Math.max(start, end);
      start = null;
      this.onRange(bucketRange(buckets[lo]!.date, t.bucket)[0], bucketRange(buckets[hi]!.date, t.bucket)[1]);
    });
    // Show the current range as the brush.
    if (selFrom || selTo) {
      const lo = buckets.findIndex((b) => !selFrom || bucketRange(b.date, t.bucket)[1] >= selFrom);
      let hi = buckets.length - 1;
      while (hi > 0 && selTo && bucketRange(buckets[hi]!.date, t.bucket)[0] > selTo) hi--;
      if (lo >= 0 && hi >= lo) show(lo, hi);
    }
    this.el.append(root);
  }

  get bucket(): ApiTimeline['bucket'] {
    return this.data.bucket;
  }
}
