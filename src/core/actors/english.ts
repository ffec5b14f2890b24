// English corrections to the typed mentions of one article, before they are grouped into actors (index.ts calls
// this once, for English only). The detector is tuned on German; news English adds patterns of its own:
// "U.S." before a name or title ("U.S. Geological Survey", "U.S. Energy Secretary Jennifer Granholm"), titles
// made of capitalised words ("Senate Majority Leader Chuck Schumer", "Chief Financial Officer Tom Baker"),
// company and club names without a legal form ("Morgan Stanley", "Manchester United", "Truth Social"), legal
// forms that should not split an actor ("Acme Motors Inc." and "Acme Motors"), and people the gazetteer
// mistakes for places ("Antony Blinken" is also a town), names cut in two ("Royal Academy" + "of Sciences"),
// awards and events that are no actors ("Nobel Prize"), and roles written before a name ("U.S. Secretary of
// State", "The electoral commission chairman, X"). Each rule needs evidence in the text around the name; the pass
// is linear in the mentions (one regex test on a short window each).
import type { ActorKind } from '../types';
import { isMediaName, placeOf } from './words';
import { US_STATE_ABBREVIATIONS } from '../resources/places';
import { ENGLISH_TITLE_NOUN as TITLE_NOUN } from '../resources/roles';
import { EN_BUSINESS_APPOSITION } from './evidence';
import { initialsOf } from './initials';

