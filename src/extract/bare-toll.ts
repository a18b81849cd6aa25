// A sentence that only counts the casualties of what was just told ("A car bomb exploded in the
// market. Twelve people were wounded, police said.") is the toll of that event, not an attack of its
// own: nobody acts in it, no weapon, no new place. Read alone, a classifier sees "people wounded"
// and codes an attack on civilians by an unknown group, a second event no coder would record.

const UNIT = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WORDS = String.raw`(?:(?:${TENS})(?:[\s-](?:${UNIT}))?|${UNIT})(?:\s+hundred)?`;
const QUANTITY = String.raw`(?:(?:at\s+least|nearly|almost|more\s+than|over|up\s+to|some|about|around|roughly|an\s+estimated|another|a\s+further|a\s+total\s+of)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+|${WORDS}|a\s+(?:few|number|dozen|handful)(?:\s+of)?|dozens(?:\s+of)?|scores(?:\s+of)?|hundreds(?:\s+of)?|tens(?:\s+of)?|several|many|others)`;
const WHO = String.raw`(?:(?:more\s+|other\s+)?(?:people|persons|civilians|others|residents|villagers|passers-?by|bystanders|worshippers|shoppers|children|women|men|students|pupils|patients|fighters|soldiers|troops|policemen|police\s+officers|officers|militants|rebels|insurgents|members\s+of\s+the\s+[a-z ]{3,30}|members|gunmen|attackers|assailants|jihadists|terrorists|person|civilian|resident|villager|child|woman|man|student|soldier|policeman|police\s+officer|officer|fighter|militant|rebel|member|guard|worker|journalist|of\s+them|of\s+(?:their|its|his|our)\s+(?:own\s+)?(?:fighters|men|members|soldiers|troops|comrades|guards)))`;
const HURT = String.raw`(?:killed|shot\s+dead|wounded|injured|hurt|dead|died|lost\s+their\s+lives|hospitali[sz]ed|treated\s+for\s+(?:their\s+)?(?:wounds|injuries))`;
const BEEN = String.raw`(?:were|was|have\s+been|has\s+been|had\s+been|are|is|remain|were\s+reported|are\s+reported|have\s+died|had\s+died)`;
/** "in the blast", "during the attack": pointing back to the incident just told, not a new one. */
const BACK = String.raw`(?:(?:in|during|by|from|after)\s+(?:the|that|this|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's|yesterday's|today's)\s+(?:[a-z-]+\s+){0,2}(?:blast|explosion|attack|assault|strike|air\s*strike|raid|bombing|shelling|bombardment|clash(?:es)?|fighting|violence|incident|ambush|shooting|firing|fire|crackdown|unrest|riots?|stampede))`;
// "At least 20 ISIS militants were also killed": a group's name or an adjective before the noun.
const COUNT = String.raw`${QUANTITY}\s+(?:(?:[A-Za-z'’-]+\s+){0,2}?${WHO})?\s*(?:${BEEN}\s+)?(?:also\s+)?${HURT}`;
/** "Twelve people were killed and 30 wounded", "six died and 14 were hurt". */
/** "died in hospital", "died of their wounds later": still the toll of the incident just told. */
const AFTERWARDS = String.raw`(?:\s+(?:later|overnight|since|afterwards|in\s+(?:a\s+)?hospital|of\s+(?:their|his|her)\s+(?:wounds|injuries)))*`;
/** Up to eight words naming who tells it: "The Britain-based Syrian Observatory for Human Rights". */
const SOURCE = String.raw`(?:[A-Za-z'’.-]+\s+){0,8}?`;
/**
 * A monitor's or another source's own count of the same dead: "it had documented the death of 43
 * civilians", "put the death toll at seven", "the toll has risen to 49".
 */
