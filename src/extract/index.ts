// From a report's sentences to complete event mentions: for every headline/body sentence that
// reports an ACLED event (classify decides the sub-event type), the actors and their roles, the
// fatalities, the date, the place, and the claim behind it, each field with the span and rule
// that set it. Mentions come out ordered by salience, the main event first.
import { datelineLength, datelineSpans } from './dateline.js';
import type { EventMention, FieldSource, PlaceMention, Report, Sentence, Span } from '../core/types.js';
import type { PipelineContext } from '../pipeline/context.js';
import { EVENT_ZONES } from '../text/sentences.js';
import { BACKGROUND_RULE, classifySentence, type Classification } from './classify/index.js';
import { assignRoles, type PlacedActor } from './actors/roles.js';
import { claimedPerpetrator, resolveAnaphor, resolveByClaim, soleNamedArmedGroup } from './actors/anaphora.js';
import { resolveMention } from './actors/label.js';
import { acledCountry, isDemonym } from './actors/countries.js';
import { countriesNamed, scanSentence, type ActorMention, type SentenceScan } from './actors/match.js';
import { fatalitiesIn, type Fatalities } from './fatalities.js';
import { applyStatedTallies, fillTollFromHeadline, preferPreciseToll, statedTally, type StatedTally } from './fatality-tally.js';
import { modalityOf } from './modality.js';
import { claimFor, isVerificationRemark, reportIssuer } from './claim.js';
import { locateEvent, reportCountry, standsForGovernment, eventPlaceCandidates, toLocation, type LocatedEvent } from './location.js';
import { referenceDate, resolveEventDate, statedDates } from './event-date.js';
import { findDates, yearsOnlyBefore } from '../time/dates.js';
import { adoptField } from './story-mains.js';
import { protestersViolenceDecides } from './protest-story.js';
import { salienceOf } from './salience.js';
import { entryAfterAssault, entryAfterWithdrawal, retyped, takeoverUnderFire } from './territory-context.js';
import { isLossClassification, lossClassification, lossEventBeside, sidesOfLossSentence } from './classify/place-lost-event.js';
import { fillMainEventDate, fillMainEventPlace, fillMainEventPlaceToldAgain, fillMainEventPlaceFromLead, fillMainEventPlaceBySameToll, fillMainEventToll, placeNamedAt, pointsBackToIncident, type PlaceTelling } from './main-event.js';
import { isBareToll } from './bare-toll.js';
import { LATER_TOLL_REACH, revisedByLaterTolls, type LaterSentence } from './later-tolls.js';
import { entryStampLength } from '../ingest/segment.js';
import { backReferencedType } from './back-reference.js';
import { continuesStatementLead, elaboratesNonEvent, eventSetApart, givesCriminalMotive } from './non-event-carry.js';

/** Sub-event types a headline's "blast" or "bombing" may stand for. */
const BOMBINGS = new Set(['Remote explosive/landmine/IED', 'Suicide bomb']);
/** The classifier's rule for a detention by an armed group (classify/rules.ts). */
const DETAINED_BY_GROUP = 'civilians:detained-by-non-state-group';
/** A paragraph the page labels as its reading of the news. */
const ANALYSIS_LABEL = /^\s*(?:comment|analysis|assessment|outlook|context|background|what it means|why it matters|our view|opinion)\s*[:—–-]\s/i;

/** "96 people have been killed across Syria today": the day's count over a whole country. */
const DAY_TALLY_ACROSS = /\b\d[\d,]*\s+(?:people|civilians|persons)\s+(?:have\s+been|had\s+been|were)\s+killed\s+(?:across|throughout|all\s+over|around)\s+(?:the\s+country|the\s+nation|\p{Lu}\p{L}+)\b/u;
/** A weapon, an actor's act or one place's name in the tally: then it tells an incident after all. */
const DAY_TALLY_ACTS = /\b(?:in\s+an?\s+|by\s+an?\s+|when\s+)(?:\w+\s+){0,2}(?:strike|raid|attack|bombing|blast|explosion|shelling|massacre)\b/i;
/** A count in the present perfect ("have been killed"): a total so far, not one incident's toll. */
const RUNNING_TOTAL = /\b(?:have|has)\s+(?:been\s+(?:killed|wounded|injured|displaced)|died|gone\s+missing)\b/i;
/** "Hundreds of thousands of people have been killed ...": a count only a whole war reaches. */
const WAR_SCALE = /\b(?:(?:hundreds|tens)\s+of\s+thousands|millions|(?:more\s+than|over|nearly|almost|some|about|at\s+least)\s+(?:\d{2,3}(?:,\d{3})+|\d(?:,\d{3}){2,}|\d+(?:\.\d+)?\s+million|half\s+a\s+million))\s+(?:of\s+)?(?:people|civilians|Syrians|Iraqis|Yemenis|Afghans|Sudanese|lives|fighters|soldiers)?\b/i;

/** One sentence considered for events, with what classify made of it. */
interface Considered {
  sentence: Sentence;
  text: string;
  cls: Classification | null;
  /** Actor mentions and countries, found once and shared by roles, places and country lookups. */
  scan?: SentenceScan;
}

function scanOf(c: Considered): SentenceScan {
  if (!c.scan) c.scan = scanSentence(c.text);
  return c.scan;
}
function mentionsOf(c: Considered): ActorMention[] {
  return scanOf(c).mentions;
}

