// How central a mention is to its report, so that the main event comes first: the headline's
// event over the body's, the lead over later paragraphs, deaths and a known place over none,
// a fact over a hedge or a denial, a confident classification over a weak one.
import type { EventMention, Report, Sentence } from '../core/types.js';

const BACKGROUND = /\b(?:came|comes|come|occurred|happened)\s+(?:(?:just\s+|(?:less|more)\s+than\s+|about\s+|nearly\s+|barely\s+|almost\s+)?(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|hours?|months?)\s+|(?:(?:mere|just|only)\s+)?(?:hours|days|weeks|months|minutes)\s+|only\s+|just\s+|shortly\s+)?(?:after|since)\b|\b(?:follows|followed)\s+(?:a|an|the)\b|\b(?:compared|likened)\s+(?:with|to)\s+(?:the|a|an)\b|\breminiscent\s+of\s+(?:the|a|an)\b|^\W*(?:\d{1,2}[:.]\d{2}\s*(?:GMT|BST|UTC|[ap]\.?m\.?)?\s*[:\-–—]?\s*)?Elsewhere\b/i;
// (Each may open on a live page's time stamp: "19:05 Elsewhere, ...".)
// "Meanwhile in Eastern Ghouta ...", "In the same context, army units ..." (state-media style): another
// thread of the day's news, told after the story's own.
const ANOTHER_THREAD = /^\W*(?:\d{1,2}[:.]\d{2}\s*(?:GMT|BST|UTC|[ap]\.?m\.?)?\s*[:\-–—]?\s*)?(?:Meanwhile|In\s+other\s+(?:developments|news)|In\s+(?:the\s+same|a\s+related|another|a\s+similar)\s+context)\b/i;

