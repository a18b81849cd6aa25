// The claim behind an event: who asserts it and how far it is established.
// - by: the source the sentence attributes it to ("according to X", "X said", "X claimed"), else
//   the attribution of the next or previous sentence when that sentence only attributes; a
//   journalist's own reporting is by null.
// - status (see taxonomy.ts): 'denied' when negated or denied; 'unverified' when hedged or flagged
//   as unconfirmed (in the sentence, the next one, or the headline: "Claimed Video: ..."), or when
//   a source that is not a party "claims" it; 'confirmed' when the text says it was confirmed;
//   'claimed' when the source is a party to the conflict (the group itself, a government, an army,
//   state media); 'reported' otherwise. Activists and monitors are not parties: "activists claim"
//   is unverified, "activists said" is reported.
import type { Span } from '../core/types.js';
import type { ClaimStatus } from '../core/taxonomy.js';
import type { ModalityResult } from './modality.js';
import { disownedBefore } from './disowned.js';
import { CONFIRMS_EARLIER_WORDS } from './classify/patterns.js';

export interface ClaimResult {
  status: ClaimStatus;
  by: string | null;
  span: Span | null;
  rule: string;
}

interface SourceCue {
  re: RegExp;
  name: string | ((m: RegExpExecArray) => string);
  party: boolean;
  /** Words every match of `re` contains: a text without them skips the scan (most do). */
  gate?: RegExp;
}