function shift(span: Span | null, by: number): Span | null {
  return span ? { start: span.start + by, end: span.end + by } : null;
}

function entryHeadline(report: Report, entry: number): string | null {
  const e = report.entries[entry];
  if (e?.headline) return report.text.slice(e.headline.start, e.headline.end);
  return report.title;
}

function actorFields(a: PlacedActor | null, assoc: PlacedActor[], offset: number, key: '1' | '2', sources: Record<string, FieldSource>) {
  if (!a) return { actor: null, inter: null, assoc: null };
  sources[`actor${key}`] = { span: shift(a.span, offset), rule: a.rule };
  const assocNames = [...new Set([...assoc.map((x) => x.label), ...(a.assoc ? [a.assoc] : [])])];
  if (assocNames.length) {
    sources[`assoc_actor_${key}`] = { span: shift(assoc[0]?.span ?? a.span, offset), rule: assoc.length ? 'allied-in-list' : a.rule };
  }
  return { actor: a.label, inter: a.inter, assoc: assocNames.length ? assocNames.join('; ') : null };
}

/**
 * The places an event of this entry can be at: those of its sentences, minus place words inside
 * a named actor ("Islamic State of Iraq"), which are part of a name. Computed once per entry.
 */
function entryPlaces(entryConsidered: Considered[], places: PlaceMention[], plausibleCountry: (p: PlaceMention) => boolean): PlaceMention[] {
  if (!places.length || !entryConsidered.length) return [];
  const from = entryConsidered[0]!.sentence.start, to = entryConsidered[entryConsidered.length - 1]!.sentence.end;
  const inEntry = places.filter((p) => p.start >= from && p.end <= to);
  if (!inEntry.length) return [];
  const names: Span[] = [];
  for (const c of entryConsidered) {
    // A name lies inside its sentence: only sentences holding a place need their actors found.
    const { start, end } = c.sentence;
    if (!inEntry.some((p) => p.start >= start && p.end <= end)) continue;
    for (const m of mentionsOf(c)) if (m.kind === 'named') names.push({ start: m.start + start, end: m.end + start });
  }
  return inEntry.filter((p) => !names.some((x) => p.start >= x.start && p.end <= x.end) && plausibleCountry(p));
}

/**
 * The event's country when no place was resolved: a country named in the sentence, else in the
 * title or the report's opening (the same words a reader would go by).
 */
function countryFromWords(c: Considered, report: Report, opening: { value?: string | null }): string | null {
  const inSentence = scanOf(c).countries;
  if (inSentence.length) return inSentence[0]!.country;
  if (opening.value === undefined) {
    const counts = new Map<string, number>();
    for (const x of countriesNamed((report.title ?? '') + ' ' + report.text.slice(0, 600))) counts.set(x.country, (counts.get(x.country) ?? 0) + 1);
    let best: string | null = null;
    for (const [k, n] of counts) if (!best || n > counts.get(best)!) best = k;
    opening.value = best;
  }
  return opening.value;
}

/** An entry short enough to be one story (a news snippet, a coder's note) is classified whole. */
const ENTRY_LEVEL_MAX_CHARS = 1500;

/**
 * The type of each entry's main event: what its headline (or the report's title) reports, else
 * what classify makes of the whole entry when it is short. Classifying several sentences at once
 * weighs the codebook's precedence across them (a suicide bomb over the blast it caused).
 */
function entryLevelTypes(report: Report, considered: Considered[]): Map<number, { type: string; rule: string }> {
  const byEntry = new Map<number, Considered[]>();
  for (const c of considered) {
    const list = byEntry.get(c.sentence.entry) ?? [];
    list.push(c);
    byEntry.set(c.sentence.entry, list);
  }
  const out = new Map<number, { type: string; rule: string }>();
  for (const [entry, list] of byEntry) {
    if (list.filter((c) => c.cls).length < 2) continue;
    const headline = entryHeadline(report, entry);
    try {
      const h = headline ? classifySentence(headline) : null;
      if (h) {
        out.set(entry, { type: h.sub_event_type, rule: 'matches-headline-type' });
        continue;
      }
      const first = list[0]!.sentence, last = list[list.length - 1]!.sentence;
      if (headline || last.end - first.start > ENTRY_LEVEL_MAX_CHARS) continue;
      const whole = classifySentence(list.map((c) => c.text).join(' '), { headline });
      if (whole) out.set(entry, { type: whole.sub_event_type, rule: 'matches-entry-level-type' });
    } catch {
      // no entry-level type: salience falls back to position and content
    }
  }
  return out;
}

