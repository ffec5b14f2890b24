// Generic bilingual (German/English) resources for event grouping: function words to ignore, and concept
// keys that let the same kind of act, thing or country meet across the two languages ("Erdbeben" and
// "earthquake" are both `quake`). General news vocabulary only; no names of particular people or events.
//
// Concept stems match a lower-cased word when the word starts with the stem; stems marked with a leading
// "~" also match inside a German compound (compoundPart: "Zinssenkung" contains "senkung"). A stem marked "~?"
// has a second sense ("Preis" is a price or a prize): it gives its concept with a "?" ("prize?"), which a text
// reads as the concept only where another word names it for certain ("Auszeichnung", "Preisträger").
// Read-only tables.

export const STOPWORDS: ReadonlySet<string> = new Set(
  // German
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn dass daß ob wenn als wie ' +
    'auch noch schon nur sehr mehr weniger nicht kein keine keinen keiner keinem ist sind war waren wird werden wurde wurden ' +
    'worden sei seien wäre wären hat haben hatte hatten habe hätte hätten kann können konnte konnten könne könnte könnten ' +
    'soll sollen sollte sollten muss müssen musste mussten darf dürfen will wollen wollte wollten mag möchte ' +
    'ich du er sie es wir ihr man sich mich mir dich dir ihn ihm ihnen uns euch sein seine seiner seines seinem seinen ' +
    'ihre ihrer ihres ihrem ihren unser unsere dessen deren diese dieser dieses diesem diesen jene jener jenes ' +
    'welche welcher welches welchem welchen was wer wem wen wo wann warum weshalb wieso woher wohin ' +
    'in im ins an am auf aus bei beim mit nach seit von vom vor zu zum zur über unter um durch für gegen ohne bis ab ' +
    'zwischen neben hinter während wegen trotz laut gemäß zufolge samt sowie bzw etwa rund fast knapp gut ' +
    'so da dort hier dann nun jetzt bereits immer wieder erst eben gerade etwa zudem außerdem jedoch allerdings dabei ' +
    'damit dazu darauf daran davon dafür dagegen darüber deshalb daher also zwar sowohl weder noch jeweils ' +
    'alle allen aller alles jede jeder jedes jeden jedem viele vielen einige einigen mehrere mehreren andere anderen ' +
    'anderer anderes beide beiden selbst ganz ja nein bitte sagte sagt sagten erklärte teilte mit hieß heißt ' +
    'sowie wobei worauf womit wodurch weil obwohl obgleich sodass bevor nachdem seitdem sobald solange ' +
    'neue neuen neuer neues erste ersten erster erstes zweite zweiten letzte letzten ' +
    'herr herrn frau dr prof uhr prozent jahr jahre jahren jahres monat monate monaten woche wochen tag tage tagen heute gestern morgen ' +
    // English
    'the a an and or but if then than that this these those there here of to in on at by for with from as into onto ' +
    'about over under after before since until during against between through without within upon via per ' +
    'is are was were be been being has have had having do does did done will would shall should can could may might must ' +
    'i you he she it we they me him her us them my your his its our their mine yours hers ours theirs ' +
    'who whom whose which what when where why how all any both each few more most other some such no nor not only own same ' +
    'so too very just also still already again ever never now then once even yet however while although because though ' +
    'mr mrs ms said says say told according new first last second percent year years month months week weeks day days today yesterday'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** concept key -> stems (German and English). */
const CONCEPTS: Record<string, string[]> = {
  quake: ['erdbeben', '~beben', 'nachbeben', 'earthquake', 'quake', 'tremor', 'temblor', 'aftershock'],
  magnitude: ['stärke', 'magnitude'],
  dead: ['tote', 'toten', 'todesopfer', 'getötet', 'ums leben', 'dead', 'killed', 'death', 'died', 'fatal'],
  injured: ['verletzt', 'injured', 'wounded', 'injur'],
  rate: ['~zins', 'interest', 'rates'],
  cut: ['senk', '~senkung', 'gesenkt', 'cut', 'lower'],
  hike: ['erhöh', 'anheb', 'hike', 'raise', 'raising'],
  hold: ['unverändert', 'unchanged', 'belass', 'beließ'],
  centralbank: ['zentralbank', 'notenbank', 'währungshüter', 'central bank'],
  inflation: ['inflation', '~teuerung'],
  visit: ['besuch', 'visite', '~reise', 'visit', 'trip'],
  phone: ['telefon', '~telefonat', 'phone', 'call'],
  letter: ['brief', 'letter'],
  summit: ['gipfel', 'summit'],
  meeting: ['treffen', 'meeting', 'met'],
  treaty: ['vertrag', 'abkommen', 'vereinbarung', 'treaty', 'agreement', 'pact', 'accord'],
  election: ['~wahl', 'election', 'vote', 'ballot'],
  campaign: ['wahlkampf', 'campaign', 'rally', 'kundgebung'],
  attack: ['anschlag', 'angriff', 'attentat', 'mordversuch', 'attack', 'assassinat'],
  shooting: [
    'schuss',
    'schüsse',
    'schütze',
    'geschossen',
    'erschossen',
    'schoss',
    'shot',
    'shoot',
    'gunman',
    'gunfire',
    'fired',
  ],
  rocket: ['rakete', 'rocket', 'missile'],
  launch: ['start', 'gestartet', 'abheb', 'launch', 'lift-off', 'liftoff', 'blast'],
  testflight: ['testflug', 'test flight', 'teststart'],
  explode: ['explod', 'detonat', 'detonier', 'explo'],
  prize: ['~?preis', 'nobelpreis', 'auszeichnung', 'prize', 'award', 'laureate', 'preisträger'],
  physics: ['physik', 'physics'],
  chemistry: ['chemie', 'chemistry'],
  medicine: ['medizin', 'medicine'],
  final: ['finale', 'endspiel', 'final'],
  football: ['fußball', 'fussball', 'football', 'soccer'],
  champion: ['~meister', 'champion', 'titel', 'title'],
  goal: ['treffer', 'goal', 'torschütze', 'scored'],
  victory: ['sieg', 'victory', 'beat', 'won', 'win'],
  defeat: ['niederlage', 'defeat', 'lost'],
  war: ['krieg', 'war'],
  troops: ['truppen', 'soldaten', 'troops', 'soldiers'],
  sanction: ['sanktion', 'sanction'],
  president: ['präsident', 'president'],
  chancellor: ['kanzler', 'chancellor'],
  primeminister: ['premierminister', 'ministerpräsident', 'prime minister', 'premier'],
  minister: ['minister'],
  government: ['regierung', 'government', 'cabinet', 'kabinett'],
  parliament: ['parlament', 'bundestag', 'parliament', 'congress', 'kongress', 'senat', 'senate'],
  court: ['gericht', 'urteil', 'court', 'ruling', 'verdict'],
  // A role names a person, not the court's act: "Irena Vodnik, a former constitutional court judge, led the first
  // round" reports an election.
  judge: ['judge', 'richter'],
  police: ['polizei', 'police'],
  arrest: ['festgenommen', 'festnahme', 'verhaft', 'arrest', 'custody'],
  suspect: ['verdächtig', 'tatverdächtig', 'suspect'],
  fire: ['~brand', 'fire', 'blaze', 'wildfire', 'waldbrand', 'buschfeuer'],
  flood: ['hochwasser', 'überschwemmung', 'flut', 'flood'],
  storm: ['sturm', 'unwetter', 'orkan', 'hurrikan', 'taifun', 'storm', 'hurricane', 'typhoon', 'tornado'],
  crash: ['absturz', 'abgestürzt', 'unfall', 'crash', 'accident', 'collision'],
  plane: ['flugzeug', 'maschine', 'plane', 'aircraft', 'jet', 'airliner'],
  airport: ['flughafen', 'airport'],
  train: ['zug', 'bahn', 'train', 'railway'],
  ship: ['schiff', 'ship', 'vessel', 'ferry', 'fähre'],
  strike: ['streik', 'strike', 'walkout'],
  protest: ['protest', 'demonstr', 'kundgeb'],
  recall: ['rückruf', 'zurückgerufen', 'recall'],
  // Closing something to its users (a road, a bridge, a ward, a plant) and opening it again: concepts, no act families
  // (a closure is reported with its cause; the two are apart by openingsDiffer).
  closure: ['sperrung', 'gesperrt', 'schließung', 'geschlossen', 'closure', 'closed', 'shut'],
  reopen: ['wiedereröffn', 'wiederöffn', 'wieder geöffnet', 'wieder freigegeben', 'öffnet wieder', 'reopen', 're-open'],
  resign: ['rücktritt', 'zurückgetreten', 'resign'],
  veto: ['veto', 'vetoed', 'vetoes', 'vetoing'],
  hostage: ['geisel', 'hostage'],
  vaccine: ['impf', 'vaccin'],
  virus: ['virus', 'viren', 'pandemie', 'epidemie', 'pandemic', 'epidemic'],
  nuclear: ['atom', 'nuklear', 'nuclear'],
  weapon: ['waffe', 'weapon', 'arms'],
  bomb: ['bombe', 'bomb', 'sprengsatz'],
  satellite: ['satellit', 'satellite'],
  moon: ['mond', 'moon', 'lunar'],
  mars: ['mars'],
  space: ['raumfahrt', 'weltraum', 'space'],
  epicentre: ['epizentrum', 'epicentre', 'epicenter'],
  tsunami: ['tsunami'],
  rescue: ['rettung', 'rescue', 'bergung'],
  building: ['gebäude', 'building', 'häuser', 'houses'],
  collapse: ['eingestürzt', 'einsturz', 'collapse', 'toppled', 'tumbled'],
  deal: ['übernahme', 'fusion', 'takeover', 'merger', 'acquisition'],
  budget: ['haushalt', 'budget'],
  tax: ['steuer', 'tax'],
  round: ['runde', '~runde', 'round'],
  tariff: ['zoll', 'zölle', 'tariff', 'customs'],
  oil: ['öl', 'erdöl', 'oil', 'petroleum'],
  gas: ['erdgas', 'gas'],
  stock: ['aktie', 'börse', 'stock', 'shares'],
  // countries and their adjectives (German adjectives are lower-case and inflected, hence stems)
  germany: ['deutschland', 'deutsch', 'german', 'bundesrepublik'],
  austria: ['österreich', 'austria'],
  switzerland: ['schweiz', 'switzerland', 'swiss'],
  france: ['frankreich', 'französisch', 'france', 'french'],
  italy: ['italien', 'italy', 'italian'],
  spain: ['spanien', 'spanisch', 'spanier', 'spain', 'spanish', 'spaniard'],
  england: ['england', 'englisch', 'engländer', 'english'],
  britain: ['großbritannien', 'grossbritannien', 'britisch', 'britain', 'british', 'united kingdom'],
  usa: ['usa', 'vereinigte staaten', 'amerikanisch', 'us-amerikanisch', 'united states', 'american'],
  russia: ['russland', 'russisch', 'russia', 'russian'],
  ukraine: ['ukraine', 'ukrainisch', 'ukrainian'],
  china: ['china', 'chinesisch', 'chinese'],
  japan: ['japan', 'japanisch', 'japanese'],
  northkorea: ['nordkorea', 'nordkoreanisch', 'north korea', 'north korean'],
  southkorea: ['südkorea', 'südkoreanisch', 'south korea', 'south korean'],
  turkey: ['türkei', 'türkisch', 'turkey', 'turkish', 'türkiye'],
  syria: ['syrien', 'syrisch', 'syria', 'syrian'],
  israel: ['israel', 'israelisch', 'israeli'],
  iran: ['iran', 'iranisch', 'iranian'],
  iraq: ['irak', 'irakisch', 'iraq', 'iraqi'],
  lebanon: ['libanon', 'libanesisch', 'lebanon', 'lebanese'],
  egypt: ['ägypten', 'ägyptisch', 'egypt', 'egyptian'],
  india: ['indien', 'indisch', 'india', 'indian'],
  poland: ['polen', 'polnisch', 'poland', 'polish'],
  netherlands: ['niederlande', 'niederländisch', 'netherlands', 'dutch'],
  belgium: ['belgien', 'belgisch', 'belgium', 'belgian'],
  greece: ['griechenland', 'griechisch', 'greece', 'greek'],
  sweden: ['schweden', 'schwedisch', 'sweden', 'swedish'],
  canada: ['kanada', 'kanadisch', 'canada', 'canadian'],
  mexico: ['mexiko', 'mexikanisch', 'mexico', 'mexican'],
  brazil: ['brasilien', 'brasilianisch', 'brazil', 'brazilian'],
  eu: ['europäische union', 'european union'],
  un: ['vereinte nationen', 'united nations', 'uno'],
  // cities whose German and English names differ
  moscow: ['moskau', 'moscow'],
  cologne: ['köln', 'cologne'],
  munich: ['münchen', 'munich'],
  vienna: ['wien', 'vienna'],
  warsaw: ['warschau', 'warsaw'],
  brussels: ['brüssel', 'brussels'],
  rome: ['rom', 'rome'],
  athens: ['athen', 'athens'],
  lisbon: ['lissabon', 'lisbon'],
  prague: ['prag', 'prague'],
  beijing: ['peking', 'beijing'],
  kyiv: ['kiew', 'kyiv', 'kiev'],
  geneva: ['genf', 'geneva'],
  hague: ['den haag', 'the hague'],
  copenhagen: ['kopenhagen', 'copenhagen'],
  tehran: ['teheran', 'tehran'],
  cairo: ['kairo', 'cairo'],
  jerusalem: ['jerusalem'],
  // Things of news whose German and English words differ, none an act family. "Stürmer" is a forward, no storm,
  // and "striker" a forward, no strike (the longer stem wins): a player's transfer had the act "strike" in English.
  striker: ['stürmer', 'striker'],
  ransom: ['lösegeld', 'ransom'],
};

/**
 * Where a "~" stem is a part of a lower-cased word (-1: nowhere): it occurs in it, and not as the stem of a
 * participle ("Zugreisende", "Reisenden" are travellers, no journey). A stricter reading of compound structure
 * (the stem as a head before an inflection ending, or a first part before a part of four letters or more; words
 * such as "Kreise", "Preise", "Bürgermeister" and "Auswahl" read across the stem's start) joined more unrelated
 * Wikinews articles (226 → 228 without, → 232 with those words) and changed no events-dev/dev2/seeds pair: a
 * rarer concept weighs more where it is shared. Reading "Kreise" as no journey (a shadow "kreis", or no part
 * after a single letter) still joins one more unrelated Wikinews pair (102 → 103): kept as it is.
 */
export function compoundPart(word: string, stem: string): number {
  for (let at = word.indexOf(stem); at >= 0; at = word.indexOf(stem, at + 1))
    if (!word.startsWith('nd', at + stem.length)) return at;
  return -1;
}

/**
 * Words that contain a compound stem of the table without being it, read as parts of a compound like the stems
 * but naming no concept: a compound reads left to right, so a stem that starts inside one of them is no part
 * ("Bürger|meister" is no champion, "Steuerung" no "Teuerung", "Endauswahl" no election,
 * "Magazins" no "Zins", "Brandenburg" no fire).
 */
const SHADOWS: readonly string[] = [
  'bürgermeister',
  'schatzmeister',
  'steuerung',
  'magazin',
  'benzin',
  'brandenburg',
  'auswahl',
];

/**
 * A "-meister" compound that names an office or a trade, not a champion: a rank of the fire brigade or the police
 * ("Kreisbrandmeister", "Polizeihauptmeister"), a post ("Hausmeister", "Bademeister", "Kapellmeister"), a master of
 * a trade ("Bäckermeister", "Tischlermeister": a head ending in "-er", as "Bürgermeister"), and the depot of a
 * road authority ("Straßenmeisterei"). A champion's compound names a scope or a sport ("Weltmeister",
 * "Vizemeister", "Fußballmeister", "Landesmeister").
 */
export const OFFICE_MEISTER =
  /(?:er|brand|haus|bade|bau|wacht|polizei|ober|haupt|kapell|konzert|küchen|zeremonien|werk|forst|hof|post|bahn|quartier|zahl|spreng|straßen|platz|hütten|schicht|schatz|zunft|ketten|schau)meister|meisterei/;

/** Multi-word stems ("central bank") are matched on the lower-cased text, single-word stems per word. */
export interface ConceptTable {
  /** Prefix stems of single words, longest first. */
  prefix: ReadonlyArray<readonly [string, string]>;
  /** Stems that also match inside a compound. */
  infix: ReadonlyArray<readonly [string, string]>;
  /**
   * What a compound is read into: the infix stems, the stems of two senses (concept "prize?") and the shadows
   * (concept '').
   */
  parts: ReadonlyArray<readonly [string, string]>;
  /** Multi-word phrases. */
  phrases: ReadonlyArray<readonly [string, string]>;
}

function buildTable(): ConceptTable {
  const prefix: [string, string][] = [];
  const infix: [string, string][] = [];
  const parts: [string, string][] = [];
  const phrases: [string, string][] = [];
  for (const [concept, stems] of Object.entries(CONCEPTS)) {
    for (const stem of stems) {
      if (stem.includes(' ')) phrases.push([stem, concept]);
      else if (stem.startsWith('~?')) parts.push([stem.slice(2), concept + '?']);
      else if (stem.startsWith('~')) infix.push([stem.slice(1), concept]);
      else prefix.push([stem, concept]);
    }
  }
  for (const w of SHADOWS) parts.push([w, '']);
  parts.push(...infix);
  prefix.sort((a, b) => b[0].length - a[0].length);
  return { prefix, infix, parts, phrases };
}

export const CONCEPT_TABLE: ConceptTable = buildTable();

/** Ordinal words 1-10 (German inflected forms by stem, English whole words). */
export const ORDINALS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(erst(e|er|es|em|en)|first)$/, 1],
  [/^(zweit(e|er|es|em|en)|second)$/, 2],
  [/^(dritt(e|er|es|em|en)|third)$/, 3],
  [/^(viert(e|er|es|em|en)|fourth)$/, 4],
  [/^(fünft(e|er|es|em|en)|fifth)$/, 5],
  [/^(sechst(e|er|es|em|en)|sixth)$/, 6],
  [/^(siebt(e|er|es|em|en)|seventh)$/, 7],
  [/^(acht(e|er|es|em|en)|eighth)$/, 8],
  [/^(neunt(e|er|es|em|en)|ninth)$/, 9],
  [/^(zehnt(e|er|es|em|en)|tenth)$/, 10],
];