// "earlier this week", "since the war began": the sentence tells of an older incident or a running total.
// "Since the beginning of Operation Euphrates Shield on August 24, ... have cleared": a tally of a campaign.
const OLDER_TIME = /\b(?:earlier|last)\s+(?:this\s+)?(?:week|month|year)\b|\bsince\s+(?:the\s+)?(?:conflict|war|uprising)\b|^\W*Since\s+(?:the\s+(?:beginning|start|launch|outset)\s+of|(?:early|mid-?|late)?\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b)/i;
// A sentence opening on a month or a year ("In June, a missile hit ...") dates an older incident: a
// report tells its news by the day, its background by the month.
const OLDER_OPENING = /^\W*(?:\d{1,2}[:.]\d{2}\s*(?:GMT|BST|UTC|[ap]\.?m\.?)?\s*[:\-–—]?\s*)?(?:(?:Back|Earlier|Also)\s+)?(?:In|By)\s+(?:(?:early|mid-?|late)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b/i;

/** Whether a sentence recalls an earlier incident ("The attack came two days after ...", "last week") rather than telling the news. */
export function recallsEarlierIncident(text: string): boolean {
  return BACKGROUND.test(text) || OLDER_TIME.test(text) || OLDER_OPENING.test(text);
}

// "Hours earlier, on Friday evening, gunmen attacked ...", "In a separate attack ..." (and BACKGROUND's
// "Elsewhere ..."): the sentence turns to another incident than the one told before it.
const ANOTHER_INCIDENT = /^\W*(?:\d{1,2}[:.]\d{2}\s*(?:GMT|BST|UTC|[ap]\.?m\.?)?\s*[:\-–—]?\s*)?(?:Separately|Earlier|In\s+(?:a|another)\s+separate|In\s+another\s+(?:attack|incident|strike)|(?:(?:a\s+few|several|two|three|\d+)\s+)?(?:hours?|days?|weeks?|minutes)\s+(?:earlier|before)|(?:A|One)\s+day\s+(?:earlier|before))\b/i;

// "The source added that another rocket shell fell near al-Ziraa": a further impact elsewhere.
const ANOTHER_IMPACT = /\b(?:another|a\s+further)\s+(?:[\w-]+\s+)?(?:rocket|shell|mortar|missile|bomb|barrel\s+bomb|strike|air\s?strike|raid|blast|explosion|round|projectile)s?\s+(?:\w+\s+){0,2}?(?:fell|landed|hit|struck|exploded|went\s+off|slammed)\b/i;

/** Whether a sentence tells another incident than the story's own: an older one, or another thread. */
export function tellsAnotherIncident(text: string): boolean {
  return recallsEarlierIncident(text) || ANOTHER_THREAD.test(text) || ANOTHER_INCIDENT.test(text) || ANOTHER_IMPACT.test(text);
}

/** How many days before the report an incident is older news. */
const OLD_NEWS_DAYS = 3;
/** How far into its entry a sentence may start and still be the lead (after a "Published ..." line). */
const LEAD_START = 60;

/** `background`: the classifier read the sentence as setting the scene (classify/aspect.ts). */
export function salienceOf(ev: EventMention, s: Sentence, report: Report, score: number, background = false): number {
  let x = 0;
  const headline = s.zone === 'title' || s.zone === 'headline' || (s.start - (report.entries[s.entry]?.start ?? 0) <= 40 && repeatsTitle(ev.evidence.text, report.title));
  // A headline about talk (a probe, a statement, a condemnation) names the incident only as its
  // topic: the lead's telling of the violence is the story's event, so it keeps no headline lift.
  if (headline && !isTalkHeadline(headlineText(ev.evidence.text, s, report))) x += 3;
  // A photo caption scraped into the text describes a picture, often of another day or town.
  if (isPhotoCaption(ev.evidence.text, headline)) x -= 3;
  const entry = report.entries[s.entry];
  if (entry) {
    // Position inside the entry: the lead paragraph carries the news.
    const rel = (s.start - entry.start) / Math.max(1, entry.end - entry.start);
    x += rel < 0.15 ? 2 : rel < 0.35 ? 1 : 0;
    x += 0.5 / (1 + s.entry); // earlier entries of a live blog are its latest news
  } else if (s.start < 400) x += 2;
  if (ev.fatalities > 0) x += 1 + Math.min(1.5, Math.log10(ev.fatalities + 1) * 0.5);
  if (ev.location) x += 0.5 + (ev.location.geo_precision === 1 ? 0.25 : 0);
  if (ev.actor1) x += 0.3;
  if (ev.actor2) x += 0.2;
  if (ev.claim.status === 'denied' || ev.claim.status === 'unverified') x -= 0.75;
  // "The attack came two days after a car bombing killed 100": the sentence recalls an earlier
  // incident as background; its toll and place belong to that one, not to the story's news.
  if (BACKGROUND.test(ev.evidence.text)) x -= 3;
  // "Boko Haram had held Gwoza since August": the scene set for the news told next.
  else if (background) x -= 2.5;
  // ("Refugees have described much larger massacres elsewhere in northern Rakhine": other incidents.)
  else if (OLDER_OPENING.test(ev.evidence.text) || ANOTHER_THREAD.test(ev.evidence.text) || /\belsewhere\b/i.test(ev.evidence.text)) x -= 1.5;
  // An incident dated days before the report ("On Saturday ...", "last week") is background to its news.
  if (report.published && ev.event_date && ev.time_precision === 1 && (report.publishedPrecision ?? 1) === 1) {
    const days = (Date.parse(report.published) - Date.parse(ev.event_date)) / 86_400_000;
    // (A story's own lead tells its news however old: "48 killed in a village last week ... Tuesday's executions".)
    const lead = headline || s.start - (entry?.start ?? 0) <= LEAD_START;
    if (days > OLD_NEWS_DAYS && !lead) x -= 1.5;
  } else if (report.published && ev.event_date && ev.time_precision === 3 && ev.event_date.slice(0, 7) < report.published.slice(0, 7)) {
    // "a bombing in May that killed 85" in a story of August: a month before the report's is older news.
    x -= 1.5;
  }
  x += score;
  // Earlier in the text breaks ties.
  x -= (s.start / Math.max(1, report.text.length)) * 0.5;
  return Math.round(x * 1000) / 1000;
}

// Verbs of diplomacy, inquiry and comment that a headline's subject does ("U.N. chief pushes Syria
// to allow probe", "Coalition condemns attack", "Minister accuses rebels"); "says" only mid-title,
// since a trailing "..., monitor says" attributes a reported incident.
const TALK_VERB = /\b(?:condemn(?:s|ed)?|denounc(?:es|ed)|urg(?:es|ed)|calls?\s+(?:for|on)|push(?:es)?\s+(?:\p{L}+\s+){0,3}?(?:to|for)|demands?|accus(?:es|ed)|blames?|prob(?:es|ing)|investigat(?:es|ing|ion)|inquiry|warns?|vows?|pledges?|says\s+\S+\s+\S+)/iu;
/** Words that tell deaths, counted or not ("raids kill 10", "several dead", "toll rises"). */
export const TELLS_DEATHS = /\b(?:kill\w*|dead|deaths?|die[sd]?|dying|massacre\w*|slain|lives|toll)\b/i;

/** Whether a headline reports talk about violence rather than the violence itself. */
export function isTalkHeadline(text: string): boolean {
  // Deaths told in the headline make it the incident's own telling, whatever else it reports.
  return TALK_VERB.test(text) && !TELLS_DEATHS.test(text);
}

/** The headline's own words: the page title when the sentence repeats it, else the sentence. */
function headlineText(text: string, s: Sentence, report: Report): string {
  const title = report.title?.trim();
  if (title && (s.zone === 'title' || text.includes(title))) return title;
  return text;
}

/**
 * A scraped page often repeats its title as the body's first line, run into the lead ("Syria regime
 * raids kill 10 in camp NGO AFP Wednesday ... aircraft killed at least 10"): that sentence is the
 * headline too. Allows a short prefix (a date, "Published ...") before it.
 */
function repeatsTitle(text: string, title: string | null): boolean {
  if (!title || title.length < 20) return false;
  const at = text.indexOf(title.trim());
  return at >= 0 && at <= 40;
}

// "(AFP photo)", "(Reuters Photo)", "(Photo ... by AFP)", "Photo: ...": a picture's credit.
const PHOTO_CREDIT = /\((?:[A-Z][\w.]*\s+)?photo\b[^)]*\)|\(photo\b|\bphoto\s*(?:by\b|:)/i;
/** What may follow a caption's credit in its sentence ("(AFP photo)." then the end). */
const CREDIT_TAIL = 20;
// "A Syrian man covered with dust carries pieces of metal ...", "People inspect the damage after":
// people seen doing something, told in the present: the way captions describe a picture.
const PEOPLE = String.raw`(?:man|woman|boy|girl|child|baby|members?|fighters?|rescuers?|residents?|people|men|women|children|volunteers?|civilians|workers?|paramedics?|medics?|soldiers?|firefighters?|mourners?|protesters?|refugees?|families|relatives|volunteers)`;
const SCENE_VERB = String.raw`(?:carr(?:y|ies)|walks?|runs?|inspects?|stands?|sits?|looks?|holds?|rides?|gestures?|reacts?|mourns?|search(?:es)?|evacuates?|removes?|gathers?|prays?|cr(?:y|ies)|waits?|flees?|checks?|helps?|clears?|hugs?|comforts?|receives?|rush(?:es)?|push(?:es)?|sifts?|digs?|pulls?|lies|lie|sleeps?)`;
const CAPTION_SCENE = new RegExp(String.raw`(?:^|[^\p{L}\d])(?=\p{Lu})(?:(?:An?|The|Two|Three|Four|Several|Some)\s+)?(?:(?!(?:said|says|say|told|that|when|where|while|as)\s)[\p{L}-]+\s+){0,3}?${PEOPLE}\s+(?:[\p{L}-]+\s+){0,6}?${SCENE_VERB}\b`, 'u');

/**
 * Whether a sentence is a photo caption run into the text: it carries a photo credit, or (outside
 * the headline, which is told in the present too) it shows people doing something in the present.
 */
export function isPhotoCaption(text: string, headline = false): boolean {
  // A credit mid-sentence ends a caption that scraping ran into the lead: the lead follows it.
  const credit = PHOTO_CREDIT.exec(text);
  if (credit) return text.length - (credit.index + credit[0].length) < CREDIT_TAIL;
  if (headline) return false;
  return CAPTION_SCENE.test(text.slice(0, 160));
}