// "... killed 12 insurgents while repelling the raid": the dead of the other side of the fight just told.
const REPELLED_THE_RAID = /\b(?:while|when|as|after|in)\s+(?:repelling|repulsing|fighting\s+off|beating\s+back|pushing\s+back)\s+(?:the|that|this)\s+(?:raid|attack|assault|incursion|ambush|offensive)\b/i;
// "Six other members also died", "another three were killed": dead beside those already counted.
// (Not another source's count of the same dead: "Another activist network said more than 90 had died".)
const OTHERS_ALSO_DIED = /\b(?:other|others|another)\b(?![^.;]{0,40}\b(?:said|says|say|reported|reports|put|puts|told|counted|gave|estimated)\b)[^.;]{0,40}\b(?:also\s+)?(?:died|killed|dead|perished|lost their lives)\b|\balso\s+(?:died|killed|perished)\b/i;
/** The words before a capital that make it a place: "in a Beirut suburb", "near Kabul". */
const CAPITAL_AS_PLACE = /\b(?:in|near|at|outside|around|inside|into|across|from|to|towards?|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$/i;


export function extractEvents(report: Report, sentences: Sentence[], places: PlaceMention[], _ctx: PipelineContext): EventMention[] {
  const considered: Considered[] = [];
  /** The text of an entry (the whole report when it has no entries), for cues read across its sentences. */
  const entryText = (entry: number): string => {
    const e = entry >= 0 ? report.entries[entry] : undefined;
    return e ? report.text.slice(e.start, e.end) : report.text;
  };
  const shortEntry = (entry: number): boolean => {
    const e = report.entries[entry];
    return (e ? e.end - e.start : report.text.length) <= ENTRY_LEVEL_MAX_CHARS;
  };
  for (const s of sentences) {
    if (!EVENT_ZONES.has(s.zone)) continue; // never comments, captions or page furniture
    // A live page's title sums up its entries ("Syria Live: rebels take the HQ"): the entries
    // tell those events themselves, the title would only repeat one.
    if (s.zone === 'title' && report.entries.length > 1) continue;
    const text = report.text.slice(s.start, s.end);
    const headline = entryHeadline(report, s.entry);
    let cls: Classification | null = null;
    try {
      // The dateline says where the report was filed: the classifier reads the sentence after it.
      // So does a live blog's time stamp ("09:40 EAT - "): its letters are no words of the event.
      const cut = datelineLength(text) || entryStampLength(text);
      cls = classifySentence(cut ? text.slice(cut) : text, { headline });
      if (cls && cut && cls.trigger) cls = { ...cls, trigger: { start: cls.trigger.start + cut, end: cls.trigger.end + cut } };
    } catch {
      cls = null; // a classifier failure on one sentence must not lose the report
    }
    // "The abductions could not be verified" qualifies the events before it; it is no event itself.
    if (cls && isVerificationRemark(text)) cls = null;
    // "Comment: The fighting in Ghazni shows ...", "Analysis: ...": a writer's reading, not news.
    if (cls && ANALYSIS_LABEL.test(text)) cls = null;
    // "... after its liberation by insurgents": a place lost, told beside no other event.
    if (!cls) cls = lossClassification(text);
    // "Ukrainian soldiers entered Kherson" in a story of the Russian withdrawal.
    if (!cls) cls = entryAfterWithdrawal(text, () => entryText(s.entry));
    // "M23 fighters entered the centre of Goma after a lightning offensive": the place taken.
    if (!cls || cls.sub_event_type === 'Armed clash') cls = entryAfterAssault(text) ?? cls;
    // "The blasts killed 50" after a lead telling an industrial explosion: the same non-event
    // happening, told on, is no event either.
    if (cls) {
      const earlier = considered.filter((x) => x.sentence.entry === s.entry || x.sentence.entry < 0).map((x) => ({ text: x.text, isEvent: !!x.cls }));
      if (earlier.length && elaboratesNonEvent(text, earlier)) cls = null;
    }
    if (cls && eventSetApart(text, cls.trigger)) cls = null;
    // "A car bomb exploded in the market. Twelve people were wounded, police said.": the count of
    // the event just told, not an attack of its own (its deaths go to that event below).
    const toldJustBefore = (test: (c: Classification) => boolean) => considered.slice(-2).some((x) => x.sentence.entry === s.entry && !!x.cls && test(x.cls));
    if (cls && isBareToll(text) && toldJustBefore(() => true)) cls = null;
    // "Hundreds have been killed or have gone missing", "Hundreds of thousands of people have been
    // killed and half the population displaced": a running total with no day is no incident.
    if (cls && RUNNING_TOTAL.test(text) && (isBareToll(text) || WAR_SCALE.test(text)) && findDates(text, report.published ?? null).length === 0) cls = null;
    // "The Local Coordination Committees say 96 people have been killed across Syria today": the day's
    // count over a whole country is many incidents, none of them told.
    if (cls && DAY_TALLY_ACROSS.test(text) && !DAY_TALLY_ACTS.test(text)) cls = null;
    // "Militants stormed the base, killing seven soldiers. The army said its troops killed 12 insurgents
    // while repelling the raid.": the other side's dead in the fight just told, not a second fight
    // (their deaths go to that event below).
    if (cls && REPELLED_THE_RAID.test(text) && toldJustBefore((told) => told.event_type === 'Battles')) cls = null;
    // "... The RSF said the strikes hit homes": the air strike told before, told again.
    if (cls) {
      const told = backReferencedType(text, cls.sub_event_type, () => considered.filter((x) => x.sentence.entry === s.entry && x.cls).map((x) => x.cls!.sub_event_type));
      if (told) cls = retyped(cls, told, 'same-incident-back-reference');
    }
    // A short story about talks or a statement: its quotes and recalled fighting continue the lead.
    if (cls && shortEntry(s.entry)) {
      // A dateline fragment ("Saudi Arabia (AA).") is no lead: the first sentence of five words or more is.
      const lead = considered.find((x) => x.sentence.entry === s.entry && x.text.split(/\s+/).length >= 5);
      if (lead && continuesStatementLead(text, { text: lead.text, isEvent: !!lead.cls })) cls = null;
    }
    // "The incident was due to a feud between gang members": the event told just before is a crime.
    if (givesCriminalMotive(text)) {
      const told = considered.findLast((x) => x.sentence.entry === s.entry && x.cls);
      if (told) told.cls = null;
      cls = null;
    }
    considered.push({ sentence: s, text, cls });
  }
  const country0 = reportCountry(report, places);
  const entryTypes = entryLevelTypes(report, considered);
  const placesByEntry = new Map<number, PlaceMention[]>();
  // A place abroad in a country the report never names is more likely a misread word ("Al-Modon"
  // the outlet as Mudon, Myanmar) than the event's place: kept out when the report has a focus.
  const namedCountries = new Set(places.filter((p) => p.level === 'country' && p.country).map((p) => p.country!));
  const plausible = (p: PlaceMention) =>
    // A national capital told as a place ("a suicide car bomb in a Beirut suburb" in a story on
    // Syria) is where it says; told as an actor ("Moscow, which holds a veto") it is not.
    (!country0 || !p.country || p.country === country0 || namedCountries.has(p.country) || (p.featureCode === 'PPLC' && CAPITAL_AS_PLACE.test(report.text.slice(Math.max(0, p.start - 30), p.start)))) &&
    // "a Britain-based monitor", "the London-born fighter": where someone is from, not where it happened.
    !/^[-‐]\s*(?:based|born|headquartered|registered|made|backed|led|funded)\b/i.test(report.text.slice(p.end, p.end + 16)) &&
    // "2 Swedish journalists": a demonym names a people, not the place of the event.
    !(p.level === 'country' && isDemonym(p.text)) &&
    // "despite Damascus promises of a truce": the government, not a place.
    !standsForGovernment(report.text, p);
  /** The places an entry's events may take, worked out once per entry. */
  const eligibleIn = (entry: number): PlaceMention[] => {
    let eligible = placesByEntry.get(entry);
    if (!eligible) placesByEntry.set(entry, (eligible = entryPlaces(considered.filter((x) => x.sentence.entry === entry), places, plausible)));
    return eligible;
  };
  const openingCountry: { value?: string | null } = {};
  const sentencesByEntry = new Map<number, Sentence[]>();
  for (const c of considered) {
    const list = sentencesByEntry.get(c.sentence.entry) ?? [];
    list.push(c.sentence);
    sentencesByEntry.set(c.sentence.entry, list);
  }
  const events: EventMention[] = [];
  /** Events read from a live blog's entry headlines or its page title: a second telling when the body tells them too. */
  const headlineTellings = new Set<EventMention>();
  const stated = statedDates(report, considered);
  const issuer = reportIssuer((report.title ?? '') + '\n' + report.text.slice(0, 400));
  // A page title (entry -1) tells the story of the page's one entry, when it has only one.
  const storyOf = (entry: number) => (entry < 0 && report.entries.length <= 1 ? 0 : entry);
  const storyTexts = new Map<number, string>();
  const storyText = (entry: number): string => {
    const key = storyOf(entry);
    if (!storyTexts.has(key)) storyTexts.set(key, considered.filter((x) => storyOf(x.sentence.entry) === key).map((x) => x.text).join(' '));
    return storyTexts.get(key)!;
  };
  // "LIVE: Protests in Nairobi": an entry that names no place of its own ("Protesters set part of the
  // Parliament building on fire") happened where the live page is about. So does a story's sentence
  // that names none, under a title that does ("Barrel bombs hit Daraya" / "Helicopters dropped four
  // barrel bombs at dawn"): the title is the story's first word on where.
  let titlePlace: LocatedEvent | null | undefined;
  const pageTitlePlace = (): LocatedEvent | null => {
    if (titlePlace !== undefined) return titlePlace;
    titlePlace = null;
    // (A live page's title is not read for events (above), only here for where they are.)
    const title = sentences.filter((x) => x.entry === -1 && x.zone === 'title');
    if (!title.length) return titlePlace;
    const eligible = entryPlaces(title.map((t) => ({ sentence: t, text: report.text.slice(t.start, t.end), cls: null })), places, plausible);
    for (const t of title) {
      const l = locateEvent(t, title, eventPlaceCandidates(report.text, t, eligible, datelines), datelines, country0);
      if (l && l.location.geo_precision !== 3) return (titlePlace = { ...l, rule: `page-title:${l.rule}` });
    }
    return titlePlace;
  };
  // "ALEPPO, Syria (AP) - Two rockets hit the university": a story that names no other place
  // happened near where it was filed, when that town lies in the country the story is about (a
  // BEIRUT dateline on a story about Syria says nothing of where).
  const datelinePlace = (s: Sentence): LocatedEvent | null => {
    if (!country0) return null;
    const own = datelines.filter((d) => d.start >= s.start && d.end <= s.end);
    const first = datelines.find((d) => considered.some((x) => x.sentence.start <= d.start && d.end <= x.sentence.end && (x.sentence.entry === s.entry || x.sentence.entry < 0)));
    for (const d of own.length ? own : first ? [first] : []) {
      const p = places.find((x) => x.start >= d.start && x.end <= d.end && x.lat !== null && x.level === 'place' && !x.role && x.country === country0);
      if (!p) continue;
      return {
        location: { ...toLocation(p), geo_precision: 2 },
        span: { start: p.start, end: p.end },
        rule: 'geo/dateline-town-in-story-country',
      };
    }
    return null;
  };
  const referents = new Map<number, ActorMention | null>();
  /** The one armed group the story names, that its bare "the militants" refer back to. */
  const referentOf = (entry: number): ActorMention | null => {
    const key = storyOf(entry);
    if (!referents.has(key)) {
      const inStory = considered.filter((x) => storyOf(x.sentence.entry) === key);
      const headline = entryHeadline(report, key);
      const mentions = [...(headline ? scanSentence(headline).mentions : []), ...inStory.flatMap((x) => mentionsOf(x))];
      referents.set(key, soleNamedArmedGroup(mentions));
    }
    return referents.get(key)!;
  };
  const claimSentences = new Map<number, { text: string; mentions: ActorMention[]; index: number }[]>();
  /** The one armed group the story says carried out the event of sentence i ("X claimed responsibility"). */
  const culpritOf = (entry: number, i: number): ActorMention | null => {
    const key = storyOf(entry);
    if (!claimSentences.has(key)) {
      const headline = entryHeadline(report, key);
      const inStory = considered.flatMap((x, index) => (storyOf(x.sentence.entry) === key ? [{ text: x.text, mentions: mentionsOf(x), index }] : []));
      claimSentences.set(key, headline ? [{ text: headline, mentions: scanSentence(headline).mentions, index: -1 }, ...inStory] : inStory);
    }
    return claimedPerpetrator(claimSentences.get(key)!, i);
  };
  const datelines = datelineSpans(report.text, considered.map((x) => x.sentence));
  const headlineTolls = new Map<number, number>();
  /** The deaths an entry's headline (or a one-story report's title) states, 0 when none. */
  const headlineToll = (entry: number): number => {
    if (!headlineTolls.has(entry)) {
      const h = entryHeadline(report, entry);
      // Only a stated figure: a vague "dozens" (12) would match any other vague toll.
      const f = h ? fatalitiesIn(h) : null;
      headlineTolls.set(entry, f && f.parts.length && f.parts.every((p) => !p.rule.includes('=')) ? f.value : 0);
    }
    return headlineTolls.get(entry)!;
  };
  for (let i = 0; i < considered.length; i++) {
    const c = considered[i]!;
    const s = c.sentence;
    const sameEntry = (j: number) => (j >= 0 && j < considered.length && considered[j]!.sentence.entry === s.entry ? considered[j]! : null);
    if (!c.cls) continue;
    const date = resolveEventDate(report, considered, stated, i);
    let cls = c.cls;
    const mod = modalityOf(c.text, cls.trigger);
    if (mod.modality === 'forecast') continue; // a forecast or hypothetical is no event
    // "Had murdered 127 young men between 2002 and 2005": history told by its years is no news.
    if (yearsOnlyBefore(c.text, referenceDate(report, s.entry))) continue;
    const entrySentences = sentencesByEntry.get(s.entry)!;
    const eligible = eligibleIn(s.entry);
    const located = locateEvent(s, entrySentences, eventPlaceCandidates(report.text, s, eligible, datelines), datelines, country0, report.text) ?? (s.entry >= 0 ? pageTitlePlace() : null) ?? datelinePlace(s);
    const placeCountry = located?.location.country ?? country0;
    const country = placeCountry ? acledCountry(placeCountry) : countryFromWords(c, report, openingCountry);
    const actorCtx = { country, date: date?.date ?? null };
    const underFire = takeoverUnderFire(cls, c.text, storyText(s.entry));
    if (underFire) cls = retyped(cls, underFire, 'territory:withdrawal-under-fire-in-story');
    let roles = assignRoles(c.text, cls.sub_event_type, actorCtx, mentionsOf(c));
    if ((underFire || cls.rules.includes('territory:entered-after-assault')) && roles.actor1?.role === 'state') {
      cls = retyped(cls, 'Government regains territory', 'territory:state-takes-over');
      roles = assignRoles(c.text, cls.sub_event_type, actorCtx, mentionsOf(c));
    }
    const lossStory = () => considered.filter((x) => storyOf(x.sentence.entry) === storyOf(s.entry)).map((x) => ({ text: x.text, mentions: mentionsOf(x) }));
    if (isLossClassification(cls)) {
      const sides = sidesOfLossSentence(c.text, mentionsOf(c), actorCtx, lossStory);
      if (!sides) continue; // no armed side named: no change of hands to record
      cls = { ...retyped(cls, sides.sub_event_type, cls.rules[0]!), rules: sides.rules };
      roles = { ...roles, actor1: sides.actor1, actor2: sides.actor2, assoc1: [], assoc2: [] };
    }
    if (roles.actor1?.role === 'unidentified' || roles.actor2?.role === 'unidentified') {
      const referent = referentOf(s.entry);
      const r1 = resolveAnaphor(roles.actor1, referent, actorCtx);
      const r2 = resolveAnaphor(roles.actor2, referent, actorCtx);
      // Never both sides the same group: then the anaphor stays as told.
      if (!(r1 && r2 && r1.label === r2.label)) {
        roles.actor1 = r1;
        roles.actor2 = r2;
      }
    }
    if (roles.actor1?.role === 'unidentified') {
      const r1 = resolveByClaim(roles.actor1, culpritOf(s.entry, i), actorCtx);
      if (r1 && r1.label !== roles.actor2?.label) roles.actor1 = r1;
    }
    // "Air defences intercepted a missile fired from Yemen": whose weapon was stopped is often told
    // in another sentence of the story; when the story names one armed group, it is theirs.
    if (cls.sub_event_type === 'Disrupted weapons use' && roles.actor1 && !roles.actor2) {
      const referent = referentOf(s.entry);
      const r = referent ? resolveMention(referent, actorCtx) : null;
      if (r && r.label !== roles.actor1.label) {
        roles.actor2 = { ...r, span: null, text: null, agent: false, patient: true, speaker: false, group: -1, rule: `weapon-owner-in-story:${referent!.alias}` };
      }
    }

    // "Taliban fighters detained two journalists" in 2022: a group that holds the state on the
    // report's date (the actor dictionary's dated names) arrests, it does not abduct (ACLED codes the
    // de facto authorities' detentions as Arrests).
    if (cls.rules.includes(DETAINED_BY_GROUP) && roles.actor1?.role === 'state') {
      cls = { ...cls, event_type: 'Strategic developments', sub_event_type: 'Arrests', rules: [...cls.rules, 'strategic:arrests-by-group-holding-the-state'] };
    }

    const sources: Record<string, FieldSource> = {};
    sources.sub_event_type = { span: shift(cls.trigger, s.start) ?? { start: s.start, end: s.end }, rule: cls.rules.join(',') || 'classify' };
    const a1 = actorFields(roles.actor1, roles.assoc1, s.start, '1', sources);
    const a2 = actorFields(roles.actor2, roles.assoc2, s.start, '2', sources);

    let fat: Fatalities = fatalitiesIn(c.text);
    // A peaceful protest kills no one: deaths in its sentence are what it is about ("to honour the
    // 15 people killed in the collapse"), not its toll.
    const killsNoOne = cls.sub_event_type === 'Peaceful protest';
    if (killsNoOne && fat.value > 0) fat = { value: 0, parts: [] };
    let fatRule = fat.parts.map((p) => p.rule).join('+');
    let fatOffset = s.start;
    let tollFromNext = false;
    // "A car bomb struck X. Seventeen people died." The toll told right after an event, in a
    // sentence reporting no event of its own, is that event's.
    const next = sameEntry(i + 1);
    // (An arrest, a deal or a protest met with tear gas borrows no toll from the next sentence: "The
    // death toll rose to 300" after "soldiers arrested six men" is another incident's.)
    // (Not property destroyed or a weapon stopped: a toll next says the rules misread a violent event.)
    const tellsNoDeaths = killsNoOne || (cls.event_type === 'Strategic developments' && cls.sub_event_type !== 'Looting/property destruction' && cls.sub_event_type !== 'Disrupted weapons use') || cls.sub_event_type === 'Protest with intervention';
    if (fat.value === 0 && next && !next.cls && !tellsNoDeaths) {
      const nf = fatalitiesIn(next.text);
      if (nf.value > 0) {
        fat = nf;
        fatOffset = next.sentence.start;
        tollFromNext = true;
        fatRule = 'next-sentence:' + nf.parts.map((p) => p.rule).join('+');
      }
    } else if (fat.value > 0 && next && !next.cls && (OTHERS_ALSO_DIED.test(next.text) || REPELLED_THE_RAID.test(next.text))) {
      // "... killing the group's leader. Six other members also died": more dead of the same event.
      const nf = fatalitiesIn(next.text);
      if (nf.value > 0) {
        const gap = next.sentence.start - s.start;
        fat = { value: fat.value + nf.value, parts: [...fat.parts, ...nf.parts.map((p) => ({ ...p, span: { start: p.span.start + gap, end: p.span.end + gap } }))] };
        fatRule = `${fatRule}+next-sentence-others:` + nf.parts.map((p) => p.rule).join('+');
      }
    }
    // "Troops fought IS near the checkpoint. Thirteen soldiers were killed. At least 20 militants were
    // also killed.": the other side's dead, after the toll taken from the next sentence (ACLED sums both).
    if (tollFromNext) {
      const further = sameEntry(i + 2);
      if (further && !further.cls && OTHERS_ALSO_DIED.test(further.text)) {
        const nf = fatalitiesIn(further.text);
        if (nf.value > 0) {
          const gap = further.sentence.start - fatOffset;
          fat = { value: fat.value + nf.value, parts: [...fat.parts, ...nf.parts.map((p) => ({ ...p, span: { start: p.span.start + gap, end: p.span.end + gap } }))] };
          fatRule = `${fatRule}+later-sentence-others:` + nf.parts.map((p) => p.rule).join('+');
        }
      }
    }
    // Another source's lower count, a toll risen later in the day, a number for a vague count.
    if (fat.value > 0) {
      const laterSentences: LaterSentence[] = [];
      for (let j = i + 1; j <= i + LATER_TOLL_REACH; j++) {
        const later = sameEntry(j);
        if (!later) break;
        laterSentences.push({ text: later.text, start: later.sentence.start, isEvent: !!later.cls });
      }
      ({ fat, offset: fatOffset, rule: fatRule } = revisedByLaterTolls({ fat, offset: fatOffset, rule: fatRule }, laterSentences));
    }
    if (fat.parts.length) {
      const first = fat.parts[0]!.span;
      const last = fat.parts[fat.parts.length - 1]!.span;
      sources.fatalities = { span: shift({ start: first.start, end: last.end }, fatOffset), rule: fatRule };
    } else sources.fatalities = { span: null, rule: 'none-reported=0' };

    if (date) sources.event_date = { span: date.span, rule: date.rule };
    if (located) sources.location = { span: located.span, rule: located.rule };

    const prev = sameEntry(i - 1);
    const claim = claimFor(c.text, mod, {
      nextRemark: next && !next.cls ? next.text : null,
      prevRemark: prev && !prev.cls ? prev.text : null,
      headline: entryHeadline(report, s.entry),
      laterRemark: laterRemarkFor([sameEntry(i + 1), sameEntry(i + 2)]),
      issuer,
      story: storyText(s.entry),
      parties: partiesNamed(mentionsOf(c)),
    });
    sources.claim = { span: shift(claim.span, s.start), rule: claim.rule };

    const ev: EventMention = {
      event_type: cls.event_type,
      sub_event_type: cls.sub_event_type,
      event_date: date?.date ?? null,
      time_precision: date?.precision ?? null,
      actor1: a1.actor,
      assoc_actor_1: a1.assoc,
      inter1: a1.inter,
      actor2: a2.actor,
      assoc_actor_2: a2.assoc,
      inter2: a2.inter,
      location: located?.location ?? null,
      fatalities: fat.value,
      claim: { status: claim.status, by: claim.by },
      evidence: { start: s.start, end: s.end, text: c.text },
      entry: s.entry,
      salience: 0,
      sources,
    };
    ev.salience = salienceOf(ev, s, report, cls.score, cls.rules.includes(BACKGROUND_RULE));
    // The entry's main event is of the type its headline or its whole (short) text reports.
    const entryType = entryTypes.get(s.entry);
    // A headline's "non-violent" takeover retyped by the story's fighting still names this event.
    // (A headline's "blasts" and the lead's "two suicide bombers" tell one bombing.)
    const typeMatch = !!entryType && (entryType.type === cls.sub_event_type || (underFire && entryType.type === 'Non-violent transfer of territory') || (entryType.rule === 'matches-headline-type' && BOMBINGS.has(entryType.type) && BOMBINGS.has(cls.sub_event_type)));
    // "Monitor: 48 people executed" over "regime forces killed 48 civilians": the same stated toll
    // tells the headline's incident, whatever type each is read as; type and toll together most.
    const tollMatch = s.zone !== 'title' && s.zone !== 'headline' && ev.fatalities > 0 && ev.fatalities === headlineToll(s.entry);
    if (typeMatch || tollMatch) {
      ev.salience = Math.round((ev.salience + (typeMatch ? 3 : 0) + (tollMatch ? (typeMatch ? 1 : 2.5) : 0)) * 1000) / 1000;
      sources.salience = { span: null, rule: [typeMatch ? entryType!.rule : '', tollMatch ? 'matches-headline-toll' : ''].filter(Boolean).join('+') };
    }
    events.push(ev);
    // (A one-story report's title stays its own mention, merged later by resolution, unless it tells a
    // crowd's act a body tells as the other kind: "Protesters storm parliament" over the riot.)
    if (s.zone === 'headline' || (s.zone === 'title' && (report.entries.length > 1 || CROWD_TYPES.has(ev.event_type)))) headlineTellings.add(ev);
    // "Prisoners were freed after ISIS was forced to leave Dana": the change of hands beside it.
    const lost = lossEventBeside(ev, c.text, s.start, mentionsOf(c), actorCtx, lossStory, (part) =>
      claimFor(part, modalityOf(part, null), { nextRemark: null, prevRemark: null, headline: entryHeadline(report, s.entry), issuer, story: storyText(s.entry) }));
    if (lost) events.push(lost);
  }
  foldHeadlineTellings(events, headlineTellings);
  preciserPlaceFromTitle(events);
  // Stable: equal salience keeps text order.
  const ordered = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.salience - a.e.salience || a.i - b.i)
    .map((x) => x.e);
  const story = (e: EventMention) => storyOf(e.entry);
  protestersViolenceDecides(ordered, story);
  fillMainEventToll(ordered, story);
  const placeAt = (span: Span) => places.find((p) => p.start === span.start && p.end === span.end);
  fillMainEventPlace(ordered, story, placeAt);
  // "Monday's strikes hit the town of Atareb": where a later sentence says the story's incident struck.
  let tellings: PlaceTelling[] | undefined;
  fillMainEventPlaceToldAgain(ordered, story, () =>
    (tellings ??= considered.flatMap((x, i): PlaceTelling[] => {
      if (!pointsBackToIncident(x.text)) return [];
      const candidates = eventPlaceCandidates(report.text, x.sentence, eligibleIn(x.sentence.entry), datelines);
      // ("The village, Pazigyi, is in Kanbalu township": the place named, not the township it lies in.)
      const at = placeNamedAt(x.text);
      const named = at === null ? undefined : candidates.find((p) => p.start === x.sentence.start + at && p.lat !== null && !p.role && p.level === 'place');
      const l = named ? { location: toLocation(named), span: { start: named.start, end: named.end }, rule: 'place-in-sentence:named' } : locateEvent(x.sentence, [], candidates, datelines, country0);
      if (!l || !l.rule.startsWith('place-in-sentence')) return [];
      const date = resolveEventDate(report, considered, stated, i);
      return [{ story: storyOf(x.sentence.entry), start: x.sentence.start, location: l.location, rule: l.rule, span: l.span, event_date: date?.date ?? null, time_precision: date?.precision ?? null }];
    })),
  );
  // "in central Baghdad ... The blast in the Karrada district": the city's quarter the lead names.
  fillMainEventPlaceFromLead(ordered, story, placeAt);
  fillMainEventDate(ordered, story);
  // A note's stated total ("2 fatalities."), else a one-story report's headline toll.
  const tallies = new Map<number, StatedTally[]>();
  for (const c of considered) {
    const t = c.cls ? null : statedTally(c.text, c.sentence.start);
    if (!t) continue;
    const key = storyOf(c.sentence.entry);
    if (!tallies.has(key)) tallies.set(key, []);
    tallies.get(key)!.push(t);
  }
  preferPreciseToll(ordered, story);
  applyStatedTallies(ordered, story, tallies);
  if (report.entries.length <= 1 && ordered.length) {
    const text = entryHeadline(report, ordered[0]!.entry);
    const at = text ? report.text.indexOf(text) : -1;
    fillTollFromHeadline(ordered[0], text ? { text, start: at >= 0 ? at : null } : null);
  }
  // (Once the toll is settled: "kills scores" is the lead's 131.)
  fillMainEventPlaceBySameToll(ordered, story, placeAt);
  return ordered;
}