// Per-call Unicode regexes, hoisted: the bundle turns each literal into a `new RegExp` wherever it stands.
const CLAUSE_OPENING_TAIL = /(?:(?<!\p{Lu})\.|[!?"“”,;:(])(?:[^.!?"“”,;:(]|(?<=\p{Lu})\.)*$/u;
const WORD_RUN = /\S+/gu;
const SPEECH_WORD = /^(said|says|told|added|wrote|according|to)$/u;
const DETERMINER_WORD = /^(the|a|an|his|her|its|their|The|A|An|His|Her|Its|Their)$/u;
const UPPER_INITIAL = /^\p{Lu}/u;
const ROLE_LEAD_WORD = /^(of|the|for|The|A|An)$/u;
const VERB_FORM_WORD = /^\p{Ll}+(ed|ing)$/u;
const CLAUSE_VERB_WORD = /^(said|told|says|added|who|which|was|is|has|had|will|would)$/u;
const RELATIVE_CLAUSE_START = /\s(who|which|that|whose|where|and has|and is)\s/u;
const S_PERIOD_START = /^S\.\s/u;
const U_PERIOD_END = /U\.$/u;
const PRIZE_IN_BEFORE = /(Prize|Laureates?)\s+in\s+$/u;
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;
/** What stands before a sentence's first word: the text's start, an end mark and a space, or a line break. */
const SENTENCE_START_BEFORE = /(?:^|[.!?]["”’]?\s|\n\s*)$/u;
const AND_NAME_AFTER = /^\s+and\s+\p{Lu}/u;
const CAPITALS_ONLY = /^[\p{Lu} .'-]+$/u;
const THREE_CAPITALS = /\p{Lu}{3}/u;
const WORD_INITIAL_LOWER = /(^|[\s'-])\p{Ll}/gu;
const GEO_FIRST_WORD = /^(River|Lake|Mount|Port|Cape|Gulf|Sea|Bay|Lake)$/u;
/** Compass words and "New" that open a region's or a state's name ("South Carolina", "New Hampshire"). */
const COMPASS_FIRST_WORD = /^(North|South|East|West|New)$/u;
/** The ending of a word for a region's people ("South Carolinian"), which names no place. */
const DEMONYM_END = /(?:ian|ians|ans|ese|ers)$/u;
/** "New" right before a place's name is part of it ("the New Mexico desert"). */
const NEW_BEFORE = /(?:^|[^\p{L}])New $/u;
const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}]+) $/u;
const FUNCTION_WORD_CAPITALISED = /^(The|A|An|In|On|At|For|And|But)$/u;
const NATIONALITY_BEFORE =
  /(?:^|[\s(])((?:American|British|Indian|Russian|Chinese|French|German|Japanese|Korean|Canadian|Australian|European|Italian|Spanish|Turkish|Israeli|Iranian|Ukrainian|Polish|Swiss|Swedish|Norwegian|Danish|Finnish|Icelandic|Austrian|Belgian|Greek|Portuguese|Hungarian|Czech|Romanian|Bulgarian|Serbian|Croatian|Dutch|Irish|Scottish|Welsh|Mexican|Brazilian|Argentine|Chilean|Colombian|Peruvian|Pakistani|Afghan|Bangladeshi|Indonesian|Malaysian|Thai|Vietnamese|Philippine|Taiwanese|Singaporean|Saudi|Egyptian|Nigerian|Kenyan|Ethiopian|Moroccan|Algerian|Tunisian|Lebanese|Jordanian|Syrian|Iraqi|Palestinian|Qatari|Emirati|Kuwaiti|African|Asian|Arab|International|National|Royal|Federal)\s)$/u;
/** A title-opening word right before a body's name, after a lower-case word, a hyphen word or the line start. */
const BODY_LEAD_BEFORE =
  /(?:^|\n|(?:^|\s)(?:\p{Ll}[\p{L}-]*|The|\p{L}+-based)\s)((?:State|Interior|Foreign|Defence|Defense|Finance|Justice|Home)\s)$/u;
/** Heads of a body's name that go on with "for …" ("Nobel Committee for Chemistry", "Center for Civil Liberties"). */
const FOR_HEADS = new Set(
  'Committee Commission Council Center Centre Institute Office Foundation Alliance Coalition Department Ministry Agency'.split(
    ' ',
  ),
);
const FOR_COMPLEMENT = /^ for (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:and |of )?\p{Lu}[\p{L}'’-]*)*/u;
/** The first field of such a list before a body's name that holds the rest ("the Environment, " before "Food and Rural
 * Affairs Committee"). */
const LIST_FIELD_BEFORE = /(?:^|\s)the (\p{Lu}\p{Ll}+, )$/u;
/** The rest of a list of fields after its first ("…, Food and Rural Affairs"). */
const LIST_REST = /^(?:, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)+ and \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/u;
const OF_COMPLEMENT = /^ of (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:and |for |of )?\p{Lu}[\p{L}'’-]*)*/u;

/** Regions of the world named by a compass point ("the West", "the Middle East", "the Global South"). */
const COMPASS_REGION = /^(?:(?:Middle|Far|Near|Global) )?(?:West|East|North|South)$/u;
const THE_BEFORE = /(?:^|\s)the $/iu;
const CAPITALISED_AFTER = /^ \p{Lu}/u;
/** A US state's abbreviation with its periods ("Calif.", "S.C.", "W.Va."), not run on into a word. */
const STATE_ABBREVIATION = /^(?:\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\.\p{Lu}\p{Ll}?\.)(?![\p{L}\d])/u;
const COMMA_BEFORE = /, $/u;
/**
 * Capitalised words ending in a plural's possessive before a body's head ("Eastgate Tenants' Union", "Scottish
 * Fishermen's Federation", "the Women's Institute"): they name the body with it.
 */
const PLURAL_POSSESSIVE_BEFORE =
  /(?:^|[^\p{L}'’.-])((?:\p{Lu}[\p{L}-]*\s)*\p{Lu}\p{L}*(?:s['’]|[mM]en['’]s|Children['’]s|People['’]s)) $/u;
/** Capitalised words right before a name, on its line ("The Kings " before "County Board of Supervisors"). */
const CAPITALISED_RUN_BEFORE = /(?:^|[ (])((?:\p{Lu}[\p{L}’'-]*(?<!['’]s) )+)$/u;
/** Capitalised words that open a sentence or a phrase and never a place's or a body's name. */
const NAME_OPENER_STOP =
  /^(?:The|A|An|All|Some|Many|Most|Every|Each|Both|Several|Other|Any|No|His|Her|Its|Their|Our|My|Your|This|That|These|Those|In|On|At|For|And|But|Or|When|If|After|Before|As|While|With|From|By|Under|Over|Of|To|Nearby|Neighboring|Neighbouring|Surrounding|Rural|Coastal|Northern|Southern|Eastern|Western|Central)$/u;
const NEARNESS_WORD = /^(?:Nearby|Neighboring|Neighbouring|Surrounding|Adjacent)$/u;
const POSSESSIVE_HEAD_AFTER = /^(?:['’]s|['’]) (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u;
/** A title whose holder's office is a body named after it ("the Information Commissioner's Office"). */
const OFFICE_HOLDER_END = /^(?:Commissioner|Ombudsman|Auditor|Registrar|Comptroller|Prosecutor|Controller|Regulator)$/u;
const PLURAL_OWNER_END = /(?:\p{Ll}s|[mM]en|Children|People)$/u;
const LEADING_FUNCTION_WORDS = /^(?:(?:The|A|An|Its|Their|His|Her|Our|This|That)\s)+/u;

/** The parts of index.ts's Mention this pass reads and writes. */
export interface EnglishMention {
  cand: {
    start: number;
    end: number;
    nameStart: number;
    canonical: string | null;
    role: { start: number; end: number } | null;
  };
  kind: ActorKind;
  name: string;
  base: string;
  words: string[];
}

/**
 * Kinds of body a firm, a school or a group is named by ("Tallowfield Zoo", "Ostby Agri", "Marsh Lane Elementary",
 * "Kelby Dental", "Harbour Watch", "Records Unit", "Colby School District", "Trackline Rail", "Marine Accident
 * Investigation Branch", "Northsound Ferries", "Brackenford Royal Infirmary"); alone, each is a common word
 * ("Dental chain fined …").
 */
const KIND_HEADS_TEXT =
  'Zoo Agri Commodities Renewables Elementary Dental Watch Unit School Rail Ferries Branch Infirmary';
const KIND_HEADS = new Set(KIND_HEADS_TEXT.split(' '));
/** Last words of organisation names. */
const ORG_HEADS = new Set(
  (
    'Inc Corp Corporation Co Ltd LLC Plc PLC AG SA NV Group Holdings Motors Airlines Airways Bank Sachs Partners Capital Technologies ' +
    'Pharmaceuticals Industries Air Social Police Department Ministry Agency Council Committee Association Federation Union University ' +
    'Institute Party Court Army Navy Survey Service Office Commission Authority Board Foundation Fund Organization Organisation ' +
    'Reserve Congress Senate Parliament United FC Club Exchange Securities Bureau Administration Command Guard Forces Convention ' +
    'Conference Republicans Democrats Conservatives Liberals Socialists Greens Cooperation Bahn Academy Lab Labs Laboratory Laboratories ' +
    'Aerospace Robotics Systems Dynamics Networks Solutions Software Semiconductor Semiconductors Therapeutics Biosciences ' +
    'Logistics Electronics Machines Energy Telecom Communications Pharma Studios Petroleum Mining Steel Chemicals Insurance ' +
    'Investments Ventures Bancorp Financial Analytics Guild Forum Consortium Trust Observatory Health Healthcare Micro ' +
    'Infrastructure Biologics Advisory Cooperative Project Water ' +
    KIND_HEADS_TEXT
  ).split(' '),
);

/** Last words of media names ("Bloomberg News", "Sky News", "The Washington Post"). */
const MEDIA_HEADS = new Set(
  'News Times Post Journal Herald Guardian Telegraph Tribune Gazette Broadcasting Television TV Radio Press Chronicle Images Ledger Courier Observer Sentinel Examiner Inquirer Enquirer Dispatch Bulletin Letters Media'.split(
    ' ',
  ),
);

/** Last words of place names ("Butler County"). */
const PLACE_HEADS = new Set('County Parish Province District Region Prefecture Oblast Township Borough'.split(' '));
/** Last words of sites and venues ("International Space Station", "Wall Street"), after a word that is no given name. */
const SITE_HEADS = new Set(
  'Station Harbor Harbour Spaceport Cosmodrome Airport Airfield Stadium Arena Theatre Theater Hall Square Palace Cathedral Street Avenue Bridge Wall Tower Towers Gate Park Gardens Memorial Monument River Creek Reservoir Lake Lakes Dam Canal Estuary Glacier Fjord Valley Forest Woods Moor Bay Beach Island Islands Peninsula Mountain Mountains Hills Falls Quarry'.split(
    ' ',
  ),
);
/** Words for a kind of ground, which name a place only with a name of their own ("Skarra Island", "River Leddon"). */
const GROUND_WORD =
  /^(?:River|Creek|Reservoir|Lake|Lakes|Canal|Estuary|Glacier|Fjord|Valley|Forest|Woods|Moor|Bay|Beach|Island|Islands|Peninsula|Mountain|Mountains|Hills|Falls)$/u;
/** Last words of venues the detector may type as organisations ("Dolby Theatre", "Wembley Stadium"). */
const VENUE_HEADS = new Set('Spaceport Cosmodrome Airport Stadium Arena Theatre Theater'.split(' '));

/** Last words of things made or planned, which are no actors ("James Webb Space Telescope", "Artemis Program"). */
const PRODUCT_HEADS = new Set(
  'Telescope Rover Lander Probe Capsule Spacecraft Rocket Satellite Program Programme Mission Missions'.split(' '),
);
/** Last words of documents, rates and indices, which are no actors ("Monetary Policy Statement", "Bank Rate"). */
const DOCUMENT_HEADS = new Set(
  'Statement Report Release Index Rate Outlook Forecast Minutes Principles Standards Guidelines Source Sources Credit Credits Plan Act Accord Accords Treaty Pact Agreement Doctrine'.split(
    ' ',
  ),
);
/** First words of awards named by a metal ("Golden Bear", "Silver Lion", "Crystal Globe"). */
const AWARD_FIRST = /^(?:Golden|Silver|Bronze|Crystal|Platinum)$/u;
/** A title in quotation marks around a name ('"The Blue Trail"', '"Anora,"'): a work's, not an actor's. */
const QUOTED_TITLE_BEFORE = /(?:["“‘]|(?:^|[\s(])')(?:The |A |An )?$/u;
const QUOTED_TITLE_AFTER = /^[,.]?(?:["”’]|'(?![\p{L}\d]))/u;
/** A lower-case role between a word and a name ("Jury president Todd Haynes", "Festival director Tricia Tuttle"). */
const LOWER_ROLE_AFTER =
  /^\s+(?:president|director|chair|chairman|chairwoman|head|chief|spokesman|spokeswoman|spokesperson|coach|manager|leader|member|secretary)\s+\p{Lu}/u;
/** The head of an award right after a name ("Nobel Prize", "Pulitzer Prizes", "Nobel literature prize"). */
const EVENT_HEAD_AFTER = /^ (?:\p{Ll}+ )?(?:[Pp]rizes?|[Aa]wards?|Trophy|Medal)\b/u;
/** A capitalised head of a war, a meeting or a contest right after a name ("World War II", "Danube Summit"). */
const EVENT_NAME_AFTER = /^ (?:War|Wars|Summit|Show|Contest|Expo|Olympics|Games|Cup|Championships?|Festival)\b/u;
/** First words of storms, which are no actors ("Hurricane Milton", "Typhoon Mawar"). */
const STORM_FIRST = /^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical)$/u;
/** Abbreviated weekdays of a date line ("Published Sun Feb 23", "Updated Mon, Mar 3 2025"). */
const WEEKDAY_ABBREVIATION = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/u;
const MONTH_WORD =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|June|Jul|July|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|August|September|October|November|December)$/u;
/** What follows a weekday of a date line: a day's number, or a month and a number ("Sun Feb 23", "Mon, Mar 3"). */
const DATE_AFTER_WEEKDAY =
  /^,? (?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|June|Jul|July|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|August|September|October|November|December)\.? \d)/u;
/** Business nouns that open a sentence before a firm's name ("Publisher Hogarth", "Broadcaster Norvision"). */
const BUSINESS_NOUN =
  /^(?:Publisher|Chipmaker|Automaker|Carmaker|Retailer|Airline|Insurer|Lender|Startup|Miner|Brewer|Drugmaker|Planemaker|Shipbuilder|Supplier|Manufacturer|Broadcaster|Newspaper|Streamer)$/u;
const MEDIA_NOUN = /^(?:Broadcaster|Newspaper)$/u;
/** Words that open sports clubs' names ("Real Madrid", "Sporting Lisbon", "Olympique Lyon"). */
const CLUB_FIRST = /^(?:Real|Sporting|Atlético|Atletico|Olympique|Racing|Dynamo|Dinamo|Borussia|Eintracht)$/u;
/** Lower-case nouns of things made or flown, written after their name ("the Dragon capsule", "Vega C rocket"). */
const PRODUCT_NOUNS =
  'rockets?|capsules?|spacecraft|spaceships?|satellites?|launchers?|boosters?|landers?|rovers?|telescopes?|probes?|modules?|spaceplanes?|megarockets?|vehicles?|aircraft|airliners?|jets?|drones?|smartphones?|phones?|chatbots?|missions?|constellation';
const PRODUCT_AFTER = new RegExp(`^(?:\\s+[\\dA-Z][\\w-]{0,5})?\\s+(?:${PRODUCT_NOUNS})\\b`, 'u');
/** The nouns of PRODUCT_NOUNS that do not follow a celestial body or a country's name ("Orion spacecraft", not "Mars rover"). */
const CRAFT_AFTER = /^\s+(?:rockets?|capsules?|spacecraft|spaceships?|launchers?|boosters?|megarockets?)\b/u;
/** An apposition that says what a name is: a product ("Vega C, a smaller rocket,", "Starship, the company's rocket,"). */
const PRODUCT_APPOSITION = new RegExp(
  `^,\\s+(?:a|an|the|its|their|the\\s+\\p{Ll}+['’]s)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${PRODUCT_NOUNS})(?=[\\s,.;)])(?!\\s+(?:company|firm|maker|makers|manufacturer|operator|startup|developer|provider|builder)\\b)`,
  'u',
);
/** A possessive before a product ("Blue Origin's New Glenn rocket"): its owner is a maker, not a person. */
const MAKER_POSSESSIVE = new RegExp(`^['’]s\\s+(?:[\\p{Lu}\\d][\\p{L}\\d-]*\\s+){1,3}(?:${PRODUCT_NOUNS})\\b`, 'u');
/** A company title between a name and a person's name ("Blue Origin CEO Dave Limp", "Acme founder Jane Roe"). */
const CORPORATE_TITLE_AFTER =
  /^\s+(?:CEO|CFO|COO|CTO|chief executive|chief executive officer|founder|co-founder|cofounder)\s+\p{Lu}/u;
/** Words of a byline or a desk after a word typed as a name ("Web Desk", "Staff Writer", "Science Correspondent"). */
const LOWER_DESK_AFTER = /^,? (?:correspondent|reporter|editor|writer|columnist|producer|desk)\b/u;
const DESK_WORD =
  /^(?:Business|Politics|Political|Sport|Sports|Technology|Tech|World|Science|Health|Education|Culture|Arts|Money|Markets|Economics|Economic|Environment|Climate|Legal|Crime|Security|Transport|Diplomatic|Home|Foreign|Chief|Senior|Football|Soccer|Cricket|Rugby|Tennis|Golf|Motoring|Travel|Property|Consumer|Entertainment|Music|Media|Royal|Courts|Religion|Energy|Defence|Defense|Data|Digital|Investigations|Weather|Food|Fashion|Lifestyle|Finance|Financial|Markets|Sports?|Space|Aviation|Agriculture|Social|Community|Local|Metro|National|International|Europe|Africa|Asia|Americas)$/u;
const PORTFOLIO =
  /^(?:Education|Health|Transport|Transportation|Defense|Defence|Treasury|Interior|Energy|Labor|Labour|Justice|Commerce|Agriculture|Environment|Housing|Culture|Trade|Finance|Home|Foreign|Business|Science|Sports|Communities|Veterans|Immigration|Tourism|Industry)$/u;
const HOLIDAY = /^(?:Christmas|Easter|Thanksgiving|Hanukkah|Ramadan|Eid|Diwali|Passover|Halloween)$/u;
const NATIONALITY_NOUN =
  /^(?:Swede|Dane|Finn|Pole|Brit|Briton|Scot|Spaniard|Frenchman|Frenchwoman|Dutchman|Englishman|Irishman|Welshman|Turk|Croat|Serb|Czech|Slovak|Greek|Kiwi|Aussie)$/u;
/** The kind of work right before its title ("the novel The Salt Road", "his film Night Train"): a work, no actor. */
const WORK_BEFORE =
  /\b(?:novel|novella|book|memoir|biography|film|movie|documentary|album|song|single|play|musical|opera|poem|painting|sculpture|series|sitcom|podcast|collection|debut)\s(?:The |A |An )?$/u;
/** An address title that the detector kept as a name's first word where no full stop follows it ("Mr Harlow"). */
const ADDRESS_WORD = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)$/u;
const PUBLICATION_BEFORE = /\b(?:journal|newspaper|magazine|tabloid|broadsheet|news site|news website)\s$/u;
const DESK_AFTER = /^ (?:Desk|Newsdesk|Writer|Reporter|Correspondent|Editor|Staff|Team)\b/u;
/** What stands before the source of "according to". */
const ACCORDING_BEFORE = /\baccording to $/iu;
const HAS_DIGIT = /\d/u;
/** A word with a capital inside ("SpaceX", "ArianeGroup"): a company's spelling. */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/** Lower-case nouns after a name that make it an organisation or a medium ("AFAD agency", "HaberTurk television"). */
// Not "administration", "government" or "campaign": "the Biden administration" names a person's government.
const ORG_AFTER =
  /^\s+(?:\p{Ll}+['’]?\s+)?(agency|ministry|authority|council|department|service|company|firm|bank|union|committee|commission)\b/u;
const PARTY_AFTER = /^\s+party\b/u;
const MEDIA_AFTER =
  /^\s+(television|tv|newspaper|broadcaster|channel|radio|daily|weekly|news agency|magazine|website)\b/u;

/** Title words inside a capitalised run before a name ("Palm Beach County Sheriff Ric Bradshaw"). */
const INNER_TITLE =
  /^(Speaker|Whip|Sheriff|President|Minister|Secretary|Senator|Governor|Mayor|Judge|Chief|Director|Officer|Executive|Leader|Chairman|Chairwoman|Commissioner|Ambassador|Spokesman|Spokeswoman|Prosecutor|Attorney|General|Superintendent|Inspector|Commander|Captain|Coach|Manager|Chancellor|Premier|Administrator|Spokesperson|Adviser|Advisor|Envoy|Chair|Treasurer|Counsel|Councilman|Councilwoman|Councillor|Councilor|Supervisor|Alderman|Alderwoman|Assemblyman|Assemblywoman|Comptroller|Trustee|Recorder|Clerk|Assessor|Coroner|Auditor|Registrar|Marshal|Constable|Warden|Dean|Provost)$/u;

/** US states' clipped names that open agencies' names ("Cal Fire", "Penn DOT"), and the agencies' words after them. */
const STATE_CLIP = /^(?:Cal|Penn|Mass|Conn|Tex|Ariz|Colo|Minn|Wis|Mich|Ore|Okla|Ind|Ill|Tenn|Ky)$/u;
const AGENCY_WORD = /^(?:Fire|Water|Trans|Transit|Rail|DOT|OES|EPA|OSHA|Parks|Health)$/u;

/** Endings of nouns for agents ("Promoter", "Headliner", "Organiser", "Novelist"). */
const AGENT_NOUN = /^\p{Lu}\p{Ll}+(?:er|or|ist|ant|ent)$/u;

/** Legal forms that a company's name may drop ("Acme Motors Inc." is "Acme Motors"). */
const LEGAL_FORM = /\s+(Inc|Corp|Co|Ltd|LLC|Plc|PLC)\.?$/u;

/** Firms whose names read as a person's ("Morgan Stanley"), when nothing in the sentence says otherwise. */
const FIRMS = new Set([
  'Morgan Stanley',
  'Goldman Sachs',
  'Wells Fargo',
  'Charles Schwab',
  'Edward Jones',
  'Marks & Spencer',
  'Dow Jones',
  'Standard Chartered',
  'Lloyds',
  'Barclays',
]);

/** Capitalised words of a title that may follow a name-like word ("Senate Majority Leader", "Chief Financial Officer"). */
const TITLE_AFTER =
  /^\s+(Leader|Secretary|Officer|Minister|President|Chairman|Chairwoman|Chair|Director|Governor|Spokesman|Spokeswoman|Spokesperson|Commissioner|Executive|Counsel|Attorney|General|Whip|Speaker|Adviser|Advisor|Envoy|Ambassador|Chancellor|Manager|Coach|Administrator|Treasurer)\s+\p{Lu}/u;

/** People who work at a firm: the name after "analysts at" is an organisation. */
const STAFF_AT =
  /\b(analysts?|economists?|strategists?|researchers?|scientists?|executives?|lawyers?|bankers?|traders?|employees?|staff|workers?|officials?|spokes(?:man|woman|person)|professor|analyst|economist)\s+(at|for|with|from)\s+$/u;

/** Lower-case words after a place name that make it a club ("Chelsea coach", "Liverpool fans"). */
const CLUB_AFTER =
  /^\s+(coach|manager|striker|midfielder|defender|goalkeeper|captain|player|players|fans|supporters|squad|boss)\b/u;

/** Words after a capitalised word that make it a commodity, not a place ("Brent crude"). */
const COMMODITY_AFTER = /^\s+(crude|oil|futures|benchmark)\b/u;

/** Last words of events and awards, which are no actors ("Nobel Prize", "World Cup", "Nobel Laureates"). */
const EVENT_HEADS = new Set(
  'Prize Prizes Award Awards Cup Championship Championships Games Olympics Trophy Festival Laureate Laureates Oscars Emmys Grammys Globes BAFTAs Baftas War Wars Summit Show Contest Expo'.split(
    ' ',
  ),
);

/**
 * Plural nouns for groups of people, which open a sentence as its subject ("Policymakers said …", "Lawmakers
 * voted …"): common words, never a person's name, also before a verb of saying.
 */
/** Last words of football clubs' names after a town's ("Wrexley Town", "Castlebar Rovers", "Northby Athletic"). */
const CLUB_LAST = /^(?:Town|Rovers|Athletic|Wanderers|Albion|Rangers|Hotspur|Argyle|Thistle)$/u;
/** A lower-case plural noun and a preposition of place before a word ("Traders in X", "residents near X"). */
/** A noun for a town's office, its people or its ground, and "of", before a place's name ("the mayor of ", "the island of "). */
const PLACE_OF_BEFORE =
  /(?:^|\s)(?:[mM]ayor|[mM]ayoress|town|city|village|island|isle|borough|parish|people|residents|outskirts|streets) of $/u;
const PLACE_PREPOSITION_BEFORE = /(?:^|\s)\p{L}\p{Ll}+s (?:in|near|outside|around) $/u;
const GROUP_NOUNS =
  'Policymakers Policy-makers Lawmakers Legislators Regulators Economists Analysts Investors Traders Prosecutors Investigators Researchers Scientists Experts Critics Residents Witnesses Doctors Diplomats Negotiators Protesters Rescuers Firefighters Officers Soldiers Troops Organisers Organizers Voters Observers Engineers Astronomers Seismologists Meteorologists Forecasters Rate-setters Bookmakers Campaigners Activists Commuters Passengers Shoppers Pundits Commentators Historians Academics Landlords Tenants Farmers Fishermen Pilots';

/** Capitalised common words that open a sentence before a lower-case noun ("Law enforcement", "Federal authorities"). */
const COMMON_CAPITALS = new Set(
  `Law Federal State National Local Regional Government Emergency Disaster Officials Authorities Security Defense Defence Military Health Foreign Public Royal Central Northern Southern Eastern Western Rescue Border Election Health Energy Climate ${GROUP_NOUNS}`.split(
    ' ',
  ),
);

/** Heads of an organisation name that go on with "of …" ("Royal Academy of Sciences", "Federal Bureau of Investigation"). */
const OF_HEADS = new Set(
  'Academy Institute University Ministry Department Bank Council Court Association Federation Union Organization Organisation Commission Board Office Society School College Museum Foundation Agency Bureau Party Chamber League Confederation Secretariat Alliance Guild'.split(
    ' ',
  ),
);

/** Nationalities fused before a name ("Canadian-Briton Geoffrey Marlow"). */
const NATIONALITY_PREFIX =
  /^(?:American|Canadian|British|Briton|French|German|Russian|Chinese|Indian|Israeli|Iranian|Irish|Italian|Japanese|Korean|Australian|Mexican|Brazilian|Turkish|Ukrainian|Polish|Dutch|Swiss|Swedish|Spanish|Scottish|Welsh|Nigerian|Kenyan|Egyptian)(?:-(?:American|Canadian|British|Briton|French|German|Russian|Chinese|Indian|Israeli|Iranian|Irish|Italian|Japanese|Korean|Australian|Mexican|Brazilian|Turkish|Ukrainian|Polish|Dutch|Swiss|Swedish|Spanish|Scottish|Welsh|Nigerian|Kenyan|Egyptian))*$/u;

const SPEECH_AFTER =
  /^\s+(said|says|told|tells|added|wrote|writes|warned|argued|stated|insisted|noted|announced|declined|spoke|urged)\b/u;

/** Lower-case words inside such a role ("foreign ministry spokesman", "chief financial officer"). */
const ROLE_LOWER = new Set(
  'of the for district county city regional opposition electoral ruling union company police army campaign presidential foreign ministry deputy chief senior former acting executive financial operating general prime vice defence defense interior finance health state party team club assistant national security press white house majority minority republican democratic'.split(
    ' ',
  ),
);

/** The role written right before a name in the same sentence ("U.S. Secretary of State", "Chelsea coach"), or null. */
function roleBefore(text: string, start: number): { start: number; end: number } | null {
  const from = Math.max(0, start - 80);
  const chunk = text.slice(from, start);
  const cut = Math.max(chunk.lastIndexOf('\n'), chunk.search(CLAUSE_OPENING_TAIL));
  // "The electoral commission chairman, Wafula Chebukati": the phrase before the comma when it ends in a title.
  if (chunk.slice(cut + 1).trim() === '' && chunk[cut] === ',') {
    const prevSeg = chunk.slice(0, cut);
    const open = Math.max(prevSeg.lastIndexOf('\n'), prevSeg.search(CLAUSE_OPENING_TAIL));
    const seg = prevSeg.slice(open + 1);
    const ws = [...seg.matchAll(WORD_RUN)];
    if (ws.length >= 1 && ws.length <= 7 && TITLE_NOUN.test(ws[ws.length - 1]![0])) {
      let f = 0;
      while (f < ws.length - 1 && (DETERMINER_WORD.test(ws[f]![0]) || SPEECH_WORD.test(ws[f]![0]))) f++;
      const base = from + open + 1;
      const last = ws[ws.length - 1]!;
      return { start: base + ws[f]!.index!, end: base + last.index! + last[0].length };
    }
    return null;
  }
  const words = [...chunk.slice(cut + 1).matchAll(WORD_RUN)];
  let k = words.length - 1;
  // "Secretary of State", "Minister of the Interior": the title noun stands before "of".
  const ofTitle = (n: number): boolean =>
    n >= 2 &&
    UPPER_INITIAL.test(words[n]![0]) &&
    (words[n - 1]![0] === 'of'
      ? TITLE_NOUN.test(words[n - 2]![0])
      : words[n - 1]![0] === 'the' && n >= 3 && words[n - 2]![0] === 'of' && TITLE_NOUN.test(words[n - 3]![0]));
  if (k < 0 || !(TITLE_NOUN.test(words[k]![0]) || ofTitle(k))) return null;
  let first = k;
  for (k = k - 1; k >= 0; k--) {
    const w = words[k]![0];
    if (UPPER_INITIAL.test(w) || TITLE_NOUN.test(w) || ROLE_LOWER.has(w.toLowerCase())) first = k;
    else break;
  }
  while (first < words.length - 1 && ROLE_LEAD_WORD.test(words[first]![0])) first++;
  const base = from + cut + 1;
  const a = words[first]!;
  const b = words[words.length - 1]!;
  return { start: base + a.index!, end: base + b.index! + b[0].length };
}

function withKind<M extends EnglishMention>(m: M, kind: ActorKind): M {
  return { ...m, kind };
}

/** A mention taken as another, longer name of the article: that name's canonical form, kind, base and words. */
function asNameOf<M extends EnglishMention>(m: M, name: EnglishMention): M {
  return {
    ...m,
    cand: { ...m.cand, canonical: name.cand.canonical },
    kind: name.kind,
    base: name.base,
    words: name.words,
  };
}

/** Whether an apposition after an English name is a role ("the company's chief executive"), not a clause (", urged …"). */
export function englishRoleOk(phrase: string): boolean {
  const first = phrase.trim().split(/\s+/)[0] ?? '';
  return !VERB_FORM_WORD.test(first) && !CLAUSE_VERB_WORD.test(first);
}

/** The length of an English apposition's role: up to a relative clause ("a scientist at X who was not involved …"). */
export function englishRoleLength(phrase: string): number {
  const cut = RELATIVE_CLAUSE_START.exec(phrase);
  return (cut ? phrase.slice(0, cut.index) : phrase).trimEnd().length;
}

/** Generic word knowledge the refinement consults (commonWords.ts). */
export interface EnglishWordLists {
  /** Given names of many languages, as written. */
  GIVEN_NAMES: ReadonlySet<string>;
  /** English common words, lower case. */
  EN_WORDS: ReadonlySet<string>;
}

/** Address titles before a name ("Mr", "Dr."), which make it a person's whatever its words. */
const ADDRESS_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+$/u;
/** Capitalised pronouns and articles that open a sentence, never the last word of a name. */
const SENTENCE_OPENER = /^(?:He|She|It|They|We|I|The|A|An|His|Her|Its|Their|This|That|These|Those|There)$/u;
/** A short form in brackets right after a name ("(OSCE)"). */
const BRACKETED_SHORT = /^ \((\p{Lu}{3,6})\)/u;
const HYPHEN_BEFORE_LOWER = /-(?=\p{Ll})/gu;
/** A passive's agent judging someone ("described by Dell as …"): a person's place. */
const AGENT_BEFORE = /\bby $/u;
const AS_AFTER = /^ as\b/u;
/** A company taken up at a sentence start: "The company said", "The firm's …", "It said". */
const COMPANY_REFERENCE =
  /(?:^|[.!?]["”’]?\s+)(?:The\s+(?:company|firm|operator|manufacturer|startup|carrier)\b|It\s+(?:said|says|added|announced|plans|expects)\b)/u;
/** How far after a speaking name its company reference may stand (characters). */
const COMPANY_WINDOW = 400;

/**
 * A run of capitalised words typed a person only because nothing else claimed it, that cannot be a person's
 * name: its first word is no given name and its last a common English word ("Cold War", "Planet Earth",
 * "Super Heavy"); a person's surname after an unknown first name is rarely a dictionary word, and a
 * name that speaks, has a title or a role before it stays.
 */
function noPersonName(m: EnglishMention, words: EnglishWordLists, before: string, after: string): boolean {
  if (m.kind !== 'person' || m.words.length < 2 || m.cand.role) return false;
  const first = m.words[0]!;
  const last = m.words[m.words.length - 1]!;
  if (words.GIVEN_NAMES.has(first) || words.GIVEN_NAMES.has(last) || !words.EN_WORDS.has(last.toLowerCase()))
    return false;
  return !SPEECH_AFTER.test(after) && !ADDRESS_BEFORE.test(before);
}

/** A capitalised common noun in the plural ("Markets", "Foods", "Bakeries", "Ferries"): its singular is a word. */
function pluralNoun(word: string, words: EnglishWordLists): boolean {
  const l = word.toLowerCase();
  if (!PLURAL_END.test(word)) return false;
  return words.EN_WORDS.has(l.slice(0, -1)) || PLURAL_OF_RY.test(l);
}
const PLURAL_END = /^\p{Lu}\p{Ll}{2,}[^s]s$/u;
const TEXT_WORD = /[\p{L}'’-]+/gu;
/** Punctuation right after a word that ends its phrase, so that the next capitalised word stands alone. */
const SENTENCE_END_AFTER = /^[.,;:!?()"“”]/u;
/** Plurals of nouns in -ery and -rry ("bakeries", "breweries", "ferries"), which the word list may lack. */
const PLURAL_OF_RY = /(?:eries|rries)$/u;

/** Function words a heading in title case capitalises ("As", "For", "The"). */
const TITLE_FUNCTION_WORD =
  /^(?:The|A|An|As|For|After|From|Of|In|On|To|With|And|At|By|Over|Amid|Is|Are|Will|Into|Against)$/u;
const LOWER_START = /^\p{Ll}/u;

/** Whether a line is a heading in title case: four words or more, none lower-case, a function word capitalised inside. */
function isTitleCase(line: string): boolean {
  const ws = line.match(WORD_RUN);
  if (!ws || ws.length < 4 || ws.length > 20) return false;
  let fn = false;
  for (let k = 0; k < ws.length; k++) {
    if (LOWER_START.test(ws[k]!)) return false;
    if (k > 0 && TITLE_FUNCTION_WORD.test(ws[k]!)) fn = true;
  }
  return fn;
}

/** Rewrites English mentions (see header); returns a new list, in text order. */
export function refineEnglishMentions<M extends EnglishMention>(
  text: string,
  mentions: M[],
  words?: EnglishWordLists,
): M[] {
  // The gazetteer lookup is the costly step; each name is looked up once.
  const places = new Map<string, boolean>();
  const knownPlace = (name: string): boolean => {
    let v = places.get(name);
    if (v === undefined) places.set(name, (v = placeOf(name) !== undefined));
    return v;
  };
  const out: M[] = [];
  const commodities = new Set(
    mentions
      .filter((m) => m.kind === 'place' && COMMODITY_AFTER.test(text.slice(m.cand.end, m.cand.end + 20)))
      .map((m) => m.base),
  );
  // Single words the document capitalises mid-sentence somewhere: a name there, so a name at a sentence start too.
  const midSentence = new Set<string>();
  for (const m of mentions)
    if (m.words.length === 1 && !SENTENCE_START_BEFORE.test(text.slice(Math.max(0, m.cand.start - 4), m.cand.start)))
      midSentence.add(m.base);
  // Capitalised words that stand somewhere after no capitalised word ("Banks, 44, was fined"): a surname or a short
  // name, not only the end of a firm's name. Read once, on the first name that asks.
  let loneWords: Set<string> | null = null;
  const standsAlone = (word: string): boolean => {
    if (!loneWords) {
      loneWords = new Set<string>();
      let prevCapital = false;
      for (const t of text.matchAll(TEXT_WORD)) {
        const capital = UPPER_INITIAL.test(t[0]);
        if (capital && !prevCapital) loneWords.add(t[0]);
        prevCapital = capital && !SENTENCE_END_AFTER.test(text.slice(t.index + t[0].length, t.index + t[0].length + 1));
      }
    }
    return loneWords.has(word);
  };
  // Words the text writes in lower case somewhere. Read once, on the first word that asks.
  let lowerWords: Set<string> | null = null;
  const lowerCaseWord = (lower: string): boolean => {
    if (!lowerWords) {
      lowerWords = new Set<string>();
      for (const t of text.matchAll(TEXT_WORD)) if (LOWER_START.test(t[0])) lowerWords.add(t[0]);
    }
    return lowerWords.has(lower);
  };
  // First words of organisation names and lone organisation names: a maker before a product's name.
  const orgFirst = new Set(
    mentions.filter((m) => m.kind === 'organization' || m.kind === 'media').map((m) => m.words[0]!),
  );
  const makers = new Set<string>();
  // Whether the line at an offset is a heading in title case, decided once per line.
  const titleCase = new Map<number, boolean>();
  const titleCaseLine = (at: number): boolean => {
    const ls = text.lastIndexOf('\n', at) + 1;
    let v = titleCase.get(ls);
    if (v === undefined) {
      const le = text.indexOf('\n', at);
      titleCase.set(ls, (v = isTitleCase(text.slice(ls, le < 0 ? text.length : le))));
    }
    return v;
  };
  // Surnames of people named in full with a given name: a surname standing alone is that person.
  const fullNameWords = new Set<string>();
  for (const m of mentions)
    if (m.kind === 'person' && m.words.length > 1 && (!words || words.GIVEN_NAMES.has(m.words[0]!)))
      fullNameWords.add(m.words[m.words.length - 1]!);
  // "Actor Harrison Ford", "President Mark Dell": a given name right before a one-word firm's name is a person's
  // full name; the firm's word is then that person's surname where a lone one speaks or is spoken of as a person.
  const firmSurnames = new Set<string>();
  const joinedNames: M[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const n = mentions[k + 1];
    if (
      words &&
      n &&
      m.kind === 'person' &&
      m.words.length === 1 &&
      words.GIVEN_NAMES.has(m.base) &&
      n.kind === 'organization' &&
      n.words.length === 1 &&
      !ORG_HEADS.has(n.base) &&
      !CAPITALS_ONLY.test(n.base) &&
      text.slice(m.cand.end, n.cand.start) === ' '
    ) {
      const name = text.slice(m.cand.nameStart, n.cand.end);
      joinedNames.push({ ...m, cand: { ...m.cand, end: n.cand.end }, name, base: name, words: [m.base, n.base] });
      firmSurnames.add(n.base);
      k++;
      continue;
    }
    joinedNames.push(m);
  }
  // Titles of works named after their kind ("the novel The Salt Road"): the same words are the work's elsewhere too
  // (a heading, a caption), not a person's or a place's.
  const works = new Set<string>();
  for (const m of joinedNames)
    if (m.kind === 'person' || m.kind === 'place')
      if (WORK_BEFORE.test(text.slice(Math.max(0, m.cand.start - 24), m.cand.start))) works.add(m.base);
  // A dateline's place in capitals ("CORBIN FLATS, Calif.") is the place wherever the text writes it in title case.
  const datelinePlaces = new Set<string>();
  for (const m of joinedNames)
    if (m.kind === 'place' && CAPITALS_ONLY.test(m.name) && THREE_CAPITALS.test(m.name))
      datelinePlaces.add(m.name.toLowerCase().replace(WORD_INITIAL_LOWER, (c) => c.toUpperCase()));
  // Words read as a place after "the mayor of", "the island of" (see below): the place wherever they stand alone.
  const placeOfWords = new Set<string>();
  let coveredUntil = -1;
  for (const m0 of joinedNames) {
    if (m0.cand.start < coveredUntil) continue;
    let m = m0;
    const { start, end } = m.cand;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    const last = m.words[m.words.length - 1] ?? '';
    // "the West", "the Middle East": a region of the world named by a compass point after "the" is a place, not a
    // person named West ("Kanye West", "Mr. West" keep a given name or a title before them).
    if (
      m.kind !== 'place' &&
      COMPASS_REGION.test(m.base) &&
      THE_BEFORE.test(before) &&
      !CAPITALISED_AFTER.test(after)
    ) {
      out.push(withKind(m, 'place'));
      continue;
    }
    // "Ridgecrest, Calif.", "Aiken, S.C.": a state's abbreviation after a town and a comma is the state, periods and
    // all (the detector stops at the first period: "Calif", "S").
    if (m.words.length === 1 && COMMA_BEFORE.test(before)) {
      const abbreviation = STATE_ABBREVIATION.exec(text.slice(start, start + 6))?.[0];
      const state =
        abbreviation && abbreviation.startsWith(m.name) ? US_STATE_ABBREVIATIONS.get(abbreviation) : undefined;
      if (state) {
        const e = start + abbreviation!.length;
        const cand = { ...m.cand, end: e, canonical: placeOf(state) ?? state, role: null };
        out.push({ ...m, cand, kind: 'place', name: abbreviation!, base: abbreviation!, words: [abbreviation!] });
        continue;
      }
    }
    // The same name where the detector stopped at the possessive and left the head alone ("Scottish Fishermen" + "'s
    // Federation met …").
    const ahead = m.kind !== 'media' ? POSSESSIVE_HEAD_AFTER.exec(after) : null;
    // The same for an office named by its holder's title ("Data Protection Commissioner" + "'s Office").
    if (
      ahead &&
      (PLURAL_OWNER_END.test(m.name) || (m.words.length > 1 && OFFICE_HOLDER_END.test(last))) &&
      (ORG_HEADS.has(ahead[1]!) || OF_HEADS.has(ahead[1]!))
    ) {
      const e = end + ahead[0].length;
      const name = text.slice(m.cand.nameStart, e);
      const cand = { ...m.cand, end: e, canonical: null, role: null };
      out.push({ ...m, cand, kind: 'organization', name, base: name, words: name.split(/\s+/) });
      coveredUntil = e;
      continue;
    }
    if ((ORG_HEADS.has(m.words[0]!) || OF_HEADS.has(m.words[0]!)) && (m.kind !== 'person' || m.words.length === 1)) {
      const owners = PLURAL_POSSESSIVE_BEFORE.exec(before)?.[1]?.replace(LEADING_FUNCTION_WORDS, '');
      if (owners) {
        const s = start - owners.length - 1;
        const name = `${owners} ${m.name}`;
        while (out.length && out[out.length - 1]!.cand.end > s) out.pop();
        const cand = { ...m.cand, start: s, nameStart: s, canonical: null, role: null };
        out.push({ ...m, cand, kind: 'organization', name, base: name, words: name.split(/\s+/) });
        continue;
      }
    }
    // "The Kings County Board of Supervisors", "officials in Kings County", "Prairie State University": capitalised
    // words the detector left out right before a county's or a body's name open that name (not a word that opens
    // phrases, a title, a possessive, or a word another name holds but a lone place: "Prairie" + "State University").
    if (
      m.words.length >= 1 &&
      (PLACE_HEADS.has(m.words[0]!) ||
        (m.kind !== 'person' && (ORG_HEADS.has(last) || m.words.some((w) => OF_HEADS.has(w)))))
    ) {
      const run = CAPITALISED_RUN_BEFORE.exec(before)?.[1];
      if (run) {
        const ws = run.trimEnd().split(' ');
        let k = ws.length;
        while (k > 0 && !NAME_OPENER_STOP.test(ws[k - 1]!) && !TITLE_NOUN.test(ws[k - 1]!)) k--;
        const add = ws.slice(k).join(' ');
        const s = add ? start - add.length - 1 : start;
        const prev = out[out.length - 1];
        const held =
          prev && prev.cand.end > s && !(prev.kind === 'place' && prev.words.length === 1 && prev.cand.start >= s);
        if (add && !held && text.lastIndexOf('\n', start) < s) {
          if (prev && prev.cand.end > s) out.pop();
          const name = `${add} ${m.name}`;
          const kind: ActorKind =
            PLACE_HEADS.has(last) || (m.kind === 'place' && PLACE_HEADS.has(m.words[0]!) && m.words.length === 1)
              ? 'place'
              : 'organization';
          const cand = { ...m.cand, start: s, nameStart: s, canonical: null, role: null };
          m = { ...m, cand, kind: m.kind === 'media' ? 'media' : kind, name, base: name, words: name.split(/\s+/) };
          if (kind === 'place') {
            out.push(m);
            continue;
          }
        }
      }
    }
    // "Neighboring Tulare County": an adjective of nearness opening a sentence is no part of the place's name.
    if (m.words.length >= 3 && NEARNESS_WORD.test(m.words[0]!) && PLACE_HEADS.has(last)) {
      const cut = m.name.indexOf(' ') + 1;
      const name = m.name.slice(cut);
      const ns = m.cand.nameStart + cut;
      m = { ...m, cand: { ...m.cand, start: ns, nameStart: ns }, name, base: name, words: m.words.slice(1) };
    }
    // "wrote on X. He said": a letter before a sentence's first word (a pronoun or article) is no initial of a name.
    if (m.words.length === 2 && m.words[0]!.length === 2 && m.words[0]!.endsWith('.') && SENTENCE_OPENER.test(last))
      continue;
    if ((m.kind === 'person' || (m.kind === 'place' && !knownPlace(m.base))) && works.has(m.base)) continue;
    // "Mr Harlow", "Dr Osei": a British address title without its full stop is no part of the name.
    if (
      m.kind === 'person' &&
      start < m.cand.nameStart &&
      ADDRESS_WORD.test(text.slice(start, m.cand.nameStart).trim())
    )
      m = { ...m, cand: { ...m.cand, start: m.cand.nameStart } };
    // A handle ("@JaneRoeNews") and a word of a byline's desk or title ("Web Desk", "Staff Writer") are no names.
    if (text[start - 1] === '@') continue;
    if (m.kind === 'person' && !m.cand.role && DESK_AFTER.test(after) && !words?.GIVEN_NAMES.has(m.words[0]!)) continue;
    // "By Jane Roe, Education correspondent", "Business reporter": a desk's common word in a byline is no name.
    if (
      m.words.length === 1 &&
      m.kind !== 'media' &&
      LOWER_DESK_AFTER.test(after) &&
      (DESK_WORD.test(m.base) || words?.EN_WORDS.has(m.base.toLowerCase()))
    )
      continue;
    // "Education Secretary Miriam Ashdown": a government portfolio before a title is part of the title.
    if (m.words.length === 1 && PORTFOLIO.test(m.base) && TITLE_AFTER.test(after)) continue;
    // "the run-up to Christmas", "the Swede told reporters": a holiday, and a nationality as a noun, are no actors.
    if (m.words.length === 1 && (HOLIDAY.test(m.base) || (NATIONALITY_NOUN.test(m.base) && THE_BEFORE.test(before))))
      continue;
    // "in the journal Environmental Science Letters": a name after the kind of publication it is, is that medium.
    if (m.kind !== 'organization' && m.kind !== 'media' && PUBLICATION_BEFORE.test(before)) m = withKind(m, 'media');
    // Things made or flown are no actors: "the Dragon capsule", "Vega C, a smaller rocket,", "the Orion spacecraft",
    // "James Webb Space Telescope"; a maker's name before the product's stays ("SpaceX Dragon capsule" → SpaceX).
    if (m.kind === 'person' || (m.kind === 'place' && !m.cand.canonical && !knownPlace(m.base))) {
      if (PRODUCT_AFTER.test(after) || PRODUCT_APPOSITION.test(after)) {
        const first = m.words[0]!;
        if (orgFirst.has(first) || CAMEL_CASE.test(first)) {
          const e = m.cand.nameStart + first.length;
          m = {
            ...m,
            cand: { ...m.cand, end: e },
            kind: 'organization',
            name: first,
            base: first,
            words: [first],
          };
          out.push(m);
        }
        continue;
      }
      if (m.kind === 'person' && PRODUCT_HEADS.has(last)) continue;
    } else if (m.kind === 'place' && CRAFT_AFTER.test(after)) continue;
    // "its PSLV-C58 rocket": a name with a model number before a product noun is the product's, whatever its type.
    else if (HAS_DIGIT.test(m.name) && PRODUCT_AFTER.test(after)) continue;
    // "Blue Origin's New Glenn rocket", "Blue Origin CEO Dave Limp": the name is a maker's, wherever it stands.
    if (
      m.kind === 'person' &&
      !words?.GIVEN_NAMES.has(m.words[0]!) &&
      (MAKER_POSSESSIVE.test(after) || CORPORATE_TITLE_AFTER.test(after))
    )
      makers.add(m.base);
    // "according to Roscosmos": a lone unknown word a preposition made a place is the source's organisation.
    if (
      m.kind === 'place' &&
      m.words.length === 1 &&
      !m.cand.canonical &&
      !knownPlace(m.base) &&
      ACCORDING_BEFORE.test(before)
    )
      m = withKind(m, 'organization');
    if (m.kind === 'organization' && m.words.length > 1 && VENUE_HEADS.has(last)) m = withKind(m, 'place');
    // "U.S. Geological Survey": the "U." is outside the mention; "U.S. Energy Secretary": a title, no name.
    if (S_PERIOD_START.test(m.name) && U_PERIOD_END.test(before)) {
      if (!ORG_HEADS.has(last)) continue;
      const name = `U.${m.name}`;
      m = {
        ...m,
        cand: { ...m.cand, start: start - 2, nameStart: start - 2 },
        kind: 'organization',
        name,
        base: name,
        words: name.split(/\s+/),
      };
      out.push(m);
      continue;
    }
    // A name-like word that opens a title before a person's name: "Senate Majority Leader Chuck Schumer".
    if (m.kind === 'person' && TITLE_AFTER.test(after)) continue;
    if (m.kind === 'place' && commodities.has(m.base)) continue;
    // "Pinecrest Games, a developer of …": a name an apposition calls a business is one, whatever its last word.
    if (m.words.length > 1 && EN_BUSINESS_APPOSITION.test(after)) {
      out.push(withKind(m, 'organization'));
      continue;
    }
    if (EVENT_HEADS.has(last) || PRIZE_IN_BEFORE.test(before)) continue;
    // "World War II", "the Danube Summit": a name before the head of a war, a meeting or a contest is part of it.
    if ((m.words.length === 1 || m.kind === 'person') && EVENT_NAME_AFTER.test(after)) continue;
    if (m.kind === 'person' && STORM_FIRST.test(m.words[0]!)) continue;
    // "Published Sun Feb 23, 2025": an abbreviated weekday (with a month) before a date is the date line's.
    if (
      WEEKDAY_ABBREVIATION.test(m.words[0]!) &&
      m.words.every((w, k) => k === 0 || MONTH_WORD.test(w)) &&
      DATE_AFTER_WEEKDAY.test(after)
    )
      continue;
    // "the Nobel Prize": a name cut before the award's head is part of the award.
    if ((m.words.length === 1 || m.kind === 'person') && EVENT_HEAD_AFTER.test(after)) continue;
    // "Publisher Hogarth", "Chipmaker Vertex" opening a sentence: a business noun and the firm's name.
    if (m.kind === 'person' && m.words.length === 2 && BUSINESS_NOUN.test(m.words[0]!)) {
      const first = m.words[0]!;
      const name = m.words[1]!;
      const s = m.cand.nameStart + m.name.indexOf(name, first.length);
      const kind: ActorKind = MEDIA_NOUN.test(first) ? 'media' : 'organization';
      m = { ...m, cand: { ...m.cand, start: s, nameStart: s }, kind, name, base: name, words: [name] };
    }
    // "Real Castellar", "Sporting Lisbon": a word that opens club names, and the club's town or name.
    if (m.kind === 'person' && m.words.length === 2 && CLUB_FIRST.test(m.words[0]!)) m = withKind(m, 'organization');
    if (m.words.length > 1 && DOCUMENT_HEADS.has(last) && m.kind !== 'media') continue;
    // A heading in title case ("Fed Holds Rates, Signals Patience As Inflation Cools"): only a name with a given
    // name is a person's there.
    if (m.kind === 'person' && !words?.GIVEN_NAMES.has(m.words[0]!) && titleCaseLine(start)) continue;
    // Awards and their categories ("Golden Bear", "Best Actress"), and a work's title in quotation marks.
    if (m.kind !== 'organization' && m.kind !== 'media' && m.words[0] === 'Best') continue;
    if (m.kind === 'person' && m.words.length > 1 && AWARD_FIRST.test(m.words[0]!)) continue;
    if (
      (m.kind === 'person' || (m.kind === 'place' && !m.cand.canonical && !knownPlace(m.base))) &&
      QUOTED_TITLE_BEFORE.test(before) &&
      QUOTED_TITLE_AFTER.test(after)
    )
      continue;
    // "Jury president Todd Haynes": a common word that opens the sentence before a role is part of the role.
    if (
      m.kind === 'person' &&
      m.words.length === 1 &&
      !m.cand.role &&
      LOWER_ROLE_AFTER.test(after) &&
      SENTENCE_START_BEFORE.test(before.slice(-4)) &&
      !midSentence.has(m.base) &&
      !fullNameWords.has(m.base) &&
      !words?.GIVEN_NAMES.has(m.base)
    )
      continue;
    if (
      m.words.length === 1 &&
      COMMON_CAPITALS.has(m.base) &&
      LOWER_WORD_AFTER.test(after) &&
      !AND_NAME_AFTER.test(after)
    )
      continue;
    // A common English word that only ever opens a sentence, before a lower-case word that is no verb of saying,
    // is the sentence's first word, not a name ("Police began vacating …", "Train drivers will strike …").
    if (
      words &&
      m.words.length === 1 &&
      words.EN_WORDS.has(m.base.toLowerCase()) &&
      !midSentence.has(m.base) &&
      SENTENCE_START_BEFORE.test(before.slice(-4)) &&
      LOWER_WORD_AFTER.test(after) &&
      !AND_NAME_AFTER.test(after) &&
      !SPEECH_AFTER.test(after)
    )
      continue;
    if (m.words.length === 1 && KIND_HEADS.has(m.base)) continue;
    // "Island councillor X", "Highlands and Islands": a word for a kind of ground alone names no place.
    if (m.kind === 'place' && m.words.length === 1 && GROUND_WORD.test(m.base)) continue;
    // A capitalised word that only ever opens a sentence or a heading, which the same text also writes in lower
    // case, is a common word there, not a name ("Ferry services … cancelled" beside "a ferry tied up", "Keepers
    // said" beside "keepers coaxed", "Island councillor X" beside "an island of 400 people").
    if (
      m.words.length === 1 &&
      !m.cand.canonical &&
      SENTENCE_START_BEFORE.test(before.slice(-4)) &&
      !midSentence.has(m.base) &&
      !fullNameWords.has(m.base) &&
      !ORG_HEADS.has(m.base) &&
      !words?.GIVEN_NAMES.has(m.base) &&
      !AND_NAME_AFTER.test(after) &&
      lowerCaseWord(m.base.toLowerCase())
    )
      continue;
    // "Canadian-Briton Geoffrey Marlow": the nationality is no part of the name.
    if (m.kind === 'person' && m.words.length >= 3 && NATIONALITY_PREFIX.test(m.words[0]!)) {
      const cut = m.name.indexOf(' ') + 1;
      const name = m.name.slice(cut);
      const ns = m.cand.nameStart + cut;
      m = { ...m, cand: { ...m.cand, start: ns, nameStart: ns }, name, base: name, words: m.words.slice(1) };
    }
    if (m.kind === 'place' && NEW_BEFORE.test(before)) {
      const name = `New ${m.name}`;
      const s = start - 4;
      m = {
        ...m,
        cand: { ...m.cand, start: s, nameStart: s, canonical: null },
        name,
        base: name,
        words: name.split(/\s+/),
      };
    }
    // A dateline in capitals ("BEIJING") is the place written "Beijing" elsewhere.
    if (m.kind === 'place' && !m.cand.canonical && CAPITALS_ONLY.test(m.name) && THREE_CAPITALS.test(m.name)) {
      const title = m.name.toLowerCase().replace(WORD_INITIAL_LOWER, (c) => c.toUpperCase());
      const canonical = placeOf(title);
      if (canonical) m = { ...m, cand: { ...m.cand, canonical }, base: title, words: title.split(/\s+/) };
    }
    if (m.kind === 'person' && !m.cand.role && datelinePlaces.has(m.base)) m = withKind(m, 'place');
    // "Competition Commissioner Margrethe Vestager": a title word inside a run the detector typed by an
    // organisation head it contains ("Commission-er") makes the run a titled person, unless an organisation head ends it.
    if (
      m.kind === 'organization' &&
      m.words.length >= 3 &&
      !ORG_HEADS.has(last) &&
      m.words.slice(0, -1).some((w) => INNER_TITLE.test(w))
    )
      m = withKind(m, 'person');
    // "Promoter Saltmarsh Live said", "Headliner Juno Kestrel wrote": a common noun for an agent that opens a
    // sentence before a name of two words or more is the name's role, not its first word.
    if (
      m.kind === 'person' &&
      m.words.length >= 3 &&
      words &&
      AGENT_NOUN.test(m.words[0]!) &&
      !words.GIVEN_NAMES.has(m.words[0]!) &&
      SENTENCE_START_BEFORE.test(text.slice(Math.max(0, m.cand.nameStart - 4), m.cand.nameStart))
    ) {
      const cut = m.words[0]!.length + 1;
      const ns = m.cand.nameStart + cut;
      const name = m.name.slice(cut);
      m = {
        ...m,
        cand: { ...m.cand, start: ns, nameStart: ns, role: { start: m.cand.nameStart, end: ns - 1 } },
        name,
        base: m.base.slice(cut),
        words: m.words.slice(1),
      };
    }
    // "Palm Beach County Sheriff Ric Bradshaw": the name is what follows the last title word; the rest is the role.
    if (m.kind === 'person' && m.words.length >= 3) {
      let t = -1;
      for (let k = m.words.length - 2; k >= 0; k--)
        if (INNER_TITLE.test(m.words[k]!)) {
          t = k;
          break;
        }
      if (t >= 0) {
        const rest = m.words.slice(t + 1);
        const offset = m.name.lastIndexOf(rest.join(' '));
        // "Calcasieu Parish Sheriff": a county or parish named in the role is a place of its own.
        if (
          offset > 0 &&
          t >= 2 &&
          PLACE_HEADS.has(m.words[t - 1]!) &&
          m.name.startsWith(m.words.slice(0, t).join(' '))
        ) {
          const name = m.words.slice(0, t).join(' ');
          const ps = m.cand.nameStart;
          out.push({
            ...m,
            cand: { ...m.cand, start: ps, nameStart: ps, end: ps + name.length, canonical: null, role: null },
            kind: 'place',
            name,
            base: name,
            words: m.words.slice(0, t),
          });
        }
        if (offset > 0) {
          const ns = m.cand.nameStart + offset;
          const name = rest.join(' ');
          m = {
            ...m,
            cand: {
              ...m.cand,
              start: ns,
              nameStart: ns,
              role: {
                start: m.cand.nameStart,
                end: m.cand.nameStart + m.name.indexOf(m.words[t]!) + m.words[t]!.length,
              },
            },
            name,
            base: name,
            words: rest,
          };
        }
      }
    }
    if (
      m.kind === 'person' &&
      m.words.length > 1 &&
      (PLACE_HEADS.has(last) ||
        GEO_FIRST_WORD.test(m.words[0]!) ||
        (COMPASS_FIRST_WORD.test(m.words[0]!) && !DEMONYM_END.test(last)) ||
        (SITE_HEADS.has(last) && words && !words.GIVEN_NAMES.has(m.words[0]!)))
    )
      m = withKind(m, 'place');
    // "Sandhill Water District", "Cal Fire": a district named by its service, or a state's clipped name before an
    // agency's word, is a public body, not the place or a person.
    if (
      (m.kind === 'person' || m.kind === 'place') &&
      ((m.words.length > 2 && PLACE_HEADS.has(last) && ORG_HEADS.has(m.words[m.words.length - 2]!)) ||
        (m.words.length === 2 && STATE_CLIP.test(m.words[0]!) && AGENCY_WORD.test(last)))
    )
      m = withKind(m, 'organization');
    if (m.kind === 'person' || (m.kind === 'place' && !m.cand.canonical && !knownPlace(m.base))) {
      if (MEDIA_AFTER.test(after)) m = withKind(m, 'media');
      else if (ORG_AFTER.test(after) && !SPEECH_AFTER.test(after)) m = withKind(m, 'organization');
      // "the Green Future party": a name after "the" (or with no given name) before a lower-case "party" is the party.
      else if (PARTY_AFTER.test(after) && (THE_BEFORE.test(before) || !words?.GIVEN_NAMES.has(m.words[0]!)))
        m = withKind(m, 'organization');
      else if (MEDIA_HEADS.has(last) && m.words.length > 1) m = withKind(m, 'media');
      else if (isMediaName(m.base)) m = withKind(m, 'media');
      else if (ORG_HEADS.has(last) || FIRMS.has(m.base) || STAFF_AT.test(before)) m = withKind(m, 'organization');
      // "Crumbwell Bakeries", "Harvest Lane Markets", "Westisles Ferries": a name whose first word is no given name
      // and whose last is a common noun in the plural, which never stands alone as a surname, is a firm's.
      else if (
        m.kind === 'person' &&
        words &&
        m.words.length >= 2 &&
        !m.cand.role &&
        !words.GIVEN_NAMES.has(m.words[0]!) &&
        pluralNoun(last, words) &&
        !standsAlone(last)
      )
        m = withKind(m, 'organization');
    }
    // "The State Department": a single head word with the capitalised word before it.
    if (m.kind !== 'person' && m.words.length === 1 && ORG_HEADS.has(m.base)) {
      const pre = CAPITALISED_WORD_BEFORE.exec(before);
      if (pre && !FUNCTION_WORD_CAPITALISED.test(pre[1]!)) {
        const s = start - pre[0].length;
        const name = `${pre[1]!} ${m.name}`;
        m = {
          ...m,
          cand: { ...m.cand, start: s, nameStart: s },
          kind: 'organization',
          name,
          base: name,
          words: [pre[1]!, m.base],
        };
      } else m = withKind(m, 'organization');
    }
    // "the State Labor Court", "the Interior Ministry": a word that also opens titles opens the body's name when no
    // capitalised word stands before it.
    const lead = m.kind === 'organization' ? BODY_LEAD_BEFORE.exec(before) : null;
    if (lead && m.words.length >= 1 && ORG_HEADS.has(last)) {
      const s = start - lead[1]!.length;
      const name = text.slice(s, end);
      m = { ...m, cand: { ...m.cand, start: s, nameStart: s }, name, base: name, words: name.split(/\s+/) };
    }
    // "British Medical Association", "Indian Space Research Organisation": the nationality is part of the name.
    const nat = m.kind === 'organization' && m.words.length >= 2 ? NATIONALITY_BEFORE.exec(before) : null;
    // The head may stand before an "of" complement ("Swedish Royal Academy of Sciences", "National Bank of Greece").
    const ofAt = m.words.indexOf('of');
    const head = ofAt > 0 ? m.words[ofAt - 1]! : last;
    if (nat && (ORG_HEADS.has(last) || ORG_HEADS.has(head))) {
      const s = start - nat[1]!.length;
      const name = text.slice(s, end);
      m = { ...m, cand: { ...m.cand, start: s, nameStart: s }, name, base: name, words: name.split(/\s+/) };
    }
    if (m.kind === 'organization' && LEGAL_FORM.test(m.base)) {
      const base = m.base.replace(LEGAL_FORM, '');
      m = { ...m, base, words: base.split(/\s+/) };
    }
    // A "place" that speaks and is no known place is a person ("Secretary of State Antony Blinken told …").
    if (
      m.kind === 'place' &&
      !m.cand.canonical &&
      !knownPlace(m.base) &&
      m.words.length > 1 &&
      SPEECH_AFTER.test(after)
    )
      m = withKind(m, 'person');
    // "Wrexley Town", "Castlebar Rovers": a town's name and a club's last word, no given name first, is the club.
    if (m.kind === 'person' && m.words.length === 2 && CLUB_LAST.test(last) && !words?.GIVEN_NAMES.has(m.words[0]!))
      m = withKind(m, 'organization');
    // "Traders in Kumasi said": a lone unknown word after a preposition of place is the place, though it seems to speak.
    if (
      m.kind === 'person' &&
      m.words.length === 1 &&
      !m.cand.role &&
      PLACE_PREPOSITION_BEFORE.test(before) &&
      !fullNameWords.has(m.base) &&
      !words?.GIVEN_NAMES.has(m.base)
    )
      m = withKind(m, 'place');
    // "The mayor of Garrowby, Helen Strachan, said", "the island of Skerrin": one capitalised word after a noun for a
    // town's office, its people or its ground and "of" is the place, wherever else the text writes it.
    if (
      m.words.length === 1 &&
      (m.kind === 'person' || m.kind === 'organization') &&
      !m.cand.canonical &&
      PLACE_OF_BEFORE.test(before) &&
      !CAPITALISED_AFTER.test(after) &&
      !fullNameWords.has(m.base) &&
      !words?.GIVEN_NAMES.has(m.base)
    ) {
      m = withKind(m, 'place');
      placeOfWords.add(m.base);
    }
    if (words && noPersonName(m, words, before, after)) continue;
    if (m.kind === 'person') {
      const role = roleBefore(text, m.cand.nameStart);
      const old = m.cand.role;
      if (role && (!old || role.start < old.start) && (!old || role.end >= old.end))
        m = { ...m, cand: { ...m.cand, role } };
    }
    out.push(m);
  }
  const joined = joinOrganisations(text, spelledBeforeBrackets(text, out));
  out.length = 0;
  out.push(...joined);
  // "Chipmaker Vertex" beside "Vertex Semiconductor": a descriptor and the firm's short name.
  const firmWords = new Set(
    out.filter((m) => (m.kind === 'organization' || m.kind === 'media') && m.words.length > 1).map((m) => m.words[0]!),
  );
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (
      m.kind === 'person' &&
      m.words.length === 2 &&
      firmWords.has(m.words[1]!) &&
      !ORG_HEADS.has(m.words[1]!) &&
      !words?.GIVEN_NAMES.has(m.words[0]!)
    )
      out[k] = { ...m, kind: 'organization', words: [m.words[1]!], base: m.words[1]! };
  }
  // A bare word that is the last word of a person's full name is that person ("Blinken"); one that opens or
  // closes exactly one organisation's name is that organisation ("Acme" for "Acme Motors", "United").
  const surnames = new Set(
    out.filter((m) => m.kind === 'person' && m.words.length > 1).map((m) => m.words[m.words.length - 1]!),
  );
  const placeStarts = new Set(out.filter((m) => m.kind === 'place' && m.words.length > 1).map((m) => m.words[0]!));
  const orgWord = new Map<string, M | null>();
  for (const m of out) {
    if ((m.kind !== 'organization' && m.kind !== 'media') || m.words.length < 2) continue;
    for (const w of [m.words[0]!, m.words[m.words.length - 1]!]) {
      if (ORG_HEADS.has(w) && w !== 'United') continue;
      const seen = orgWord.get(w);
      orgWord.set(w, seen === undefined || seen?.base === m.base ? m : null);
    }
  }
  // A place name with a club's words after it is the club, wherever it stands ("beat Chelsea", "Chelsea coach").
  const clubs = new Set(
    out
      .filter((m) => m.kind === 'place' && CLUB_AFTER.test(text.slice(m.cand.end, m.cand.end + 20)))
      .map((m) => m.base),
  );
  // "the State Labor Court" beside "the State Labor Court of Hesse": the short name is the body named in full, when
  // exactly one such name is in the article.
  const ofNames = new Map<string, M | null>();
  for (const m of out) {
    if (m.kind !== 'organization') continue;
    const of = m.base.indexOf(' of ');
    if (of <= 0) continue;
    const head = m.base.slice(0, of);
    const seen = ofNames.get(head);
    ofNames.set(head, seen === undefined || seen?.base === m.base ? m : null);
  }
  // "Velantis said …. The company said …": a lone unknown word that speaks, never has a given name, a title or a
  // role, and is taken up by "the company"/"the firm" (or "It said") before any other actor is named, is a company.
  const companies = new Set<string>();
  if (words) {
    const lone = new Map<string, M[]>();
    for (const m of out) if (m.words.length === 1) (lone.get(m.base) ?? lone.set(m.base, []).get(m.base)!).push(m);
    for (const [base, ms] of lone) {
      if (words.GIVEN_NAMES.has(base) || surnames.has(base) || knownPlace(base)) continue;
      if (
        ms.some(
          (m) =>
            m.kind !== 'person' ||
            m.cand.role ||
            ADDRESS_BEFORE.test(text.slice(Math.max(0, m.cand.start - 8), m.cand.start)),
        )
      )
        continue;
      const speaker = ms.find((m) => SPEECH_AFTER.test(text.slice(m.cand.end, m.cand.end + 40)));
      if (!speaker) continue;
      const windowEnd = speaker.cand.end + COMPANY_WINDOW;
      const rest = text.slice(speaker.cand.end, windowEnd);
      const ref = COMPANY_REFERENCE.exec(rest);
      if (!ref) continue;
      const at = speaker.cand.end + ref.index;
      // Another actor named between the two could be the one taken up.
      if (out.some((o) => o.base !== base && o.cand.start > speaker.cand.end && o.cand.start < at)) continue;
      companies.add(base);
    }
  }
  // "the Japan Aerospace Exploration Agency (JAXA)": the short form in brackets names the body, wherever it stands.
  const bracketed = new Map<string, M>();
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k]!;
    const n = out[k + 1]!;
    if ((m.kind !== 'organization' && m.kind !== 'media') || m.words.length < 2 || n.words.length !== 1) continue;
    if (n.kind !== 'organization' && n.kind !== 'media') continue;
    if (text.slice(m.cand.end, n.cand.start) !== ' (' || text[n.cand.end] !== ')') continue;
    if (n.base[0] !== m.base[0] || !CAPITALS_ONLY.test(n.base)) continue;
    const seen = bracketed.get(n.base);
    if (seen === undefined || seen.base === m.base) bracketed.set(n.base, m);
  }
  const loneOrgs = new Set(out.filter((m) => m.kind === 'organization' && m.words.length === 1).map((m) => m.base));
  const typed = out.map((m) => {
    if (companies.has(m.base) || (makers.has(m.base) && !surnames.has(m.base))) {
      // "Orbis founder Kyle Brandt" beside "Orbis Dynamics": the maker is the one firm whose name it opens or closes.
      const firm = m.words.length === 1 ? orgWord.get(m.base) : undefined;
      if (firm) return asNameOf(m, firm);
      return withKind(m, 'organization');
    }
    const long = m.words.length === 1 ? bracketed.get(m.base) : undefined;
    // Each takes the long name's canonical form too: the group key is the canonical form where there is one.
    if (long) return asNameOf(m, long);
    if (m.kind === 'place' && clubs.has(m.base)) return withKind(m, 'organization');
    const full = m.kind === 'organization' && m.words.length > 1 ? ofNames.get(m.base) : undefined;
    if (full) return { ...m, cand: { ...m.cand, canonical: full.cand.canonical }, base: full.base, words: full.words };
    if (m.words.length !== 1 || knownPlace(m.base)) return m;
    if (m.kind === 'place' && surnames.has(m.base)) return withKind(m, 'person');
    if (m.kind === 'organization' && firmSurnames.has(m.base)) {
      const before = text.slice(Math.max(0, m.cand.start - 8), m.cand.start);
      const after = text.slice(m.cand.end, m.cand.end + 40);
      if (
        SPEECH_AFTER.test(after) ||
        ADDRESS_BEFORE.test(before) ||
        (AGENT_BEFORE.test(before) && AS_AFTER.test(after))
      )
        return withKind(m, 'person');
    }
    // "Butler" beside "Butler County": the town.
    if (m.kind === 'person' && placeStarts.has(m.base) && !surnames.has(m.base)) return withKind(m, 'place');
    if (placeOfWords.has(m.base)) return m.kind === 'place' ? m : withKind(m, 'place');
    const org = orgWord.get(m.base);
    if (org && !surnames.has(m.base)) return asNameOf(m, org);
    // "SpaceX's chief executive" beside "SpaceX said": a lone word typed an organisation elsewhere is one here too.
    if (m.kind === 'person' && loneOrgs.has(m.base) && !surnames.has(m.base) && !words?.GIVEN_NAMES.has(m.base))
      return withKind(m, 'organization');
    return m;
  });
  return withPortNames(text, typed);
}

/** "the Port of Kellsport", "Harbour of Velden": a port's name and its town (no possessive), one or two words. */
const PORT_OF = /(?<![\p{L}\d])(?:Port|Harbour|Harbor) of \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?(?![\p{L}\d-])/gu;
/** Capitalised words after a port's name that make it a body's name ("Port of X Authority"): left to the body. */
const BODY_HEAD_AFTER = /^ (?:Authority|Commission|Trust|Board|Company|Corporation|Police)\b/u;

/**
 * A port named with "Port of" is a place, its whole name ("the Port of Kellsport", "the Port of Rotterdam"): the
 * detector finds the town alone, or nothing where the town is unknown. One scan of the text; a mention inside the
 * name gives way to it, a longer name around it (a port authority's) stays.
 */
function withPortNames<M extends EnglishMention>(text: string, mentions: M[]): M[] {
  const template = mentions[0];
  if (!template || text.indexOf(' of ') < 0) return mentions;
  const ports: M[] = [];
  // Both in text order, walked once: a port's look-up starts where the one before it left off.
  const sorted = [...mentions].sort((a, b) => a.cand.start - b.cand.start);
  let j = 0;
  for (const p of text.matchAll(PORT_OF)) {
    const s = p.index;
    let e = s + p[0].length;
    let name = p[0];
    // A second word that is a body's head or a sentence's next word is no part of the town's name.
    const second = name.lastIndexOf(' ');
    if (
      name.split(' ').length === 4 &&
      (ORG_HEADS.has(name.slice(second + 1)) || BODY_HEAD_AFTER.test(name.slice(second)))
    ) {
      name = name.slice(0, second);
      e = s + name.length;
    }
    if (BODY_HEAD_AFTER.test(text.slice(e, e + 16))) continue;
    while (j < sorted.length && sorted[j]!.cand.end <= s) j++;
    let around = false;
    for (let k = j; k < sorted.length && sorted[k]!.cand.start < e; k++) {
      const m = sorted[k]!;
      if (s < m.cand.end && (m.cand.start < s || m.cand.end > e)) around = true;
    }
    if (around) continue;
    const cand = { ...template.cand, start: s, end: e, nameStart: s, canonical: null, role: null };
    ports.push({ ...template, cand, kind: 'place', name, base: name, words: name.split(' ') });
  }
  if (!ports.length) return mentions;
  const kept: M[] = [];
  let q = 0;
  for (const m of sorted) {
    while (q < ports.length && ports[q]!.cand.end <= m.cand.start) q++;
    const p = ports[q];
    if (!(p && p.cand.start <= m.cand.start && m.cand.end <= p.cand.end)) kept.push(m);
  }
  return [...kept, ...ports].sort((a, b) => a.cand.start - b.cand.start);
}

/** Words a body's name may hold in lower case between its capitalised words ("Committee to Protect Journalists"). */
const NAME_CONNECTOR = /^(?:of|for|to|and|the|in|on|against|de|du|des)$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * "the Committee to Protect Journalists (CPJ)": where a short form in brackets follows capitalised words (with
 * lower-case connectors) whose initials spell it, those words are one organisation, whatever the detector made of
 * them ("Protect" a place); the mentions inside go. Linear: a short backward look per bracketed short form.
 */
function spelledBeforeBrackets<M extends EnglishMention>(text: string, mentions: M[]): M[] {
  const out: M[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const n = mentions[k]!;
    out.push(n);
    if ((n.kind !== 'organization' && n.kind !== 'media') || n.words.length !== 1 || !CAPITALS_ONLY.test(n.base))
      continue;
    if (text.slice(n.cand.start - 2, n.cand.start) !== ' (' || text[n.cand.end] !== ')') continue;
    const open = n.cand.start - 2;
    // The words before the bracket, back to a punctuation mark or the line's start, at most ten.
    const head = text.slice(Math.max(0, open - 120), open);
    const cut = Math.max(head.lastIndexOf('\n'), head.search(/[.,;:!?"“”()][^.,;:!?"“”()]*$/u));
    const ws = [...head.slice(cut + 1).matchAll(WORD_RUN)].slice(-10);
    const base = open - head.length + cut + 1;
    let found = -1;
    for (let i = ws.length - 1; i >= 0; i--) {
      const w = ws[i]![0];
      if (!NAME_WORD.test(w) && !NAME_CONNECTOR.test(w)) break;
      if (
        NAME_WORD.test(w) &&
        i < ws.length - 1 &&
        initialsOf(
          ws
            .slice(i)
            .map((x) => x[0])
            .join(' '),
        ) === n.base
      )
        found = i;
    }
    if (found < 0) continue;
    const start = base + ws[found]!.index!;
    const end = open;
    // Already one mention of exactly those words: nothing to make.
    if (mentions.some((m) => m.cand.start === start && m.cand.end === end)) continue;
    const name = text.slice(start, end);
    while (out.length > 1 && out[out.length - 2]!.cand.end > start) out.splice(out.length - 2, 1);
    out.splice(out.length - 1, 0, {
      ...n,
      cand: { ...n.cand, start, end, nameStart: start, canonical: null, role: null },
      kind: 'organization',
      name,
      base: name,
      words: name.split(/\s+/),
    });
  }
  return out;
}

/** Heads of a government body's name that may follow "Word and" ("Food and Drug Administration"). */
const AND_BODY_HEADS = new Set([...OF_HEADS, ...FOR_HEADS, 'Administration', 'Authority', 'Service']);
/** A capitalised word and "and" right before a name ("Food and "), not after a full stop or other name word. */
const WORD_AND_BEFORE = /(?:^|[\s(])(\p{Lu}\p{Ll}[\p{L}'’-]* and )$/u;
/** The nations of the UK, which close the names of bodies and broadcasters serving them ("Police Scotland", "BBC Wales"). */
const UK_NATION = /^(?:Scotland|Wales|England|Northern Ireland)$/u;
/** Public services whose word opens such a body's name where no mention holds it ("Transport Scotland", "Sport England"). */
const SERVICE_BEFORE = /(?:^|[\s(])((?:Police|Transport|Sport|Historic|Natural|Visit|Forestry|Skills|Creative) )$/u;
/** A country's short form right before a body's name ("U.S. ", "UK "). */
const COUNTRY_SHORT_BEFORE = /(?:^|[\s(])((?:U\.S\.|US|UK|U\.K\.) )$/u;
const COUNTRY_SHORT_START = /^(?:U\.S\.|US|UK|U\.K\.) (?=\p{Lu})/u;

/**
 * Organisation names the detector cut in two: "Royal Academy" + "of Sciences", "Federal Bureau" + "of
 * Investigation", "Disaster" + "and Emergency Management agency". The first mention grows over the rest; the
 * mentions it swallows go.
 */
function joinOrganisations<M extends EnglishMention>(text: string, mentions: M[]): M[] {
  const out: M[] = [];
  for (let k = 0; k < mentions.length; k++) {
    let m = mentions[k]!;
    const last = m.words[m.words.length - 1] ?? '';
    let end = m.cand.end;
    // A head that takes both ("Commission of …", "Commission for …") tries "of" first, then "for".
    const of = OF_HEADS.has(last) ? OF_COMPLEMENT.exec(text.slice(end, end + 80)) : null;
    if (of) end += of[0].length;
    else if (FOR_HEADS.has(last) && m.kind === 'organization') {
      const forC = FOR_COMPLEMENT.exec(text.slice(end, end + 80));
      if (forC) end += forC[0].length;
    }
    // "the U.S. Food and Drug Administration": a capitalised word no mention holds, joined by "and" to a body's
    // name, opens that name; a country's short form right before it ("U.S.", "UK") is part of a government body's
    // name.
    let start = m.cand.nameStart;
    // The body is grouped and spelled out ("FDA") by its name without the country ("Food and Drug Administration").
    let baseStart = start;
    const prev = out[out.length - 1];
    if (m.kind === 'organization' && m.words.length >= 2 && AND_BODY_HEADS.has(last)) {
      const and = WORD_AND_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (and && (!prev || prev.cand.end <= start - and[1]!.length)) {
        start -= and[1]!.length;
        const country = COUNTRY_SHORT_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
        if (country && (!prev || prev.cand.end <= start - country[1]!.length)) {
          baseStart = start;
          start -= country[1]!.length;
        }
      }
    }
    const next = mentions[k + 1];
    // "Organization for Security and Co-operation in Europe (OSCE)": a place after "in" is part of the body's name
    // when the short form in brackets after it spells the initials with it.
    let j = k + 1;
    while (mentions[j] && mentions[j]!.cand.start < end) j++;
    const place = mentions[j];
    if (
      place &&
      m.kind === 'organization' &&
      place.kind === 'place' &&
      text.slice(end, place.cand.start) === ' in ' &&
      text.slice(m.cand.nameStart, end).includes(' ')
    ) {
      const short = BRACKETED_SHORT.exec(text.slice(place.cand.end, place.cand.end + 12));
      // "Co-operation" gives one letter, as one word ("Co" is also a legal form, which initials leave out).
      const long = text.slice(m.cand.nameStart, place.cand.end).replace(HYPHEN_BEFORE_LOWER, '');
      if (short && initialsOf(long) === short[1]) end = place.cand.end;
    }
    // "BBC Scotland", "Police Scotland": a body or broadcaster right before a nation of the UK serves it; the nation
    // is part of the name, not a place of its own.
    if (
      end === m.cand.end &&
      next &&
      (m.kind === 'organization' || m.kind === 'media') &&
      next.kind === 'place' &&
      UK_NATION.test(next.base) &&
      text.slice(m.cand.end, next.cand.start) === ' '
    )
      end = next.cand.end;
    // "Transport Scotland said": a public service's word no mention holds opens the nation's body.
    if (m.kind === 'place' && UK_NATION.test(m.base) && start === m.cand.start) {
      const service = SERVICE_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (service && (!prev || prev.cand.end <= start - service[1]!.length)) baseStart = start -= service[1]!.length;
    }
    if (
      end === m.cand.end &&
      next &&
      m.words.length === 1 &&
      m.kind !== 'media' &&
      !CAPITALS_ONLY.test(m.name) &&
      (next.kind === 'organization' || next.kind === 'media') &&
      text.slice(m.cand.end, next.cand.start) === ' and '
    )
      end = next.cand.end;
    // "the Environment, Food and Rural Affairs Committee": the list's first field opens the body's name.
    if (m.kind === 'organization' && end > m.cand.end && start === m.cand.nameStart) {
      const joined = text.slice(start, end);
      const field = AND_BODY_HEADS.has(joined.slice(joined.lastIndexOf(' ') + 1))
        ? LIST_FIELD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))
        : null;
      if (field && joined.includes(' and ')) {
        start -= field[1]!.length;
        baseStart = start;
        while (out.length && out[out.length - 1]!.cand.end > start) out.pop();
      }
    }
    // "Department for Environment, Food and Rural Affairs": a "for" complement the detector took in part goes on
    // with the rest of its list.
    const forAt = m.words.indexOf('for');
    if (m.kind === 'organization' && end === m.cand.end && forAt > 0 && FOR_HEADS.has(m.words[forAt - 1]!)) {
      const rest = LIST_REST.exec(text.slice(end, end + 80));
      if (rest) end += rest[0].length;
    }
    if (end > m.cand.end || start < m.cand.nameStart) {
      const name = text.slice(start, end);
      // "UK Department for Education": a country's short form the detector took into the name is left out of it
      // for grouping too ("the Department for Education" later is the same body).
      const country = baseStart === start && m.words.length >= 2 ? COUNTRY_SHORT_START.exec(name) : null;
      if (country) baseStart += country[0].length;
      m = {
        ...m,
        cand: { ...m.cand, start: Math.min(start, m.cand.start), nameStart: start, end },
        kind: m.kind === 'media' ? 'media' : 'organization',
        name,
        base: text.slice(baseStart, end),
        words: name.split(/\s+/),
      };
      while (mentions[k + 1] && mentions[k + 1]!.cand.start < end) k++;
    }
    out.push(m);
  }
  return out;
}
