// A wire story's dateline ("BEIRUT, May 21, 2015 (Reuters) -", "DAMASCUS (AFP) —") names where the
// report was filed, not where the event happened: its place is never an event's place.
import type { Sentence, Span } from '../core/types.js';

// An upper-case place (one to four words), an optional ", Country", an optional date and agency in
// brackets, then a dash. Upper case is what tells a dateline from "Aleppo - rebels said ...".
const DATELINE =
  /^[\s"'“]*((?:[A-Z][A-Z'’.\-]+)(?:\s+[A-Z][A-Z'’.\-]+){0,3})(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?,?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:-|–|—|--)\s/;

/** The dateline spans of a report's sentences (at most one per sentence, at its start). */
export function datelineSpans(text: string, sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const m = DATELINE.exec(text.slice(s.start, Math.min(s.end, s.start + 120)));
    if (m) out.push({ start: s.start, end: s.start + m[0].length });
  }
  return out;
}