/**
 * "09:12 GMT - Army jets hit Kabkabiya market" over the entry that tells the strike: one event, not
 * two. A live-blog entry's headline event gives way to the same type told in the entry's body (the
 * body names the actors and the source); a multi-entry page's title to the same type told in any
 * entry. What the body lacks (a toll, a place, a side) is taken from the headline, with its words.
 */
const CROWD_TYPES = new Set(['Protests', 'Riots']);

function foldHeadlineTellings(events: EventMention[], tellings: Set<EventMention>): void {
  if (!tellings.size) return;
  for (const h of tellings) {
    const sameEntry = (b: EventMention) => !tellings.has(b) && (h.entry < 0 || b.entry === h.entry);
    // "Protesters storm Libya's parliament" over a body telling the riot: a headline reads a crowd's
    // violence loosely; a protest headline is the body's protest or riot of the same entry.
    const body = events.find((b) => sameEntry(b) && b.sub_event_type === h.sub_event_type) ??
      (CROWD_TYPES.has(h.event_type) ? events.find((b) => sameEntry(b) && CROWD_TYPES.has(b.event_type)) : undefined);
    if (!body) continue;
    if (body.fatalities === 0 && h.fatalities > 0) adoptField(body, h, 'fatalities', 'from-entry-headline');
    for (const k of ['1', '2'] as const) {
      if (body[`actor${k}`] === null && h[`actor${k}`] !== null && h[`actor${k}`] !== body[`actor${k === '1' ? '2' : '1'}`]) {
        body[`actor${k}`] = h[`actor${k}`];
        body[`inter${k}`] = h[`inter${k}`];
        body[`assoc_actor_${k}`] = h[`assoc_actor_${k}`];
        const src = h.sources[`actor${k}`];
        if (src) body.sources[`actor${k}`] = { span: src.span, rule: `from-entry-headline:${src.rule}` };
      }
    }
    if (!body.location && h.location) adoptField(body, h, 'location', 'from-entry-headline');
    events.splice(events.indexOf(h), 1);
  }
}

