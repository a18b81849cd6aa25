// Word lists for the benchmark's generated reports, written for sitrep. Places are real Syrian
// towns with their provinces (geographic facts); outlets are invented so no real outlet is imitated.

export interface Place {
  name: string;
  province: string;
}

export const PLACES: Place[] = [
  { name: 'Aleppo', province: 'Aleppo' }, { name: 'al-Bab', province: 'Aleppo' }, { name: 'Manbij', province: 'Aleppo' },
  { name: 'Azaz', province: 'Aleppo' }, { name: 'Tel Rifaat', province: 'Aleppo' }, { name: 'Atareb', province: 'Aleppo' },
  { name: 'Afrin', province: 'Aleppo' }, { name: 'Jarabulus', province: 'Aleppo' }, { name: 'Deir Hafer', province: 'Aleppo' },
  { name: 'Idlib', province: 'Idlib' }, { name: 'Saraqeb', province: 'Idlib' }, { name: 'Maarat al-Numan', province: 'Idlib' },
  { name: 'Khan Shaykhun', province: 'Idlib' }, { name: 'Jisr al-Shughour', province: 'Idlib' }, { name: 'Kafranbel', province: 'Idlib' },
  { name: 'Ariha', province: 'Idlib' }, { name: 'Sarmada', province: 'Idlib' }, { name: 'ad-Dana', province: 'Idlib' },
  { name: 'Hama', province: 'Hama' }, { name: 'Morek', province: 'Hama' }, { name: 'Kafr Zita', province: 'Hama' },
  { name: 'Latamneh', province: 'Hama' }, { name: 'Suran', province: 'Hama' }, { name: 'Salamiyah', province: 'Hama' },
  { name: 'Homs', province: 'Homs' }, { name: 'Palmyra', province: 'Homs' }, { name: 'al-Qaryatayn', province: 'Homs' },
  { name: 'Rastan', province: 'Homs' }, { name: 'Talbiseh', province: 'Homs' }, { name: 'al-Qusayr', province: 'Homs' },
  { name: 'Damascus', province: 'Damascus' }, { name: 'Douma', province: 'Rif Dimashq' }, { name: 'Harasta', province: 'Rif Dimashq' },
  { name: 'Darayya', province: 'Rif Dimashq' }, { name: 'Zabadani', province: 'Rif Dimashq' }, { name: 'Madaya', province: 'Rif Dimashq' },
  { name: 'Jobar', province: 'Damascus' }, { name: 'Eastern Ghouta', province: 'Rif Dimashq' }, { name: 'Yabroud', province: 'Rif Dimashq' },
  { name: 'Daraa', province: 'Daraa' }, { name: 'Nawa', province: 'Daraa' }, { name: 'Busra al-Sham', province: 'Daraa' },
  { name: 'Tafas', province: 'Daraa' }, { name: 'Jasim', province: 'Daraa' }, { name: 'Quneitra', province: 'Quneitra' },
  { name: 'Raqqa', province: 'Raqqa' }, { name: 'Tabqa', province: 'Raqqa' }, { name: 'Tal Abyad', province: 'Raqqa' },
  { name: 'Ain Issa', province: 'Raqqa' }, { name: 'Deir ez-Zor', province: 'Deir ez-Zor' }, { name: 'al-Mayadin', province: 'Deir ez-Zor' },
  { name: 'Albu Kamal', province: 'Deir ez-Zor' }, { name: 'Hajin', province: 'Deir ez-Zor' }, { name: 'al-Shuhayl', province: 'Deir ez-Zor' },
  { name: 'Hasakah', province: 'Hasakah' }, { name: 'Qamishli', province: 'Hasakah' }, { name: 'Ras al-Ain', province: 'Hasakah' },
  { name: 'Latakia', province: 'Latakia' }, { name: 'Jableh', province: 'Latakia' }, { name: 'Tartus', province: 'Tartus' },
  { name: 'Sweida', province: 'Sweida' }, { name: 'Shahba', province: 'Sweida' },
];

export interface Actor {
  /** How a report names it, first mention and later. */
  long: string;
  short: string;
  kind: 'state' | 'foreign' | 'rebel' | 'jihadist' | 'kurdish' | 'unknown';
}

export const ACTORS: Actor[] = [
  { long: 'Syrian government forces', short: 'government troops', kind: 'state' },
  { long: 'the Syrian army and allied militias', short: 'the army', kind: 'state' },
  { long: 'forces loyal to President Bashar al-Assad', short: 'regime forces', kind: 'state' },
  { long: 'Russian warplanes', short: 'Russian jets', kind: 'foreign' },
  { long: 'the US-led coalition', short: 'coalition aircraft', kind: 'foreign' },
  { long: 'Turkish forces', short: 'the Turkish military', kind: 'foreign' },
  { long: 'Islamic State fighters', short: 'the militants', kind: 'jihadist' },
  { long: 'the Islamic State of Iraq and ash-Sham (ISIS)', short: 'ISIS', kind: 'jihadist' },
  { long: 'Hayat Tahrir al-Sham (HTS)', short: 'HTS', kind: 'jihadist' },
  { long: 'Jabhat al-Nusra', short: 'Nusra', kind: 'jihadist' },
  { long: 'Ahrar al-Sham', short: 'Ahrar', kind: 'rebel' },
  { long: 'Free Syrian Army brigades', short: 'the FSA', kind: 'rebel' },
  { long: 'Turkish-backed Syrian National Army factions', short: 'the factions', kind: 'rebel' },
  { long: 'insurgents', short: 'the insurgents', kind: 'rebel' },
  { long: 'the Kurdish-led Syrian Democratic Forces (SDF)', short: 'the SDF', kind: 'kurdish' },
  { long: 'the Kurdish YPG militia', short: 'the YPG', kind: 'kurdish' },
  { long: 'unidentified gunmen', short: 'the gunmen', kind: 'unknown' },
];

