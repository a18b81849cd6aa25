// Counts for `sitrep run`'s closing summary line.
import type { ResolveSummary } from '../store/types.js';

export class RunTally {
  readonly startedAt = Date.now();
  new = 0;
  skipped = 0;
  failed = 0;
  mentions = 0;

  get read(): number {
    return this.new + this.skipped + this.failed;
  }

  stored(mentions: number): void {
    this.new++;
    this.mentions += mentions;
  }

  summary(resolved: ResolveSummary, now = Date.now()): string {
    const secs = Math.max((now - this.startedAt) / 1000, 1e-3);
    const n = (x: number) => x.toLocaleString('en-US');
    return (
      `sitrep run: ${n(this.read)} reports read: ${n(this.new)} new, ${n(this.skipped)} already stored, ${n(this.failed)} failed; ` +
      `${n(this.mentions)} event mentions stored; resolution: ${n(resolved.mentions)} mentions into ${n(resolved.events)} events ` +
      `(${n(resolved.created)} new, ${n(resolved.updated)} updated); ${secs.toFixed(1)} s, ${n(Math.round(this.read / secs))} reports/s`
    );
  }
}