const SOURCES: SourceCue[] = [
  { re: /\b(?:the\s+)?(?:Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?|SOHR)\b/g, name: 'Syrian Observatory for Human Rights', party: false, gate: /Observatory|SOHR/ },
  { re: /\b(?:Syrian\s+Network\s+for\s+Human\s+Rights|SNHR)\b/g, name: 'Syrian Network for Human Rights', party: false, gate: /Network|SNHR/ },
  { re: /\b(?:Violations\s+Documentation\s+Cent(?:er|re)|VDC)\b/g, name: 'Violations Documentation Center', party: false, gate: /Violations|VDC/ },
  { re: /\b(?:Human\s+Rights\s+Watch|Amnesty\s+International|Airwars|Médecins\s+Sans\s+Frontières|MSF|Doctors\s+Without\s+Borders|OCHA|UNHCR|UNICEF|the\s+United\s+Nations|the\s+UN|U\.N\.)\b/g, name: (m) => m[0].replace(/^the\s+/i, ''), party: false, gate: /Human|Amnesty|Airwars|decins|MSF|Doctors|OCHA|UN|Nations|U\.N/ },
  { re: /\b(?:the\s+|a\s+|Britain-based\s+|UK-based\s+)?(?:war\s+)?(?:monitor(?:ing\s+group)?|Observatory)\b/gi, name: 'a monitor', party: false, gate: /monitor|observatory/i },
  { re: /\b(?:Local\s+Coordination\s+Committees|LCCs?)\b/g, name: 'Local Coordination Committees', party: false, gate: /Coordination|LCC/ },
  { re: /\b(?:(?:opposition|local|media|anti-regime|pro-opposition|Syrian|rights)\s+)?activists?\b/gi, name: 'activists', party: false, gate: /activist/i },
  { re: /\b(?:local\s+sources?|sources\s+on\s+the\s+ground|residents|witnesses|eyewitnesses|a\s+witness|a\s+resident|locals|medics|doctors|a\s+doctor|hospital\s+(?:sources|officials)|medical\s+sources?|rescue\s+workers|rescuers|White\s+Helmets|(?:Syria(?:n)?\s+)?Civil\s+Defen[cs]e|informed\s+sources)\b/gi, name: (m) => m[0].toLowerCase().replace(/^the\s+/, ''), party: false, gate: /source|resident|witness|local|medic|doctor|hospital|rescue|white|civil/i },
  { re: /\b(?:Reuters|AFP|Agence\s+France-Presse|the\s+Associated\s+Press|AP|Al\s+Jazeera|BBC|CNN|Al\s+Arabiya|Orient\s+News|Orient|Enab\s+Baladi|Smart\s+News|Step\s+News|Syria\s+Direct|Rudaw|Kurdistan\s+24|The\s+New\s+York\s+Times|The\s+Guardian|The\s+Washington\s+Post|Al-Monitor|Middle\s+East\s+Eye|Zaman\s+al-Wasl|Qasioun)\b/g, name: (m) => m[0].replace(/^the\s+/i, ''), party: false, gate: /Reuters|AFP|Agence|Associated|AP|Jazeera|BBC|CNN|Arabiya|Orient|Enab|Smart|Step|Direct|Rudaw|Kurdistan|Times|Guardian|Post|Monitor|Eye|Zaman|Qasioun/ },
  { re: /\b(?:[A-Z][\w'’-]+\s+){1,3}(?:Media\s+Cent(?:er|re)|News(?:desk)?|Network|Agency|TV|Television|Radio|Press|Post|Times|Observer|Monitor)\b/g, name: (m) => m[0].trim(), party: false, gate: /Media|News|Network|Agency|TV|Television|Radio|Press|Post|Times|Observer|Monitor/ },
  { re: /\b(?:[Oo]n-the-ground|[Rr]eliable|[Ii]ndependent|[Oo]pposition|[Mm]edical|[Hh]ospital)\s+sources\b|\b[Ss]ources\s+(?:close\s+to|inside|in)\s+(?:the\s+)?[\w-]+/g, name: (m) => m[0].toLowerCase(), party: false, gate: /sources/i },
  { re: /\b(?:SANA|Syrian\s+Arab\s+News\s+Agency|state\s+(?:media|TV|television|news\s+agency|news|broadcaster)|State\s+(?:TV|media|television)|official\s+news\s+agency|regime\s+media|pro-(?:regime|Assad|government)\s+(?:media|outlets?|sites?|site|channels?)|al-Ikhbariya|Ikhbariya|al-Mayadeen|al-Manar|Tasnim|Fars\s+News|IRNA|TASS|RIA\s+Novosti|Sputnik|RT|Anadolu(?:\s+Agency)?|Hawar\s+News|ANHA|Amaq(?:\s+News\s+Agency)?)\b/g, name: (m) => (/^(SANA|Syrian Arab News Agency)$/.test(m[0]) ? 'SANA (state media)' : /^state|^State|official|regime|pro-/.test(m[0]) ? 'state media' : m[0]), party: true, gate: /SANA|Arab\s+News|[Ss]tate\s+(?:media|TV|television|news|broadcaster)|official\s+news|regime\s+media|pro-(?:regime|Assad|government)|Ikhbariya|Mayadeen|Manar|Tasnim|Fars\s+News|IRNA|TASS|RIA\s+Novosti|Sputnik|RT|Anadolu|Hawar\s+News|ANHA|Amaq/ },
  { re: /\b(?:(?:[Aa]\s+)?[Mm]ilitary\s+sources?|(?:[Aa]\s+)?[Ss]ecurity\s+sources?|(?:[Aa]n?\s+)?(?:army|military|security)\s+(?:official|spokesman|spokesperson|commander|statement)|(?:[Tt]he\s+|[\w-]+['’]s\s+)(?:[Aa]rmy|[Mm]ilitary)(?:\s+(?:command|general\s+command|spokesman|statement))?|(?:[Tt]he\s+)?(?:Defen[cs]e|Interior)\s+Ministry|(?:[Tt]he\s+)?Ministry\s+of\s+(?:Defen[cs]e|Interior)|[Tt]he\s+Pentagon|(?:[Aa]n?\s+)?(?:US-led\s+|U\.S\.-led\s+)?[Cc]oalition\s+(?:spokesman|spokesperson|spokeswoman|official|statement|source)s?|CENTCOM|Central\s+Command|[Tt]he\s+(?:US-led\s+|U\.S\.-led\s+)?coalition|[Tt]he\s+government|government\s+(?:officials?|spokesman|sources)|(?:[Tt]he\s+)?Kremlin|officials|an\s+official|(?:[Aa]\s+)?(?:regime|government)\s+source|[Tt]he\s+(?:group|militants|rebels|jihadists|movement)|(?:[Ll]eading\s+|[Ss]enior\s+)?(?:rebel|opposition|militant)\s+(?:spokesman|commander|source|official|group|figure|leader|politician)s?(?:\s+(?:al-)?[A-Z][\w'’-]+){0,3}|(?:[Tt]he\s+)?(?:SDF|YPG|Hezbollah|Taliban|Houthis?|ISIS|ISIL|Islamic\s+State|IS|HTS|Nusra|Boko\s+Haram|al-Shabaab)(?:\s+(?:spokesman|statement|media|officials?))?)\b/g, name: (m) => m[0].replace(/^(the|a|an|leading|senior)\s+/i, ''), party: true },
  // "regional governor Oleh Syniehubov said", "police said", "the state prosecutor's office said": the
  // state's own officials, a party to what they report.
  { re: /\b(?:(?:[Rr]egional|[Pp]rovincial|[Dd]istrict|[Ll]ocal|[Ss]tate|[Cc]ounty|[Cc]ity)\s+)?(?:[Gg]overnor|[Mm]ayor|[Pp]olice(?:\s+(?:chief|commissioner|spokesman|spokesperson|spokeswoman|officials?|sources?))?|[Pp]rosecutor(?:['’]s\s+office)?|(?:[Mm]ilitary|[Rr]egional|[Cc]ity)\s+[Aa]dministration)(?:\s+(?:al-)?[A-Z][\w'’-]+){0,3}/g, name: (m) => m[0].trim(), party: true, gate: /overnor|ayor|olice|rosecutor|dministration/ },
];

const SAID_AFTER = /^[\s"”’']*(?:\([^)]{0,40}\)\s*)?(?:,[^,]{0,80},\s*)?(?:(?:also|later|earlier|instead|meanwhile|however|command|categorically|strongly|flatly|has|have|had|officially|publicly|again|previously)\s+){0,3}(?:said|says|say|reported|reports|report|claimed|claims|claim|announced|announces|stated|states|told|confirmed|confirms|denied|denies|deny|added|wrote|posted|published|documented|recorded|tallied|counted|alleged|alleges|insisted|acknowledged|admitted|boasted|shows?|showed|issued)\b/i;
// "a video circulated by the RSF", "a statement issued by the army": what a party put out is its claim.
const SAID_BEFORE = /(?:\baccording\s+to|\b(?:circulated|released|published|posted|shared|issued|broadcast|aired)\s+by|\b(?:said|says|reported|told|claimed|confirmed|announced)|\bcited|\bquoted|\bquoting|\bciting|\bper)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/i;
const CLAIMED_RESPONSIBILITY = /\bclaim(?:ed|s|ing)?\s+responsibility\b/i;
const UNVERIFIED = /\b(?:could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:confirm|verif|check)\w*|cannot\s+(?:be\s+)?(?:independently\s+)?(?:confirm|verif|check)\w*|can't\s+(?:be\s+)?(?:confirm|verif|check)\w*|(?:has|have|had)\s+not\s+been\s+(?:able\s+to\s+)?(?:independently\s+)?(?:confirm|verif|check)\w*|(?:was|were|is|are)\s+not\s+(?:able\s+to\s+)?(?:independently\s+)?(?:confirm|verif|check)\w*|not\s+(?:be\s+)?(?:independently\s+)?(?:confirmed|verified)|unable\s+to\s+(?:independently\s+)?(?:confirm|verify)|unconfirmed|unverified|reportedly|allegedly|purportedly|rumou?rs?|rumou?red|claims?\s+of|alleged|allegations?|assertions?|(?:multiple|several|many|conflicting)\s+claims|(?:none|few|little|neither)\s+of\s+(?:these|those|the|them|which)\b[^.]{0,40}?\b(?:could|can|were|was|have\s+been|has\s+been)\s+(?:be\s+)?(?:independently\s+)?(?:confirmed|verified)|no\s+independent\s+confirmation|neither\s+(?:claim|account|report|version|side's\s+claim)\s+(?:could|can)\s+(?:be\s+)?(?:independently\s+)?(?:confirmed|verified|checked))\b/i;
const CONFIRMED = /\b(?:(?:which|that)\s+(?:could|can)\s+be\s+(?:independently\s+)?(?:confirmed|verified)|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:independently\s+)?(?:confirmed|verified)|confirmed\s+by|independently\s+(?:confirmed|verified)|(?:confirmed|verified)\s+(?:that|the|reports|by))\b/i;
const DENIED = /\b(?:denied|denies|deny|denying|refuted|refutes|rejected\s+(?:claims|reports|allegations))\b/i;
const CLAIM_VERB = /\bclaim(?:s|ed|ing)?\b|\balleg(?:e|es|ed)\b/i;

interface Attribution {
  by: string;
  party: boolean;
  span: Span;
}

/** The source a sentence attributes its content to, if any (the closest to a speech verb). */
/** Every attribution needs a speech or reporting word: sentences without one skip the sources. */
const ANY_SPEECH_CUE = /\b(?:said|says|say|report|claim|announc|stat|told|confirm|den(?:y|ied|ies)|according|cit|quot|added|wrote|post|publish|document|record|alleg|insist|acknowledg|admit|boast|show|issu|per|tall|count)/i;

export function attributionIn(text: string): Attribution | null {
  if (!ANY_SPEECH_CUE.test(text)) return null;
  let best: Attribution | null = null;
  for (const s of SOURCES) {
    if (s.gate && !s.gate.test(text)) continue;
    s.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = s.re.exec(text))) {
      // Matches come in text order, and one starting past the best so far can never beat it.
      if (best && m.index >= best.span.end) break;
      const span = { start: m.index, end: m.index + m[0].length };
      if (!speaksAt(text, span, false)) continue;
      // The earliest source wins; of two at one place, the longer ("Syrian Observatory" over "Observatory").
      const better = !best || span.start < best.span.start || (span.start < best.span.end && span.end - span.start > best.span.end - best.span.start);
      if (better) best = { by: typeof s.name === 'string' ? s.name : s.name(m), party: s.party, span };
    }
  }
  // "Syrian State TV said": an outlet name that says it is the state's is state media.
  if (best && !best.party && /\bstate\s+(?:TV|television|media|news|broadcaster)\b/i.test(best.by)) best = { ...best, by: 'state media', party: true };
  return best;
}

