// Sub-event classification on sentences we wrote (facts restated in our own words; places and
// actors are realistic, the sentences are ours). Each ACLED sub-event type in two styles —
// news prose and an ACLED coder's note — plus the codebook's precedence rules and non-events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySentence, explainClassification } from '../../src/extract/classify/index.js';
import { SUB_EVENT_TYPE_LIST, type SubEventType } from '../../src/core/taxonomy.js';

const CASES: [SubEventType, string][] = [
  ['Armed clash', 'Heavy clashes broke out overnight between regime forces and Ahrar al-Sham fighters on the edges of Saraqib, activists said.'],
  ['Armed clash', 'On 4 June 2019, Military Forces of Nigeria clashed with ISWAP militants near Monguno (Borno). 7 fatalities.'],
  ['Armed clash', 'Al-Shabaab gunmen attacked an army checkpoint outside Afgoye, sparking a two-hour gun battle with soldiers.'],
  ['Government regains territory', 'Syrian army troops retook the village of Kafr Nabudah from rebel factions on Monday after a week-long push.'],
  ['Government regains territory', 'On 9 May 2017, Military Forces of Iraq recaptured the Al-Zanjili neighbourhood of Mosul from Islamic State (Iraq).'],
  ['Non-state actor overtakes territory', 'Taliban fighters overran the district centre of Ghormach after government troops ran out of ammunition.'],
  ['Non-state actor overtakes territory', 'On 21 August 2020, JNIM militants seized control of the town of Farabougou (Segou). No fatalities reported.'],
  ['Chemical weapon', 'Dozens of residents of Douma were treated for suffocation after a chlorine attack on the town, medics said.'],
  ['Chemical weapon', 'On 4 April 2017, Military Forces of Syria dropped sarin-filled munitions on Khan Shaykhun (Idleb), killing 74.'],
  ['Air/drone strike', 'Russian warplanes pounded the outskirts of Jisr al-Shughur on Tuesday, the Syrian Observatory for Human Rights said.'],
  ['Air/drone strike', 'On 12 May 2019, a US drone strike targeted al-Shabaab fighters near Jilib (Middle Juba). 3 fatalities.'],
  ['Air/drone strike', 'Regime helicopters dropped barrel bombs on the rebel-held town of Kafr Zita.'],
  ['Suicide bomb', 'A suicide bomber blew himself up at a mosque in Peshawar during Friday prayers, killing 57 worshippers.'],
  ['Suicide bomb', 'On 3 January 2018, a female suicide bomber detonated her explosive belt at a market in Konduga (Borno). 12 fatalities.'],
  ['Shelling/artillery/missile attack', 'Government artillery shelled residential neighbourhoods of eastern Ghouta, killing at least nine people.'],
  ['Shelling/artillery/missile attack', 'On 30 March 2021, Houthi forces fired mortar rounds at Saudi-backed positions in Hays (Al Hudaydah). No fatalities.'],
  ['Remote explosive/landmine/IED', 'A roadside bomb tore through a police vehicle in Kandahar city on Sunday, wounding four officers.'],
  ['Remote explosive/landmine/IED', 'On 7 July 2019, a civilian was killed when his motorbike struck a landmine near Dhubab (Taizz).'],
  ['Grenade', 'Suspected militants hurled a grenade at a CRPF patrol in Srinagar, injuring three personnel and two passers-by.'],
  ['Grenade', 'On 2 February 2020, unidentified men threw a hand grenade into a bar in Cotabato City. 1 fatality.'],
  ['Sexual violence', 'A UN report said government soldiers raped at least 40 women during a raid on villages near Yei.'],
  ['Sexual violence', 'On 18 October 2018, a woman was raped by two unidentified armed men in Kalehe (Sud-Kivu).'],
  ['Attack', 'Gunmen on motorbikes stormed a village in Zamfara state and shot dead 23 villagers, residents said.'],
  ['Attack', 'On 5 March 2020, an Unidentified Armed Group killed a civilian shepherd near Tafas (Dara).'],
  ['Abduction/forced disappearance', 'Armed men kidnapped 42 students and staff from a boarding school in Kagara, Niger state.'],
  ['Abduction/forced disappearance', 'On 14 August 2019, Islamic State militants abducted two farmers from their land east of Deir ez-Zor.'],
  ['Peaceful protest', 'Hundreds of teachers rallied peacefully outside the education ministry in Beirut to demand unpaid wages.'],
  ['Peaceful protest', 'On 10 January 2020, around 200 residents demonstrated in Kafr Takharim against the rise in bread prices.'],
  ['Protest with intervention', 'Riot police fired tear gas and water cannon to disperse thousands of demonstrators in central Khartoum.'],
  ['Protest with intervention', 'On 22 May 2019, police arrested 15 protesters during a demonstration against the election results in Kinshasa.'],
  ['Excessive force against protesters', 'Security forces opened fire with live ammunition on protesters in Nasiriyah, killing at least 18 of them.'],
  ['Excessive force against protesters', 'On 3 June 2019, the Rapid Support Forces shot dead dozens of protesters at the sit-in in Khartoum.'],
  ['Violent demonstration', 'Angry protesters hurled petrol bombs at police and set fire to a government building in Lagos.'],
  ['Violent demonstration', 'On 9 August 2020, rioters clashed with police and burned tyres in Minsk after the election result.'],
  ['Mob violence', 'An angry mob lynched a man accused of blasphemy in Sialkot and set his body on fire.'],
  ['Mob violence', 'On 20 April 2021, villagers beat a suspected thief to death in a mob attack in Kisii.'],
  ['Agreement', 'The government and the rebel coalition signed a ceasefire agreement in Juba on Saturday.'],
  ['Agreement', 'On 16 October 2016, Opposition Rebels (Syria) and Military Forces of Syria exchanged prisoners near Aleppo.'],
  ['Arrests', 'Turkish police detained 82 members of the pro-Kurdish HDP in dawn raids across Diyarbakir.'],
  ['Arrests', 'On 1 February 2021, Military Forces of Myanmar arrested Aung San Suu Kyi and other NLD leaders in Naypyitaw.'],
  ['Change to group/activity', 'Turkey sent a convoy of military reinforcements, including tanks and armoured vehicles, into Idlib province.'],
  ['Change to group/activity', 'On 28 January 2017, several rebel factions announced their merger into a new group called Hayat Tahrir al-Sham.'],
  ['Disrupted weapons use', 'Army engineers defused an improvised explosive device planted under a bridge near Ramadi.'],
  ['Disrupted weapons use', 'On 11 June 2019, Saudi air defences intercepted a ballistic missile fired by the Houthis towards Jizan.'],
  ['Disrupted weapons use', 'Police seized a large cache of weapons and ammunition belonging to the rebels in a raid in Cauca.'],
  ['Headquarters or base established', 'US forces have set up a new military base near the Omar oil field in eastern Syria.'],
  ['Headquarters or base established', 'On 2 March 2018, Turkish forces established an observation post at Tal al-Eis (Aleppo).'],
  ['Looting/property destruction', 'Militiamen looted shops and burned dozens of homes in the village after the residents fled.'],
  ['Looting/property destruction', 'On 27 May 2020, Israeli forces demolished two houses belonging to Palestinian families in Silwan.'],
  ['Non-violent transfer of territory', 'Kurdish-led forces withdrew from Manbij and handed the town over to government troops without a fight.'],
  ['Non-violent transfer of territory', 'On 13 October 2019, the SDF handed over control of Tabqa to Military Forces of Syria under a deal.'],
  ['Other', 'The Houthis released 290 detainees, including elderly men and children, in Sanaa on Monday.'],
  ['Other', 'On 5 September 2019, the Taliban freed three Indian engineers in exchange for 11 prisoners.'],
];

