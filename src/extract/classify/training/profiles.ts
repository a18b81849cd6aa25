// Country profiles for the sentence templates: the actors and places a reporter would name.
// Written by us from general knowledge of each conflict; no text is taken from any dataset.

export interface CountryProfile {
  country: string;
  demonym: string;
  places: string[];
  regions: string[];
  /** State forces as a reporter names them. */
  state: string[];
  police: string[];
  /** Non-state armed groups. */
  rebels: string[];
  /** ACLED-style actor names for coders' notes. */
  acledState: string;
  acledRebel: string[];
}

export const PROFILES: CountryProfile[] = [
  {
    country: 'Syria', demonym: 'Syrian', places: ['Aleppo', 'Idlib', 'Saraqib', 'Deir ez-Zor', 'Raqqa', 'Homs', 'Hama', 'Daraa', 'Douma', 'Manbij', 'Palmyra', 'Maarat al-Numan', 'Jisr al-Shughur', 'Tal Rifaat', 'Kafr Nabl', 'Khan Shaykhun', 'al-Bab', 'Azaz', 'Qamishli', 'Tabqa'],
    regions: ['Idlib province', 'the Aleppo countryside', 'eastern Ghouta', 'the Hama countryside', 'Deir ez-Zor province', 'the Daraa countryside'],
    state: ['the Syrian army', 'regime forces', 'government troops', 'Syrian government forces', 'pro-government militias', 'the Tiger Forces', 'SAA troops', 'loyalist forces'],
    police: ['Syrian police', 'security forces'],
    rebels: ['rebels', 'Hayat Tahrir al-Sham fighters', 'Ahrar al-Sham', 'the Free Syrian Army', 'Islamic State militants', 'ISIS fighters', 'jihadists', 'opposition factions', 'the SDF', 'YPG fighters', 'Jabhat al-Nusra', 'Turkish-backed rebels'],
    acledState: 'Military Forces of Syria (2000-)', acledRebel: ['Islamic State (Syria)', 'HTS: Hayat Tahrir al Sham', 'Opposition Rebels (Syria)', 'QSD: Syrian Democratic Forces'],
  },
  {
    country: 'Iraq', demonym: 'Iraqi', places: ['Mosul', 'Ramadi', 'Fallujah', 'Tikrit', 'Baiji', 'Kirkuk', 'Samarra', 'Tal Afar', 'Hit', 'Baquba', 'Sinjar', 'Tuz Khurmatu'],
    regions: ['Anbar province', 'Nineveh province', 'Diyala province', 'Salahuddin province', 'Kirkuk province'],
    state: ['Iraqi troops', 'the Iraqi army', 'Iraqi security forces', 'the Popular Mobilisation Forces', 'Iraqi counter-terrorism forces', 'Peshmerga fighters', 'federal police units'],
    police: ['Iraqi police', 'riot police', 'security forces'],
    rebels: ['Islamic State militants', 'ISIL fighters', 'Daesh', 'insurgents', 'jihadists', 'IS sleeper cells', 'gunmen'],
    acledState: 'Military Forces of Iraq (2014-)', acledRebel: ['Islamic State (Iraq)', 'Unidentified Armed Group (Iraq)'],
  },
  {
    country: 'Yemen', demonym: 'Yemeni', places: ['Hodeidah', 'Taiz', 'Marib', 'Aden', 'Saada', 'Hajjah', 'al-Bayda', 'Shabwa', 'Abyan', 'Dhale', 'Hays', 'Mokha'],
    regions: ['Marib governorate', 'Taiz province', 'Hajjah province', 'Saada province', 'the west coast'],
    state: ['government forces', 'pro-government troops', 'forces loyal to President Hadi', 'the Yemeni army', 'Saudi-backed forces'],
    police: ['Yemeni police', 'security forces'],
    rebels: ['Houthi rebels', 'the Houthis', 'Ansar Allah fighters', 'al-Qaeda militants', 'AQAP fighters', 'separatists of the Southern Transitional Council', 'tribal gunmen'],
    acledState: 'Military Forces of Yemen (2012-)', acledRebel: ['Houthi Movement', 'AQAP: Al Qaeda in the Arabian Peninsula'],
  },
  {
    country: 'Nigeria', demonym: 'Nigerian', places: ['Maiduguri', 'Damboa', 'Konduga', 'Monguno', 'Gwoza', 'Bama', 'Zaria', 'Gusau', 'Kagara', 'Jos', 'Kaduna', 'Dikwa'],
    regions: ['Borno state', 'Yobe state', 'Zamfara state', 'Kaduna state', 'Plateau state', 'Katsina state'],
    state: ['Nigerian troops', 'the Nigerian army', 'soldiers', 'the military', 'the Civilian Joint Task Force', 'Nigerian air force jets'],
    police: ['Nigerian police', 'police officers', 'the police'],
    rebels: ['Boko Haram', 'ISWAP militants', 'jihadists', 'bandits', 'armed herdsmen', 'gunmen', 'insurgents'],
    acledState: 'Military Forces of Nigeria (2015-2023)', acledRebel: ['Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad', 'Islamic State West Africa Province (ISWAP)', 'Unidentified Armed Group (Nigeria)'],
  },
  {
    country: 'Somalia', demonym: 'Somali', places: ['Mogadishu', 'Afgoye', 'Baidoa', 'Kismayo', 'Beledweyne', 'Jowhar', 'Marka', 'Jilib', 'Bardhere', 'Galkayo', 'Bosaso'],
    regions: ['Lower Shabelle', 'Middle Juba', 'Gedo region', 'Hiraan region', 'Bay region'],
    state: ['Somali troops', 'the Somali National Army', 'government forces', 'AMISOM troops', 'Jubaland forces', 'Puntland forces'],
    police: ['Somali police', 'security forces'],
    rebels: ['al-Shabaab militants', 'al-Shabaab fighters', 'the militants', 'Islamist insurgents', 'clan militias'],
    acledState: 'Military Forces of Somalia (2017-2022)', acledRebel: ['Al Shabaab'],
  },
  {
    country: 'Mali', demonym: 'Malian', places: ['Gao', 'Timbuktu', 'Mopti', 'Menaka', 'Kidal', 'Segou', 'Djenne', 'Bandiagara', 'Boni', 'Niono'],
    regions: ['the Mopti region', 'central Mali', 'the Menaka region', 'the Segou region'],
    state: ['Malian soldiers', 'the Malian army', 'FAMa troops', 'Malian forces'],
    police: ['Malian gendarmes', 'police'],
    rebels: ['JNIM militants', 'jihadists', 'Islamic State Sahel fighters', 'armed men', 'Dozo hunters', 'a militia'],
    acledState: 'Military Forces of Mali (2021-)', acledRebel: ['JNIM: Group for Support of Islam and Muslims', 'Islamic State (Sahel)'],
  },
  {
    country: 'Afghanistan', demonym: 'Afghan', places: ['Kandahar', 'Kunduz', 'Ghazni', 'Lashkar Gah', 'Jalalabad', 'Herat', 'Farah', 'Maidan Wardak', 'Pul-e-Khumri', 'Sangin'],
    regions: ['Helmand province', 'Kandahar province', 'Nangarhar province', 'Ghazni province', 'Kunduz province'],
    state: ['Afghan forces', 'the Afghan army', 'Afghan commandos', 'Afghan special forces', 'government troops', 'the Afghan National Army'],
    police: ['Afghan police', 'police officers'],
    rebels: ['Taliban fighters', 'the Taliban', 'insurgents', 'Islamic State Khorasan militants', 'militants'],
    acledState: 'Military Forces of Afghanistan (2004-2021)', acledRebel: ['Taliban', 'Islamic State (Afghanistan)'],
  },
  {
    country: 'Pakistan', demonym: 'Pakistani', places: ['Quetta', 'Peshawar', 'Karachi', 'Bannu', 'Dera Ismail Khan', 'Miranshah', 'Turbat', 'Gwadar', 'Khyber', 'Lakki Marwat'],
    regions: ['Balochistan', 'Khyber Pakhtunkhwa', 'North Waziristan', 'the tribal districts'],
    state: ['Pakistani troops', 'security forces', 'the Frontier Corps', 'soldiers', 'the army'],
    police: ['Pakistani police', 'police', 'the Counter Terrorism Department'],
    rebels: ['TTP militants', 'Baloch separatists', 'militants', 'the Pakistani Taliban', 'terrorists'],
    acledState: 'Military Forces of Pakistan (2018-2022)', acledRebel: ['TTP: Tehreek-i-Taliban Pakistan', 'BLA: Balochistan Liberation Army'],
  },
  {
    country: 'India', demonym: 'Indian', places: ['Srinagar', 'Anantnag', 'Pulwama', 'Sopore', 'Shopian', 'Imphal', 'Dantewada', 'Sukma', 'Kupwara', 'Baramulla'],
    regions: ['Jammu and Kashmir', 'Chhattisgarh', 'Manipur', 'the Kashmir valley'],
    state: ['Indian troops', 'CRPF personnel', 'the army', 'security forces', 'the Border Security Force'],
    police: ['Jammu and Kashmir police', 'police'],
    rebels: ['militants', 'Maoist rebels', 'Naxals', 'Lashkar-e-Taiba militants', 'Hizbul Mujahideen fighters', 'insurgents'],
    acledState: 'Military Forces of India (2014-)', acledRebel: ['CPI (Maoist): Communist Party of India (Maoist)', 'LeT: Lashkar-e-Taiba'],
  },
  {
    country: 'Myanmar', demonym: 'Burmese', places: ['Mandalay', 'Yangon', 'Sagaing', 'Mindat', 'Hpakant', 'Lashio', 'Myawaddy', 'Loikaw', 'Hakha', 'Monywa'],
    regions: ['Sagaing region', 'Kachin state', 'Karen state', 'Rakhine state', 'Shan state', 'Chin state'],
    state: ['junta troops', 'the Tatmadaw', 'Myanmar soldiers', 'the military', 'regime forces'],
    police: ['Myanmar police', 'riot police', 'security forces'],
    rebels: ['the Arakan Army', 'Kachin Independence Army fighters', 'People\'s Defence Force fighters', 'resistance fighters', 'ethnic armed groups', 'the Karen National Union'],
    acledState: 'Military Forces of Myanmar (2021-)', acledRebel: ['PDF: People\'s Defense Force', 'AA: Arakan Army'],
  },
  {
    country: 'Philippines', demonym: 'Filipino', places: ['Marawi', 'Jolo', 'Cotabato City', 'Zamboanga', 'Maguindanao', 'Basilan', 'Patikul', 'Datu Piang', 'Lanao del Sur'],
    regions: ['Sulu province', 'Mindanao', 'Maguindanao province', 'Basilan'],
    state: ['Philippine troops', 'the Armed Forces of the Philippines', 'marines', 'soldiers', 'government troops'],
    police: ['Philippine National Police', 'police'],
    rebels: ['Abu Sayyaf militants', 'New People\'s Army rebels', 'BIFF fighters', 'communist rebels', 'Dawlah Islamiyah militants'],
    acledState: 'Military Forces of the Philippines (2016-2022)', acledRebel: ['NPA: New People\'s Army', 'Abu Sayyaf'],
  },
  {
    country: 'Colombia', demonym: 'Colombian', places: ['Cauca', 'Tumaco', 'Catatumbo', 'Arauca', 'Cucuta', 'Buenaventura', 'Toribio', 'Tibu', 'Argelia'],
    regions: ['Cauca department', 'Norte de Santander', 'Narino department', 'Antioquia'],
    state: ['Colombian soldiers', 'the Colombian army', 'government troops', 'the military'],
    police: ['Colombian police', 'the ESMAD riot squad', 'police'],
    rebels: ['ELN guerrillas', 'FARC dissidents', 'the Gulf Clan', 'armed groups', 'guerrillas'],
    acledState: 'Military Forces of Colombia (2018-2022)', acledRebel: ['ELN: National Liberation Army', 'FARC Dissidents'],
  },
  {
    country: 'Mexico', demonym: 'Mexican', places: ['Culiacan', 'Reynosa', 'Aguililla', 'Zacatecas', 'Tijuana', 'Ciudad Juarez', 'Uruapan', 'Chilapa'],
    regions: ['Michoacan', 'Guerrero', 'Tamaulipas', 'Sinaloa'],
    state: ['Mexican soldiers', 'the National Guard', 'marines', 'federal forces'],
    police: ['state police', 'municipal police', 'police'],
    rebels: ['cartel gunmen', 'members of the Jalisco cartel', 'Sinaloa cartel gunmen', 'self-defence militias'],
    acledState: 'Military Forces of Mexico (2018-2024)', acledRebel: ['CJNG: Jalisco New Generation Cartel', 'Sinaloa Cartel'],
  },
  {
    country: 'Ukraine', demonym: 'Ukrainian', places: ['Donetsk', 'Avdiivka', 'Bakhmut', 'Kharkiv', 'Mariupol', 'Kherson', 'Izium', 'Lysychansk', 'Kramatorsk', 'Zaporizhzhia'],
    regions: ['Donetsk oblast', 'Luhansk region', 'Kharkiv oblast', 'Kherson region'],
    state: ['Ukrainian forces', 'Ukrainian troops', 'the Ukrainian army', 'Russian forces', 'Russian troops', 'the Russian army'],
    police: ['Ukrainian police', 'police'],
    rebels: ['pro-Russian separatists', 'separatist fighters', 'the Wagner group', 'DPR militias'],
    acledState: 'Military Forces of Ukraine (2019-)', acledRebel: ['Military Forces of Russia (2000-)', 'Wagner Group'],
  },
  {
    country: 'Sudan', demonym: 'Sudanese', places: ['Khartoum', 'Omdurman', 'El Fasher', 'Nyala', 'El Geneina', 'Wad Madani', 'Kadugli', 'Bahri', 'Zalingei'],
    regions: ['Darfur', 'North Darfur', 'South Kordofan', 'Blue Nile state', 'Gezira state'],
    state: ['the Sudanese army', 'SAF troops', 'government forces', 'the Sudanese Armed Forces'],
    police: ['Sudanese police', 'security forces', 'riot police'],
    rebels: ['the Rapid Support Forces', 'RSF fighters', 'Janjaweed militias', 'SPLM-N rebels', 'armed militias'],
    acledState: 'Military Forces of Sudan (2019-)', acledRebel: ['RSF: Rapid Support Forces', 'SPLM-N: Sudan People\'s Liberation Movement-North'],
  },
  {
    country: 'DR Congo', demonym: 'Congolese', places: ['Goma', 'Beni', 'Bunia', 'Rutshuru', 'Butembo', 'Djugu', 'Uvira', 'Kiwanja', 'Oicha', 'Masisi'],
    regions: ['North Kivu', 'Ituri province', 'South Kivu', 'Tanganyika province'],
    state: ['FARDC soldiers', 'the Congolese army', 'government troops', 'UN peacekeepers'],
    police: ['Congolese police', 'police'],
    rebels: ['ADF rebels', 'M23 rebels', 'CODECO militiamen', 'Mai-Mai fighters', 'armed men'],
    acledState: 'Military Forces of the Democratic Republic of Congo (2019-)', acledRebel: ['ADF: Allied Democratic Forces', 'M23: March 23 Movement'],
  },
  {
    country: 'Lebanon', demonym: 'Lebanese', places: ['Beirut', 'Tripoli', 'Sidon', 'Tyre', 'Arsal', 'Baalbek', 'Nabatieh', 'Khaldeh'],
    regions: ['southern Lebanon', 'the Bekaa valley', 'north Lebanon'],
    state: ['the Lebanese army', 'Lebanese soldiers', 'Lebanese troops'],
    police: ['Lebanese security forces', 'riot police', 'internal security forces'],
    rebels: ['Hezbollah fighters', 'militants', 'gunmen', 'jihadists'],
    acledState: 'Military Forces of Lebanon (1991-)', acledRebel: ['Hezbollah'],
  },
  {
    country: 'Libya', demonym: 'Libyan', places: ['Tripoli', 'Benghazi', 'Sirte', 'Misrata', 'Derna', 'Gharyan', 'Sabha', 'Tarhuna', 'Zawiya'],
    regions: ['western Libya', 'the Fezzan', 'eastern Libya'],
    state: ['GNA forces', 'government-aligned forces', 'forces of the Tripoli government'],
    police: ['Libyan police', 'security forces'],
    rebels: ['Haftar\'s forces', 'the Libyan National Army', 'militias', 'Islamic State militants', 'armed groups'],
    acledState: 'Military Forces of Libya (2016-)', acledRebel: ['LNA: Libyan National Army', 'Islamic State (Libya)'],
  },
  {
    country: 'Turkey', demonym: 'Turkish', places: ['Diyarbakir', 'Hakkari', 'Sirnak', 'Cizre', 'Nusaybin', 'Ankara', 'Istanbul', 'Van', 'Tunceli'],
    regions: ['southeastern Turkey', 'Hakkari province', 'Sirnak province'],
    state: ['Turkish troops', 'the Turkish army', 'Turkish security forces', 'gendarmerie units'],
    police: ['Turkish police', 'riot police'],
    rebels: ['PKK militants', 'Kurdish militants', 'PKK fighters', 'Islamic State cells'],
    acledState: 'Military Forces of Turkey (2016-)', acledRebel: ['PKK: Kurdistan Workers Party'],
  },
  {
    country: 'Kenya', demonym: 'Kenyan', places: ['Mandera', 'Garissa', 'Lamu', 'Wajir', 'Nairobi', 'Mombasa', 'Kisumu', 'Marsabit'],
    regions: ['Mandera county', 'Lamu county', 'the border region'],
    state: ['Kenyan troops', 'KDF soldiers', 'Kenyan security forces'],
    police: ['Kenyan police', 'riot police', 'police'],
    rebels: ['al-Shabaab militants', 'bandits', 'armed raiders', 'gunmen'],
    acledState: 'Military Forces of Kenya (2022-)', acledRebel: ['Al Shabaab'],
  },
  {
    country: 'United States', demonym: 'American', places: ['Portland', 'Minneapolis', 'Kenosha', 'Louisville', 'Washington', 'Chicago', 'Atlanta', 'Seattle'],
    regions: ['Oregon', 'Minnesota', 'Wisconsin'],
    state: ['National Guard troops', 'federal agents'],
    police: ['police', 'riot police', 'state troopers', 'federal officers'],
    rebels: ['armed militia members', 'far-right militiamen'],
    acledState: 'Police Forces of the United States (2021-)', acledRebel: ['Proud Boys'],
  },
  {
    country: 'France', demonym: 'French', places: ['Paris', 'Nantes', 'Lyon', 'Marseille', 'Bordeaux', 'Rennes', 'Toulouse'],
    regions: ['the Paris region', 'Brittany'],
    state: ['gendarmes'],
    police: ['French police', 'riot police', 'gendarmes', 'CRS officers'],
    rebels: ['militants'],
    acledState: 'Police Forces of France (2017-)', acledRebel: ['Unidentified Armed Group (France)'],
  },
  {
    country: 'Hong Kong', demonym: 'Hong Kong', places: ['Hong Kong', 'Mong Kok', 'Causeway Bay', 'Admiralty', 'Sha Tin', 'Tsim Sha Tsui', 'Yuen Long'],
    regions: ['Kowloon', 'the New Territories'],
    state: ['police'],
    police: ['Hong Kong police', 'riot police', 'police'],
    rebels: ['masked men'],
    acledState: 'Police Forces of China (2012-) Hong Kong Special Administrative Region', acledRebel: ['Unidentified Armed Group (China)'],
  },
  {
    country: 'Burkina Faso', demonym: 'Burkinabe', places: ['Djibo', 'Ouahigouya', 'Kaya', 'Dori', 'Fada N\'Gourma', 'Solhan', 'Arbinda', 'Seytenga'],
    regions: ['the Sahel region', 'the Centre-Nord region', 'the East region'],
    state: ['Burkinabe soldiers', 'the army', 'VDP volunteers', 'security forces'],
    police: ['police', 'gendarmes'],
    rebels: ['jihadists', 'JNIM fighters', 'Islamic State militants', 'armed men'],
    acledState: 'Military Forces of Burkina Faso (2022-)', acledRebel: ['JNIM: Group for Support of Islam and Muslims'],
  },
];
