// Sentence-level patterns the decision rules use beyond the cues: background events, demands,
// consequences, violations, and the other codebook distinctions that need a whole phrase.

export const EVENT_CUES = ['suicide', 'chemical', 'air', 'shelling', 'ied', 'grenade', 'clash', 'attack-forces', 'protest', 'riot', 'abduction', 'sexual', 'territory-gain', 'arrest', 'disrupted'];
export const CHEMICAL_WEAPON = /\bchemical (?:weapon|attack|munition|bomb|shell|strike)|\bsarin|\bchloropicrin|\bphosgene|\btabun|\bnovichok|\bgassed\b|\bchlorine|\bmustard|\bnerve (?:agent|gas)|\bgas attack/;
// A killing told as background ("to mourn those killed last month") is not this sentence's event.
export const BACKGROUND = /\b(?:(?:relatives|families|parents|widows|mothers|fathers|wives) of (?:[\w'-]+ ){0,3}(?:killed|slain|dead|missing|detained|abducted|disappeared)|to mourn|mourn(?:ed|ing|s)? (?:the|those|for|victims|their)|to (?:honou?r|remember) (?:(?:the|those|\d+|[\w-]+) ){0,2}(?:victims|dead|people|killed|slain)|(?:pa(?:y|id|ying)) (?:tribute|homage|(?:their |last )?respects) to|commemorat\w*|in memory of|anniversary|the (?:previous|day before)|last (?:week|month|year)|earlier this|weeks? ago|months? ago|years? ago|undeterred)\b/;
export const CROWD_CLASH = /\b(?:villagers|residents|youths|locals|families|clans?|tribes?|communities|neighbou?rs|supporters|fans|students?|student (?:groups|wings|bodies|unions)|groups of (?:people|men|youths))\b[^.;]{0,40}\bclash|\bclash\w*[^.;]{0,40}\b(?:villagers|residents|youths|clans|tribes|communities|students|student (?:groups|wings|bodies|unions))\b|\b(?:sticks|stones|iron rods|machetes|clubs|knives|spears|arrows|bows)\b/;
export const PROTEST_CLASH = /\bclash(?:es|ed|ing)?\b|\bscuffl\w*|\bfought (?:with )?(?:police|security)|\bfighting with (?:police|security)|\bstreet (?:battles|violence)/;
// "Took Jarjanaz from HTS": a capitalised place taken from someone.
export const TOOK_PLACE_FROM = /\b(?:took|takes|taken|seized|captured|entered|recovered|retook|reclaimed|regained) (?:the (?:town|village|city|district|hill|area) of )?(?:al-|el-)?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}(?: \([^)]*\))? from\b/;
// Arrests "ahead of a rally" come before any protest happened.
export const PROTEST_NOT_YET = /\b(?:ahead of|before|in advance of|to prevent|to stop|for planning|planning|for organi[sz]ing|for calling for|for inciting) (?:a |the |an |planned |any )?(?:\w+ ){0,2}(?:rally|protest|demonstration|march|sit-in)|\b(?:called|calls|calling|urged|urging) (?:on [\w-]+ )?(?:for|to hold|to stage) (?:a |an |the )?(?:new |fresh |further |another )?(?:day of )?(?:[\w-]+ ){0,2}(?:strikes?|marches|protests?|rallies|demonstrations?|sit-ins?)\b[^.;]*\b(?:next|tomorrow|later this|this coming)\b|\b(?:protests|demonstrations|rallies|marches) (?:took place|were held|were recorded|were staged) in \d+ (?:towns|cities|provinces|districts|locations|places)\b|\b(?:monthly|weekly|annual) (?:tally|count|report)\b|\bcalls? (?:by (?:[\w-]+ ){1,3})?for (?:a |an |the )?(?:new |fresh |nationwide |mass |general )?(?:[\w-]+ ){0,2}(?:strikes?|marches|protests?|rallies|demonstrations?|sit-ins?)\b[^.;]*\b(?:next|tomorrow|later this|this coming)\b|\bstrike notice\b|\bwould (?:\w+ ){0,4}(?:march|protest|demonstrate) (?:to|on|in|against)\b|\b(?:would|will|plan(?:s|ned)? to|threaten(?:s|ed)? to) (?:call|stage|hold|organi[sz]e|launch) (?:a |an )?(?:[\w-]+ ){0,2}(?:strikes?|marches|protests?|rallies|demonstrations?|sit-ins?)\b|\bno (?:rallies|marches|protests|demonstrations|gatherings) (?:were|was) (?:reported|held|staged)\b/;
// Fighting told as what came before ("calm after a week of clashes").
export const FIGHTING_AS_BACKGROUND = /\bleft over from (?:the )?(?:fighting|war|battles?|clashes)|\bremnants? of (?:the )?(?:war|fighting)|\bfled (?:the )?(?:fighting|violence|clashes|war|battles?)|\b(?:fighting|clashes|battles?|war) (?:\w+ ){0,2}(?:last (?:year|month|week)|in (?:19|20)\d\d|years? ago|months? ago)|\bafter (?:a |the |two |three |several |days |weeks |months )?(?:\w+ )?(?:of )?(?:fighting|clashes|battles?)\b(?! (?:between|with|in|near|around))|\b(?:fighting|clashes|battle|war) (?:ended|had ended|stopped|subsided|ceased|was over)\b|\bsince the (?:fighting|clashes|battle)/;
/** Funerals of, and compensation or aid to, the dead and hurt of an event told after it. */
// (Not "relief": "a convoy bringing relief for the people of Aleppo was shelled" is an attack.)
export const AFTERMATH_OF_DEAD = /\b(?:funerals?|burials?|compensation|reparations?|ex[- ]gratia|condolences)\b (?:(?:payments? |packages? |was |were |will be |being )?(?:paid |held |celebrated |announced )?)?(?:to|for|of) (?:the )?(?:[\w-]+ ){0,4}(?:victims|families|relatives|dead|killed|slain|fallen|martyrs|wounded|injured|soldiers|civilians|people)\b/;
/** An attack at a funeral: an event of its own. */
export const FUNERAL_ATTACKED = /\b(?:at|on|during|targeting|targeted|near|into|struck|hit|attacked|bombed) (?:a |the |an )?(?:\w+ )?(?:funeral|burial)\b/;
// "Flights were suspended after the drone attack": the sentence reports a consequence.
export const CONSEQUENCE = /\b(?:suspended|cancell?ed|reopened|resumed|returned|rebuilt|mourned|buried|condemned|denounced|remained calm|was calm|is calm|quiet|rose|fell|soared|slumped)\b[^.;]{0,60}?\b(after|following|since|amid|in the wake of)\b/;
export const ANY_EVENT_CUES = ['suicide', 'chemical', 'air', 'shelling', 'ied', 'grenade', 'clash', 'attack-forces', 'killed-combatants', 'territory-gain', 'withdrawal', 'abduction', 'sexual', 'kill', 'hurt', 'shoot', 'arrest', 'disrupted', 'looting', 'hq', 'agreement', 'release', 'riot', 'riot-act', 'mob', 'protest', 'change-group'];
// Fighting that is only expected ("ahead of the offensive") is not fighting.
export const FIGHT_NOT_YET = /\b(?:ahead of|before|in anticipation of|expected|planned|looming|imminent) (?:a |an |the )?(?:\w+ ){0,2}(?:offensive|assault|attack|operation)/;
export const AIRCRAFT_ONLY = /^(?:helicopters?|choppers?|(?:fighter[- ]?)?(?:jets?|planes?)|aircrafts?|drones?|uavs?|gunships?|bombers?|warplanes?|war planes?)$/;
export const AIR_ATTACK_VERB = /\b(?:bomb(?!ers?\b)\w*|struck|strike|strikes|(?:air ?)?strikes?|air ?raids?|hit|raids?|targeted|targeting|fired|fir(?:es|ing) (?:on|at|upon)|opened fire|dropped|pound\w*|hammer\w*|strafe\w*|shelled|attacked|killed|destroyed|sorties|barrel)/;
export const POLITICAL_STRONG = /\b(?:(?:former |ex-)?(?:prime minister|president|vice[- ]president|minister|senator|governor|lawmaker|opposition leader|party leader|mayor)s?|activists?|opposition|protesters?|demonstrators?|journalists?|dissidents?|militants?|insurgents?|rebels?|terror\w*|jihadis\w*|extremis\w*|isis|isil|daesh|islamic state|al-?shabaa?b|taliban|pkk|party|political|separatis\w*|sedition|treason|blasphem\w*|editors?|newspapers?|bloggers?|false news|critic\w*)\b/;
// "Protested against the shelling of Idleb": the event named is what the protest is about.
export const PROTEST_AGAINST_EVENT = /\b(?:against|over|denouncing|condemning|protesting|protested|denounced|condemned|decried|decrying|in protest at|to protest|to denounce|to condemn|to mourn|demanding justice for|demand justice for|justice for) (?:the |a |an )?(?:\w+ ){0,3}(?:shelling|bombing|bombardment|air ?strikes?|strikes|attacks?|killings?|massacres?|offensive|raids?|explosions?|blasts?|arrests?|detentions?|detention)/;
// "Called on the remaining soldiers to surrender", "demands their surrender": asked for, not done.
export const SURRENDER = /\bsurrender\w*(?<!\b(?:call(?:ed|s|ing)?\s+(?:on|upon)\s+(?:[\w'-]+\s+){0,8}to|urg(?:ed|es|ing)\s+(?:[\w'-]+\s+){0,8}to|(?:demand|order|ask|tell|told)(?:ed|s|ing)?\s+(?:[\w'-]+\s+){0,8}to|refus(?:ed|es|ing)\s+to|call(?:ed|s)?\s+for\s+(?:their\s+|the\s+|an?\s+)?(?:unconditional\s+|immediate\s+)?|demand(?:ed|s|ing)?\s+(?:their\s+|the\s+|an?\s+)?(?:unconditional\s+|immediate\s+)?|ultimatum\s+to)\s*surrender\w*)|\bhanded themselves|\bgave themselves up|\blaid down (?:their|his) (?:arms|weapons)|\bturned themselves in/;
// "Urged the government to release detainees": a demand, not a release.
export const DEMAND = /\b(?:urg\w+|call(?:s|ed|ing)? (?:on|for)|demand\w*|appeal\w*|ask(?:s|ed|ing)?|press(?:ed|ing)?) [^.;]{0,50}\b(?:to )?(?:release|free|withdraw|pull out|hand over|stop|end|halt)\b/;
// Trade deals and state visits are diplomacy, not conflict agreements.
export const DIPLOMATIC_AGREEMENT = /\b(?:defen[cs]e|trade|energy|economic|investment|cooperation|bilateral|business|loan|free trade|tax|climate|nuclear|arms|gas|oil|visa|fisheries|transport) (?:\w+ ){0,2}(?:agreements?|deals?|accords?|pacts?|memorand\w+)|\bstate visit\b|\b(?:deal|agreement|accord) on (?:\w+ )?(?:migrants?|migration|refugees|trade|energy|gas|oil|climate|tariffs|investment|visas?|debt|grain)\b/;
export const AGREEING_PARTIES = /\b(?:tribes|clans|communities|factions|warring parties|both sides|the two sides|rival groups|militias|elders)\b/;
// A truce that "has held" or "came into force last month" is the state of an old agreement.
export const AGREEMENT_STATUS = /\b(?:has|have) (?:largely |mostly )?held\b|\bis holding\b|\bcame into (?:force|effect)\b(?: \w+){0,2} (?:last|ago)|\bremains? in (?:place|force)\b/;
export const TROOPS_WITHDRAWN = /\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)? out|pulled back) (?:[\w,]+ ){0,4}(?:troops|forces|soldiers|units|personnel|contingents?|fighters|mercenaries)\b/;
export const TAKEOVER = /\b(?:hand(?:ed|s|ing)? (?:over|it|them)|took (?:over|control)|entered|moved in|replaced by|taken over)\b/;
// "Had taken Kidal": a territory verb with a capitalised place right after it (not "took Ahmed hostage").
export const TOOK_NAMED_PLACE = /\b(?:took|taken|takes|take|captured|seized) (?:control of )?(?:al-|el-)?[A-Z][a-z][\w'-]*(?! (?:\w+ )?(?:hostage|captive|prisoner|into custody))/;
export const SHELL_FIRED = /\b(?:fir(?:ed|ing|es)|shell(?:ed|ing)|pound\w*|hit|struck|land(?:ed|ing)|kill\w*|bombard\w*|launch\w*|rain(?:ed)?|target\w*|wound\w*|injur\w*|explod\w*)\b/;
export const ARMED_DRONE = /\b(?:explosive|bomb|kamikaze|suicide|loitering|armed)[\w -]{0,20}drones?|\bdrones? (?:packed|laden|loaded|rigged|carrying) (?:with )?(?:explosives|bombs)/;
// "The kidnapped journalist was released": the captivity is background, the release is the news.
export const CAPTIVE_AS_ADJECTIVE = /\b(?:the|a|an|two|three|\d+) (?:kidnapped|abducted|captive|hostage|detained)s? \w+|\b(?:kidnapped|abducted|captive|detained) (?:\w+ )?(?:women|girls|schoolgirls|children|students|pupils|men|people|villagers|passengers|workers|soldiers|hostages|sailors|fishermen|nationals|foreigners|engineers|priests|nuns|journalists) (?:were|was|have been|had been|are) (?:\w+ )?(?:freed|released|set free)\b/;
// "Fired on an army helicopter": the aircraft is what was attacked.
export const AIRCRAFT_AS_TARGET = /\b(?:fired (?:on|at)|shot at|targeted|attacked|hit|downed|shot down|damaging|destroying|destroyed) (?:an? |the |two |three |several )?(?:[\w-]+ )?(?:helicopters?|planes?|jets?|aircrafts?|drones?)\b|\b(?:helicopters?|planes?|aircrafts?|jets?) (?:were |was )?(?:destroyed|damaged|burned|burnt|set (?:on fire|ablaze))\b/;
// "Three years after the militants overran the city": a takeover told to date another event.
export const ELAPSED_BEFORE = /\b(?:\w+|\d+)\s+(?:years?|months?|weeks?|days?)\s+(?:after|since)\s+(?:[\w'-]+\s+){0,4}$/;
// "An attack to capture the positions" (repelled or not) took nothing yet.
/** "An attempt by the rebels to seize": an attempt told with its actor between, up to the verb. */
export const ATTEMPT_NEAR_BEFORE = /\b(?:attempt|attempts|bid|tried|trying|sought)\b[^.;]{0,30}\bto\s+(?:\w+\s+)?$/;
/** What a gain took, when it is a fighting position rather than a place people live: "seized several hilltops". */
export const POSITIONS_TAKEN = /^\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:positions?|posts?|outposts?|hills?|hilltops?|heights|ridges?|trenches|checkpoints?)\b/;
/** "The first town taken by the rebels": a gain that only describes a place, not one reported. */
export const GAIN_DESCRIBES_PLACE = /\b(?:the|a) (?:first |last |only |second |third )?(?:town|city|village|district|area|base|province|capital|region)s? (?:ever |once |previously |already )?(?:to be |to have been )?(?:taken|captured|seized|overrun|held|controlled|lost) (?:\w+ )?by\b/;
export const ATTEMPT_BEFORE = /\b(?:tried|trying|tries|attempt(?:ed|ing|s)?|sought|seeking|failed|in a bid|bid|aimed|aiming|plan(?:ned|ning|s)?|attacks?|assaults?|offensives?|push|drive|efforts?) to\s+(?:\w+\s+)?$/;
// Tear gas, water cannon and rubber bullets are used on crowds: their use marks a protest.
export const CROWD_CONTROL = /\btear[- ]?gas|\bteargas|\bwater[- ]?cannons?|\brubber (?:bullets|pellets)|\bpepper (?:spray|balls)|\bstun grenades?|\bbaton-charg/;
// "Under the peace deal, ...": the agreement frames another event.
export const AGREEMENT_AS_FRAME = /\b(?:under|as part of|in line with|according to|in accordance with) (?:a |an |the )?(?:\w+ ){0,2}(?:deal|agreement|accord|truce|ceasefire|cease-fire)\b/;
export const FIGHT_AS_OBJECT = /\b(?:end|ending|ended|stop|stopping|halt|halting|cease|ceasing|(?:cessation|end|halt|suspension|stop) (?:of|to)|join(?:s|ed|ing)?|exploit(?:ed|s|ing)?|(?:took|taken|take|taking|takes) advantage of|(?:profit(?:ed|s|ing)?|benefit(?:ed|s|ing)?) from|amid|coverage of|footage of|(?:live )?feed of|reporting on|rejection of) (?:to )?(?:the |all |their |a )?(?:\w+ )?(?:fighting|clashes|hostilities|war|battles?)\b/;
export const CIVILIAN_TARGET = /\b(?:killing|killed|kills|massacring|murdering) (?:\w+ ){0,3}(?:civilians?|villagers|residents|displaced|refugees|worshippers|farmers|women|children|people|passengers|students)\b|\b(?:displacement|refugee|idp) camps?\b|\bcamps? for (?:the )?(?:displaced|refugees)/;
export const VIOLATION = /\b(?:violat\w*|breach\w*|despite|collaps\w*|broke down|in spite of|ignor\w*)\b|\bbr(?:eak(?:s|ing)?|oke|oken) (?:the |a |an |their |its )?(?:\w+ )?(?:truce|ceasefire|cease-fire|agreement|deal|accord)\b/;
export const COMMITTED_SUICIDE = /\b(?:committed|commit|commits|attempted) suicide|suicide (?:rate|prevention|note|attempt)/;
// "The bomb went off as they were assembling it": the makers' own device, disrupted before use.
export const PREMATURE = /\b(?:went off|exploded|detonated|blew up|exploding|detonating) (?:\w+ )?(?:prematurely|accidentally|by accident)|\b(?:prematurely|accidentally) (?:detonat\w*|explod\w*|went off|activated|triggered|set off)|\bbomb-making accident|\b(?:explosives?|devices?|bombs?|ieds?|mines?) (?:\w+ ){0,3}(?:they|he|she) (?:were|was|had been) (?:carrying|transporting|handling|assembling|making|planting|building|preparing|fitting|laying|attaching)\b|\bwhile (?:\w+ ){0,3}(?:assembling|making|building|planting|handling|preparing|laying|fitting) (?:it|them|(?:the|an?|their|his) (?:[\w-]+ )?(?:bomb|device|explosives?|ied|mine|vest|belt)s?)\b/;
// Chemicals escaping from a tank, plant or truck: an industrial accident, not a weapon.
export const INDUSTRIAL_RELEASE = /\b(?:leak\w*|escaped|spill\w*|ruptured)\b|\b(?:plant|factory|warehouse|depot|storage|industrial|pipeline|tanker|refinery|treatment works)\b/;
// "Firefighters fighting the blaze": fighting named with a non-military object.
export const FIGHT_NON_MILITARY = /\b(?:fight(?:ing|s)?|fought|battl(?:e|es|ed|ing)) (?:to (?:contain|control|put out|douse|save) )?(?:against )?(?:the |a |an )?(?:\w+ )?(?:fires?|blazes?|flames|wildfires?|bushfires?|floods?|flood ?waters|virus|pandemic|epidemic|outbreak|disease|cancer|corruption|poverty|inflation|locusts)\b/;
// A funeral, memorial or anniversary: the event it recalls is told elsewhere.
// "An inquiry found that last year's air strike...": findings about an event told before.
export const INQUIRY = /\b(?:inquiry|investigation|probe|review|panel|commission|tribunal|report|study|audit)\b (?:\w+ ){0,3}(?:found|concluded|showed|revealed|determined|established)\b/;
// Relics of the world wars, found or blown up, are no event of today's conflicts.
/**
 * Small arms taken from criminals ("a country-made pistol and two cartridges from the accused", "an
 * illegal arms factory busted"): police work against crime, which ACLED does not code as disrupted
 * weapons use. Read only with no armed group or political target in the sentence.
 */
export const CRIMINAL_ARMS = /\b(?:country-?made|illegal (?:arms|weapons?|firearms?|guns?)(?: (?:factory|factories|unit|units|manufacturing))?|unlicen[sc]ed (?:arms|guns?|pistols?|revolvers?|firearms?|weapons?)|the accused|history-?sheeters?|gangsters?|criminals?|dacoits?|robbers?|goons|bootleggers?)\b/;
/** A criminal's weapons, where the crime cue is all that tells the context ("weapons smuggled near Kandahar" may be a group's). */
export const SMALL_ARMS = /\b(?:pistols?|revolvers?|cartridges|shotguns?|handguns?|locally[- ]made (?:guns?|pistols?|firearms?))\b/;
export const MILITARY_SEIZERS = /\b(?:army|troops|soldiers|military|government forces|security forces|marines|paramilitar\w*|jawans|commandos|armed forces)\b/;
/** Weapons of war (and home-made bombs) stay disrupted weapons use whoever held them. */
/** A haul of drugs: what police and customs intercept more often than weapons. */
export const DRUG_HAUL = /\b(?:cocaine|heroin|hashish|methamphetamine|meth|cannabis|marijuana|ganja|charas|opium|tramadol|captagon|fentanyl|yaba|shabu|narcotics?|drugs?|contraband|smuggled (?:goods|fuel|cigarettes))\b/;
/** Any arms at all, small or large. */
export const ANY_ARMS = /\b(?:weapons?|arms|ammunition|rounds|bullets|guns?|rifles?|firearms?|pistols?|cartridges|magazines)\b/;
export const WAR_WEAPONS = /\b(?:ieds?|bombs?|grenades?|(?:land)?mines|rockets?|missiles?|mortars?|rpgs?|detonators?|explosives?|gelatin\w*|rdx|tnt|suicide|ak-?47s?|ak-?56s?|kalashnikovs?|machine ?guns?|assault rifles?|drones?)\b/;
/**
 * Chemical weapons as what was struck, not what struck: "a warehouse activists said stored chemical
 * weapons", "a compound where militants made poison gas", "a chemical weapons research centre".
 */
export const CHEMICAL_AS_TARGET = /\b(?:stor(?:e|ed|es|ing|age)|stockpil\w*|produc(?:e|ed|es|ing|tion)|mak(?:e|es|ing)|manufactur\w*|develop\w*|research\w*|hous(?:e|ed|es|ing)|hid(?:e|den|ing)|kept)\b (?:[\w-]+ ){0,3}(?:chemical (?:weapons?|agents?|munitions?)|poison(?:ous)? gas|nerve agents?|sarin|chlorine gas)\b|\bchemical(?:[- ]weapons?)? (?:(?:production|storage|research|manufacturing) )?(?:facility|facilities|depots?|sites?|plants?|factory|factories|warehouses?|storage|stockpiles?|programme|program|research (?:cent(?:er|re)|facility)|laborator(?:y|ies)|labs?)\b/;
const CHEMICAL_ATTACK = String.raw`(?:chemical(?:[- ]weapons?)?|sarin|chlorine|nerve[- ]agent|nerve gas|toxic gas|poison(?:ous)? gas|gas) (?:attack|strike|massacre)s?`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const YEAR = String.raw`(?:19|20)\d\d`;
const PAST_MARK = String.raw`(?:(?:\w+ )?(?:days?|weeks?|months?|years?) ago|in (?:${MONTH} )?${YEAR}|last (?:week|month|year)|earlier (?:this|that|in the) \w+)`;
/**
 * A gas attack the sentence recalls while it tells a strike: "pounded Khan Sheikhoun, the town hit by
 * a sarin attack two years ago", "a week after the suspected chemical attack there", "a hospital that
 * had treated victims of a chlorine attack", "the 2013 sarin attack". The strike is the event.
 */
export const CHEMICAL_RECALLED = new RegExp(String.raw`\b(?:after|since|following|victims of|survivors of) (?:the |a |an |last \w+'s |this \w+'s )?(?:[\w'-]+ ){0,2}${CHEMICAL_ATTACK}|\b(?:${YEAR}|${MONTH} ${YEAR}|last year's|previous|earlier|past) (?:(?:suspected|alleged|deadly|reported|apparent) )?${CHEMICAL_ATTACK}|\b${CHEMICAL_ATTACK}\b[^.;:]{0,45}?\b${PAST_MARK}\b`);
/** A blast told as striking a gathering: "an election rally bombing", "a blast at a campaign meeting". */
export const BLAST_AT_GATHERING = /\b(?:rall(?:y|ies)|protests?|march|demonstrations?|gatherings?|meetings?|sit-ins?|procession)\s+(?:bombings?|blasts?|explosions?)\b|\b(?:bombings?|blasts?|explosions?|bombs?)\s+(?:at|on|targeting|hit|struck|ripped\s+through|tore\s+through|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:rall(?:y|ies)|protests?|march|demonstrations?|gatherings?|meetings?|sit-ins?|procession)\b/;
/** The words just before a crime a protest is about: "to condemn the", "demanding justice for the". */
export const PROTESTED_CAUSE_BEFORE = /\b(?:against|over|denouncing|condemning|protesting|denounced|condemned|decrying|in protest at|to protest|to denounce|to condemn|justice for|in solidarity with)\s+(?:[\w'’-]+\s+){0,5}$/;
export const WORLD_WAR_RELIC = /\bworld war|\bwwi{1,2}\b|\b(?:first|second) world war\b/;
// "Split into two factions after a dispute over the killing of civilians": a killing that dates or
// explains a change in the group, told after it.
/** Between a takeover and a withdrawal: the same side left afterwards ("took the town before withdrawing"). */
export const LEFT_AFTERWARDS = /\b(?:before|then|later|and\s+then|after\s+which|only\s+to)\b/;
/** "The coalition has been fighting the Houthis since March 2015": the war told as a state of things. */
export const ONGOING_SINCE = /\b(?:has|have|had) been (?:fighting|battling|clashing|at war|waging (?:a )?war|bombing|shelling|striking|attacking|(?:gripped|rocked|plagued|wracked|racked|engulfed|torn) by (?:\w+ )?(?:violence|fighting|clashes|unrest|war))\b[^.;]{0,80}\bsince (?:(?:early|late|mid-?) ?)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\d{4}\b|the (?:start|beginning|outbreak)\b|(?:\w+ )?(?:years|decades)\b)|\b(?:has|have) (?:\w+ ){0,2}(?:stepped up|intensified|escalated|ramped up|increased)\b[^.;]{0,100}\b(?:in recent (?:weeks|months|years)|over the (?:past|last) (?:few |several |two |three |\w+ )?(?:weeks|months|years))\b/;
/** "Madaya has been surrounded by government forces since July": a siege's state, not today's event. */
export const ONGOING_SIEGE = /\b(?:has|have|had) been (?:besieged|surrounded|encircled|blockaded|under (?:an? )?(?:[\w-]+ )?(?:siege|blockade))\b[^.;]{0,80}\b(?:since (?:(?:early|late|mid-?) ?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}\b|the (?:start|beginning|outbreak)\b|(?:\w+ )?(?:months|years)\b)|for (?:(?:more than|over|nearly|almost|about|some) )?(?:a|one|two|three|four|five|six|several|many|\d+) (?:weeks|months?|years?)\b)/;
/** (A clash "since Wednesday" is this week's fighting, an event; "since 2015" is the war.) */
/** "Houthi fighters have fired missiles across the border before, but ...": what has happened on other occasions. */
export const HABITUAL_BEFORE = /\b(?:has|have) (?:\w+ ){0,2}(?:fired|attacked|struck|shelled|bombed|launched|targeted|hit|raided|kidnapped|abducted)\b[^.;]{0,60}\bbefore\s*(?:[,;.]|but\b|$)/;
/** "Iran denied supplying the movement with missiles": weapons handed on, not used. */
export const ARMS_SUPPLY = /\b(?:deal|contract|order|agreement|purchase)s? (?:for|to buy|to purchase|to acquire) (?:[\w,-]+ ){0,5}(?:tanks|jets|fighter jets|aircraft|helicopters|drones|missiles|howitzers|warships|frigates|submarines|rifles|weapons|arms|artillery|air defen[cs]e systems?)\b|\b(?:buy|buys|bought|purchase[sd]?|acquire[sd]?|order(?:s|ed)?) (?:[\w,-]+ ){0,4}(?:more |new )?(?:[\w-]+ )?(?:tanks|fighter jets|jets|helicopters|warships|frigates|submarines|howitzers|air defen[cs]e systems?)\b|\b(?:suppl(?:y|ying|ied|ies)|provid(?:e|es|ing|ed)|deliver(?:s|ing|ed)?|sell(?:s|ing)?|sold|smuggl(?:e|es|ing|ed))\b[^.;]{0,40}\b(?:missiles?|weapons|arms|rockets|drones|ammunition)\b|\b(?:missiles?|weapons|arms|rockets|drones)\s+(?:supplied|provided|delivered|sold|smuggled)\b/;
const USED_NOW = /\b(?:arrest\w*|detain\w*|fir(?:ed|ing)|launch(?:ed|ing)|struck|hit|explod\w*|kill\w*|wound\w*|shot|intercept\w*|downed|seiz\w*|captur\w*|dropp\w*|destroy\w*|target\w*|bombard\w*|confiscat\w*|found|discovered)\b/;
/** A fight over a robbery: robbers, a hold-up, a heist. */
export const ROBBERY_FIGHT = /\b(?:robbers?|robber(?:y|ies)|hold-?ups?|heists?|thieves|burglars?|burglary|carjack\w*|cash-in-transit|bank raid)\b/;
/** Weapons that are only handed on in the sentence: none fired, struck, seized or intercepted. */
export function onlyArmsSupply(lower: string): boolean {
  return ARMS_SUPPLY.test(lower) && !USED_NOW.test(lower);
}
/** A document's title: "Statement on the strike on X", "Press release: ...", "Remarks by the envoy on ...". */
export const DOCUMENT_TITLE = /^\s*(?:(?:joint|press|official|written)\s+)?(?:statement|remarks|readout|transcript|communiqu[eé]|press\s+release|briefing\s+note|fact\s+sheet)s?\s*(?:(?:by|of|from)\s+[^,.;:]{2,60}?\s+)?(?:on|about|regarding|concerning|following|after|:)\s/;
/** What is handed over is people, remains or arms ("the bodies were handed over", "handed the suspects to police"). */
export const PEOPLE_HANDED_OVER = /\b(?:remains|bodies|body|corpses?|prisoners?|detainees?|captives?|hostages?|suspects?|soldiers|fighters|children|girls|boys|women|weapons|arms|ammunition|suspect|journalists?|aid\s+workers?)\b[^.;]{0,40}\b(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+handed\s+(?:over|back)\b|\bhand(?:ed|s|ing)\s+(?:over|back)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:remains|bodies|body|corpses?|prisoners?|detainees?|captives?|hostages?|suspects?|weapons|arms|ammunition|children|girls|boys|journalists?)\b/;
/** "Heavy gunfire could be heard", "blasts were heard across the city": sounds told, with no one hit. */
export const ONLY_HEARD = /\b(?:gunfire|gunshots|shots|shooting|firing|explosions?|blasts?|detonations?|bangs?)\b[^.;]{0,40}?\b(?:(?:could|can)\s+(?:still\s+|also\s+|clearly\s+)?be|(?:was|were|is|are|had\s+been|have\s+been)\s+(?:still\s+|also\s+|clearly\s+)?)\s*heard\b|\b(?:residents|witnesses|we|people|locals)\s+(?:\w+\s+)?(?:heard|reported\s+hearing)\s+(?:heavy\s+|sporadic\s+|intense\s+|loud\s+)?(?:gunfire|gunshots|shots|explosions?|blasts?)\b/;
/** A demand made for captives ("to press the government to secure their release", "demanding a deal to bring them home"). */
export const DEMAND_FOR_CAPTIVES = /\b(?:demand\w*|press\w*|urg\w*|call(?:s|ed|ing)? (?:for|on)|plead\w*|appeal\w*|seek\w*|push\w*)\b[^.;]{0,80}\b(?:release|return|rescue|freedom|bring (?:them|him|her|the \w+) (?:home|back))\b/;
export const KILLING_AS_CAUSE = /\b(?:over|after|following) the (?:killing|murder|death|assassination)s? of\b|\bafter (?:[\w'-]+ ){0,5}(?:was|were|had been) (?:killed|assassinated|slain)\b/;
/** "to mark the anniversary of the 2014 massacre": what follows is the event recalled. */
export const MARKS_ANNIVERSARY = /\b(?:to mark|marking|marked|to commemorate|commemorating|commemorated) the (?:\w+ ){0,2}anniversary\b/;
export const MEMORIAL = /\bfunerals?\b|\bcommemorat\w*|\bmemorial\b|\banniversary\b|\bburied\b|\bburial\b|\bin memory of\b|\bpaid (?:their )?(?:last )?respects\b/;
export const EXPLOSION_HAPPENED = /\b(?:exploded|went off|detonated|blew up|blast|explosion)\b/;
export const DEFUSED_IN_TIME = /\bbefore (?:it|they|he|she) could (?:explode|detonate|go off|blow|set off|trigger)|\bbefore (?:it|they) (?:explode|detonate|go off)\b|\bsafely\b|\bcontrolled (?:explosion|detonation)/;
export const AIR_SUPPORT_ONLY = /\b(?:backed|supported|covered|aided|assisted) by (?:\w+ ){0,3}(?:air ?strikes?|warplanes|jets|helicopters|drones|aircraft|air power|air support)|\bair (?:support|cover)\b/;
export const CRASH = /\bemergency landing|\bcollided\b|\bcollision\b|\bcrash(?:ed|es)?\b|\bcrash-land\w*|\bwent down\b/;
export const SHOT_DOWN = /\bshot down|\bdowned\b|\bbrought down|\bhit by\b/;
// "Security forces stormed the protest camp", "troops raided a sit-in": forces move on a gathering
// of protesters. The crowd is acted upon, so this is no riot whatever the verb.
export const FORCES_ON_PROTEST = /\b(?:storm(?:ed|s|ing)?|raid(?:ed|s|ing)?|overr?an|clear(?:ed|s|ing)|swe(?:pt|ep(?:s|ing)?) (?:into|through)|attack(?:ed|s|ing)?|mov(?:ed|es|ing) (?:in )?(?:on|against)|descend(?:ed|s)? on) (?:the |a |an )?(?:[\w'-]+ ){0,3}?(?:protest (?:camp|site|encampment|square)s?|sit-ins?|encampments?|protesters|demonstrators|marchers|rall(?:y|ies)|demonstrations?|protests?)\b/;
export const ATTACK_ON_PROTEST = /\b(?:attack\w*|fired|opened fire|shot|killed)\b[^.;]{0,60}\b(?:protest\w*|demonstrat\w*|rally|march|sit-in|mourners|crowd)/;

// "Withdrew troops from two bases", "pulled out of its camp to regroup": forces leave a base or
// position, not a named place, and nobody is said to take over: a change in activity.
export const WITHDRAWAL_FROM_POSTS = /\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)? (?:[\w-]+ ){0,3}?(?:out|back)|vacat(?:ed|ing)|evacuat(?:ed|ing)|left|leaving) (?:[\w-]+ ){0,5}?(?:bases?|camps?|positions?|posts?|outposts?|pickets?|checkpoints?|garrisons?|barracks|contingents?|the country|the mission)\b|\bto regroup\b|\bdrawdown\b/;
// A place that changes hands when forces leave it.
// "Without handing it over to another force", "no other force had moved in": nobody took the place.
export const NO_TAKER = /\bwithout (?:handing|turning) (?:it |them |the \w+ )?over\b|\bno (?:other )?(?:force|group|one|unit|side)s? (?:had |has |have )?(?:yet )?(?:moved|taken|come) (?:in|over)\b|\bwithout (?:any )?word (?:of|on) (?:which|who|what) (?:force|group|unit)\b|\bnobody (?:has |had )?(?:yet )?(?:moved|taken) (?:in|over)\b|\bleft (?:it |them |the \w+ )?(?:empty|unmanned|unoccupied|unguarded)\b/;
export const PLACE_LEFT = /\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)? (?:out|back)|vacat(?:ed|ing)|evacuat(?:ed|ing)|left|abandon\w*|retreat\w*) (?:[\w-]+ ){0,4}?(?:town|city|village|district|neighbou?rhood|province|region|enclave|area of|county|port|island|valley)\b/;
export const DENIAL = /\b(?:deni(?:ed|es)|deny(?:ing)?|rejected|dismissed) (?:as [\w'’"-]+ )?(?:any |all )?(?:involvement|responsibility|role|part|reports?|claims?|allegations?|accusations?|that|using|carrying out|launching|firing|having)\b|\bclaims? (?:of|that) [^.;]{0,80}\b(?:were|was) (?:false|untrue|fake|baseless|fabricated)\b|\bno (?:such )?incident (?:had |has )?(?:taken place|occurred|happened)\b/;
// The denied words are an act with a weapon ("denied using", "denies firing"), not a part in one.
export const DENIED_ACT = / (?:any |all )?(?:using|carrying out|launching|firing)$/;
// Deaths told without a killing verb ("leaving three people dead", "one protester died").
export const DEATH_TOLD = /\b(?:leaving|left) (?:[\w-]+ ){0,3}dead\b|\bdied\b|\bdeaths? of\b/;
export const CONDEMNATION = /\b(?:we |i )?(?:condemn\w*|denounc\w*|deplor\w*|decr(?:y|ied|ies)|(?:deeply |gravely |seriously )?concerned (?:by|about|over|at)|expressed (?:\w+ )?concern (?:over|about|at)|lodg(?:e|ed|es|ing) (?:a |an )?(?:strong |formal |strongly worded )?protest (?:over|against|at|about)) (?:[\w-]+ ){0,6}(?:attacks?|killings?|bombings?|shelling|strikes?|air ?strikes?|airstrikes?|air raids?|raids?|blasts?|explosions?|massacres?|violence|abductions?|kidnappings?|arrests?|(?:use of )?force|crackdown)\b/;
// "Police recorded 1,327 protest actions in January": a count of events, not one of them.
export const COUNT_OF_EVENTS = /\b(?:recorded|registered|counted|documented|logged|tallied|reported)\s+(?:more than |over |at least |some |nearly |almost |about )?\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:protests?|protest actions|demonstrations|rallies|incidents|attacks|strikes|violations|clashes|riots)\b/;
// The words just before an event cue that make it a time reference ("hours after the [clashes]").
export const AFTER_THE = /\b(?:after|since|following) (?:the |a |an |this |that |those |these )?(?:[\w-]+ ){0,3}$/;
// Troops sent to help after a disaster, to rescue, evacuate or hand out aid.
/** Troops or police at the rescue after an accident or a disaster. */
export const RESCUE_WORK = /\b(?:joined|took part in|taking part in|carried out|carrying out|assisted (?:in|with)|helped (?:in|with)|led|leading|launched|involved in|participated in) (?:the |a )?(?:\w+ )?(?:rescue|relief|search and rescue|search-and-rescue|recovery) (?:operations?|work|efforts?|mission)\b/;
export const RELIEF_DEPLOYMENT = /\b(?:deployed|sent|dispatched|mobili[sz]ed|called in|drafted in) (?:\w+ ){0,3}(?:to help with|to help in|to help|to assist with|to assist in|to assist|for|to carry out|to conduct|to lead) (?:the |in the )?(?:\w+ ){0,2}(?:rescues?|rescue (?:work|operations?|efforts?)|relief|evacuations?|search and rescue|flood|quake|earthquake|disaster|aid distribution|clean-?up)\b/;

// "There was no battle for the town", "entered the villages; no fighting": a fight said not to have happened.
export const FIGHT_NEGATED = /\b(?:no|not a|not any|without|never a|nor any|without any) (?:\w+ )?(?:battle|battles|fighting|clash(?:es)?|fire ?fights?|gun ?battles?|combat|resistance)\b/;
// "Marked the tenth anniversary of the riots", "30 years since the riots": an old event recalled.
// "The 1997 massacre", "last year's protest", "the 2011 protests": an event named by its year is an old one.
export const OLD_EVENT_RECALLED = /\b(?:since|(?:days?|weeks?|months?|years?) (?:after|since) (?:[\w'-]+ ){1,6}?(?:was|were|had been)(?: (?:killed|assassinated|slain) (?:in|by))?|anniversary of|(?:\d+|\w+) years (?:since|after|on from)|commemorat\w* (?:the )?(?:\w+ )?|the (?:19|20)\d\d|(?:last|previous) (?:year|month)'s|(?:19|20)\d\d's)(?: the| a)?(?: [\w'-]+){0,3} ?$/;
// "Soldiers killed in the 2019 attack", "those who died in last year's bombing": a toll of an old event.
export const HARM_IN_OLD_EVENT = /^[\w' -]{0,12}\b(?:(?:in|during|since) (?:the (?:19|20)\d\d|(?:last|previous) (?:year|month)'s|(?:19|20)\d\d's)|(?:a|one|two|three|four|five|several|\d+) (?:days?|weeks?|months?|years?) (?:earlier|before|ago))\b/;
// "Soldiers fired into a crowd of mourners": state fire on a gathering, lethal force against it.
export const FIRED_ON_GATHERING = /\b(?:fired|firing|fires|opened fire|open fire|shot) (?:live (?:rounds|ammunition|bullets) )?(?:(?:straight|directly|indiscriminately|randomly|blindly) )?(?:on|at|into|upon) (?:a |an |the )?(?:crowds? of |group of )?(?:[\w'-]+ ){0,2}?(?:marchers|demonstrators|protesters|mourners|crowds?|procession|peaceful (?:march|crowd|rally|gathering|protest)s?|rally|sit-in|funeral (?:procession|goers|crowd))\b/;
// A tally over a period ("since the start of the year, 3,400 people have been killed", "militants
// killed in air strikes throughout 2020", "312 soldiers killed in operations in 2022", a war's toll
// "since it began in 2011"): ACLED codes each incident, never a total.
export const PERIOD_TOTAL = /\b(?:war|conflict|uprising|insurgency|revolution|crisis)\b[^.;]{0,60}\b(?:began|started|erupted|broke out|begun)\b[^.;]{0,80}\b(?:19|20)\d\d\b|\bsince (?:it|the (?:war|conflict|uprising|insurgency|crisis)) (?:began|started|erupted|broke out)\b|\bsince the (?:start|beginning|outbreak) of (?:the |this |last )?(?:year|month|war|conflict|insurgency|uprising|crisis|(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b|\bso far (?:this|in) (?:year|month|(?:19|20)\d\d)\b|\b(?:throughout|during the whole of|over the course of|in the whole of|for the whole of|over the (?:past|last) (?:twelve months|year)) (?:(?:19|20)\d\d|the (?:past |last |whole |entire )?year)\b|\b(?:in|during|over) (?:the )?(?:first|second|last) (?:half|quarter|six months|three months|nine months) of (?:the year|(?:19|20)\d\d)\b|\b(?:in|during|over) the (?:last|past|previous) (?:financial|fiscal) year\b|\b(?:in|for|during) (?:19|20)\d\d,? (?:\d[\d,]*|a total of)\b|\b(?:killed|died|dead|deaths?)\b[^.;]{0,80}\b(?:in|during|throughout) (?:the year )?(?:19|20)\d\d(?:[.;,]|$)|\ba total of [\d,]+ (?:\w+ ){0,4}(?:were|have been|had been) (?:killed|recorded)|\b(?:were|was|have been) recorded (?:in|during) (?:19|20)\d\d\b|\b(?:killed|died|dead|deaths?)\b[^.;]{0,80}\b(?:during|throughout|over) (?:the month of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:annual|monthly|weekly|quarterly) (?:report|toll|tally|figures|count|update)\b|\b(?:killed|died|dead|deaths?)\b[^.;]{0,20}\bacross (?:the country|[\w-]+(?: [\w-]+)?) (?:in|during|throughout) (?:the month of )?(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b|\b(?:this|last|the past) year alone\b|\bper (?:year|month)\b|\byear-(?:on|to)-(?:year|date)\b/;
// The clause that hangs a running tally on an event told before it.
// (Also a superlative that ranks the event told first: ", one of the deadliest attacks on the city since the start of the war".)
/**
 * Attacks counted over a period, with no death told: "the village had been attacked three times since
 * March", "Russia launched more than 500 drones ... over the past week". A count, not an event.
 */
export const REPEATED_OVER_PERIOD = /\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|\d+) times) (?:since|this (?:year|month)|in (?:the )?(?:past|last)|over (?:the )?(?:past|last))\b|\b\d[\d,]+ (?:\w+ ){0,3}(?:drones|missiles|rockets|shells|bombs|air ?strikes)\b[^.;]{0,80}\b(?:over|in|during) the (?:past|last|previous) (?:week|seven days|month|\d+ days)\b/;
export const TALLY_CLAUSE = /,\s*(?:the latest|bringing|raising|taking|pushing|adding to|in a (?:region|province|country|state|district|conflict|war))\b|\b(?:where|which|whose)\b|;|,\s*(?:(?:\w+\s+){0,3}(?:one of )?the (?:deadliest|worst|bloodiest|heaviest|biggest|largest|most (?:deadly|serious|violent))|(?:making it|marking)\b)/;
// Talks that ended without a deal ("reached no agreement on a truce", "failed to agree a ceasefire").
export const AGREEMENT_NOT_REACHED = /\breached no\b|\bfail(?:ed|s)? to (?:reach|agree|sign|strike|clinch|secure)\b|\bwithout (?:reaching |agreeing |signing )?(?:an? |any )?(?:agreement|deal|accord|truce|ceasefire|cease-fire)\b|\bno (?:agreement|deal|accord|truce|ceasefire) (?:was|has been|had been) (?:reached|agreed|signed|struck)\b|\btalks (?:collapsed|broke down|ended without)\b/;
// "A man they accused of rape", "suspected of kidnapping": the crime only names why someone was targeted.
export const ACCUSED_OF = /\b(?:accus(?:ed|ing)|suspect(?:ed)?|charged|convicted|guilty|allegations?|alleged(?:ly)?|on charges) (?:of|with)(?: (?:an?|the|his|her|their|committing|having))?(?: [\w-]+){0,1} ?$/;
// "Agreed to reopen embassies", "a deal to restore diplomatic ties": diplomacy.
export const DIPLOMATIC_DEAL = /\b(?:agree(?:d|s|ment)?|deal|accord) (?:\w+ ){0,3}(?:restore|resume|reopen|re-?establish|normali[sz]e|upgrade)\w* (?:full |their |diplomatic |bilateral )*(?:ties|relations|embassies|consulates|diplomatic relations|flights|trade)\b/;
// "Arrested X a day after a rally": between the arrest and the protest, another day.
export const PROTEST_DAYS_BEFORE = /\b(?:(?:(?:a|one|two|three|four|five|several|\d+) )?(?:days?|weeks?|months?)|the day|the week) (?:after|following)\s+(?:[\w'’-]+\s+){0,4}$/;
// "Militiamen accused of raping", "troops were accused of sexually assaulting": armed men accused, not a suspect in court.
export const ARMED_ACCUSED = /\b(?:soldiers?|troops|militia\w*|fighters|gunmen|rebels|militants|insurgents|peacekeepers|servicem[ae]n|forces|guards|policem[ae]n|police officers|paramilitar\w+|jihadists)\b(?: [\w'’-]+){0,3} (?:(?:were|was|have been|has been|are|is|stand|stood) )?(?:accus(?:ed|ing)|alleged(?:ly)?) (?:of|to have) [\w\s-]{0,20}$/;
// "Resigned in protest", "walked out of the talks in protest": a protest by leaving, no demonstration.
export const LEFT_IN_PROTEST = /\b(?:resign\w*|quit|quits|stepp?(?:ed|s)? down|walk(?:ed|s)? out|withdr[ae]w\w*|pull(?:ed|s)? out|boycott\w*|suspend\w*)\b[^.;]{0,60}?\bin protest\b/;
// "Police confirmed the abduction", "the army acknowledged the strike": a remark on an event told before.
// (claim.ts reads the same words, and who says them, to mark the earlier event confirmed.)
export const CONFIRMS_EARLIER_WORDS = String.raw`(?:confirmed|acknowledged|verified)\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:abductions?|kidnappings?|attacks?|raids?|killings?|bombings?|blasts?|explosions?|strikes?|air\s?strikes?|shelling|arrests?|ambush(?:es)?|incidents?|deaths?|assaults?|reports?|claims?|account)\b`;
export const CONFIRMS_EARLIER = new RegExp(String.raw`\b${CONFIRMS_EARLIER_WORDS}`);
// A parade, a fly-past, a ceremony: a show, not an event (unless something happens at it). The
// verbs of a strike, which no cue needs when an aircraft is named ("drones struck the parade").
export const STRIKE_VERB = /\b(?:struck|strikes?|hit|bomb(?:ed|ing)|target(?:ed|ing)|raid(?:ed|ing)?|pound(?:ed|ing)|fired|attack(?:ed|ing)?)\b/;
export const CEREMONY = /\bparades?\b(?! grounds?\b)|\bparaded\b|\bair ?shows?\b|\bfly-?pasts?\b|\bceremon(?:y|ies|ial)\b|\bcelebrations?\b|\b(?:independence|national|victory|armed forces|army|navy|air force) day\b|\bguard of honou?r\b/;

/**
 * The device is only what is made or kept: "equipment used to make car bombs", "a bomb-making
 * workshop", "IED components" (tested on the words before the device and after it). A find like
 * this is no explosion; seized, it is disrupted weapons use (told by its own cue).
 */
export const DEVICE_MADE_BEFORE = /\b(?:used\s+(?:to|for|in)\s+(?:make|making|build|building|assembl\w+|manufactur\w+|produc\w+|prepar\w+)|(?:make|makes|making|build|building|assembl\w+|manufactur\w+|produc\w+)|materials?\s+for|components?\s+(?:of|for)|parts\s+(?:of|for))\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/;
export const DEVICE_MADE_AFTER = /^[\s-]*(?:making|makers?|factor(?:y|ies)|workshops?|labs?|laborator(?:y|ies)|components?|materials?|parts|precursors?)\b/;

/** Combatants who could not fight back: captives, prisoners, the surrendered, the off-duty (killing them is an attack). */
export const DEFENCELESS_COMBATANTS = /\b(?:execut|behead|captur|captive|prisoner|detain|hostage|surrender|unarmed|off[- ]duty|kidnap|abduct|wounded\s+in\s+(?:a\s+|the\s+)?hospital|in\s+their\s+(?:homes?|beds?|sleep))/;

/** A truce only talked of, called for, offered or hoped for: no agreement yet ("punctuated by talk of a truce"). */
export const AGREEMENT_ONLY_TALKED = /\b(?:discuss(?:ed|ing)?|talk|talks|calls?|call(?:ed|ing)? for|proposals?|proposed|offers?|offered|push(?:ed|ing)? for|hopes?|prospects?|efforts?|attempts?|bids?|rumou?rs?|negotiations?|mediation|plans?|demands?|demanded|urged|urging|appeals?|appealed)\s+(?:(?:[\w-]+\s+){0,6}?(?:of|for|on|over|toward|towards|to reach|to secure|to broker)\s+)?(?:a |an |the |new |another |possible |lasting |nationwide |local |final |comprehensive )*(?:truce|cease-?fire|peace (?:deal|agreement|treaty|accord|pact)|deal|agreement)s?\b/;
/** Words that say a deal was made, beside talk of it ("after weeks of talks, they signed a truce"). */
export const AGREEMENT_CONCLUDED = /\b(?:agreed|signed|reached|struck|concluded|brokered|sealed|accepted)\b/;
/** People fleeing or leaving a place: civilians on the move are no side handing territory over. */
export const CIVILIANS_LEAVING = /\b(?:evacuees|residents|civilians|families|refugees|displaced|villagers|inhabitants|townspeople|the population)\b/;

/** Forces advancing towards a place have not taken it ("advancing towards the town of Sarrin"). */
export const ADVANCE_TOWARD = /\badvanc(?:e|es|ed|ing) (?:\w+ ){0,2}(?:towards?|on the outskirts of|closer to|in the direction of)\b/;

/** "Forensic teams found 30 bodies in a clandestine grave": a mass grave found (ACLED: Other). */
export const MASS_GRAVE = /\b(?:found|discovered|uncovered|unearthed|exhumed|located)\b[^.;]{0,60}\b(?:mass|clandestine|secret|shallow|common) graves?\b|\b(?:mass|clandestine|secret|common) graves? (?:\w+ ){0,3}(?:was|were|has been|have been|had been) (?:found|discovered|uncovered|unearthed|located)\b/;

/** A place entered by assault: "stormed into", "overran", "fought their way into". */
export const TAKEN_BY_ASSAULT = /\b(?:stormed|storming|overran|overrunning|overrun|fought (?:their|its|his) way|battled (?:their|its|his) way|assaulted|pushed into|swept into|advanced into|punched into)\b|\bforc(?:ed|ing) (?:[\w-]+ ){0,4}to (?:withdraw|retreat|flee|pull out|pull back)\b|\bafter (?:a |an )?(?:[\w-]+ ){0,2}(?:siege|offensive|assault|battle)\b/;

/** "... hours after X was taken into custody", "over the arrest of": an arrest told as the cause of what follows. */
export const ARREST_AS_CAUSE = /\b(?:after|following|over|against|since)\s+(?:(?:the|his|her|their)\s+(?:arrest|detention)|(?:[\w'’-]+\s+){0,6}?(?:was|were|had\s+been|has\s+been|got)\s+(?:arrested|detained|taken\s+into\s+custody|picked\s+up))$/;

/** "How the battle for Mosul reshaped Iraq: five years on": a look back, not the news. */
export const RETROSPECTIVE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|\d+) years (?:on|later)\b|\ba year on\b|^how (?:the|a) (?:[\w-]+ ){0,3}(?:battle|war|siege|fall|massacre|uprising|attack) (?:of|for) /;
/** "... since January, and on Sunday another clash left nine dead": the day's news after the running war. */
export const DAY_EVENT_AFTER = /\b(?:and|but|while|;)\s+(?:late\s+|early\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night|overnight)\b/;

/** "... after days of ethnic violence": the lead-up to the sentence's own event. */
export const LEAD_UP_BEFORE = /\bafter (?:days|weeks|months|years) of (?:[\w-]+ ){0,3}$/;

/** "rounded up and killed", "detained and then executed": a seizure that ends in killing. */
export const SEIZED_THEN_KILLED = /^(?:rounded up|round(?:ed|ing)? up|detained|arrested|captured|seized|grabbed)\s+(?:[\w-]+\s+){0,4}?and\s+(?:then\s+|later\s+)?(?:killed|executed|massacred|slaughtered|shot dead|beheaded|murdered)\b/;

/** "executed six shepherds after seizing them": the seizure is how the killing began, not an abduction. */
export const SEIZED_BEFORE_KILLED = /\b(?:after|having|before)\s+(?:first\s+)?(?:seizing|abducting|kidnapping|capturing|taking|rounding up)\s+(?:them|him|her)\b/;
/** "The Foreign Ministry sent letters ...", "The vice-president visited wounded soldiers": an official's act of office. */
export const OFFICIAL_ACT = /^(?:[\w'’.-]+\s+){0,6}?(?:foreign ministry|ministry|minister|envoy|ambassador|president|vice[- ]president|prime minister|secretary[- ]general|delegation|spokes(?:man|woman|person)|governor)\b[^.;]{0,60}?\b(?:sent (?:[\w-]+ ){0,3}letters?|visited|arrived in (?:[\w-]+ ){0,3}for talks|held talks|met (?:with )?|received)\b/;

/** "Their rivalries have in the past produced open fighting", "IS has shown repeatedly that it can counter-attack": a habit or a capability, no event. */
export const HABIT_OR_CAPABILITY = /\b(?:has|have)\s+(?:in\s+the\s+past|over\s+the\s+years|repeatedly|often|time\s+and\s+again)\s+(?:produced|led\s+to|seen|sparked|triggered)\b|\b(?:has|have)\s+(?:shown|proved|proven|demonstrated)\s+(?:\w+\s+)?(?:that\s+)?(?:it|they|the\s+group|the\s+militants)\s+(?:can|could|is\s+able\s+to|are\s+able\s+to)\b/;

/** "ended peacefully with no arrests", "no one was detained": the intervention told as absent. */
export const NO_ARRESTS = /\b(?:no|without (?:any )?)\s*arrests?\b|\b(?:no one|nobody|none of them) (?:was|were|has|had|have)? ?(?:yet )?(?:been )?(?:arrested|detained)\b/;
