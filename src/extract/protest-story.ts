// One protest told in two sentences: "Protests continue in Jakarta as police use tear gas.
// Demonstrators set fire to a police post." The codebook codes the demonstrators' own violence as a
// violent demonstration, whatever force the police answered with; a lead that tells only the
// police's side (an intervention, or force against protesters) is the same event seen from the
// other side. A telling of force against protesters gives way to the violent demonstration its
// story tells at the same place and day, which takes the better place in the report's order.
import type { EventMention } from '../core/types.js';
import { adoptField, datedWithin } from './story-mains.js';

const FORCE_ON_PROTEST = new Set(['Protest with intervention', 'Excessive force against protesters']);

function samePlace(a: EventMention, b: EventMention): boolean {
  if (!a.location || !b.location) return true;
  if (a.location.name === b.location.name) return true;
  // A province or country named for one telling, the town for the other.
  const vague = (e: EventMention) => e.location!.geo_precision >= 3;
  return (vague(a) || vague(b)) && a.location.country === b.location.country && (!a.location.admin1 || !b.location.admin1 || a.location.admin1 === b.location.admin1);
}

export function protestersViolenceDecides(ordered: EventMention[], story: (e: EventMention) => number): void {
  for (let i = 0; i < ordered.length; i++) {
    const force = ordered[i]!;
    if (!FORCE_ON_PROTEST.has(force.sub_event_type) || force.claim.status === 'denied') continue;
    const at = ordered.findIndex((e) => story(e) === story(force) && e.sub_event_type === 'Violent demonstration' && e.claim.status !== 'denied' && samePlace(force, e) && datedWithin(force, e, 0));
    if (at < 0) continue;
    const riot = ordered[at]!;
    // The deaths the force caused are the demonstration's deaths.
    if (force.fatalities > riot.fatalities) adoptField(riot, force, 'fatalities', 'same-protest-in-story');
    if (!riot.location && force.location) adoptField(riot, force, 'location', 'same-protest-in-story');
    riot.sources.salience = { span: null, rule: [riot.sources.salience?.rule, 'protesters-violence-decides'].filter(Boolean).join('+') };
    // The demonstration takes the better place in the report's order; the telling of force goes.
    ordered.splice(at, 1);
    const forceAt = ordered.indexOf(force);
    if (at > i) {
      riot.salience = Math.max(riot.salience, force.salience);
      ordered.splice(forceAt, 1, riot);
    } else {
      ordered.splice(forceAt, 1);
      ordered.splice(at, 0, riot);
      i--;
    }
  }
}
