// GeoJSON FeatureCollection of events, streamed feature by feature. Province-level events (ACLED
// geo_precision 3: only the province is known, placed at its centre) are flagged so a map can show
// them differently; events without coordinates keep a null geometry (valid GeoJSON) rather than a guess.
import type { EventSummary } from '../store/read.js';

export function feature(e: EventSummary): Record<string, unknown> {
  const geometry = e.lat != null && e.lon != null ? { type: 'Point', coordinates: [round(e.lon), round(e.lat)] } : null;
  return {
    type: 'Feature',
    id: e.id,
    geometry,
    properties: {
      id: e.id,
      event_date: e.event_date,
      time_precision: e.time_precision,
      event_type: e.event_type,
      sub_event_type: e.sub_event_type,
      actor1: e.actor1,
      assoc_actor_1: e.assoc_actor_1,
      actor2: e.actor2,
      assoc_actor_2: e.assoc_actor_2,
      interaction: e.interaction,
      location: e.location,
      admin1: e.admin1,
      admin2: e.admin2,
      country: e.country,
      geo_precision: e.geo_precision,
      province_level: e.geo_precision === 3,
      fatalities: e.fatalities,
      fatalities_low: e.fatalities_low,
      fatalities_high: e.fatalities_high,
      status: e.status,
      sources_count: e.sources_count,
      corroboration: e.corroboration,
      outlets: e.outlets,
      claimed_by: e.claimed_by,
      evidence: e.evidence,
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

export function* geojson(events: Iterable<EventSummary>): Generator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for (const e of events) {
    yield (first ? '' : ',\n') + JSON.stringify(feature(e));
    first = false;
  }
  yield '\n]}\n';
}
