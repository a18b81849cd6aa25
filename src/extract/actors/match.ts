// Actor mentions in a sentence: dictionary matches (longest first), then joined with their
// neighbours: a country adjective qualifies the generic term after it ("Iraqi protesters"), a
// named group absorbs the generic word after it ("Hezbollah fighters").
import type { Span } from '../../core/types.js';
import { lexicon, type GenericKind, type LexEntry, type NamedActor, type TrieNode } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';

export interface ActorMention extends Span {
  text: string;
  kind: 'named' | 'generic' | 'country-state';
  actor?: NamedActor;
  generic?: GenericKind;
  term?: string;
  /** The country a demonym or name before it gives ("Turkish jets"). */
  country: string | null;
  /** Which dictionary alias matched. */
  alias: string;
}

interface RawMatch {
  entry: LexEntry;
  alias: string;
  from: number; // token index
  to: number; // exclusive
}

function longestAt(root: TrieNode, tokens: Token[], i: number): RawMatch | null {
  let n = root;
  let best: RawMatch | null = null;
  for (let j = i; j < tokens.length; j++) {
    const c = n.next.get(tokens[j]!.norm);
    if (!c) break;
    n = c;
    if (!n.entries.length) continue;
    // The raw form is needed only for a case-sensitive alias: built when one is reached.
    let raw: string | null = null;
    for (const e of n.entries) {
      if (e.rawKey !== null) {
        raw ??= rawKeyOf(tokens, i, j + 1);
        if (e.rawKey !== raw) continue;
      }
      best = { entry: e.entry, alias: e.alias, from: i, to: j + 1 };
      break;
    }
  }
  return best;
}

function rawKeyOf(tokens: Token[], from: number, to: number): string {
  let raw = tokens[from]!.raw;
  for (let k = from + 1; k < to; k++) raw += ' ' + tokens[k]!.raw;
  return raw;
}

// A country named as the actor of a violent verb is its state's forces ("Israel struck ...").
const METONYMY_VERB = /^\s*(?:has\s+|have\s+|had\s+)?(?:struck|strikes|shelled|shells|bombed|bombs|attacked|attacks|launched|launches|fired|fires|hit|hits|targeted|targets|raided|carried out|invaded|deployed|sent)\b/i;

function rawMatches(tokens: Token[]): RawMatch[] {
  const raw: RawMatch[] = [];
  const root = lexicon().root;
  for (let i = 0; i < tokens.length; ) {
    const m = longestAt(root, tokens, i);
    if (m) {
      raw.push(m);
      i = m.to;
    } else i++;
  }
  return raw;
}

export interface SentenceScan {
  mentions: ActorMention[];
  /** Countries named (names, demonyms, a named actor's home country), in text order. */
  countries: { country: string; span: Span }[];
}

/** Actor mentions and countries named, from one pass over the sentence's tokens. */
export function scanSentence(text: string): SentenceScan {
  const tokens = tokenize(text);
  const raw = rawMatches(tokens);
  return { mentions: mentionsFrom(text, tokens, raw), countries: countriesFrom(text, tokens, raw) };
}

export function findActorMentions(text: string): ActorMention[] {
  const tokens = tokenize(text);
  return mentionsFrom(text, tokens, rawMatches(tokens));
}

/** Generic forces a possessive can give a country ("its troops", "their warplanes"). */
const OWNED_FORCES = new Set(['state', 'air', 'police']);
/** "its troops", "their own men": a group's or a country's own, named before ("his" and "our" point to people). */
const POSSESSIVE_BEFORE = /\b(?:its|their)\s+(?:own\s+)?$/i;

/** Between a generic armed term and the group it belongs to. */
const MEMBERS_OF =
  /^\s+(?:of|from|belonging\s+to|loyal\s+to|(?:(?:who\s+(?:are|were)\s+)?(?:believed|suspected|thought|said|alleged|reported)\s+to\s+(?:belong\s+to|be(?:\s+(?:members|fighters|militants)\s+of|\s+from)?))|linked\s+to|affiliated\s+(?:to|with)|allegedly\s+(?:from|belonging\s+to))\s+(?:the\s+)?$/i;