/**
 * "The abductions could not be independently verified": a sentence that only qualifies events
 * told before it (it names them with a definite noun and says how far they are established) is
 * the claim status of those events, not an event of its own.
 */
const VERIFICATION_REMARK =
  /^\s*(?:the|these|those|this|that|such)\s+(?:[\w-]+\s+){0,2}?(?:abductions?|kidnappings?|killings?|attacks?|strikes?|air\s?strikes?|executions?|deaths|casualt(?:y|ies)|toll|figures?|claims?|reports?|accounts?|allegations?|incidents?|events?|capture|takeover|seizure)\s+(?:could|can|cannot|could\s+not|have|has|had|were|was|are|is)\s+(?:not\s+)?(?:yet\s+)?(?:be\s+|been\s+)?(?:independently\s+)?(?:verified|confirmed|checked)\b|^\s*neither\s+(?:claim|account|report|version|side's\s+claim)\s+(?:could|can)\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed|checked)\b/i;
export function isVerificationRemark(sentence: string): boolean {
  return VERIFICATION_REMARK.test(sentence);
}

/** Named monitors a later "the Observatory" / "the monitor" refers back to. */
const NAMED_MONITORS: [RegExp, string][] = [
  [/\b(?:Syrian\s+Observatory|SOHR)\b/, 'Syrian Observatory for Human Rights'],
  [/\b(?:Syrian\s+Network\s+for\s+Human\s+Rights|SNHR)\b/, 'Syrian Network for Human Rights'],
  [/\b(?:Violations\s+Documentation\s+Cent(?:er|re)|VDC)\b/, 'Violations Documentation Center'],
];
/** The one named monitor of a story, that its bare "the Observatory" or "the monitor" is. */
function namedMonitorIn(story: string): string | null {
  const found = NAMED_MONITORS.filter(([re]) => re.test(story));
  return found.length === 1 ? found[0]![1] : null;
}

export interface ClaimContext {
  /** The text of the whole story (entry), to name a monitor referred back to (optional). */
  story?: string | null;
  /** The next sentence of the same entry when it reports no event of its own. */
  nextRemark: string | null;
  /** The previous sentence of the same entry when it reports no event of its own. */
  prevRemark: string | null;
  headline: string | null;
  /** The first sentence reporting no event within the next two of the same entry (optional). */
  laterRemark?: string | null;
  /** Who issued the report when it is a party's own statement or press release (optional). */
  issuer?: { by: string; party: boolean } | null;
  /**
   * The armed parties the sentence names from the actor dictionary (offsets into the sentence):
   * "The RSF claims ...", "Al-Shabaab said ..." are a party's claims in any conflict, not only
   * for the groups SOURCES lists by name (optional).
   */
  parties?: readonly { start: number; end: number; by: string }[];
}

/** "a bombing claimed by Al-Qaeda", "a video circulated by the RSF": the party put it out. */
const PUT_OUT_BY = /\b(?:claimed|circulated|released|published|posted|shared|issued|broadcast|aired)\s+by\s+(?:the\s+)?$/i;
const CLAIMED_LIVES = /^\s*(?:[\w-]+\s+){0,3}claim(?:ed|s|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}lives\b/i;

/** A named party followed (or preceded) by a speech verb: its claim, when no earlier source is cited. */
function partySpeaking(text: string, parties: readonly { start: number; end: number; by: string }[], before: Attribution | null): Attribution | null {
  for (const p of parties) {
    if (before && p.start >= before.span.start) break;
    if (speaksAt(text, p, true)) return { by: p.by, party: true, span: { start: p.start, end: p.end } };
  }
  return before;
}

/**
 * Whether the words at `span` are a source speaking: a speech verb after them ("X said"), before
 * them ("according to X"), or a claim of responsibility; never one the sentence clears ("was not
 * claimed by ISIS"). `strict` is for actors that are as often told of as speaking (the armed parties):
 * a source after its verb must end the clause there ("said the Taliban.", not "activists said Russian
 * jets struck"; not "claimed that Russian jets hit"), and "claimed ... lives" is deaths, not a claim.
 */
function speaksAt(text: string, span: Span, strict: boolean): boolean {
  const after = text.slice(span.end, span.end + 90);
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  if (strict && CLAIMED_LIVES.test(after)) return false;
  const inverted = strict
    ? PUT_OUT_BY.test(before) || (SAID_BEFORE.test(before) && !/\bthat\s+(?:[\w-]+\s+)?$/i.test(before) && /^\s*(?:[,.;:)]|$)/.test(after))
    : SAID_BEFORE.test(before);
  if (!SAID_AFTER.test(after) && !inverted && !CLAIMED_RESPONSIBILITY.test(after.slice(0, 40))) return false;
  return !disownedBefore(before);
}

