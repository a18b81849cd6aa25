// Fatalities by ACLED's rules, from one sentence:
// - the most conservative figure: "at least 17" -> 17, "more than 17" -> 17, a range -> its lower end;
// - vague quantities: "tens" -> 10, "a dozen"/"dozens" -> 12, "scores" -> 20 (one score: the
//   smallest plural reading), "hundreds" -> 100, "thousands" -> 1000, "a few" -> 3;
//   deaths reported without a count ("several", "many", "an unknown number", "civilians were
//   killed") -> 10, ACLED's figure for an unspecified plural;
// - one named or singular victim ("a child was killed", "killing its driver", "stabbed to death a
//   shopkeeper", "beat a man to death") -> 1; a list of victims adds up, each singular item one
//   ("killing a woman and a child" -> 2, "a policeman, a teacher and two children" -> 4);
// - the people who tell the news are never its dead ("..., two officers told reporters");
// - deaths on several sides are added ("5 soldiers and 3 militants" -> 8, "10 on each side" -> 20);
// - the injured are never counted; subsets ("including 6 children") are not added twice;
// - cumulative war tolls ("230,000 killed since 2011") are not this event's deaths;
// - "no one was killed" is no count of one; "members of one family" counts the members;
// - the abducted or wounded who are then killed ("abducted and later killed") are the dead;
// - a side's own losses ("the militants lost 15 fighters") and victims joined "along with" or
//   "as were" others are added; "neutralised" (military statements) is killing, said of people;
// - one side counted and the other "an unknown number": the counted deaths are the figure;
// - a revised toll replaces the first ("later revised to 14"); two sources' figures for the same
//   deaths give the lower one; another day's dead told beside the event's own are not its own;
// - counts "among the dead" are the deaths when no total is told;
// - an attacker who dies in his attack ("blew himself up", "turned the gun on himself", "killing
//   himself and five soldiers") is one more death beside the toll of the sentence, unless that
//   toll already includes him;
// - words for numbers include "two dozen" (24), "a hundred", "one hundred and twenty".

import type { Span } from '../core/types.js';
import { asciiTwin, isAscii } from './ascii-twin.js';

export interface FatalityCount {
  value: number;
  span: Span;
  rule: string;
}

