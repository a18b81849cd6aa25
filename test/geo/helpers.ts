// Shared setup for the geo tests: the packaged gazetteer and a report made from a sentence of ours.
import type { PlaceMention, Report } from '../../src/core/types.js';
import { geoparse, loadGazetteer, type Gazetteer } from '../../src/geo/index.js';
import { reportFromText } from '../../src/ingest/index.js';
import { splitSentences } from '../../src/text/sentences.js';

let gaz: Gazetteer | null = null;
export function gazetteer(): Gazetteer {
  return (gaz ??= loadGazetteer());
}

export function reportOf(text: string, toponyms: { start: number; end: number }[] | null = null): Report {
  const r = reportFromText(text, { id: 'test' });
  r.toponyms = toponyms;
  return r;
}

export function places(text: string, toponyms: { start: number; end: number }[] | null = null): PlaceMention[] {
  const r = reportOf(text, toponyms);
  return geoparse(r, splitSentences(r), gazetteer());
}

export function place(text: string, surface: string): PlaceMention {
  const p = places(text).find((x) => x.text === surface);
  if (!p) throw new Error(`"${surface}" not found among ${places(text).map((x) => x.text).join(', ')}`);
  return p;
}

/** Great-circle distance in km. */
export function km(a: { lat: number | null; lon: number | null }, lat: number, lon: number): number {
  const r = Math.PI / 180;
  const x = Math.sin(((lat - a.lat!) * r) / 2) ** 2 + Math.cos(a.lat! * r) * Math.cos(lat * r) * Math.sin(((lon - a.lon!) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(x));
}