/** "The army denied the claim", "Moscow rejected the reports": a remark that denies what was just told. */
const DENIES_WHAT_CAME_BEFORE = /\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:the|this|that|these|those|such|its|their)\s+(?:claims?|reports?|accounts?|allegations?|assertions?|statements?)\b|\b(?:denied|denies)\s+(?:this|that|it)\b|\b(?:denied|denies|denying)\s+(?:any\s+|all\s+)?(?:involvement|responsibility|role|part)\b|\b(?:does|do|did)\s+not\s+target\s+(?:civilians|civilian\s+(?:areas|targets|objects|sites|infrastructure))\b|\bnever\s+target(?:s|ed)?\s+civilians\b/i;

/** "Police confirmed the abduction": a remark that confirms what was just told, and who confirms it. */
const CONFIRMS_WHAT_CAME_BEFORE = new RegExp(String.raw`^\s*(?:(?:the|a)\s+)?([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)?\s*(?:(?:has|have|had|later|also)\s+)*${CONFIRMS_EARLIER_WORDS}`);

// Only where the report presents itself: a line that opens (after a dateline) with the words.
const STATEMENT_OF = /^\s*(?:[^\n]{0,60}?\s[-–—]\s+)?(?:press\s+)?(?:statement|release|communiqu[eé]|announcement)\s*(?:(?:of|by|from|issued\s+by)\s+|[-–—:]\s+)(?:the\s+)?([^,.;:\n()]{3,70})/i;
const PARTY_ISSUER = /\b(?:Department\s+of\s+Defen[cs]e|Defen[cs]e\s+Department|Ministry|Pentagon|army|military|armed\s+forces|forces|government|command|coalition|police|presiden\w*|prime\s+minister|movement|brigades?|front|junta|council|militia|group)\b/i;
const NON_PARTY_ISSUER = /\b(?:United\s+Nations|UN|U\.N\.|UNICEF|UNHCR|OCHA|Red\s+Cross|Red\s+Crescent|ICRC|MSF|M[eé]decins|Doctors|Amnesty|Human\s+Rights|Observatory|monitor\w*|charity|NGO)\b/i;

