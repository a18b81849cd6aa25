// JSONL: one full event per line, with all its mentions (report, outlet, claim, evidence),
// contradictions, control rows and history — everything `sitrep event ID --json` shows.
import type { EventSummary, StoreReader } from '../store/read.js';

export function* jsonl(events: Iterable<EventSummary>, reader: StoreReader): Generator<string> {
  for (const e of events) {
    const full = reader.getEvent(e.id);
    if (full) yield JSON.stringify(full) + '\n';
  }
}
