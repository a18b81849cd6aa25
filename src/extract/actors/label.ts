// ACLED-style names for actor mentions: a named group's name at the event's date (renamed groups
// take the name they had then), state forces with their government-period label, and generic
// mentions named after the country they are qualified with or the country of the event.
import { lexicon } from './lexicon.js';
import type { ActorMention } from './match.js';

export interface ResolvedActor {
  label: string;
  inter: number;
  /** The victims' identity, e.g. "Journalists (Syria)", for assoc_actor. */
  assoc: string | null;
  /** The kind of actor, for the role rules. */
  role: 'state' | 'rebel' | 'militia' | 'unidentified' | 'protesters' | 'rioters' | 'civilians' | 'external';
  rule: string;
}

export interface ActorContext {
  /** ACLED country label of the event ("Syria"), or null when unknown. */
  country: string | null;
  /** The event's date, YYYY-MM-DD, or null. */
  date: string | null;
}

/** "(2000-)" for Syria in 2015; '' when the period is not known (no year is better than a wrong one). */
export function periodLabel(state: string, date: string | null): string {
  const periods = lexicon().statePeriods[state];
  if (!periods) return '';
  if (!date) return periods.length === 1 ? periods[0]!.label : '';
  const p = periods.find((x) => x.from <= date && (x.to === null || date < x.to));
  return p ? p.label : '';
}

// Country names ACLED writes with "the" in an actor name ("Military Forces of the United States").
const WITH_THE = new Set(['United States', 'United Kingdom', 'United Arab Emirates', 'Netherlands', 'Philippines', 'Central African Republic', 'Democratic Republic of Congo', 'Republic of Congo', 'Gambia', 'Comoros', 'Maldives', 'Bahamas']);

export function stateForces(state: string, date: string | null, police = false): string {
  const period = periodLabel(state, date);
  return `${police ? 'Police' : 'Military'} Forces of ${WITH_THE.has(state) ? 'the ' : ''}${state}${period ? ' ' + period : ''}`;
}

function roleOfInter(inter: number): ResolvedActor['role'] {
  return inter === 1 ? 'state' : inter === 2 ? 'rebel' : inter === 3 || inter === 4 ? 'militia' : inter === 5 ? 'rioters' : inter === 6 ? 'protesters' : inter === 7 ? 'civilians' : 'external';
}

/** The ACLED name of a mention, or null when it needs a country and none is known (unresolved). */
export function resolveMention(m: ActorMention, ctx: ActorContext): ResolvedActor | null {
  const country = m.country ?? ctx.country;
  if (m.kind === 'named' && m.actor) {
    const a = m.actor;
    let name = a.name;
    let rule = `actor-alias:${m.alias}`;
    let inter = a.inter;
    if (a.periods && ctx.date) {
      const p = a.periods.find((x) => x.until === null || ctx.date! < x.until);
      if (p) {
        if (p.name !== a.name) rule += `+renamed-by-date`;
        name = p.name;
        // The Taliban from 15 August 2021 are Afghanistan's state forces (ACLED: inter 1).
        if (p.inter !== undefined) inter = p.inter;
      }
    }
    if (name.includes('{country}')) {
      const c = a.country ?? ctx.country;
      name = c ? name.replace('{country}', c) : (a.fallback ?? name.replace(/\s*\(\{country\}\)/, ''));
    }
    if (a.stateOf) {
      name = name.replace(' {period}', periodLabel(a.stateOf, ctx.date) ? ' ' + periodLabel(a.stateOf, ctx.date) : '');
      // A state's forces are state forces (1) at home and external forces (8) abroad.
      inter = ctx.country && ctx.country !== a.stateOf ? 8 : 1;
    }
    return { label: name, inter, assoc: null, role: a.stateOf ? (inter === 1 ? 'state' : 'external') : roleOfInter(inter), rule };
  }
  if (m.kind === 'country-state') {
    if (!m.country) return null;
    const inter = ctx.country && ctx.country !== m.country ? 8 : 1;
    return { label: stateForces(m.country, ctx.date), inter, assoc: null, role: inter === 1 ? 'state' : 'external', rule: `country-as-state:${m.text}` };
  }
  // "air strikes" alone names nobody; "Russian air strikes" names Russia's forces.
  if (m.generic === 'strikes' && !m.country) return null;
  if (!country) return null;
  const q = m.country ? `demonym:${m.country}` : `context-country:${country}`;
  const external = ctx.country && country !== ctx.country;
  switch (m.generic) {
    case 'state':
    case 'air':
    case 'strikes':
      return { label: stateForces(country, ctx.date), inter: external ? 8 : 1, assoc: null, role: external ? 'external' : 'state', rule: `generic-${m.generic}:${m.term}+${q}` };
    case 'police':
      return { label: stateForces(country, ctx.date, true), inter: external ? 8 : 1, assoc: null, role: external ? 'external' : 'state', rule: `generic-police:${m.term}+${q}` };
    case 'rebels':
      // ACLED names Syria's unnamed rebels as one actor; elsewhere unnamed rebels stay unidentified.
      if (country === 'Syria') return { label: 'Opposition Rebels (Syria)', inter: 2, assoc: null, role: 'rebel', rule: `generic-rebels:${m.term}+${q}` };
      return { label: `Unidentified Armed Group (${country})`, inter: 3, assoc: null, role: 'unidentified', rule: `generic-rebels:${m.term}+${q}` };
    case 'unidentified':
      return { label: `Unidentified Armed Group (${country})`, inter: 3, assoc: null, role: 'unidentified', rule: `generic-unidentified:${m.term}+${q}` };
    case 'protesters':
      return { label: `Protesters (${country})`, inter: 6, assoc: null, role: 'protesters', rule: `generic-protesters:${m.term}+${q}` };
    case 'rioters':
      return { label: `Rioters (${country})`, inter: 5, assoc: null, role: 'rioters', rule: `generic-rioters:${m.term}+${q}` };
    case 'civilians':
      return { label: `Civilians (${country})`, inter: 7, assoc: null, role: 'civilians', rule: `generic-civilians:${m.term}+${q}` };
    case 'identity': {
      const id = lexicon().identityLabels[m.term ?? ''];
      return { label: `Civilians (${country})`, inter: 7, assoc: id ? `${id} (${country})` : null, role: 'civilians', rule: `victim-identity:${m.term}+${q}` };
    }
    default:
      return null;
  }
}