const SOURCE_COUNT = String.raw`${SOURCE}(?:(?:had|has|have)\s+)?(?:(?:documented|recorded|counted|verified|registered)\s+(?:the\s+)?(?:deaths?|killings?)\s+of|(?:put|puts|putting|placed|gave|gives)\s+(?:the|its|their)\s+(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|those\s+killed|victims))\s+(?:(?:even\s+|much\s+|far\s+)?(?:higher|lower)\s*,?\s+)?at)\s+${QUANTITY}(?:\s+${WHO})?`;
const TOLL_NOW = String.raw`(?:the\s+)?(?:death\s+)?toll\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|stood|stands|was|is)\s+(?:to\s+|at\s+)?${QUANTITY}(?:\s+${WHO})?`;
/**
 * "The army said it killed 40 rebels", "the group said its fighters had killed 12 soldiers": a side's
 * own count of the enemy dead in the fight just told.
 */
const SIDE_COUNT = String.raw`(?:it|they|its\s+(?:troops|forces|fighters|men|soldiers|units)|their\s+(?:fighters|men))\s+(?:had\s+|have\s+)?(?:killed|neutrali[sz]ed|eliminated)\s+${QUANTITY}(?:\s+(?:(?:[A-Za-z'’-]+\s+){0,2}?${WHO}|[a-z]+))?(?:\s+${BACK})?`;
/** "..., including eight children": the count's subset, still no new event. */
const INCLUDING = String.raw`(?:,?\s+(?:including|among\s+them|among\s+whom)\s+[^,.;]{2,60})?`;
/** "... or have gone missing": the same count's other fates, no new incident. */
const OR_FATE = String.raw`(?:,?\s+(?:and|or)\s+(?:have\s+|has\s+|had\s+)?(?:gone\s+missing|disappeared|been\s+(?:wounded|injured|displaced|detained|abducted|kidnapped|arrested)|wounded|injured))?`;
const CLAUSE = String.raw`(?:${SOURCE_COUNT}|${TOLL_NOW}|${SIDE_COUNT}|${COUNT}${AFTERWARDS}(?:,?\s+(?:and|while|with)\s+(?:${COUNT}|${QUANTITY}\s+(?:${WHO}\s+)?(?:${BEEN}\s+)?${HURT}))?${OR_FATE}(?:\s+${BACK})?)${INCLUDING}`;

/** A source said it, before or after: "police said", ", the union added", "according to medics". */
const SAID = String.raw`(?:said|says|added|reported|confirmed|claimed|claims|announced|told\s+[A-Z]?[\w.-]+(?:\s+[A-Z][\w.-]+){0,2}|stated)`;
const TAIL = String.raw`(?:,?\s+(?:${SOURCE}${SAID}|according\s+to\s+[^,.;]{2,60}))?`;
const HEAD = String.raw`(?:${SOURCE}${SAID}\s+(?:that\s+)?)?`;

/** "..., and said at least 19 people had been wounded": the same source's count of the hurt. */
const AND_HURT = String.raw`(?:,?\s+and\s+(?:said\s+)?(?:that\s+)?${COUNT})?`;
const BARE_TOLL = new RegExp(String.raw`^\s*${HEAD}${CLAUSE}${AND_HURT}${TAIL}\s*[.!]?\s*$`, 'i');

const SOURCE_TOLL = new RegExp(String.raw`^\s*${HEAD}(?:${SOURCE_COUNT})${INCLUDING}${AND_HURT}${TAIL}\s*[.!]?\s*$`, 'i');

/**
 * Whether a sentence is a source's own count of the dead just told ("The Observatory put the toll at
 * seven"): another figure for the same deaths, of which ACLED takes the lower.
 */
export function isSourceToll(sentence: string): boolean {
  if (sentence.length > 240) return false;
  return SOURCE_TOLL.test(sentence);
}

/** Whether a sentence only states a casualty count (and who said it), pointing back at most to "the blast". */
export function isBareToll(sentence: string): boolean {
  if (sentence.length > 200) return false;
  return BARE_TOLL.test(sentence);
}
