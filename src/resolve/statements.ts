// Statements of control: reporters describe who holds a place in passing ("the rebel-held town of
// Khan Sheikhun", "ISIS-held Raqqa", "Aleppo, now under the control of the Free Syrian Army").
// Each is evidence that the named actor held the place on the day of the report; it feeds the
// control timeline beside the territory events, with less weight than a reported change of hands.
import type { PlaceMention, Span } from '../core/types.js';
import { findActorMentions } from '../extract/actors/match.js';
import { resolveMention } from '../extract/actors/label.js';

export interface ControlStatement {
  /** Index of the place in the report's places. */
  place: number;
  /** Only part of the place is meant ("rebel-held eastern Aleppo", "areas of Homs"): a divided place. */
  partial: boolean;
  holder: string;
  inter: number;
  evidence: Span & { text: string };
  rule: string;
}

/** "<actor>-held [up to four words]" right before the place: "rebel-held northwestern town of". */
const HELD_BEFORE = /(?:^|[\s(“"'‘])((?:[\p{L}][\p{L}'’.]*[\s-]){0,3}[\p{L}][\p{L}'’.]*)[-\s](?:held|controlled)\s+((?:[\p{L}'’-]+\s+){0,4})$/u;

/** Words allowed between "-held" and the place: descriptions of the place, not a new clause. */
const PLACE_WORDS = /^(?:the|a|an|of|in|and|town|towns|city|cities|village|villages|district|districts|neighbou?rhoods?|areas?|parts?|suburbs?|region|province|countryside|enclave|pocket|stronghold|bastion|capital|syrian|iraqi|northern|southern|eastern|western|northwestern|northeastern|southwestern|southeastern|north|south|east|west|central|rural|besieged|strategic|key|border|nearby|of)$/i;

/** Words that restrict the statement to part of the place. */
const PART_NOUNS = /^(?:areas?|parts?|districts?|neighbou?rhoods?|suburbs?|pockets?|quarters?|countryside|outskirts|sections?)$/i;
const DIRECTIONS = /^(?:eastern|western|northern|southern|northwestern|northeastern|southwestern|southeastern|east|west|north|south|central|rural)$/i;

/** "areas of X", "eastern X" (a direction right before the name), not "the northwestern town of X". */
function isPartial(words: string[]): boolean {
  if (words.some((w) => PART_NOUNS.test(w))) return true;
  const last = words.at(-1);
  return !!last && DIRECTIONS.test(last);
}

/** After the place: "…, held by X", "…, which is under the control of X", "… is now under the complete control of X". */
const HELD_AFTER =
  /^\s*,?\s*(?:which\s+|that\s+)?(?:is\s+|was\s+|remains\s+|remained\s+|has\s+been\s+)?(?:now\s+|still\s+|firmly\s+|largely\s+|entirely\s+)?(?:held|controlled|under\s+(?:the\s+)?(?:complete\s+|full\s+|total\s+|effective\s+)?control)\s+(?:by|of)\s+((?:the\s+)?[^,.;:()"”\n]{2,60})/iu;

/** Not a statement of current control: "formerly rebel-held", "no longer under the control of". */
const NEGATED = /\b(?:formerly|previously|once|no longer|not|never|ex)[\s-]*$/i;

function holderIn(phrase: string, country: string | null, date: string | null, atEnd: boolean): { label: string; inter: number; at: number } | null {
  const ms = findActorMentions(phrase);
  if (ms.length === 0) return null;
  // The actor adjacent to "-held" (the last one) or right after "by/of" (the first one).
  const m = atEnd ? ms[ms.length - 1]! : ms[0]!;
  if (atEnd && phrase.slice(m.end).trim() !== '') return null;
  if (!atEnd && phrase.slice(0, m.start).trim().replace(/^the$/i, '') !== '') return null;
  const r = resolveMention(m, { country, date });
  // Civilians, protesters and rioters do not hold territory.
  if (!r || r.role === 'civilians' || r.role === 'protesters' || r.role === 'rioters') return null;
  return { label: r.label, inter: r.inter, at: m.start };
}

/** Statements of control in a report's text, for its resolved places (not countries). */
export function controlStatements(text: string, places: PlaceMention[], date: string | null): ControlStatement[] {
  const out: ControlStatement[] = [];
  places.forEach((p, i) => {
    if (!p.name || p.level === 'country') return;
    const before = text.slice(Math.max(0, p.start - 100), p.start);
    const b = HELD_BEFORE.exec(before);
    if (b && b[2]!.split(/\s+/).filter(Boolean).every((w) => PLACE_WORDS.test(w))) {
      const phraseStart = p.start - before.length + b.index + b[0].indexOf(b[1]!);
      const h = holderIn(b[1]!, p.country, date, true);
      const actorStart = h ? phraseStart + h.at : phraseStart;
      if (h && !NEGATED.test(text.slice(Math.max(0, actorStart - 20), actorStart))) {
        const partial = isPartial(b[2]!.split(/\s+/).filter(Boolean));
        out.push({ place: i, partial, holder: h.label, inter: h.inter, evidence: { start: actorStart, end: p.end, text: text.slice(actorStart, p.end) }, rule: partial ? 'control:held-before:part' : 'control:held-before' });
        return;
      }
    }
    const after = text.slice(p.end, p.end + 120);
    const a = HELD_AFTER.exec(after);
    if (a) {
      const h = holderIn(a[1]!, p.country, date, false);
      if (h) {
        const end = p.end + a.index + a[0].length;
        out.push({ place: i, partial: false, holder: h.label, inter: h.inter, evidence: { start: p.start, end, text: text.slice(p.start, end) }, rule: 'control:held-after' });
      }
    }
  });
  return out;
}