/** The same ordinals as a word -> value table (the exact forms ORDINALS accepts), for lookups per token. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['erst', 'first'],
      ['zweit', 'second'],
      ['dritt', 'third'],
      ['viert', 'fourth'],
      ['fünft', 'fifth'],
      ['sechst', 'sixth'],
      ['siebt', 'seventh'],
      ['acht', 'eighth'],
      ['neunt', 'ninth'],
      ['zehnt', 'tenth'],
    ] as const
  ).flatMap(([de, en], i) => [
    ...['e', 'er', 'es', 'em', 'en'].map((suf) => [de + suf, i + 1] as const),
    [en, i + 1] as const,
  ]),
);

/**
 * Concepts that count the instances of a recurring occasion ("die vierte Verhandlungsrunde", "the third round of
 * talks"): two reports that give one of them different counts report two
 * occasions, as two counts of an act do (ordinalRelation); unlike an act, neither is what an article reports.
 */
export const COUNTED_INSTANCES: ReadonlySet<string> = new Set(['round']);

/**
 * Acts that happen at one place (a quake, a storm, a fire, a crash, a launch, an election, a strike, a protest,
 * an attack): two reports of one such act name the same place. Acts between parties of several places (a
 * visit, a meeting, a call, a treaty, a match, a ruling, an arrest) do not.
 */