/**
 * The issuer of a report that presents itself as a statement or press release ("Press statement
 * of the Department of Defense"), read from its title and opening; a party to the conflict when
 * its name says so. What such a report tells without other attribution is the issuer's claim.
 */
export function reportIssuer(opening: string): { by: string; party: boolean } | null {
  let m: RegExpExecArray | null = null;
  for (const line of opening.split('\n')) if ((m = STATEMENT_OF.exec(line))) break;
  if (!m) return null;
  const by = m[1]!.trim().replace(/\s+(?:on|about|regarding|in\s+response\s+to)\b.*$/i, '');
  return { by, party: PARTY_ISSUER.test(by) && !NON_PARTY_ISSUER.test(by) };
}

const BACK_REFERENCE = /^\s*(?:(?:almost\s+|nearly\s+)?(?:none|neither|all|most|some)\s+of\s+(?:these|those|the|them)|neither\s+(?:claim|account|report|version|side)|these|those|this|such|the\s+(?:claims?|reports?|accounts?|assertions?|declarations?|allegations?|video|footage|images?))\b/i;

// Cheap gates: each cue regex below runs only when its words occur at all (lower-cased substrings
// every match must contain), since most sentences carry none of them.
const DENIED_GATE = /deni|deny|refut|rejected|not target|never target/;
const UNVERIFIED_GATE = /confirm|verif|check|neither|reportedly|purportedly|rumo|claim|alleg|assertion/;
const CONFIRMED_GATE = /confirmed|verified/;
const unverifiedIn = (text: string): RegExpExecArray | null => (UNVERIFIED_GATE.test(text.toLowerCase()) ? UNVERIFIED.exec(text) : null);