for (const [expected, sentence] of CASES) {
  test(`${expected}: ${sentence.slice(0, 70)}`, () => {
    const got = classifySentence(sentence);
    assert.equal(got?.sub_event_type ?? null, expected, JSON.stringify(explainClassification(sentence).rules));
  });
}

test('every one of the 25 sub-event types is covered, in two styles', () => {
  for (const type of SUB_EVENT_TYPE_LIST) {
    assert.ok(CASES.filter(([t]) => t === type).length >= 2, type);
  }
});

const PRECEDENCE: [SubEventType, string][] = [
  // A suicide bombing is "Suicide bomb" even in the middle of a battle.
  ['Suicide bomb', 'During fierce clashes with the army, an ISIS fighter drove a car bomb into the front line and blew himself up.'],
  ['Suicide bomb', 'A suicide car bomb struck a checkpoint in Mogadishu as al-Shabaab fighters exchanged fire with soldiers.'],
  // An air strike on a town is an air strike, not an attack on civilians.
  ['Air/drone strike', 'Airstrikes on the town of Maarat al-Numan killed 15 civilians in a crowded market.'],
  ['Air/drone strike', 'Raids by Syrian army choppers inflicted heavy losses on militants in the Hama countryside.'],
  // Shelling from afar.
  ['Shelling/artillery/missile attack', 'Rockets fired from Gaza landed in an open field near Sderot, causing no injuries.'],
  // A car bomb whose driver survives is a remote explosive.
  ['Remote explosive/landmine/IED', 'A parked car bomb exploded near a bus station in Azaz, killing five people.'],
  // An IED that went off while being defused is an explosion, not a disrupted weapon.
  ['Remote explosive/landmine/IED', 'Two sappers were killed when the landmine they were trying to defuse exploded near Kramatorsk.'],
];
for (const [expected, sentence] of PRECEDENCE) {
  test(`precedence ${expected}: ${sentence.slice(0, 60)}`, () => {
    assert.equal(classifySentence(sentence)?.sub_event_type ?? null, expected, JSON.stringify(explainClassification(sentence).rules));
  });
}