export const PLACED_ACTS: ReadonlySet<string> = new Set([
  'quake',
  'weather',
  'fire',
  'crash',
  'launch',
  'election',
  'strike',
  'protest',
  'attack',
  'collapse',
]);

/** Act families that are alternative outcomes of one decision (a rate cut, hike or hold): one decision has one of them. */
export const DECISION_OUTCOMES: ReadonlySet<string> = new Set(['cut', 'hike', 'hold']);

/** Concepts that name the act an article reports, by family: two articles mainly about different acts are different events. */
export const ACT_FAMILY: ReadonlyMap<string, string> = new Map([
  ['visit', 'visit'],
  ['meeting', 'meeting'],
  ['summit', 'meeting'],
  ['phone', 'phone'],
  ['letter', 'letter'],
  ['attack', 'attack'],
  ['shooting', 'attack'],
  ['bomb', 'attack'],
  ['testflight', 'launch'],
  ['launch', 'launch'],
  ['quake', 'quake'],
  ['flood', 'weather'],
  ['storm', 'weather'],
  ['fire', 'fire'],
  ['crash', 'crash'],
  ['strike', 'strike'],
  ['protest', 'protest'],
  ['resign', 'resign'],
  ['veto', 'veto'],
  ['recall', 'recall'],
  ['arrest', 'arrest'],
  ['court', 'court'],
  ['prize', 'prize'],
  ['final', 'match'],
  ['champion', 'match'],
  ['victory', 'match'],
  ['defeat', 'match'],
  ['goal', 'match'],
  ['cut', 'cut'],
  ['hike', 'hike'],
  ['hold', 'hold'],
  ['treaty', 'treaty'],
  ['election', 'election'],
  ['deal', 'deal'],
  ['hostage', 'hostage'],
  ['collapse', 'collapse'],
]);
