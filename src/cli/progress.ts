// A one-line progress bar on stderr for long runs: count, rate, and time left when the total is
// known. Only on a terminal (never in a pipe or a log), not before the run has lasted a second,
// and never with --quiet.
import type { WriteStream } from 'node:tty';
import { estimateReportCount } from '../pipeline/count.js';

export interface ProgressOptions {
  label: string;
  quiet?: boolean;
  stream?: NodeJS.WriteStream;
  /** Expected number of items, or a promise of it (counted in the background); null if unknown. */
  total?: number | null | Promise<number | null>;
}

const REDRAW_MS = 200;
const SHOW_AFTER_MS = 1000;
const RATE_WINDOW_MS = 10_000;

export class Progress {
  private readonly stream: NodeJS.WriteStream;
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private total: number | null = null;
  private count = 0;
  private lastDraw = 0;
  private drawn = false;
  /** Recent (time, count) points: the rate is measured over the last few seconds, not since start-up. */
  private readonly samples: { t: number; n: number }[] = [];

  constructor(private readonly opts: ProgressOptions) {
    this.stream = opts.stream ?? process.stderr;
    this.enabled = !opts.quiet && Boolean((this.stream as WriteStream).isTTY);
    if (!this.enabled) return;
    const t = opts.total;
    if (t instanceof Promise) t.then((n) => (this.total = n), () => {});
    else this.total = t ?? null;
  }

  tick(n = 1): void {
    this.count += n;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.samples.push({ t: now, n: this.count });
    while (this.samples.length > 2 && now - this.samples[0]!.t > RATE_WINDOW_MS) this.samples.shift();
    this.draw(now);
  }

  /** Items per second over the recent window (the first seconds include loading the pipeline). */
  private rate(now: number): number {
    const first = this.samples[0];
    if (first && now - first.t >= 500) return (this.count - first.n) / ((now - first.t) / 1000);
    return this.count / Math.max((now - this.started) / 1000, 1e-3);
  }

  /** Erase the bar (before a summary line or an error line is printed). */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  /** Replace the bar with a short status (e.g. a long final step) on a terminal; nothing otherwise. */
  status(text: string): void {
    if (!this.enabled) return;
    this.stream.write('\r\x1b[K' + `${this.opts.label}  ${text}`);
    this.drawn = true;
  }

  /** Print a line above the bar without garbling it. */
  log(line: string): void {
    this.clear();
    this.stream.write(line + '\n');
  }

  private draw(now: number): void {
    const secs = (now - this.started) / 1000;
    const rate = this.rate(now);
    const parts = [this.opts.label];
    const total = this.total && this.total >= this.count ? this.total : null;
    if (total) {
      const frac = Math.min(this.count / total, 1);
      const width = 24;
      const filled = Math.round(frac * width);
      parts.push(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`, `${Math.floor(frac * 100)}%`);
      parts.push(`${fmt(this.count)}/${fmt(total)}`);
    } else {
      parts.push(`${fmt(this.count)} reports`);
    }
    parts.push(`${fmt(Math.round(rate))}/s`);
    if (total && rate > 0) parts.push(`${clock((total - this.count) / rate)} left`);
    else parts.push(`${clock(secs)} elapsed`);
    const columns = (this.stream as WriteStream).columns || 80;
    this.stream.write('\r\x1b[K' + parts.join('  ').slice(0, columns - 1));
    this.drawn = true;
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The expected count of reports, counted in the background only when a bar will be shown. */
export function totalFor(paths: string[], quiet?: boolean): Promise<number | null> | null {
  return !quiet && process.stderr.isTTY ? estimateReportCount(paths) : null;
}
