// Whether a sentence sets the scene rather than telling the news: an event in the past perfect with
// nobody reporting it ("Soldiers had occupied the village after residents fled"), or one told as
// lasting or recurring ("have faced snipers for weeks", "have repeatedly launched missiles"), with no
// day of its own. Such a sentence opens many snippets and wire stories; the event comes next.

const PAST_PERFECT = /\bhad (?:(?:already|previously|long|earlier|since|been) )*(?!(?:to|a|an|the|no|not|its|their|his|her)\b)[a-z]+(?:ed|en|held|cut|fought|taken|seized|shot|hit|struck|lost|led|kept|run|set|built|won|fled|overrun)\b/;
const REPORTED = /\b(?:said|says|say|told|tells|reported|reports|announced|claimed|confirmed|according|added|stated|learn(?:ed|t)|found|showed|revealed|noted|alleged|accused|insisted|explained|warned|admitted)\b/;
const LASTING = /\b(?:has|have) (?:stepped up|intensified|escalated|ramped up)\b|\bsince the (?:(?:19|20)\d\d|coup|war|invasion|uprising|revolution|takeover)\b|\b(?:a spate|a series|a string|a wave|a surge|an upsurge) of\b|\bin (?:(?:early|late|mid-?) )?(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:19|20)\d\d\b|\bfor (?:(?:several|many|two|three|four|five|six|seven|eight|nine|ten|\d+|the past|the last|a few|nearly|almost|over|more than) )*(?:days|weeks|months|years)\b|\bfor (?:a|one) (?:week|month|year)\b|\brepeatedly\b|\bin recent (?:days|weeks|months)\b|\bover the (?:past|last) (?:few |several )?(?:days|weeks|months|years)\b|\bsince (?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d|last (?:week|month|year))\b/;
// A day of its own makes it news again ("had besieged the town for months, recaptured it on Sunday").
const DAY = /\bby (?:midnight|nightfall|dawn|daybreak|evening|morning|noon|midday|sunset|sunrise|the (?:afternoon|evening|morning|end of the day))\b|\b(?:hours|minutes) later\b|\blater that (?:day|night|evening)\b|\b(?:on|late on|early on|overnight|last|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening)\b|\b(?:today|yesterday|tonight|overnight)\b|\bon (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{1,2})?\b/;

const SUBORDINATE = /\b(?:who|which|that|after|where|when|since|because|as|until|once|before)\s+(?:[\w'’-]+\s+){0,3}$/;

export function toldAsBackground(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  if (DAY.test(lower)) return false;
  if (LASTING.test(lower)) return true;
  const pp = PAST_PERFECT.exec(lower);
  // "Tear gas at supporters who had gathered": the past perfect of a clause inside the news.
  return pp !== null && !REPORTED.test(lower) && !SUBORDINATE.test(lower.slice(Math.max(0, pp.index - 30), pp.index));
}