export interface Fatalities {
  /** 0 when no death is reported. */
  value: number;
  parts: FatalityCount[];
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const VAGUE: Record<string, { value: number; rule: string }> = {
  tens: { value: 10, rule: 'tens=10' },
  dozens: { value: 12, rule: 'dozens=12' },
  'several dozen': { value: 12, rule: 'dozens=12' },
  'a few dozen': { value: 12, rule: 'dozens=12' },
  'a dozen': { value: 12, rule: 'a-dozen=12' },
  'half a dozen': { value: 6, rule: 'half-dozen=6' },
  'a couple of': { value: 2, rule: 'a-couple=2' },
  scores: { value: 20, rule: 'scores=20' },
  hundreds: { value: 100, rule: 'hundreds=100' },
  thousands: { value: 1000, rule: 'thousands=1000' },
  'a few': { value: 3, rule: 'a-few=3' },
  several: { value: 10, rule: 'unspecified-plural=10' },
  many: { value: 10, rule: 'unspecified-plural=10' },
  numerous: { value: 10, rule: 'unspecified-plural=10' },
  'a number of': { value: 10, rule: 'unspecified-plural=10' },
  'an unknown number of': { value: 10, rule: 'unspecified-plural=10' },
  'an undetermined number of': { value: 10, rule: 'unspecified-plural=10' },
  'an unspecified number of': { value: 10, rule: 'unspecified-plural=10' },
  'an unconfirmed number of': { value: 10, rule: 'unspecified-plural=10' },
  // "a hundred people": a number in words, no vague quantity.
  'a hundred': { value: 100, rule: 'number' },
  'one hundred': { value: 100, rule: 'number' },
  'a thousand': { value: 1000, rule: 'number' },
};

const NUMWORD = `(?:${Object.keys(UNITS).join('|')})`;
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${NUMWORD}(?:[\\s-]+(?:${NUMWORD}|hundred|thousand))*(?:\\s+hundred)?(?:(?<=hundred|thousand)\\s+and\\s+${NUMWORD}(?:[\\s-]+${NUMWORD})?)?)`;
const MODIFIER =
  '(?:at\\s+least|at\\s+most|more\\s+than|over|nearly|almost|around|about|some|up\\s+to|as\\s+many\\s+as|approximately|roughly|an\\s+estimated|a\\s+total\\s+of|no\\s+fewer\\s+than|no\\s+less\\s+than|upwards\\s+of|close\\s+to|another|a\\s+further)';
const VAGUE_RE = Object.keys(VAGUE)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/ /g, '\\s+'))
  .join('|');
/** A quantity: "at least 17", "between 15 and 20", "from 500 to well over 1,000", "15-20", "twenty-two", "dozens". */
const COUNT_RE = new RegExp(
  `\\b(?:${MODIFIER}\\s+)?(?:(?:between|from)\\s+(${NUMBER})\\s+(?:and|to)\\s+(?:(?:well|just|slightly)\\s+)?(?:(?:over|above|more\\s+than|about|around|nearly)\\s+)?(${NUMBER})|(${NUMBER})(?:\\s*(?:-|–|to|or)\\s*(${NUMBER}))?|(${VAGUE_RE}))\\b`,
  'gi',
);

const DEATH_WORDS =
  '(?:killed|dead|died|die|succumbed|slain|executed|massacred|perished|lynched|neutrali[sz]ed|(?:beaten|stabbed|hacked|burned|burnt|stoned|bludgeoned|tortured)\\s+to\\s+death|lost\\s+their\\s+lives|deaths|fatalities|bodies|shot\\s+dead|martyred|martyrs|beheaded|assassinated|lives|sent\\s+to\\s+hell|paid\\s+the\\s+ultimate\\s+(?:sacrifice|price)|embraced\\s+(?:shahadat|shahadah|shahadath|martyrdom))';
const DEATH_WORD_RE = new RegExp(`\\b${DEATH_WORDS}\\b`, 'i');
/** "40 wounded", "12 people were injured": the count belongs to the injured. */
const INJURED_AFTER = /^\s*(?:of\s+)?(?:(?!and\b|or\b|killed\b|dead\b|died\b|martyred\b|slain\b|executed\b)[\p{L}'’-]+\s+){0,4}?(?:wounded|injured|hurt|missing|arrested|detained|abducted|kidnapped|displaced|captured)\b/iu;
const INJURY_WORDS = /\b(wounded|wounding|injured|injuring|injuries|hurt|maimed|casualties|missing|arrested|detained|abducted|kidnapped|displaced|captured)\b/i;
/** After a count: its noun phrase (up to ten words, or an aside between commas), an optional auxiliary, then the death word. */
const COUNT_THEN_DEATH = new RegExp(
  `^\\s*(?:of\\s+)?(?:[\\p{L}\\p{N}'’.()-]+(?:\\s+|(?=,))){0,10}?(?:,[^,]{0,100},\\s*)?(?:(?:were|was|have\\s+been|had\\s+been|has\\s+been|are|is|have|had|has|reportedly|also|all|now|been|being|later|confirmed)\\s+){0,3}${DEATH_WORDS}\\b`,
  'iu',
);
/** Before a count: the killing verb or a toll phrase ("killing at least", "death toll rose to", "Fatalities: "). */
const DEATH_THEN_COUNT = new RegExp(
  `(?:\\b(?:killed|killing|kills|kill|slew|executed|executing|executes|execute|massacred|massacres|massacre|slaughters|slaughter|beheads|behead|lynched|lynching|(?:beat|beating|stabbed|stabbing|hacked|hacking|burned|burning|stoned|stoning|tortured|torturing)\\s+to\\s+death|crucified|beheaded|beheading|slaughtered|slaughtering|assassinated|shot\\s+dead|shooting\\s+dead|gunned\\s+down|claimed\\s+the\\s+lives\\s+of|took\\s+the\\s+lives\\s+of|(?:beheading|execution|killing|massacre|deaths|death|bodies|murder)\\s+of|death\\s+toll\\s+(?:\\w+\\s+){0,3}?(?:to|at|of|is|was|reached|hit)|toll\\s+(?:\\w+\\s+){0,3}?(?:to|at|of|reached)|(?:killed|killing|kills|wiped\\s+out|wiping\\s+out)\\s+(?:an?\\s+|the\\s+|an\\s+entire\\s+|a\\s+whole\\s+)?family\\s+of|the\\s+(?:dead|deaths|victims|fatalities)\\s*(?:,|\\s+(?:numbered|totalled|totaled|number|total|stood\\s+at|stand\\s+at))|(?:put|puts|putting|placed|places|gave|gives)\\s+(?:the|its|their)\\s+(?:number|figure|count)\\s+(?:of\\s+(?:the\\s+)?dead\\s+)?at|fatalities\\s*:|deaths\\s*:|dead\\s*:|killed\\s*:|(?:killed|killing|kills)\\s+(?:himself|herself)\\s+(?:and|along\\s+with|together\\s+with|as\\s+well\\s+as))\\s*)$`,
  'i',
);
/** "The number of people killed when ... has risen to at least 276". */
const TOLL_RISEN = /\b(?:toll|number\s+of\s+(?:people\s+|those\s+|civilians\s+)?(?:dead|killed|deaths|victims|fatalities))\b[^.;]{0,240}?\b(?:risen|rose|rises|climbed|climbs|reached|reaches|increased|jumped|stands|stood)\s+(?:to|at)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+)?$/i;
const TOLL_GATE = /toll|number/i;
const TOLL_UPDATE_BEFORE = /\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities|people\s+killed|those\s+killed))\b[^.;]{0,80}?\b(?:rose|risen|rises|climbed|climbs|increased|jumped|mounted|mounts|went\s+up|has\s+reached|had\s+reached|now\s+stands|now\s+stood)\s+(?:to\s+|at\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+)?$/i;
// "including a woman and two children": a singular victim may be listed between the cue and the count.
const SUBSET_BEFORE = /\b(?:including|included|among\s+them|among\s+whom|of\s+whom|among\s+the\s+dead\s+(?:were|are)|among\s+those\s+killed\s+(?:were|are)|among\s+the\s+victims\s+(?:were|are))\s+(?:(?:a|an|one)\s+(?:[\w'’-]+\s+){0,2}?(?:woman|man|child|boy|girl|baby|infant|civilian|soldier|journalist|doctor|nurse|teacher|policeman|officer|fighter|commander)\s*(?:,|and)\s*)?$|\b(?:including|included|among\s+them|among\s+whom|of\s+whom)\s*$/i;
const AMONG_DEAD_AFTER = /^[^.;]{0,60}?\b(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:dead|killed|victims|fatalities|those\s+killed|people\s+killed)\b/i;
const SUBSET_AFTER = /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:were|are|was)\s+(?:also\s+)?among\b|^\s*of\s+(?:them|whom|the\s+dead|those)\b/iu;
const CUMULATIVE_AFTER =
  /^[^.;]{0,60}?\b(?:since\s+(?:[\p{L}'’]+\s+){0,3}?(?:war|conflict|uprising|revolution|crisis|began|started|erupted|broke\s+out)|since\s+(?:the\s+)?(?:start|beginning|outbreak|uprising|war|conflict|revolution|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)|so\s+far\s+this\s+year|this\s+year|(?:in|during|throughout)\s+(?:the\s+year\s+)?(?:19|20)\d{2}(?!\s*[,.]?\s*(?:when|as|after|while|in\s+an?\b))|in\s+the\s+(?:civil\s+)?war|in\s+the\s+conflict|during\s+the\s+(?:civil\s+)?war|over\s+the\s+(?:past|last)\s+\w+\s+(?:years|months)|in\s+total|to\s+date|since\s+then|(?:in|during|over|within)\s+(?:one|a|(?:the\s+)?(?:past|last))\s+(?:\w+\s+)?(?:week|month|year)s?|(?:in|during|over|within)\s+(?:the\s+)?(?:past|last)\s+(?:few|several|\d+|two|three|four|five|six|seven|ten)\s+(?:days|weeks|months|years))\b/iu;
const CUMULATIVE_BEFORE = /\b(?:war|conflict|uprising|crisis|fighting|violence|revolution)\s+(?:that\s+)?(?:has|have|had)\s+(?:so\s+far\s+)?(?:killed|claimed)\s+(?:\w+\s+){0,3}$|\bbringing\s+(?:the\s+)?(?:\w+\s+)?(?:death\s+)?toll\s+(?:\w+\s+)?to\s*$|\b(?:brought|bringing|brings)\s+(?:the\s+(?:\w+\s+)?toll\s+)?to\s*$|\bsince\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|start|beginning|outbreak|war|conflict|uprising)\b[^.;]{0,20}?$|\bsince\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|start|beginning|outbreak|war|conflict|uprising)\b[^.;]{0,60}?\b(?:have|has)\s+(?:so\s+far\s+|now\s+)?(?:killed|claimed\s+the\s+lives\s+of)\s+(?:\w+\s+){0,2}$/i;
// The second "since" form: "Since January, bombings in the capital have killed 300": a perfect
// tense after "since" sums the months, however long the subject between them.
// "10 fighters on each side" doubles; "16 fighters on both sides" is the total of the two.
const EACH_SIDE = /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:on|from)\s+(?:each|either)\s+side\b/iu;
/**
 * One victim: "a child was killed", "killing its driver", "stabbed to death a shopkeeper",
 * "beat a man to death", "lynched a suspected thief". A person noun after a determiner (an article,
 * "one", or a possessive: "its driver") is one victim; the noun list is what tells a person from a
 * thing ("killing a goat", "killing the civilian population" are no victim).
 */
const SINGLE_VICTIM_WORDS = [
  'man', 'woman', 'child', 'boy', 'girl', 'baby', 'infant', 'toddler', 'newborn', 'teenager', 'youth', 'civilian',
  'soldier', 'fighter', 'journalist', 'commander', 'leader', 'officer', 'policeman', 'policewoman', 'person', 'doctor',
  'activist', 'member', 'resident', 'farmer', 'shepherd', 'herder', 'herdsman', 'fisherman', 'teacher', 'student',
  'pupil', 'driver', 'worker', 'militant', 'rebel', 'insurgent', 'nurse', 'cameraman', 'photographer', 'reporter',
  'emir', 'cleric', 'imam', 'judge', 'official', 'guard', 'watchman', 'bodyguard', 'colonel', 'general', 'lieutenant',
  'sergeant', 'captain', 'corporal', 'constable', 'gendarme', 'ranger', 'trooper', 'recruit', 'cadet', 'conscript',
  'militiaman', 'tribesman', 'citizen', 'jihadist', 'gunman', 'bomber', 'pilot', 'medic', 'paramedic', 'volunteer',
  'mayor', 'councillor', 'councilor', 'chairman', 'politician', 'lawmaker', 'lawyer', 'trader', 'vendor', 'hawker',
  'merchant', 'shopkeeper', 'storekeeper', 'shopowner', 'businessman', 'businesswoman', 'customer', 'shopper',
  'motorist', 'cyclist', 'motorcyclist', 'pedestrian', 'protester', 'protestor', 'demonstrator', 'miner', 'passenger',
  'pilgrim', 'worshipper', 'villager', 'prisoner', 'detainee', 'inmate', 'hostage', 'tourist', 'engineer', 'refugee',
  'priest', 'pastor', 'monk', 'nun', 'chief', 'elder', 'headman', 'suspect', 'thief', 'robber', 'bandit', 'informant',
  'informer', 'spy', 'smuggler', 'labourer', 'laborer', 'contractor', 'employee', 'lecturer', 'professor', 'husband',
  'wife', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'uncle', 'aunt', 'nephew', 'niece', 'cousin',
  'relative', 'neighbour', 'neighbor', 'pensioner', 'witness', 'candidate', 'supporter', 'agent', 'deputy',
  'magistrate', 'prosecutor', 'governor', 'minister', 'senator', 'diplomat', 'ambassador', 'inspector', 'commissioner',
  'administrator', 'sheikh', 'mullah', 'bishop', 'preacher', 'missionary', 'catechist', 'deacon', 'seminarian',
  'muezzin', 'surgeon', 'pharmacist', 'midwife', 'patient', 'dissident', 'critic', 'opponent', 'defector', 'deserter',
  'collaborator', 'blogger', 'editor', 'presenter', 'broadcaster', 'writer', 'poet', 'singer', 'musician', 'artist',
  'footballer', 'athlete', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'grandchild', 'stepson', 'bride',
  'groom', 'housewife', 'schoolboy', 'schoolgirl', 'schoolchild', 'schoolteacher', 'headmaster', 'headteacher',
  'adolescent', 'sailor', 'boatman', 'seaman', 'airman', 'captive', 'settler', 'tenant', 'landlord', 'landowner',
  'owner', 'manager', 'banker', 'accountant', 'secretary', 'clerk', 'cashier', 'mechanic', 'carpenter', 'butcher',
  'tailor', 'barber', 'baker', 'cook', 'porter', 'cleaner', 'gardener', 'painter', 'peasant', 'nomad', 'pastoralist',
  'hunter', 'poacher', 'rustler', 'kidnapper', 'trafficker', 'vigilante', 'sniper', 'warden', 'bystander', 'passerby',
  'passer-by', 'onlooker', 'commuter', 'mourner', 'guest', 'migrant', 'operator', 'guide', 'peacekeeper', 'staffer',
];
const SINGLE_VICTIM = `(?:${SINGLE_VICTIM_WORDS.join('|')})`;
const IRREGULAR_PLURAL: Record<string, string> = {
  child: 'children', grandchild: 'grandchildren', schoolchild: 'schoolchildren', person: 'persons|people', wife: 'wives',
  housewife: 'housewives', thief: 'thieves', passerby: 'passersby', 'passer-by': 'passers-by',
};
const pluralOf = (w: string) =>
  IRREGULAR_PLURAL[w] ?? (w.endsWith('man') ? `${w.slice(0, -3)}men` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/.test(w) ? `${w}es` : `${w}s`);
const PLURAL_VICTIM = `(?:${SINGLE_VICTIM_WORDS.map(pluralOf).join('|')})`;
/** What one victim is told with: an article, "one", a possessive ("killing its driver"). */
const ONE_DET = '(?:a|an|one|the|his|her|its|their)';
/**
 * "the civilian population", "a soldier's family": the person noun describes another (but "a police
 * officer's brother" is still one person).
 */
const NOT_THE_NOUN = String.raw`(?!['’]s\s+(?![\p{L}-]*\s*${SINGLE_VICTIM}\b)|\s+(?:population|populations|community|communities|convoy|vehicle|car|truck|house|home|camp|base|post|position|checkpoint|unit|group|family|families)\b)`;
const ONE_VICTIM = String.raw`${ONE_DET}\s+(?:[\p{L}-]+\s+){0,3}?${SINGLE_VICTIM}\b${NOT_THE_NOUN}`;
/** "beaten to death", "stabbed to death": a killing told with its manner. */
const TO_DEATH_VERB = '(?:beat|beating|beaten|stabbed|stabbing|hacked|hacking|burned|burnt|burning|stoned|stoning|bludgeoned|bludgeoning|tortured|torturing|clubbed|clubbing|kicked|kicking|whipped|flogged|hanged|hanging|starved|shot|shooting)';
const SINGLE_PASSIVE = new RegExp(
  `\\b(?:a|an|one|his|her|its|their|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${SINGLE_VICTIM}\\b(?:,?\\s+(?:who|that)(?:\\s+[\\p{L}'’-]+){1,6}?,?|(?:\\s+[\\p{L}-]+){0,3}?)\\s+(?:was|has\\s+been|had\\s+been|reportedly|also)\\s+(?:\\w+\\s+)?(?:killed|shot\\s+dead|executed|slain|beheaded|assassinated|murdered|lynched|gunned\\s+down|${TO_DEATH_VERB}\\s+to\\s+death|died)\\b|\\b(?:a|an|one|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?${SINGLE_VICTIM}\\s+(?:died|was\\s+killed)\\b`,
  'giu',
);
const SINGLE_ACTIVE = new RegExp(
  `\\b(?:(?:killed|killing|kills|shot\\s+dead|shooting\\s+dead|executed|executing|assassinated|assassinating|beheaded|beheading|lynched|lynching|murdered|murdering|slew|gunned\\s+down|gunning\\s+down|strangled|strangling|${TO_DEATH_VERB}\\s+to\\s+death)\\s+(?:(?:himself|herself)\\s+(?:and|along\\s+with|as\\s+well\\s+as)\\s+)?${ONE_VICTIM}|${TO_DEATH_VERB}\\s+${ONE_VICTIM}(?:\\s+[\\p{L}'’-]+){0,6}?\\s+to\\s+death|(?:shot|shooting)\\s+${ONE_VICTIM}(?:\\s+[\\p{L}'’-]+){0,3}?\\s+dead)\\b`,
  'giu',
);
/** A named victim: "Citizen journalist Muhammad Ibrahim, has been killed", "Commander Abu Omar Killed". */
const SINGLE_VICTIM_ANY_CASE = SINGLE_VICTIM.replace(/(^\(\?:|\|)([a-z])/g, (_m, sep: string, c: string) => `${sep}[${c.toUpperCase()}${c}]`);
const SINGLE_NAMED = new RegExp(
  `\\b${SINGLE_VICTIM_ANY_CASE}\\s+(?:[A-Z][\\p{L}'’-]+\\s+){0,4}[A-Z][\\p{L}'’-]+,?\\s+(?:(?:was|has\\s+been|had\\s+been|is)\\s+)?(?:[Kk]illed|[Ss]hot\\s+[Dd]ead|[Ee]xecuted|[Aa]ssassinated|[Bb]eheaded|[Dd]ies|[Dd]ied|[Ss]lain)\\b`,
  'gu',
);
/** "killed President Jovenel Moise": a titled, named victim after the killing verb. */
const SINGLE_TITLED = /\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead|assassinated|assassinating|executed|executing|beheaded|gunned\s+down)\s+(?:the\s+)?(?:[A-Z][\p{L}-]+\s+)?(?:President|Prime\s+Minister|Minister|Governor|Mayor|General|Gen\.|Colonel|Col\.|Brigadier|Major|Commander|Sheikh|Senator|MP|Judge|Imam|Bishop|Father|Chief|King|Prince|journalist|activist|commander|lawmaker|politician|cleric|mayor|governor)\s+(?:[A-Z][\p{L}'’-]+\s+){0,3}[A-Z][\p{L}'’-]+\b/gu;
/** "He died on the spot", "she later succumbed to her wounds": the one victim just told, by pronoun. */
const SINGLE_PRONOUN = /\b(?:he|she)\s+(?:later\s+|subsequently\s+|reportedly\s+|also\s+|eventually\s+)?(?:died|was\s+killed|was\s+shot\s+dead|succumbed)\b/giu;
/** Each one-victim rule with the words every match of it contains (same flags): a cheap gate. */
const SINGLE_VICTIM_RULES: [RegExp, RegExp][] = [
  [/kill|shot|execut|slain|behead|assassin|died|murder|lynch|gunned|death/iu, SINGLE_PASSIVE],
  [/kill|shot|shooting|execut|assassin|behead|lynch|murder|slew|gunn|strangl|death|dead/iu, SINGLE_ACTIVE],
  [/killed|shot|executed|assassinated|beheaded|dies|died|slain/iu, SINGLE_NAMED],
  [/kill|shot|shooting|assassinat|execut|behead|gunned/u, SINGLE_TITLED],
  [/died|killed|shot|succumbed/iu, SINGLE_PRONOUN],
];
/** After a count the killing verb governs: "[21] cadets and the driver", ending the clause. */
const TRAILING_SINGLE = new RegExp(
  `^\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:[\\p{L}'’-]+s|[\\p{L}'’-]*men|people|children)\\s+and\\s+((?:the|a|an|one|their|his|her|its)\\s+(?:[\\p{L}-]+\\s+)?${SINGLE_VICTIM})(?=\\s*(?:[.,;:]|$)|\\s+(?:in|at|on|near|when|as|while|after|during|inside|outside|of|from|who|and\\s+wounded|and\\s+injured)\\b)`,
  'iu',
);
/** "50 captured soldiers", "three wounded fighters": a participle used as an adjective before its noun. */
const ADJECTIVE_INJURY = /^\s+(?:wounded|injured|captured|detained|abducted|kidnapped|arrested|displaced)\s+(?!and\b|or\b|by\b|in\b|at\b|on\b|during\b|when\b|after\b|as\b|while\b)[a-z]+/i;
/** "killed Sheikh Wahid al-Balous, the leader of ..., and": one person named, then "N other people". */
const NAMED_ONE_AND = /\b(?:killed|killing|kills|assassinated|assassinating|shot\s+dead|murdered)\s+((?:(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?\p{Lu}[\p{L}'’.-]*)(?:\s*,[^.;,]{0,120}(?:,[^.;,]{0,60})?,)?\s+(?:and|along\s+with|as\s+well\s+as)\s+$/u;
// "killed an influential sheikh who had spoken out against the regime and at least 25 other people":
// the one victim, a clause about them, then the others counted.
const KILL_ONE_WHO_AND = new RegExp(`\\b(?:killed|killing|kills|kill|shot\\s+dead|shooting\\s+dead|executed|executing|murdered|murdering|assassinated|assassinating)\\s+(${ONE_DET}\\s+(?:[\\p{L}-]+\\s+){0,2}?${SINGLE_VICTIM}),?\\s+(?:who|whom|that)\\s+(?:[\\p{L}'’-]+,?\\s+){1,9}?(?:and|along\\s+with|together\\s+with|as\\s+well\\s+as)\\s+$`, 'iu');
const KILL_ONE_AND = new RegExp(`\\b(?:killed|killing|kills|kill|shot\\s+dead|shooting\\s+dead|executed|executing|murdered|murdering|lynched|lynching|${TO_DEATH_VERB}\\s+to\\s+death)\\s+${ONE_DET}\\s+(?:[\\p{L}-]+\\s+){0,2}?${SINGLE_VICTIM}\\s+(?:and|along\\s+with|together\\s+with|as\\s+well\\s+as)\\s+(?:(?:his|her|their|its)\\s+)?$`, 'iu');
const BARE_PLURAL = /\b(?:civilians|people|soldiers|fighters|militants|rebels|insurgents|troops|policemen|children|women|residents|protesters|demonstrators|members|jihadists|combatants|workers)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?killed\b(?!\s*(?:and|or|,|&)?\s*(?:injured|wounded)\b)|(?<!\bno\s)\b(?:deaths|fatalities)\s+(?:were|have\s+been|had\s+been)\s+reported\b/gi;

function wordsToNumber(s: string): number | null {
  let total = 0;
  let current = 0;
  for (const w of s.toLowerCase().split(/[\s-]+/)) {
    // "one hundred and twenty": the "and" joins the parts of one number.
    if (w === 'and') continue;
    if (w in UNITS) current += UNITS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}

/** "17" -> 17, "1,200" -> 1200, "twenty-two" -> 22. */
/**
 * No single event's toll comes near this: a larger figure is a cumulative war toll, a typo or
 * garbage ("1000000000000000000000000000000 killed"), so it is not read as a count at all.
 */
export const MAX_EVENT_FATALITIES = 100_000;

export function parseNumber(s: string): number | null {
  const t = s.trim();
  const n = /^\d/.test(t) ? Number(t.replace(/,/g, '')) : wordsToNumber(t);
  if (n == null || !Number.isFinite(n) || n < 0) return null;
  return n;
}

interface CountHit {
  value: number;
  span: Span;
  rule: string;
}

const MONTH_AFTER = /^\s*(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b/;
/** "February 23 2015 A suicide bomber killed four": the day after a month name is a date. */
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$/;

const TOLL_CLAUSE = /,?\s+(?:bringing|raising|taking|pushing|which\s+brings|which\s+raises)\b[\s\S]*$/i;
/** "after 20 died on Tuesday", "a day earlier": a count of another day told beside the event's own. */
const OTHER_DAY = /^[^.;]{0,40}?\b(?:on\s+the\s+previous\s+(?:day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:a|one|two|three|four|five|several)\s+(?:days?|weeks?|months?)\s+(?:earlier|before|ago)|the\s+(?:day|week)\s+before)\b/i;
/** "... after 20 died on Tuesday": a count brought in to compare, told of an earlier incident. */
const EARLIER_LEAD = /\b(?:(?:a|one|two|three|four|five|several)\s+(?:days?|weeks?|months?)\s+(?:earlier|before|ago)|the\s+(?:day|week|night)\s+before|last\s+(?:week|month))\s*,?\s*(?:[\w'’-]+\s+){0,3}$/i;
const AFTER_EARLIER = /\b(?:after|following|than|since)\s+(?:(?:at\s+least|more\s+than|some|nearly|about)\s+)?$/i;
const WEEKDAY_AFTER = /^[^.;]{0,40}?\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b/i;
const N_DOZEN_AFTER = /^\s+dozen\b(?!s)/i;
const NO_ONE_BEFORE = /\b(?:no|not)\s+$/i;
/**
 * "killing seven soldiers, two military officers told reporters", "according to three witnesses":
 * a count of the people who tell the news is no count of the dead. The speech verb follows the
 * count's own noun phrase (no comma, article, auxiliary or relative pronoun between them: "rose to
 * 115 the Observatory said" is a toll), and is not itself a report of deaths ("two reported
 * killed", "five said to have died").
 */
const SPEECH_GATE = /\b(?:told|said|say|says|reported|report|reports|stated|added|explained|testified|recounted|confirmed|claimed|described|recalled|insisted|according)\b/i;
const SPEAKER_AFTER = /^\s*(?:(?!(?:a|an|the|this|that|his|her|its|their|were|was|are|is|have|has|had|been|being|be|who|which|whom|and|or|killed|dead|died|slain|wounded|injured)\b)[\p{L}'’.-]+\s+){0,4}?(?:told|said|say|says|reported|report|reports|stated|added|explained|testified|recounted|confirmed|claimed|described|recalled|insisted)\b(?!\s+(?:to\s+(?:have|be|been)|killed|dead|died|slain|wounded|injured|missing|kidnapped|abducted|killing)\b)/iu;
const SPEAKER_BEFORE = /\baccording\s+to\s+(?:the\s+)?$/i;
const KIN_GROUP_AFTER = /^\s+(?:(?:single|same|extended)\s+)?(?:family|families|household|households|clan|clans|tribe|tribes)\b/i;

function countsIn(text: string): CountHit[] {
  const out: CountHit[] = [];
  COUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT_RE.exec(text))) {
    const span = { start: m.index, end: m.index + m[0].length };
    const modified = /^(at least|more than|over|nearly|almost|around|about|some|up to|as many as|approximately|roughly|an estimated|no fewer|no less|upwards|close to)/i.test(m[0]);
    if (m[1] && m[2]) {
      const a = parseNumber(m[1]), b = parseNumber(m[2]);
      if (a != null && b != null) out.push({ value: Math.min(a, b), span, rule: 'range-lower-end' });
    } else if (m[3]) {
      const a = parseNumber(m[3]);
      const b = m[4] ? parseNumber(m[4]) : null;
      if (a == null) continue;
      // "24 Jul 2015", "6 March": a day of the month, not a count.
      if (MONTH_AFTER.test(text.slice(span.end, span.end + 12))) continue;
      if (!modified && /^\d{1,2}$/.test(m[3]) && a >= 1 && a <= 31 && MONTH_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) continue;
      // "No one was killed", "not one person died": a denial, not a count of one.
      if (a === 1 && NO_ONE_BEFORE.test(text.slice(Math.max(0, span.start - 5), span.start))) continue;
      // "Eight members of one family", "six civilians from two households": the count is of families.
      if (b == null && KIN_GROUP_AFTER.test(text.slice(span.end, span.end + 24)) && /\b(?:of|from)\s+$/i.test(text.slice(Math.max(0, span.start - 6), span.start))) continue;
      // "a 28-year-old", "23-02-2015": an age or a date is no count of the dead.
      if (/^\s*[-‐–]?\s*years?[-‐–\s]old\b|^[-/.]\d{2,4}\b/i.test(text.slice(span.end, span.end + 12))) continue;
      // A year or an hour is not a count of the dead.
      if (/^\d{4}$/.test(m[3]) && a >= 1900 && a <= 2100 && !modified) continue;
      // "two dozen villagers", "at least three dozen": the count is of dozens.
      const dozen = b == null ? N_DOZEN_AFTER.exec(text.slice(span.end, span.end + 10)) : null;
      if (dozen) out.push({ value: a * 12, span: { start: span.start, end: span.end + dozen[0].length }, rule: (modified ? 'conservative-figure' : 'number') + '+dozen-x12' });
      else if (b != null) out.push({ value: Math.min(a, b), span, rule: 'range-lower-end' });
      else out.push({ value: a, span, rule: modified ? 'conservative-figure' : 'number' });
    } else if (m[5]) {
      const v = VAGUE[m[5].toLowerCase().replace(/\s+/g, ' ')];
      if (v) out.push({ value: v.value, span, rule: v.rule });
    }
  }
  return out;
}

const TOLL_AFTER = /^\s*(?:the\s+)?(?:number|toll|death\s+toll)\b/i;

/** A count told as a war's or a period's running toll ("since the war began", "bringing the week's toll to"). */
function cumulativeAt(text: string, span: Span, R: Rules): boolean {
  // A wider look back than a count's own: "Since the start of the war, strikes on the province have claimed...".
  const wideBefore = text.slice(Math.max(0, span.start - 150), span.start);
  // "killed 7 militiamen, bringing the toll over the past week to 60": the clause after
  // "bringing" tells the week's sum, not what this count is.
  const ownAfter = text.slice(span.end, Math.min(text.length, span.end + AFTER_WINDOW)).replace(TOLL_CLAUSE, '');
  return (CUMULATIVE_BEFORE_GATE.test(wideBefore) && CUMULATIVE_BEFORE.test(wideBefore)) || (R.CUMULATIVE_AFTER_GATE.test(ownAfter) && R.CUMULATIVE_AFTER.test(ownAfter));
}

/** How far after a count its noun phrase and death word are looked for. */
const AFTER_WINDOW = 140;

function deathBoundAfter(after: string, R: Rules): boolean {
  // "Get short URL 6319 An airstrike ... killed 20", "Share 412 A woman and her son were killed": a
  // stray figure before a new sentence counts nobody.
  if (/^\s+(?:A|An|The|His|Her|Their|Its)\s/.test(after)) return false;
  // "214 The number of civilians killed has risen to 20": a stray figure before a toll phrase.
  if (TOLL_AFTER.test(after)) return false;
  // "Two explosions in the city killed ...": a count of blasts or weapons, not of the dead.
  if (NON_PERSON_AFTER.test(after)) return false;
  const m = R.COUNT_THEN_DEATH.exec(after);
  if (!m) return false;
  // "3 wounded and 2 killed": the count belongs to the injury word if that comes first.
  if (INJURY_WORDS.test(m[0])) return false;
  // "30 rebels attacked and killed ...": after "and" the count is the attackers, not the dead;
  // but "women and children" is one noun, and "were rounded up and executed" one passive chain.
  // "545 people including 84 children and 35 women were killed": the subset's "and" joins no new subject.
  const np = m[0].replace(/\b(?:including|among\s+them)\b.*$/i, '').replace(/\b(?:women|men|boys|girls)\s+and\s+(?:children|women|men|boys|girls)\b/gi, 'people');
  const join = /\b(?:and|or|but)\b/i.exec(np);
  if (!join || /\b(?:were|was|been|are|is)\b/i.test(np.slice(0, join.index))) return true;
  // "Thirteen soldiers and officers were killed": one subject of two nouns, then its passive verb
  // (a second count after "and" is bound on its own).
  const rest = np.slice(join.index);
  return /\b(?:were|was|been)\b/i.test(rest) && !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|dozens?|several|many|scores)\b/i.test(rest);
}

// "killed or wounded", "were killed and injured", "Killed Injured": a count of casualties, not of deaths.
const KILLED_OR_WOUNDED = /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|dead|martyred)\s*(?:or|and|,|&)?\s*(?:wounded|injured)\b/iu;

function killedOrWounded(after: string, R: Rules): boolean {
  return R.KILLED_OR_WOUNDED.test(after);
}

// (A people counted is persons too: "13 American service members and at least 95 Afghans".)
const PERSON_NOUN = /^\s*(?:of\s+)?(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:people|persons|civilians|soldiers|fighters|militants|rebels|insurgents|troops|members|men|women|children|policemen|police\s+officers|officers|militiamen|jihadists|combatants|guards|staff|workers|residents|others|attackers|assailants|gunmen|bombers|hostages|villagers|worshippers|passengers|students|pupils|cadets|protesters|demonstrators|drivers|traders|farmers|herders|miners|teachers|journalists|nurses|doctors|recruits|bodyguards|police|terrorists|bandits|of\s+them|dead|[\p{L}]{2,}(?:ans|ese|is))\b/iu;
const LIST_JOIN = /^\s*(?:[\p{L}'’()-]+\s+){0,4}?[\p{L}'’()-]*\s*(?:,|and|,\s*and)(?:\s+the)?\s*$/iu;
/** A later clause adds its dead to the earlier ones only when it says so ("another 5", "also killed"). */
/**
 * "Two soldiers and a civilian were killed", "a woman, her husband and their three children died":
 * the victims listed as the subject of one death verb are one toll, each item counted (a singular
 * item is one). A bare plural item ("and children") has no count, so the list says nothing.
 */
// Any person noun, singular or plural ("Two soldiers and a teacher", "a vendor and his son").
// ("40 CRPF personnel and the bomber": nouns with no singular count as plurals.)
const VICTIM = `(?:${PLURAL_VICTIM}|${SINGLE_VICTIM}|personnel|staff|troops|police)`;
const LIST_COUNT = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)`;
// A describing word may stand between count and noun ("three young children"), never an article
// nor a count: "... URL 0 612 A woman and child were killed" counts the woman, not 612 of her, and
// "On Monday two soldiers" is two soldiers, not soldiers described by "Monday two".
const LIST_FILLER = String.raw`(?:(?!(?:a|an|the|${LIST_COUNT})\s)[\p{L}'’-]+\s+){0,2}?`;
const VICTIM_ITEM = String.raw`(?:(?:his|her|their|its|the)\s+)?(?:${LIST_COUNT}\s+)?${LIST_FILLER}${VICTIM}`;
// Items are parted by commas, or, in copy that lost its commas ("a little boy a little girl and two
// women"), by the article or count that starts the next one.
const ITEM_SEP = String.raw`(?:\s*,\s*|\s+(?=${LIST_COUNT}\s))`;
const VICTIM_LIST = new RegExp(
  String.raw`\b${VICTIM_ITEM}(?:${ITEM_SEP}${VICTIM_ITEM})*\s*,?\s+and\s+${VICTIM_ITEM}\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|shot\s+dead|executed|slain|beheaded|murdered|lynched|${TO_DEATH_VERB}\s+to\s+death)\b|\b${VICTIM_ITEM}(?:${ITEM_SEP}${VICTIM_ITEM})*\s*,?\s+and\s+${VICTIM_ITEM}\s+died\b`,
  'iu',
);
/**
 * "killing a woman and a child", "killed a policeman, a teacher and two children", "killing himself
 * and a guard": the victims listed as the object of one killing verb, up to the end of the clause.
 */
const VICTIM_LIST_ACTIVE = new RegExp(
  String.raw`\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead|executed|executing|murdered|murdering|lynched|lynching|massacred|gunned\s+down|${TO_DEATH_VERB}\s+to\s+death|claimed\s+the\s+lives\s+of)\s+(?:(?:himself|herself)\s*(?:,|and)\s*)?(${VICTIM_ITEM}\b(?:${ITEM_SEP}${VICTIM_ITEM}\b)*\s*,?\s+and\s+${VICTIM_ITEM}\b)(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|near|when|as|while|after|before|during|inside|outside|from|who|whom|and\s+(?:wound|injur|maim)\w*|overnight|yesterday|today|late|early|said|says|told|according)\b)`,
  'iu',
);
// Each item up to its end ("the grooms father" is the father, not "the grooms").
const VICTIM_ITEM_G = new RegExp(String.raw`(?:(?:his|her|their|its|the)\s+)?(?:(${LIST_COUNT})\s+)?${LIST_FILLER}(${VICTIM})(?=\s*(?:,|$)|\s+(?:and|were|have|had|died|${LIST_COUNT})\b)`, 'giu');
const SINGULAR_VICTIM = new RegExp(`^${SINGLE_VICTIM}$`, 'i');

// Both list patterns are tried only where they can match (the list pattern is long and V8 would
// try it at every position of every sentence): a passive list ends at its death verb, so it is
// looked for in the 240 characters before each one; an active list starts at its killing verb.
const PASSIVE_VERB_G = /\b(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|shot\s+dead|executed|slain|beheaded|murdered|lynched|\w+\s+to\s+death)\b|\bdied\b/giu;
const ACTIVE_VERB_G = /\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead|executed|executing|murdered|murdering|lynched|lynching|massacred|gunned\s+down|\w+\s+to\s+death|claimed\s+the\s+lives\s+of)\b/giu;
const VICTIM_LIST_ACTIVE_AT = new RegExp(VICTIM_LIST_ACTIVE.source, 'iuy');

function listEndingAtVerb(text: string): RegExpExecArray | null {
  PASSIVE_VERB_G.lastIndex = 0;
  for (let v = PASSIVE_VERB_G.exec(text); v; v = PASSIVE_VERB_G.exec(text)) {
    const end = v.index + v[0].length;
    const from = Math.max(0, end - 240);
    const m = VICTIM_LIST.exec(text.slice(from, end));
    if (m) {
      m.index += from;
      return m;
    }
  }
  return null;
}

function listAfterVerb(text: string): RegExpExecArray | null {
  ACTIVE_VERB_G.lastIndex = 0;
  for (let v = ACTIVE_VERB_G.exec(text); v; v = ACTIVE_VERB_G.exec(text)) {
    VICTIM_LIST_ACTIVE_AT.lastIndex = v.index;
    const m = VICTIM_LIST_ACTIVE_AT.exec(text);
    if (m) return m;
  }
  return null;
}

function victimList(text: string): FatalityCount | null {
  // A list needs a conjunction; each pattern is tried only at a death verb (see listEndingAtVerb).
  if (!/\band\b/i.test(text)) return null;
  const passive = listEndingAtVerb(text);
  const active = passive ? null : listAfterVerb(text);
  const m = passive ?? active;
  if (!m) return null;
  // The items alone: the killing verb before an active list is no filler of its first item.
  const items = active ? active[1]! : m[0];
  const at = active ? m.index + m[0].length - items.length : m.index;
  let total = 0;
  for (const it of items.matchAll(VICTIM_ITEM_G)) {
    const [, count, noun] = it;
    const n = count && !/^an?$/i.test(count) ? parseNumber(count) : SINGULAR_VICTIM.test(noun!) ? 1 : null;
    if (n == null) return null;
    total += n;
  }
  return total > 0 ? { value: total, span: { start: at, end: at + items.length }, rule: 'victim-list-sum' } : null;
}

const ADDS_TO = /\b(?:another|a\s+further|also|additional)\b|\bmore\b(?!\s+than)/i;
/** Whose dead a count tells, by the noun right after it: the state's, an armed group's, or civilians'. */
const SIDE_NOUNS: [string, RegExp][] = [
  ['state', /^(?:soldiers?|troops|servicem[ae]n|policem[ae]n|police\s+officers|officers|personnel|jawans|gendarmes|guards|security\s+(?:personnel|forces|men|officers))\b/],
  ['armed', /^(?:militants?|terrorists?|khwarij|khawarij|insurgents?|rebels?|fighters?|jihadists?|gunmen|attackers|assailants|bandits|miscreants|extremists?|separatists?|dacoits)\b/],
  ['civilians', /^(?:civilians?|residents|villagers|bystanders|passers-by|worshippers)\b/],
];
function sideOf(text: string, count: FatalityCount): string | null {
  const after = text.slice(count.span.end, count.span.end + 40).replace(/^\s+(?:(?:more|other|of\s+the|armed|suspected|local|innocent|security|army|pakistani|indian|afghan|nigerian|[a-z]+-linked)\s+)?/i, '').toLowerCase();
  for (const [side, re] of SIDE_NOUNS) if (re.test(after)) return side;
  return null;
}
/**
 * "Thirteen khwarij were neutralised, while twelve soldiers embraced shahadat": two counts of the
 * dead of different sides in one sentence are different deaths, and ACLED adds them up.
 */
function otherSide(text: string, parts: FatalityCount[], list: FatalityCount[]): boolean {
  if (parts.length !== 1 || list.length !== 1) return false;
  const a = sideOf(text, parts[0]!);
  const b = sideOf(text, list[0]!);
  return a !== null && b !== null && a !== b;
}
/** "..., while the militants lost 15 fighters": a side's own dead, beside those it killed. */
const LOST_ADDS = /\b(?:lost|losing)\s+(?:(?:at\s+least|more\s+than|over|some|about|around|nearly)\s+)?(?:\d|[a-z]+\s+(?:of\s+(?:its|their|his)|fighters|soldiers|men|members|troops))/i;
/** "the militants lost 15 fighters": the count of a side's own dead. */
/** "3 tanks and 12 soldiers were killed": a count of things is not listed with the dead. */
const NON_PERSON_AFTER = /^\s*(?:[\w'’-]+\s+)?(?:tanks?|vehicles?|cars?|trucks?|houses?|homes?|buildings?|villages?|towns?|rockets?|shells?|missiles?|mortars?|bombs?|drones?|positions?|checkpoints?|km|kilometres?|kilometers?|miles?|hours?|days?|weeks?|months?|years?|times?|airstrikes?|strikes?|raids?|sorties?|targets?|weapons?|guns?|rounds?|explosions?|blasts?|bombings?|explosives?|attacks?|grenades?|mines?|IEDs?|shots?)\b/i;
const LOST_BEFORE = /\b(?:lost|losing|loses)\s+(?:(?:at\s+least|more\s+than|over|some|about|around|nearly)\s+)?$/i;
const LOST_WHO = /^\s*(?:of\s+(?:its|their|his|our)\s+(?:own|men|fighters|soldiers|members)\b|(?:[\p{L}'’-]+\s+){0,2}?(?:fighters|soldiers|troops|men|members|militants|rebels|insurgents|terrorists|jihadists|bandits|gunmen|policemen|officers|guards|militiamen|combatants|personnel)\b)/iu;
/** "troops neutralised 30 terrorists": military press wording for killing, said of people only. */
const NEUTRALISED_BEFORE = /\b(?:neutrali[sz]ed|neutrali[sz]ing|neutrali[sz]es)\s+(?:(?:at\s+least|more\s+than|over|some|about|around|nearly)\s+)?$/i;
/** "the Observatory put the number at 26", "while the ministry said 19 died": another source's figure. */
const OTHER_SOURCE_BEFORE = /\b(?:put|puts|putting|placed|places|gave|gives|estimated|estimates)\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|number|figure|count)\s+(?:of\s+(?:the\s+)?dead\s+)?at\s+(?:at\s+least\s+)?$|[,;]\s*(?:while|whereas|but)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|says|reported|reports|put|counted|gave|told)\s+(?:that\s+)?(?:only\s+|at\s+least\s+)?$/i;
/** "killed along with", "as well as", "as were": a count joined to the dead told before it. */
const ALONG_WITH = /^[^.;:]{0,80}?(?:\b(?:along|together)\s+with|\bas\s+well\s+as|,\s*as\s+(?:were|was|did)|\balongside)\s+(?:(?:the|some|at\s+least|another)\s+)?$/iu;
/** A toll revised: the later figure replaces the earlier one, up or down. */
const REVISED_BEFORE = /\b(?:toll|figure|count|number)\b[^.;]{0,40}?\b(?:revised|updated|corrected|amended|lowered|raised|adjusted)\s+(?:\w+\s+){0,2}?(?:to|at)\s+(?:at\s+least\s+)?$|\b(?:revised|updated|corrected|lowered|raised|adjusted)\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|figure|count)\s+(?:\w+\s+){0,2}?(?:to|at)\s+(?:at\s+least\s+)?$/i;

/** The Unicode-mode rules, and their faster twins for the (usual) ASCII-only sentence. */
const UNICODE_RULES = {
  INJURED_AFTER, COUNT_THEN_DEATH, SUBSET_AFTER, CUMULATIVE_AFTER, EACH_SIDE, KILL_ONE_AND, KILLED_OR_WOUNDED, PERSON_NOUN, LIST_JOIN, LOST_WHO, ALONG_WITH,
  ALONG_WITH_GATE: /along|together|as\s+well|as\s+were|as\s+was|as\s+did|alongside/iu,
  // Gates: words every match of the rule named contains, with its flags (a cheap first test).
  CUMULATIVE_AFTER_GATE: /since|year|war|conflict|past|last|total|date|week|month|19\d\d|20\d\d/iu,
  EACH_SIDE_GATE: /side/iu,
  KILL_ONE_AND_GATE: /kill|shot|shooting|execut|murder|lynch|death/iu,
  SINGLE: SINGLE_VICTIM_RULES,
};
const CUMULATIVE_BEFORE_GATE = /killed|claimed|bring|brought|since/i;
type Rules = typeof UNICODE_RULES;
const ASCII_RULES: Rules = {
  ...(Object.fromEntries(Object.entries(UNICODE_RULES).map(([k, v]) => [k, v instanceof RegExp ? asciiTwin(v) : v])) as Rules),
  SINGLE: SINGLE_VICTIM_RULES.map(([gate, re]) => [asciiTwin(gate), asciiTwin(re)]),
};

/** The deaths one sentence reports, with the words behind each part. */
/** No death word, no deaths: most sentences stop here. */
const ANY_DEATH_CUE = /kill|dead|die|death|slain|slew|execut|massacr|perish|lives|fatalit|bodies|martyr|behead|assassin|toll|lynch|crucif|slaughter|gunned|murder|strangl|himself|herself|\blost\b|losing|neutrali|succumb|to hell|embraced|ultimate/i;

/**
 * "Eleven miners were abducted and later killed", "wounded and later died": those taken or hurt
 * are the dead. The capture word is blanked (same length, so spans hold) for the rules below,
 * which would otherwise read the count as one of abductees or of the injured.
 */
const TAKEN_THEN_KILLED = /\b(?:abducted|kidnapped|captured|arrested|detained|seized|wounded|injured)\s+(?:and|before\s+being|then)\s+(?=(?:(?:later|then|subsequently|summarily|reportedly|eventually)\s+)?(?:killed|executed|shot\s+dead|beheaded|murdered|slain|died)\b)/gi;

/** A word in quotes ("'dozens'", "“scores”"): the quotes are replaced by spaces. */
const QUOTED_WORD = /(?<![\p{L}\p{N}])['"‘’“”]([\p{L}\p{N},-]+)['"‘’“”](?![\p{L}\p{N}])/gu;

export function fatalitiesIn(rawText: string): Fatalities {
  if (!ANY_DEATH_CUE.test(rawText)) return { value: 0, parts: [] };
  const taken = /abduct|kidnap|captur|arrest|detain|seiz|wound|injur/i.test(rawText) ? rawText.replace(TAKEN_THEN_KILLED, (m) => ' '.repeat(m.length)) : rawText;
  // "killing 'dozens' of them": quotes around a count are no words (same length, spans hold).
  const text = /['"‘’“”]/.test(taken) ? taken.replace(QUOTED_WORD, ' $1 ') : taken;
  const hits = countsIn(text);
  const R = isAscii(text) ? ASCII_RULES : UNICODE_RULES;
  const subset = hits.map((h) => SUBSET_BEFORE.test(text.slice(Math.max(0, h.span.start - 60), h.span.start)) || R.SUBSET_AFTER.test(text.slice(h.span.end, h.span.end + 90)));
  // "including 84 children and 35 women": a count listed right after a subset is part of it too.
  for (let i = 1; i < hits.length; i++) {
    if (subset[i] || !subset[i - 1]) continue;
    const between = text.slice(hits[i - 1]!.span.end, hits[i]!.span.start);
    if (/^\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*(?:,\s*and|,|and)\s*$/iu.test(between)) subset[i] = true;
  }
  // "a convoy hit a mine, killing four of them": "of them" names the group the dead came from, and
  // with no count of that group before it, the count is the toll, not a part of one.
  for (let i = 0; i < hits.length; i++) {
    if (!subset[i] || hits.slice(0, i).some((_, k) => !subset[k])) continue;
    const h = hits[i]!;
    if (/^\s*of\s+(?:them|those)\b/i.test(text.slice(h.span.end, h.span.end + 12)) && DEATH_THEN_COUNT.test(text.slice(Math.max(0, h.span.start - 60), h.span.start))) subset[i] = false;
  }
  // "treated 3,600 patients, and 355 of them died": the group counted before is no count of the dead
  // (no other death word in the sentence), so the part of it that died is the toll.
  const partitive = /\bof\s+(?:them|those)\s+(?:(?:later|also|subsequently|have|had)\s+)?(?:died|were\s+killed|succumbed)\b/i.exec(text);
  if (partitive) {
    const h = hits.find((x) => /^\s*$/.test(text.slice(x.span.end, partitive.index)));
    const elsewhere = text.slice(0, h?.span.start ?? 0) + ' ' + text.slice(partitive.index + partitive[0].length);
    if (h && !DEATH_WORD_RE.test(elsewhere) && h.value <= MAX_EVENT_FATALITIES && !cumulativeAt(text, h.span, R)) return { value: h.value, parts: [{ value: h.value, span: { start: h.span.start, end: partitive.index + partitive[0].length }, rule: h.rule + '+part-of-those-counted' }] };
  }
  const bound: boolean[] = hits.map(() => false);
  /** The count a count was bound through ("5 soldiers and [3 militants] were killed"), or -1. */
  const boundVia: number[] = hits.map(() => -1);
  /** Bound counts grouped into lists ("5 soldiers and 3 militants" is one list). */
  const lists: FatalityCount[][] = [];
  let cumulative = false;
  const nextIndex = (i: number) => {
    let j = i + 1;
    while (j < hits.length && subset[j]) j++;
    return j;
  };
  for (let i = 0; i < hits.length; i++) {
    if (subset[i]) continue;
    const h = hits[i]!;
    const before = text.slice(Math.max(0, h.span.start - 60), h.span.start);
    const j = nextIndex(i);
    const nextStart = j < hits.length ? hits[j]!.span.start : text.length;
    const after = text.slice(h.span.end, Math.min(text.length, h.span.end + AFTER_WINDOW));
    const afterUntilNext = text.slice(h.span.end, nextStart);
    // "executed 50 captured soldiers": after a killing verb, the participle describes the dead.
    const describesDead = ADJECTIVE_INJURY.test(afterUntilNext) && DEATH_THEN_COUNT.test(before);
    // (Not the object of a killing verb: "killed 1102 people said the Observatory", in copy that lost its commas.)
    if (SPEECH_GATE.test(text) && (SPEAKER_BEFORE.test(before) || (SPEAKER_AFTER.test(afterUntilNext.length ? afterUntilNext : after) && !DEATH_THEN_COUNT.test(before) && !TOLL_RISEN.test(before)))) continue;
    if (killedOrWounded(after, R) || (R.INJURED_AFTER.test(afterUntilNext) && !describesDead)) continue;
    // "the militants lost 15 fighters", "lost two of their own": a side's own dead.
    const lost = (LOST_BEFORE.test(before) || NEUTRALISED_BEFORE.test(before)) && R.LOST_WHO.test(afterUntilNext.length ? afterUntilNext : after);
    let ok = lost || DEATH_THEN_COUNT.test(before) || (TOLL_GATE.test(text) && TOLL_RISEN.test(text.slice(Math.max(0, h.span.start - 300), h.span.start))) || deathBoundAfter(afterUntilNext.length < after.length ? afterUntilNext : after, R);
    let joined = false;
    // "killing a woman and two children": the one victim named first is in the same list.
    const single = ok || !R.KILL_ONE_AND_GATE.test(before) ? null : R.KILL_ONE_AND.exec(before);
    if (single) {
      ok = true;
      const at = h.span.start - before.length + single.index;
      lists.push([{ value: 1, span: { start: at, end: at + single[0].length }, rule: 'single-victim=1' }]);
      joined = true;
    }
    // "killed Sheikh Wahid al-Balous, the leader of the movement, and at least 25 other people": the
    // person named, then the others counted.
    const wide = ok || !/^\s+other\b/i.test(after) ? '' : text.slice(Math.max(0, h.span.start - 200), h.span.start);
    const named = wide ? NAMED_ONE_AND.exec(wide) ?? KILL_ONE_WHO_AND.exec(wide) : null;
    if (named) {
      ok = true;
      const at = Math.max(0, h.span.start - 200) + named.index + named[0].indexOf(named[1]!);
      lists.push([{ value: 1, span: { start: at, end: at + named[1]!.length }, rule: 'single-victim=1' }]);
      joined = true;
    }
    // "5 soldiers and 3 militants were killed": a count listed before a death-bound count is one too.
    if (!ok && j < hits.length && R.LIST_JOIN.test(afterUntilNext) && !NON_PERSON_AFTER.test(afterUntilNext)) {
      const nx = hits[j]!;
      const nxAfter = text.slice(nx.span.end, Math.min(text.length, nx.span.end + 90));
      ok = deathBoundAfter(nxAfter, R) && !INJURY_WORDS.test(afterUntilNext);
      if (ok) boundVia[i] = j;
    }
    // "killing 5 soldiers and 3 militants": a count listed after a bound one shares its verb.
    let p = i - 1;
    while (p >= 0 && subset[p]) p--;
    if (p >= 0 && bound[p]) {
      const between = text.slice(hits[p]!.span.end, h.span.start);
      if (R.LIST_JOIN.test(between) && !INJURY_WORDS.test(between) && !DEATH_WORD_RE.test(between) && (boundVia[p] === i || R.PERSON_NOUN.test(afterUntilNext.length ? afterUntilNext : after))) {
        ok = true;
        joined = true;
      } else if (R.ALONG_WITH_GATE.test(between) && R.ALONG_WITH.test(between) && !INJURY_WORDS.test(between) && R.PERSON_NOUN.test(afterUntilNext.length ? afterUntilNext : after)) {
        // "Three soldiers were killed along with two civilians", "..., as were three policemen".
        ok = true;
        joined = true;
      }
    }
    if (!ok) continue;
    // A count no single event reaches is a war toll or garbage: like a cumulative toll, it is not
    // this event's, and it also keeps the "unknown number killed" default from applying.
    if (h.value > MAX_EVENT_FATALITIES || !Number.isSafeInteger(h.value)) {
      cumulative = true;
      continue;
    }
    const wideBefore = text.slice(Math.max(0, h.span.start - 150), h.span.start);
    if (cumulativeAt(text, h.span, R)) {
      cumulative = true;
      continue;
    }
    // "56 killed since the fighting began, and dozens of soldiers are among the dead": a part of
    // the running toll just set aside is no event's toll either.
    if (cumulative && AMONG_DEAD_AFTER.test(text.slice(h.span.end, h.span.end + 90))) continue;
    bound[i] = true;
    let value = h.value;
    let rule = h.rule;
    // "the toll from the raid rose to 115": an update of a toll told before (the story may prefer it).
    if (TOLL_GATE.test(wideBefore) && TOLL_UPDATE_BEFORE.test(wideBefore)) rule += '+toll-risen';
    if (R.EACH_SIDE_GATE.test(after) && R.EACH_SIDE.test(after)) {
      value *= 2;
      rule += '+each-side-x2';
    }
    const part = { value, span: h.span, rule };
    if (joined && lists.length) lists[lists.length - 1]!.push(part);
    else lists.push([part]);
    // "killing 21 cadets and the driver": one more victim named after the counted ones.
    const one = DEATH_THEN_COUNT.test(before) ? TRAILING_SINGLE.exec(afterUntilNext) : null;
    if (one) {
      const at = h.span.end + one.index + one[0].length - one[1]!.length;
      lists[lists.length - 1]!.push({ value: 1, span: { start: at, end: at + one[1]!.length }, rule: 'single-victim=1' });
    }
  }
  // Separate clauses: a later one adds to the toll when it says so; otherwise it is the same
  // toll told again ("Air strikes kill 12 ... air strikes killed 11"): the larger list stands.
  let parts: FatalityCount[] = [];
  let bestSum = -1;
  for (const whole of lists) {
    // "14 soldiers and an unknown number of Taliban were killed": ACLED's 10 stands in for a toll
    // no one counted, not for one side's beside a counted one; the counted deaths are the figure.
    const counted = whole.filter((x) => !x.rule.startsWith('unspecified-plural'));
    const list = counted.length ? counted : whole;
    const sum = list.reduce((a, x) => a + x.value, 0);
    const cue = text.slice(Math.max(0, list[0]!.span.start - 25), list[0]!.span.end + 40);
    const lead = text.slice(Math.max(0, list[0]!.span.start - 80), list[0]!.span.start);
    const tail = text.slice(list[list.length - 1]!.span.end, list[list.length - 1]!.span.end + 60);
    // "killed 12 civilians, the second raid this week after 20 died on Tuesday": another day's dead.
    const earlier = OTHER_DAY.test(tail) || EARLIER_LEAD.test(lead.slice(-45)) || (AFTER_EARLIER.test(lead.slice(-25)) && WEEKDAY_AFTER.test(tail));
    if (parts.length && earlier && !OTHER_DAY.test(text.slice(parts[parts.length - 1]!.span.end, parts[parts.length - 1]!.span.end + 60))) continue;
    if (parts.length && OTHER_SOURCE_BEFORE.test(lead) && !ADDS_TO.test(cue) && !LOST_ADDS.test(cue)) {
      // Two sources' figures for the same deaths: the most conservative stands (ACLED).
      if (sum < bestSum) {
        parts = list.map((x) => ({ ...x, rule: x.rule + '+lower-of-two-sources' }));
        bestSum = sum;
      }
    } else if (parts.length && REVISED_BEFORE.test(lead)) {
      parts = list.map((x) => ({ ...x, rule: x.rule + '+revised-toll' }));
      bestSum = sum;
    } else if (parts.length && (ADDS_TO.test(cue) || (LOST_ADDS.test(cue) && sum !== bestSum) || otherSide(text, parts, list))) {
      // (A side's loss of as many as were killed is most often the same deaths told from its side.)
      parts = [...parts, ...list];
      bestSum += sum;
    } else if (sum > bestSum) {
      parts = list;
      bestSum = sum;
    }
  }
  // A list of victims under one death verb counts every item, where the counts alone miss the
  // singular ones ("Two soldiers and a civilian were killed" is 3, not 2).
  const listed = cumulative ? null : victimList(text);
  if (listed && listed.value > bestSum) parts = [listed];
  if (!parts.length && !cumulative) {
    for (const [gate, re] of R.SINGLE) {
      if (!gate.test(text)) continue;
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m && !NO_ONE_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) {
        parts.push({ value: 1, span: { start: m.index, end: m.index + m[0].length }, rule: 'single-victim=1' });
        break;
      }
    }
  }
  // "Eleven civilians and at least 6 fighters are among the dead": with no total told, the counts
  // listed among the dead are the deaths known.
  if (!parts.length && !cumulative && /among/i.test(text)) {
    const among = hits.filter((h) => AMONG_DEAD_AFTER.test(text.slice(h.span.end, h.span.end + 90)));
    const lastOfList = among.length ? among[among.length - 1]! : null;
    if (lastOfList && among.every((h, k) => k === 0 || /^\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*(?:,\s*and|,|and)\s*$/iu.test(text.slice(among[k - 1]!.span.end, h.span.start)))) {
      for (const h of among) parts.push({ value: h.value, span: h.span, rule: h.rule + '+among-the-dead' });
    }
  }
  if (!parts.length && !cumulative) {
    BARE_PLURAL.lastIndex = 0;
    const m = BARE_PLURAL.exec(text);
    if (m) parts.push({ value: 10, span: { start: m.index, end: m.index + m[0].length }, rule: 'unspecified-plural=10' });
  }
  // "A suicide bomber blew himself up ..., killing 20": the attacker is dead too (ACLED counts all
  // sides), unless the count already takes him in ("including the bomber"). Only beside a toll the
  // sentence gives: alone, it would hide the toll a report tells in its next sentence ("Nine
  // people died"), which may or may not count him, and is left to the story's rules.
  // "Three suicide bombers blew themselves up ... killing 30", "Both attackers died": the attackers'
  // own deaths, told as a count beside the toll (ACLED counts every side).
  if (!cumulative && /themselves|both|attackers|bombers|gunmen|assailants/i.test(text)) {
    const many = PERPETRATORS_DIED.exec(text);
    const n = many ? (/^both$/i.test(many[1]!) ? 2 : parseNumber(many[1]!)) : null;
    if (many && n && n <= 20 && !parts.some((p) => p.span.start >= many.index && p.span.start < many.index + many[0].length) && !PERPETRATOR_COUNTED_MANY.test(text)) {
      parts.push({ value: n, span: { start: many.index, end: many.index + many[0].length }, rule: 'perpetrators-died' });
    }
  }
  if (!cumulative && parts.length && PERPETRATOR_GATE.test(text)) {
    const self = PERPETRATOR_DIED.exec(text);
    // ("The bomber was killed": the one death read is already his.)
    // ("killing himself and a guard" read as one victim counts the guard: he is still to add.)
    const his = self && parts.some((p) => p.span.start < self.index + self[0].length && self.index < p.span.end && !/\b(?:himself|herself)\b/i.test(text.slice(p.span.start, p.span.end)));
    if (self && !his && !PERPETRATOR_COUNTED.test(text)) parts.push({ value: 1, span: { start: self.index, end: self.index + self[0].length }, rule: 'perpetrator-died=1' });
  }
  parts.sort((a, b) => a.span.start - b.span.start);
  return { value: parts.reduce((s, p) => s + p.value, 0), parts };
}

const PERPETRATOR_GATE = /himself|herself|bomber|attacker|gunman|assailant/i;
/** One attacker's own death told beside the toll of his victims. */
const PERPETRATOR_DIED =
  /\b(?:blew|blowing|blows)\s+(?:himself|herself)\s+up\b|\b(?:detonated|detonating|detonates|exploded|set\s+off|setting\s+off)\s+(?:his|her)\s+(?:own\s+)?(?:explosive|explosives|suicide|bomb)(?:\s+(?:vest|belt|jacket))?\b|\b(?:turned|turning|turns)\s+(?:the|his|her)\s+(?:gun|weapon|rifle|pistol)\s+on\s+(?:himself|herself)\b|\b(?:killed|killing|shot|shooting)\s+(?:himself|herself)\b|\bthe\s+(?:suicide\s+)?(?:bomber|attacker|gunman|assailant)\s+(?:was\s+(?:also\s+)?(?:killed|shot\s+dead)|(?:also\s+)?died)\b/i;
/** "20 people including the bomber", "the attacker was among the dead": already counted. */
const PERPETRATOR_COUNTED =
  /\b(?:including|includ(?:es|ed)|among\s+them|counting)\s+(?:the\s+|a\s+|one\s+|two\s+)?(?:suicide\s+)?(?:bombers?|attackers?|gunm[ae]n|assailants?|perpetrators?|himself|herself)\b|\b(?:bomber|attacker|gunman|assailant)s?\s+(?:was|were|is|are)\s+(?:also\s+)?(?:among|included|counted)\b|\b(?:suicide\s+)?(?:bombers|attackers|gunmen|assailants)\b|\b(?:excluding|not\s+counting|besides|in\s+addition\s+to)\s+(?:the\s+)?(?:suicide\s+)?(?:bomber|attacker|gunman|assailant)\b/i;

/** "Three Boko Haram suicide bombers blew themselves up", "Both attackers died": a number of attackers dead. */
// ("Two suicide bombers blew themselves up, killing 30" may count them in the 30 or not: the count
// stands as told, unless the text says "besides themselves".)
const PERPETRATORS_DIED = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|both)\s+(?:[\w-]+\s+){0,3}?(?:suicide\s+)?(?:bombers|attackers|gunmen|assailants)\s+(?:blew\s+themselves\s+up\b(?=[^.;]*\b(?:besides|apart\s+from|not\s+counting|in\s+addition\s+to|as\s+well\s+as)\s+themselves\b)|(?:also\s+)?died\b|were\s+(?:also\s+)?(?:killed|shot\s+dead)\b)/i;
/** "killing 30 people including the bombers": the attackers are already in the count. */
const PERPETRATOR_COUNTED_MANY = /\b(?:including|among\s+them|counting)\s+(?:the\s+)?(?:\w+\s+)?(?:suicide\s+)?(?:bombers|attackers|gunmen|assailants)\b/i;
