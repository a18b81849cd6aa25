// The actor dictionary (data/actors/*.json) and country names, compiled once into a token trie:
// a sentence is scanned in one pass, longest match first, without a regex per alias.
import { readDataJson } from '../data-path.js';
import { countryNames } from './countries.js';
import { aliasKey } from './tokens.js';

export interface NamedActor {
  id: string;
  /** ACLED-style name; may contain {country} and {period}. */
  name: string;
  /** Used when {country} cannot be filled. */
  fallback?: string;
  inter: number;
  /** The country the group belongs to, when it has one. */
  country?: string;
  /** For state forces: the state whose government-period label goes in {period}. */
  stateOf?: string;
  aliases: string[];
  caseSensitive?: string[];
  /** Names by date for groups that renamed themselves; until is exclusive, null = current. */
  periods?: { until: string | null; name: string; inter?: number }[];
}

export type GenericKind = 'state' | 'air' | 'strikes' | 'police' | 'rebels' | 'unidentified' | 'protesters' | 'rioters' | 'civilians' | 'identity';

export type LexEntry =
  | { kind: 'named'; actor: NamedActor }
  | { kind: 'generic'; generic: GenericKind; term: string }
  | { kind: 'country'; country: string; adjective: boolean };

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entries ending here; rawKey set for case-sensitive aliases (compared with the raw tokens). */
  entries: { entry: LexEntry; rawKey: string | null; alias: string }[];
}

export interface Lexicon {
  root: TrieNode;
  identityLabels: Record<string, string>;
  statePeriods: Record<string, { from: string; to: string | null; label: string }[]>;
}

interface ActorsFile {
  actors: NamedActor[];
}
interface GenericFile {
  terms: Record<GenericKind, string[]>;
  identityLabels: Record<string, string>;
}
interface PeriodsFile {
  periods: Record<string, { from: string; to: string | null; label: string }[]>;
}

function node(): TrieNode {
  return { next: new Map(), entries: [] };
}

function insert(root: TrieNode, alias: string, entry: LexEntry, caseSensitive: boolean): void {
  const key = aliasKey(alias);
  if (!key.length) return;
  let n = root;
  for (const k of key) {
    let c = n.next.get(k);
    if (!c) n.next.set(k, (c = node()));
    n = c;
  }
  const rawKey = caseSensitive ? alias.replace(/\./g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ') : null;
  n.entries.push({ entry, rawKey, alias });
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const actors = readDataJson<ActorsFile>('actors/actors.json').actors;
  const generic = readDataJson<GenericFile>('actors/generic.json');
  const periods = readDataJson<PeriodsFile>('actors/state-periods.json').periods;
  const root = node();
  // Insertion order is priority order at equal length: named actors, then generic terms, then countries.
  for (const a of actors) {
    const cs = new Set(a.caseSensitive ?? []);
    for (const alias of a.aliases) if (!cs.has(alias)) insert(root, alias, { kind: 'named', actor: a }, false);
    for (const alias of cs) insert(root, alias, { kind: 'named', actor: a }, true);
  }
  for (const [kind, terms] of Object.entries(generic.terms) as [GenericKind, string[]][]) {
    for (const t of terms) insert(root, t, { kind: 'generic', generic: kind, term: t.toLowerCase() }, false);
  }
  for (const c of countryNames()) insert(root, c.alias, { kind: 'country', country: c.country, adjective: c.adjective }, c.caseSensitive);
  cached = { root, identityLabels: generic.identityLabels, statePeriods: periods };
  return cached;
}