export const SOURCES = {
  monitor: [
    'the Syrian Observatory for Human Rights said',
    'the Britain-based Syrian Observatory for Human Rights reported',
    'a war monitor said',
    'the Local Coordination Committees said',
    'activists said',
    'local activists reported',
    'a medical source in the area said',
    'residents told our correspondent',
  ],
  state: ['state news agency SANA reported', 'state television said', 'a military source told state media', 'the defence ministry said'],
  party: ['the group said in a statement', 'a spokesman for the group claimed', 'a commander said on social media', 'the faction claimed in an online post'],
  hedge: [
    'The figures could not be independently verified.',
    'Neither account could be confirmed.',
    'Independent verification was not possible, as access to the area is restricted.',
    'The claim could not be verified and the government did not comment.',
    'Other sources gave a lower toll.',
  ],
};

export const OUTLETS = ['Levant Desk', 'Northern Wire', 'Crossing Point News', 'Euphrates Bulletin', 'Orontes Review', 'Desert Road Daily'];

export const DATELINES = ['BEIRUT', 'AMMAN', 'ISTANBUL', 'GAZIANTEP', 'DAMASCUS', 'ERBIL', 'GENEVA'];

export const WEAPONS = {
  air: ['barrel bombs', 'air strikes', 'several raids', 'bombs dropped from helicopters', 'missiles fired from jets', 'drone strikes'],
  ground: ['artillery', 'mortar rounds', 'rockets', 'tank fire', 'Grad rockets', 'surface-to-surface missiles'],
  blast: ['a car bomb', 'a roadside bomb', 'an explosive device planted on a motorcycle', 'a landmine', 'an improvised explosive device'],
};

export const TARGETS = [
  'a crowded market', 'a residential neighbourhood', 'a field hospital', 'a bakery', 'a school used as a shelter',
  'a checkpoint on the main road', 'the industrial zone', 'a mosque during Friday prayers', 'farmland on the outskirts',
  'a camp for displaced families', 'the old city', 'a water station',
];

export const BACKGROUND = [
  'The war, which began with protests against the government in 2011, has killed hundreds of thousands of people and forced millions from their homes.',
  'Aid agencies have warned repeatedly that fighting in the area is cutting off food and medicine for civilians who have nowhere left to flee.',
  'Diplomats in Geneva have been trying for months to revive talks between the government and the opposition, with little sign of progress.',
  'The United Nations says more than half of the country\'s pre-war population has been displaced, inside Syria or abroad.',
  'Front lines in the province have shifted several times this year as rival groups competed for roads, crossings and oil fields.',
  'Both sides regularly accuse each other of targeting civilians, and casualty figures given by the parties often differ widely.',
  'The province is one of the last areas where the armed opposition still holds significant territory.',
  'A ceasefire announced earlier in the year has been broken almost daily, according to monitors on the ground.',
  'Foreign ministers meeting in Brussels pledged new humanitarian funding but did not agree on a political roadmap.',
  'Residents said electricity had been cut for most of the week and fuel prices had tripled since the start of the month.',
];

export const QUOTES = [
  '"We heard the planes at dawn and then the whole street shook," a resident who gave his name as Abu Ahmad said by telephone.',
  '"There are still families under the rubble and we do not have the equipment to reach them," a civil defence volunteer said.',
  '"The situation is catastrophic. The hospital is receiving more wounded than it can treat," a doctor at the facility said.',
  '"Our forces will continue until the area is cleared of terrorists," the military source was quoted as saying.',
  '"We withdrew to protect civilians, not because we were defeated," a rebel commander said in a voice message.',
  '"People are sleeping in olive groves because they are afraid to stay in their houses," an aid worker said.',
];

export const NON_EVENTS = [
  'Separately, the foreign minister met his Iranian counterpart in Tehran to discuss reconstruction contracts and the return of refugees.',
  'A UN envoy said he would travel to Damascus next week to press for the release of detainees, though no date has been set.',
  'The European Union extended its sanctions on dozens of officials for another year.',
  'Officials said schools in the city would reopen after the holiday if the security situation allowed.',
  'The Red Crescent said it had delivered flour and blankets to several thousand families in the countryside.',
  'Analysts said the offensive could be a prelude to a wider push towards the motorway linking the two cities.',
];