const TERRITORY: [SubEventType, string][] = [
  ['Government regains territory', 'Government forces liberated the town of Palmyra from Daesh after heavy fighting.'],
  ['Government regains territory', 'The strategic hill of Tal Rifaat was recaptured by the army on Thursday.'],
  ['Government regains territory', 'ISIS fighters were driven out of the town of Baiji by Iraqi troops and Shiite militias.'],
  ['Non-state actor overtakes territory', 'Rebels captured the army base of Wadi Deif after months of siege.'],
  ['Non-state actor overtakes territory', 'The town of Kunduz fell to the Taliban on Monday.'],
  ['Non-state actor overtakes territory', 'Houthi fighters took control of the government headquarters in Sanaa.'],
  ['Non-violent transfer of territory', 'Islamic State fighters pulled out of Dabiq before Turkish-backed rebels entered it unopposed.'],
  ['Non-violent transfer of territory', 'Russian troops withdrew from the base at Tal Tamr and handed it to Syrian army units.'],
  // A failed attempt to take a place is a battle, not a change of hands.
  ['Armed clash', 'Militants tried to overrun an army outpost near Tillaberi but were driven back after hours of fighting.'],
  // Negated or hedged: still about a withdrawal; the claim status is set elsewhere.
  ['Non-violent transfer of territory', 'ISIS is not withdrawing from Raqqa, a spokesman for the coalition said.'],
  ['Non-violent transfer of territory', 'ISIS could be about to pull out of Tabqa, according to local sources.'],
];
for (const [expected, sentence] of TERRITORY) {
  test(`territory ${expected}: ${sentence.slice(0, 60)}`, () => {
    assert.equal(classifySentence(sentence)?.sub_event_type ?? null, expected, JSON.stringify(explainClassification(sentence).rules));
  });
}

// Live-blog headlines: present tense, no articles.
const HEADLINES: [SubEventType, string][] = [
  ['Government regains territory', 'Army retakes Tadmur from IS after three-day battle'],
  ['Violent demonstration', 'Protesters torch party offices in Nasiriyah'],
  ['Change to group/activity', 'Pentagon sends 1,500 more troops to the Gulf'],
  ['Suicide bomb', 'Suicide bomber kills 9 at Mogadishu checkpoint'],
  // "Bomber" alone: the one who kills himself, or walks in, is no aircraft.
  ['Suicide bomb', 'Bomber kills himself and 11 others at election rally in Bannu'],
  ['Suicide bomb', 'Two bombers on foot hit Konduga market, 14 dead'],
  ['Air/drone strike', 'Russian bombers pound outskirts of Saraqib overnight'],
];
for (const [expected, sentence] of HEADLINES) {
  test(`headline ${expected}: ${sentence}`, () => {
    assert.equal(classifySentence(sentence)?.sub_event_type ?? null, expected, JSON.stringify(explainClassification(sentence).rules));
  });
}