export function claimFor(text: string, modality: ModalityResult, ctx: ClaimContext): ClaimResult {
  const lower = text.toLowerCase();
  let attr = attributionIn(text);
  if (ctx.parties?.length) attr = partySpeaking(text, ctx.parties, attr);
  let where = 'sentence';
  // "The RSF claims it holds the palace. The army denied the claim.": the other side's denial
  // right after is the status (by whoever denies), not a second source of the claim.
  if (ctx.nextRemark && DENIED_GATE.test(ctx.nextRemark.toLowerCase())) {
    const d = DENIES_WHAT_CAME_BEFORE.exec(ctx.nextRemark);
    if (d && modality.modality !== 'negated') {
      const denier = attributionIn(ctx.nextRemark);
      return { status: 'denied', by: denier?.by ?? null, span: null, rule: `denied-next-sentence${attr ? `(claimed by ${attr.by})` : ''}` };
    }
  }
  // "Bandits abducted 61 villagers. Police confirmed the abduction.": confirmed, by who confirms it.
  if (ctx.nextRemark && /confirmed|verified|acknowledged/.test(ctx.nextRemark.toLowerCase()) && modality.modality === 'fact') {
    const c = CONFIRMS_WHAT_CAME_BEFORE.exec(ctx.nextRemark);
    if (c) {
      const confirmer = attributionIn(ctx.nextRemark)?.by ?? c[1]?.trim() ?? null;
      return { status: 'confirmed', by: confirmer, span: null, rule: `confirmed-next-sentence${attr ? `(reported by ${attr.by})` : ''}` };
    }
  }
  if (!attr && ctx.nextRemark) {
    attr = attributionIn(ctx.nextRemark);
    if (attr) where = 'next-sentence';
  }
  if (!attr && ctx.prevRemark && /:\s*$/.test(ctx.prevRemark)) {
    attr = attributionIn(ctx.prevRemark);
    if (attr) where = 'previous-sentence';
  }
  const by = attr?.by === 'a monitor' && ctx.story ? (namedMonitorIn(ctx.story) ?? attr.by) : (attr?.by ?? null);
  const span = where === 'sentence' ? (attr?.span ?? null) : null;
  const denied = DENIED_GATE.test(lower) ? DENIED.exec(text) : null;
  if (modality.modality === 'negated' || denied) {
    const m = denied;
    return { status: 'denied', by, span: modality.span ?? (m ? { start: m.index, end: m.index + m[0].length } : null), rule: modality.modality === 'negated' ? 'negation' : 'denial-verb' };
  }
  const unv = UNVERIFIED_GATE.test(lower) ? UNVERIFIED.exec(text) : null;
  if (modality.modality === 'hedged' || unv) {
    return { status: 'unverified', by, span: unv ? { start: unv.index, end: unv.index + unv[0].length } : modality.span, rule: unv ? `unverified-cue:${unv[0].toLowerCase()}` : modality.rule };
  }
  if (ctx.nextRemark && unverifiedIn(ctx.nextRemark)) return { status: 'unverified', by, span, rule: 'unverified-cue-next-sentence' };
  // "Almost none of these declarations could be confirmed": a remark a little further on that
  // points back at what came before covers it too.
  if (ctx.laterRemark && unverifiedIn(ctx.laterRemark) && (BACK_REFERENCE.test(ctx.laterRemark) || isVerificationRemark(ctx.laterRemark))) return { status: 'unverified', by, span, rule: 'unverified-cue-later-remark' };
  if (ctx.headline && /^\s*(?:claimed|unconfirmed|unverified|alleged|reported)\b/i.test(ctx.headline)) return { status: 'unverified', by, span, rule: 'unverified-cue-headline' };
  const conf = CONFIRMED_GATE.test(lower) ? CONFIRMED.exec(text) : null;
  if (conf && !/\bnot\b/i.test(text.slice(Math.max(0, conf.index - 25), conf.index))) {
    return { status: 'confirmed', by, span: { start: conf.index, end: conf.index + conf[0].length }, rule: 'confirmation-cue' };
  }
  const responsibility = lower.includes('responsib') ? CLAIMED_RESPONSIBILITY.exec(text) : null;
  if (responsibility) {
    const m = responsibility;
    return { status: 'claimed', by, span: { start: m.index, end: m.index + m[0].length }, rule: 'claimed-responsibility' };
  }
  if (attr?.party) return { status: 'claimed', by, span, rule: `party-source(${where})` };
  if (attr && CLAIM_VERB.test(text.slice(attr.span.end, attr.span.end + 40) + ' ' + text.slice(Math.max(0, attr.span.start - 20), attr.span.start))) {
    return { status: 'unverified', by, span, rule: `non-party-claim(${where})` };
  }
  if (attr) return { status: 'reported', by, span, rule: `attributed(${where})` };
  if (ctx.issuer) return { status: ctx.issuer.party ? 'claimed' : 'reported', by: ctx.issuer.by, span: null, rule: ctx.issuer.party ? 'party-statement-report' : 'statement-report' };
  return { status: 'reported', by: null, span: null, rule: 'own-reporting' };
}