/**
 * "Gas attack kills dozens in Khan Sheikhoun" over a lead that says only "a rebel-held town in the
 * southern countryside of Idlib": the title's town, inside the province the body names, is where the
 * body's first telling of that event happened (geo_precision 1 instead of 2 or 3).
 */
function preciserPlaceFromTitle(events: EventMention[]): void {
  for (const t of events) {
    const tl = t.location;
    if (t.entry !== -1 || !tl || tl.geo_precision !== 1 || !tl.admin1) continue;
    const body = events.find((b) => b.entry >= 0 && b.sub_event_type === t.sub_event_type);
    const bl = body?.location;
    if (!body || !bl || bl.geo_precision === 1 || bl.country !== tl.country || (bl.admin1 !== tl.admin1 && bl.name !== tl.admin1)) continue;
    // ("Air strikes hit wedding party near Mocha" over "in the village of Wahijah near the port of
    // Mocha": a village the body names, placed at the title's town, is the more precise place.)
    if (bl.name !== tl.name && bl.name !== bl.admin1 && bl.lat === tl.lat && bl.lon === tl.lon) continue;
    adoptField(body, t, 'location', 'preciser-in-title');
  }
}

/** ACLED inter codes of the sides of a conflict: state forces, rebels, political and identity militias, external forces. */
const PARTY_INTER = new Set([1, 2, 3, 4, 8]);

/** The armed parties a sentence names from the actor dictionary, in text order, as claim sources. */
function partiesNamed(mentions: ActorMention[]): { start: number; end: number; by: string }[] {
  return mentions
    // "Rebels said they had taken ...", "an alliance of armed groups said": an armed side, named or not.
    .filter((m) => (m.kind === 'named' && m.actor && PARTY_INTER.has(m.actor.inter)) || (m.kind === 'generic' && (m.generic === 'rebels' || m.generic === 'unidentified')))
    .map((m) => ({ start: m.start, end: m.end, by: m.text.replace(/^the\s+/i, '') }))
    .sort((a, b) => a.start - b.start);
}

/**
 * The remark a little further on that may qualify a sentence's event ("The killings could not be
 * verified"). A remark qualifies the nearest event told before it: once another event sentence
 * comes in between, the remark is that event's, not this one's.
 */
function laterRemarkFor(following: ({ text: string; cls: unknown } | null | undefined)[]): string | null {
  const before: { text: string }[] = [];
  for (const x of following) {
    if (!x || x.cls) break;
    before.push(x);
  }
  return (before.find((x) => isVerificationRemark(x.text)) ?? before[0])?.text ?? null;
}