const PROTEST_LEVELS: [SubEventType, string][] = [
  ['Peaceful protest', 'Thousands marched through Algiers on Friday chanting against the army chief.'],
  ['Protest with intervention', 'Police used batons and rubber bullets to break up a sit-in by students in Dhaka.'],
  ['Excessive force against protesters', 'Soldiers fired live rounds into a crowd of demonstrators in Mandalay, killing two.'],
  ['Violent demonstration', 'Demonstrators threw stones at security forces and torched a police station in Bhola.'],
  // Tear gas and water cannon are used on crowds: their use marks a protest even unnamed.
  ['Protest with intervention', 'Police fired water cannon at farmers driving their tractors towards Delhi.'],
  // A protest against a bombing is a protest, not a bombing.
  ['Peaceful protest', 'Hundreds of people protested in Azaz against the air strikes on Idlib.'],
  // Arrests before any protest took place are arrests.
  ['Arrests', 'Police detained 30 opposition members ahead of the planned rally in Minsk.'],
  // Protesters who rallied to mourn an earlier killing held a peaceful protest.
  ['Peaceful protest', 'Hundreds of mourners rallied in Baghdad to mourn the protesters shot dead by police last week.'],
];
for (const [expected, sentence] of PROTEST_LEVELS) {
  test(`protest ${expected}: ${sentence.slice(0, 60)}`, () => {
    assert.equal(classifySentence(sentence)?.sub_event_type ?? null, expected, JSON.stringify(explainClassification(sentence).rules));
  });
}

const NON_EVENTS: [string, string][] = [
  ['diplomacy', 'The foreign ministers of Turkey and Russia met in Sochi to discuss the situation in Idlib.'],
  ['diplomacy', 'The EU imposed new sanctions on senior Syrian officials on Monday.'],
  ['statement', 'The opposition leader said the government had lost all legitimacy.'],
  ['disaster', 'A 6.4-magnitude earthquake struck southern Turkey, killing at least 30 people.'],
  ['disaster', 'Flash floods swept through villages in Khost province, leaving 12 people dead.'],
  ['disaster', 'A gas cylinder explosion at a restaurant in Karachi killed four people.'],
  ['disaster', 'A bus crash on the Kabul-Kandahar highway killed 11 passengers.'],
  ['crime', 'Police arrested two men suspected of robbing a jewellery store in Lagos.'],
  ['crime', 'Officers seized 40 kilograms of cocaine from a truck at the port and arrested the driver.'],
  ['epidemic', 'Health officials confirmed 300 new cholera cases in Aden this week.'],
  ['forecast', 'The army will launch a major offensive on Idlib in the coming weeks, a commander said.'],
  ['forecast', 'Al-Shabaab threatened to attack Kenyan towns if the troops are not withdrawn.'],
  ['attribution', 'The Islamic State claimed responsibility for the suicide bombing in Kabul.'],
  ['weapons test', 'North Korea test-fired two short-range ballistic missiles into the sea.'],
  ['court case', 'A military court sentenced three soldiers to prison over the killing of a protester in Karachi.'],
  ['consequence', 'Several airlines suspended flights to Baghdad after the rocket attack on the airport.'],
  ['fighting as background', 'Shops reopened in the old city after weeks of fighting ended.'],
  ['crime with a gang leader', 'A drug cartel leader was arrested in Sinaloa on charges of cocaine trafficking.'],
];
for (const [kind, sentence] of NON_EVENTS) {
  test(`non-event (${kind}): ${sentence.slice(0, 60)}`, () => {
    const got = classifySentence(sentence);
    assert.equal(got, null, `${got?.sub_event_type}: ${JSON.stringify(explainClassification(sentence).rules)}`);
  });
}

test('trigger offsets point at the words that decided', () => {
  const s = 'A suicide bomber blew himself up at a checkpoint in Baghdad.';
  const got = classifySentence(s)!;
  assert.ok(got.trigger);
  assert.match(s.slice(got.trigger.start, got.trigger.end), /suicide/i);
  assert.equal(got.event_type, 'Explosions/Remote violence');
  assert.ok(got.rules.length > 0);
});

test('offsets stay right when the sentence has characters that change length when lower-cased', () => {
  const s = 'İdlib: a roadside bomb exploded near Sarmada, killing two civilians.';
  const got = classifySentence(s)!;
  assert.equal(got.sub_event_type, 'Remote explosive/landmine/IED');
  assert.match(s.slice(got.trigger!.start, got.trigger!.end), /roadside bomb/);
});

test('bad input gives null, not a crash', () => {
  assert.equal(classifySentence(''), null);
  assert.equal(classifySentence('   '), null);
  assert.equal(classifySentence(undefined as unknown as string), null);
});
