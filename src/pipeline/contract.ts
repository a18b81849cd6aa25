// The machine contract of `sitrep extract`: one JSON line per input report. Keep it stable.
import type { ProcessedReport } from '../core/types.js';

export interface ContractLine {
  id: string;
  date: string | null;
  events: Record<string, unknown>[];
  places: Record<string, unknown>[];
  messages?: { level: string; code: string; reason: string }[];
}

export function toContract(p: ProcessedReport): ContractLine {
  const { report } = p;
  const line: ContractLine = {
    id: report.id,
    date: report.published,
    events: p.events.map((e) => ({
      event_type: e.event_type,
      sub_event_type: e.sub_event_type,
      event_date: e.event_date,
      time_precision: e.time_precision,
      actor1: e.actor1,
      assoc_actor_1: e.assoc_actor_1,
      inter1: e.inter1,
      actor2: e.actor2,
      assoc_actor_2: e.assoc_actor_2,
      inter2: e.inter2,
      location: e.location,
      fatalities: e.fatalities,
      claim: e.claim,
      evidence: e.evidence,
      entry: e.entry,
      sources: e.sources,
    })),
    places: p.places.map((pl) => ({
      start: pl.start,
      end: pl.end,
      text: pl.text,
      name: pl.name,
      lat: pl.lat,
      lon: pl.lon,
      geonameid: pl.geonameid,
      country: pl.country,
      admin1: pl.admin1,
      admin2: pl.admin2,
      feature_code: pl.featureCode,
      // Beyond the fixed fields: how sure the resolver is (an approximate point, such as a site
      // not in the gazetteer placed at the town the text names, has a low confidence), the level,
      // and a role for toponyms that are not places of events (inside a name, a demonym).
      level: pl.level,
      confidence: pl.confidence,
      ...(pl.role ? { role: pl.role } : {}),
    })),
  };
  const notes = report.messages.filter((m) => m.level !== 'info');
  if (notes.length) line.messages = notes.map((m) => ({ level: m.level, code: m.code, reason: m.reason }));
  return line;
}