/** "-backed", "-led": a country that backs or leads a side named after it. */
const BACKER_AFTER = /^[-‐](?:backed|led|supported|allied|aligned|trained|funded|armed|sponsored)\b/i;
/** "'s Syrian wing", "'s affiliate in Yemen,": a group's branch named next. */
const WING_OF = /^['’]s\s+(?:[\w-]+\s+)?(?:wing|branch|affiliate|arm|offshoot|franchise|faction)(?:\s+in\s+[\w-]+)?,?\s+(?:the\s+)?$/i;

/** An aircraft's maker or model between a demonym and "jets", "drones": " Sukhoi ", " F-16 ", " Bayraktar TB2 ". */
const AIRCRAFT_MAKE_GAP = /^\s+(?:[A-Z][\w-]*|[A-Za-z]{1,3}-?\d+\w*)(?:\s+(?:[A-Z][\w-]*|[A-Za-z]{1,3}-?\d+\w*))?\s+$/;

/** The head of an organisation's name after a generic word ("Doctors Network", "Journalists Syndicate"). */
const ORGANISATION_HEAD = /^\s+(?:Network|Union|Association|Syndicate|Committee|Federation|Council|Organi[sz]ation|Society|Foundation|Institute|Centre|Center|Commission|Observatory|Collective|Platform|Guild|[Aa]dministration|[Aa]cademy|[Hh]ospital|[Cc]ourt|[Tt]ribunal|[Pp]rosecutor['’]?s?)\b/;

function mentionsFrom(text: string, tokens: Token[], raw: RawMatch[]): ActorMention[] {
  const out: ActorMention[] = [];
  const spanOf = (a: number, b: number) => ({ start: tokens[a]!.start, end: tokens[b - 1]!.end });
  const adjacent = (a: RawMatch, b: RawMatch) => a.to === b.from && /^[\s-]*$/.test(text.slice(tokens[a.to - 1]!.end, tokens[b.from]!.start));
  // The last country named, that a later "its troops" belongs to ("Russia's defence ministry said
  // all of its troops had left": Russia's forces, not those of the country the event is in).
  let lastCountry: string | null = null;
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k]!;
    const next = raw[k + 1];
    if (r.entry.kind === 'country') {
      lastCountry = r.entry.country;
      // "Turkish-backed Free Syrian Army", "Russian-led forces": the backer qualifies a side, it is not one.
      if (BACKER_AFTER.test(text.slice(tokens[r.to - 1]!.end, tokens[r.to - 1]!.end + 14))) continue;
      // "Syrian regime forces", "Iraqi protesters": the country qualifies the generic term.
      // "two Russian Sukhoi jets", "Israeli F-16 warplanes": an aircraft's make between the demonym and the noun.
      const madeBy = !!next && next.entry.kind === 'generic' && (next.entry.generic === 'air' || next.entry.generic === 'strikes') && AIRCRAFT_MAKE_GAP.test(text.slice(tokens[r.to - 1]!.end, tokens[next.from]!.start));
      if (next && next.entry.kind === 'generic' && (adjacent(r, next) || madeBy)) {
        const sp = spanOf(r.from, next.to);
        // "the Sudan Doctors Network said": an organisation's name, no actor.
        if (ORGANISATION_HEAD.test(text.slice(sp.end, sp.end + 20))) {
          k++;
          continue;
        }
        out.push({ start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end), kind: 'generic', generic: next.entry.generic, term: next.entry.term, country: r.entry.country, alias: next.alias });
        k++;
        continue;
      }
      if (!r.entry.adjective) {
        const sp = spanOf(r.from, r.to);
        if (METONYMY_VERB.test(text.slice(sp.end, sp.end + 30))) {
          out.push({ start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end), kind: 'country-state', country: r.entry.country, alias: r.alias });
        }
      }
      continue;
    }
    if (r.entry.kind === 'named') {
      // "al Qaeda's Syrian wing Nusra Front": the wing named next is the actor, not its parent.
      const wing = raw.slice(k + 1).find((x) => x.entry.kind === 'named');
      if (wing && WING_OF.test(text.slice(tokens[r.to - 1]!.end, tokens[wing.from]!.start))) continue;
      let to = r.to;
      // "Hezbollah fighters", "ISIS militants": the generic word names the same group.
      if (next && next.entry.kind === 'generic' && adjacent(r, next) && !['civilians', 'identity', 'protesters'].includes(next.entry.generic)) {
        to = next.to;
        k++;
      }
      const sp = spanOf(r.from, to);
      out.push({ start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end), kind: 'named', actor: r.entry.actor, country: null, alias: r.alias });
      continue;
    }
    // "militants of the Islamic State", "fighters from Jabhat al-Nusra", "gunmen believed to belong
    // to the ADF": the named group is the actor (ACLED codes the group the reports attribute it to).
    if (next && next.entry.kind === 'named' && ['unidentified', 'rebels'].includes(r.entry.generic) && MEMBERS_OF.test(text.slice(tokens[r.to - 1]!.end, tokens[next.from]!.start))) {
      const sp = spanOf(r.from, next.to);
      out.push({ start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end), kind: 'named', actor: next.entry.actor, country: null, alias: next.alias });
      k++;
      continue;
    }
    // "opposition activists", "rebel doctors": the armed word only describes people who are no armed
    // side (they tell the news or suffer it); the head noun is the mention.
    if (next && next.entry.kind === 'generic' && adjacent(r, next) && ['rebels', 'unidentified', 'state'].includes(r.entry.generic) && next.entry.generic === 'identity') continue;
    const sp = spanOf(r.from, r.to);
    if (ORGANISATION_HEAD.test(text.slice(sp.end, sp.end + 20))) continue;
    const owned = lastCountry !== null && OWNED_FORCES.has(r.entry.generic) && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, sp.start - 12), sp.start));
    out.push({ start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end), kind: 'generic', generic: r.entry.generic, term: r.entry.term, country: owned ? lastCountry : null, alias: r.alias });
  }
  return out;
}

/** Countries named in a text (names and demonyms, "Iraqi", "in Syria"), in text order. */
export function countriesNamed(text: string): { country: string; span: Span }[] {
  const tokens = tokenize(text);
  return countriesFrom(text, tokens, rawMatches(tokens));
}

function countriesFrom(text: string, tokens: Token[], raw: RawMatch[]): { country: string; span: Span }[] {
  const out: { country: string; span: Span }[] = [];
  for (const m of raw) {
    const e = m.entry;
    const span = { start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end };
    // ("Turkish-backed fighters": the backer is not the country the story happens in.)
    if (e.kind === 'country' && BACKER_AFTER.test(text.slice(span.end, span.end + 14))) continue;
    if (e.kind === 'country') out.push({ country: e.country, span });
    // A named actor's home country counts too ("Syrian warplanes", "Boko Haram").
    else if (e.kind === 'named' && (e.actor.stateOf ?? e.actor.country)) out.push({ country: (e.actor.stateOf ?? e.actor.country)!, span });
  }
  return out;
}
