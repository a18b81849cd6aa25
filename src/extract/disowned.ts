// "Was not claimed by ISIS", "never blamed on the group", "not carried out by the army": the one
// named after such words is cleared of the event, so it is neither its author (roles), nor the
// group a story credits (anaphora), nor its claimant (claim).
const DISOWNED_BEFORE =
  /\b(?:not|never|n't|nobody|no\s+one)\s+(?:\w+\s+){0,2}?(?:claimed|blamed|attributed|carried\s+out|conducted|launched|committed|perpetrated|staged|fired|confirmed|reported|announced)\s+(?:\w+\s+){0,3}?(?:by|on|to)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$/i;
// A cheap gate: the window test above runs at every position, and most windows hold no negation.
const NEGATION = /not|n't|never|nobody|no one/i;

/** Whether the text just before a mention clears it of the event. */
export function disownedBefore(before: string): boolean {
  return NEGATION.test(before) && DISOWNED_BEFORE.test(before);
}
