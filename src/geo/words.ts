// Word lists the recogniser consults. Lowercase, folded.

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Never places by themselves, whatever the gazetteer says (months, days, function words...). */
export const NEVER_PLACES = set(`
january february march april may june july august september october november december
farm farms tour jan feb apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
a an the of in on at to by for from with and or but not no nor so yet as if is are was were be been
he she it we they i you me him her us them his its our their my your this that these those there here
who whom whose what which when where why how all any each every some such than then too very
also just only even still ever never more most much many few less least other another same own
mr mrs ms dr sir lord lady president minister king queen prince general colonel sheikh
ramadan eid christmas easter ashura nowruz hajj mass
god allah jesus christ muhammad mohammed sunni sunnis shia shiite shiites shiia alawite alawites druze yazidi yazidis
news media press report reports reported said says say told according
breaking update updates live video photo photos watch read share comment comments reply
one two three four five six seven eight nine ten hundred thousand million billion
north south east west northern southern eastern western central
el nino la nina
assad bashar hafez putin erdogan obama trump biden kerry lavrov baghdadi julani jolani nasrallah
khamenei rouhani maliki abadi barzani ocalan mattis netanyahu sisi gaddafi qaddafi saddam
مدينه قريه بلده محافظه ريف منطقه حي شمال جنوب شرق غرب مدينه
`);

/**
 * Common English words that are also place names somewhere ("Mobile", "Reading", "Nice").
 * A single-word mention that is one of these needs a place cue ("in Reading") or a parent.
 */
export const COMMON_WORDS = set(`
secretary economy commerce chamber vice ranger buy book maybe since police sale headquarters
about above across after again against ago ahead aid air alert alliance allied alone along already
although among amid announcement answer anti appeal area army around arrival art attack attacks
august back bad bank base bath battle bay beach bear beat before begin behind being bell below
best better between beyond big bill bird black blue board body bold bomb border born both bottom
bound box boy branch bread break bridge bright bring broad brother brown build burn bush business
call calm camp can canal cape capital car care carry case cash castle catch cause centre center
chance change chapel charge chase cheap check chief child church city civil claim class clay clean
clear cliff climb close cloud club coal coast cold college colonel come common  congress
content continental control cook cool copper corn corner cost cotton council count country court
cover crane cross crown cry cup cut dale dam damage dark date dawn day dead deal dear death deep
defiance delight democrat democracy desert devil diamond dish divide dock doctor dog door 
down draft drain draw dream dress drive drop dry duck due during dust eagle early earth ease 
effort eight else embassy empire end energy enterprise epic equality escape  eve evening
event  evil exchange express eye face fact fair faith fall false fame family fan far farm
fast father fear federal felt field fight final fine fire first fish five flag flat fleet flint
flood floor flower fly fog follow force ford forest fork fort fortune forward four fox frank free
freedom fresh friend friendship front frost fruit fuel full fund future gain game gap garden gate
gem gift girl glad glass globe glory goal gold golden good  government grace grand grant
grass grave great green grove growth guard guide gulf gun hail hall  hand happy harbor
harbour hard harmony harvest haven head health heart heat heaven height hell help hermit hero high
highland hill hold hole holiday holly home homestead honor hope horn horse hospital host hot hotel
house hull humble hunt hunter ice idea image independence industry iron island islands jack jade
 job join joy judge jump junction just justice keen key kill kind king knight knob lake
lamb land lane large last late law lead leader league leaf left lemon liberty life light lime line
lion little live lodge  long lord loss lost love low luck lucky lunch machine magnet main
major mall man manor  maple march mark market marsh mason master match matter meadow
means medal media  meet member memorial mercy merit middle midway mile military mill mind
mine mint minute mission mobile model money moon morning  mother motion mount mountain mouth
music nail nation national nature navy near neck needle nest network new  nice night noble
normal north notice nurse oak ocean of office officer oil old olive open orange order orient
origin over owl pace page paint palace palm panic paradise park part party pass patience peace
pearl pen people pepper perry  pilot pine pink plain plan plant plate plaza pleasant plenty
plot plum point police pool poor port post pot power premier president press pride prime
progress promise prospect protest providence pulse queen quest quick quiet race rain ranch range
rapid raven reading real record red reform relief republic rescue reserve rest result retreat
return revolution rich ride ridge right ring rise river road rock rocket   roof room root
rose round royal rule rural rush safe safety sage sail saint sale salt salvation sand save scale
school score sea seal second security sentinel service settlement seven shade shadow shell shelter
shield ship shore short side sight signal silver simple sister six sky slate slaughter smith
snow soldier solo son sound south spa space speed spirit split spring square staff stage standard
star start state station steel step stone stop storm strike strong success sugar summer summit sun
sunny sunrise sunset supply support surprise swan sweet table tank target taste team temple ten
terror test theater theatre third thunder tiger time title top tower town trade trail train
tree trial trinity triumph trouble truth tunnel  turn twin union unity university upper
urban valley van venture  victory view village violet vista voice wall war ward warren
watch water wave way wealth welcome well west white wide wild will wind winter wisdom wolf wood
work world worth yard year yellow  young youth zero 
`);

/** A capitalised word after a place name that makes the whole an organisation, not a place. */
export const ORG_NOUNS = set(`
army front brigade brigades battalion battalions division corps regiment forces force militia militias
guard guards police council committee commission coalition alliance movement party union league
observatory center centre network news agency media press times post herald tribune gazette journal
radio tv television channel airlines airways air university college institute school academy
hospital bank company corporation group club fc united rovers wanderers athletic football team
ministry department government authority administration office embassy consulate mission court parliament
assembly senate congress municipality governor mayor campaign fund foundation organization
organisation society association federation church mosque diocese times daily monitor tigers eagles
`);

