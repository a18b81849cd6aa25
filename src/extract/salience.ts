// How central a mention is to its report, so that the main event comes first: the headline's
// event over the body's, the lead over later paragraphs, deaths and a known place over none,
// a fact over a hedge or a denial, a confident classification over a weak one.
import type { EventMention, Report, Sentence } from '../core/types.js';

const BACKGROUND = /\b(?:came|comes|come|occurred|happened)\s+(?:(?:just\s+)?(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|hours?|months?)\s+|only\s+|just\s+|shortly\s+)?(?:after|since)\b|\b(?:follows|followed)\s+(?:a|an|the)\b/i;

export function salienceOf(ev: EventMention, s: Sentence, report: Report, score: number): number {
  let x = 0;
  if (s.zone === 'title' || s.zone === 'headline' || (s.start - (report.entries[s.entry]?.start ?? 0) <= 40 && repeatsTitle(ev.evidence.text, report.title))) x += 3;
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
  x += score;
  // Earlier in the text breaks ties.
  x -= (s.start / Math.max(1, report.text.length)) * 0.5;
  return Math.round(x * 1000) / 1000;
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