/** Words before a name that make it a person's name or title, not a place. */
export const TITLE_WORDS = set(`
mr mrs ms miss dr sir lord lady president minister king queen prince princess sheikh shaikh imam
general gen colonel col major maj captain capt lieutenant lt sergeant sgt commander cmdr admiral
senator sen governor gov mayor pope saint st brother sister father rev reverend judge justice emir
`);

/** Type words after a name that choose a division ("Homs Province", "Orange County"). */
export const DIVISION_TYPE_WORDS = set(`
province provinces governorate governorates region state county district oblast prefecture
municipality department territory wilaya muhafazah
`);

/** Type words before or after a name that choose a settlement or site. */
export const PLACE_TYPE_WORDS = set(`
village villages town towns city cities suburb suburbs neighbourhood neighborhood district quarter
camp airport airbase base dam crossing hamlet settlement
`);

export const DIRECTION_ADJECTIVES = set(`
northern southern eastern western central north south east west northeast northwest southeast
southwest northeastern northwestern southeastern southwestern north-eastern north-western
south-eastern south-western upper lower greater
`);

/** Prepositions that announce a place ("in X", "near X"). */
export const PLACE_PREPOSITIONS = set(`
in near at from to into outside around across toward towards via through throughout within inside
between along off onto
`);

/** Generic feature words: one of these out of a longer name says nothing about where it is. */
export const GENERIC_FEATURES = set(`
point lake park center centre court college school
bridge tower building mall plaza square station stadium arena hall church mosque temple bay beach
river creek island islands mountain hill valley lagoon harbour harbor port airport golf club middle
elementary high gateway metro county city town village district
cathedral basilica hotel theatre theater estate market complex parade gardens garden house courthouse
municipal hills heights conservation reserve cemetery monument palace castle terminal barracks prison
jail zoo museum library stadium arena university academy institute hospital office hall pier wharf
infirmary clinic general
`);

/** Street words: "Northumberland Avenue" is a street, not Northumberland. */
export const STREET_WORDS = set(`
street st avenue ave road rd drive dr lane ln boulevard blvd highway parade way terrace crescent close
`);

/**
 * Lower-case words after a name that make it a firm's, a group's or a government's ("Samsung chief",
 * "Kremlin critic", "the Azov brigade", "Fano militiamen").
 */
export const ORG_HEAD_WORDS = set(`
chief boss ceo chairman chairwoman founder shareholders shares executives
critic critics spokesman spokeswoman spokesperson aide aides adviser advisers advisor loyalist loyalists insider insiders
brigade battalion regiment militia militiaman militiamen
`);

/**
 * Given names common in the news sitrep reads (Arabic, Persian, Turkish, Kurdish, Pashto, Urdu,
 * African and English forms). A capitalised word right after one is a surname, whatever village
 * shares it ("Mohammad Sibai", not Sibay in Bashkortostan), and so is that word again later in
 * the text ("Sibai added"). Names that are also towns' first words ("Abu", "Umm", "Tal") are not here.
 */
export const GIVEN_NAMES = set(`
mohammad mohammed muhammad mohamed mohamad ahmed ahmad hamed hamid mahmoud mahmud mustafa mostafa
ali hassan hasan hussein husain hussain omar umar othman osman khaled khalid walid waleed yousef youssef
yusuf youssif ibrahim ismail ismael ahmet mehmet mustafa fadi rami sami samir nabil ziad ziyad jamal kamal
abdullah abdallah abdulrahman abdel abdul abdelaziz bilal hamza tariq tarek salim saleem saleh salih
faisal fahd fahad majid majed adel adil ammar anas osama usama yasser yasir bashir rashid rasheed karim
kareem hadi maher imad emad ayman wael hani fares firas haitham hisham hesham nasser naser ziad raed
riad riyad mazen marwan mahdi mehdi reza hossein hosein javad jawad morteza mojtaba ruhollah
qasim qassem kassem saeed sayed sayyid jaber jabir mansour mansur munir nizar nour noor
fatima fatma aisha ayesha zainab zeinab maryam mariam leila layla huda hoda rania rana amal samira
hana hanan noura nura lina dina reem reema rima sara sarah
abdi abdirahman abdiqani abdullahi aliyu musa moussa mamadou ousmane boubacar amadou issa idriss
idris ibrahima souleymane seydou modibo oumar yaya
gul zahir zahid naveed imran shahid sajid tahir waqar asif arif aamir amir nawaz shehbaz bilawal
john james michael david robert william richard thomas mark paul peter george charles joseph
daniel matthew andrew christopher anthony steven kevin brian edward ronald timothy jason jeffrey
ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
frank alexander patrick raymond jack dennis jerry tyler aaron henry douglas peter adam nathan
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
vladimir sergei sergey dmitry dmitri alexei alexey andrei andriy oleksandr volodymyr yulia olena
`);

/** First words of Arabic place names that are never a name alone ("Deir" monastery, "Tel" mound, "Kafr" village). */
export const ARABIC_NAME_HEADS = /^(?:Deir|Dayr|Tel|Tell|Tal|Tall|Khan|Ras|Ain|Ayn|Beit|Kafr|Kfar|Jabal|Jebel|Jisr|Maarat|Marat|Bab|Wadi)$/;
