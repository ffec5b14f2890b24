// What makes a name an organisation (German and English): legal-form suffixes, head nouns of institutions, and
// the class of well-known international bodies and seats of government used for their governments ("der Kreml",
// "das Weiße Haus"). A generic resource: none of it is the names of a particular article.
import { table } from './places';

/** Legal forms that end a company name ("Siemens AG", "Apple Inc."). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'AG',
  'GmbH',
  'mbH',
  'KG',
  'KGaA',
  'OHG',
  'SE',
  'eG',
  'e.V.',
  'eV',
  'Inc',
  'Inc.',
  'Corp',
  'Corp.',
  'Corporation',
  'Ltd',
  'Ltd.',
  'LLC',
  'LLP',
  'plc',
  'PLC',
  'Co',
  'Co.',
  'S.A.',
  'SA',
  'SpA',
  'S.p.A.',
  'NV',
  'N.V.',
  'BV',
  'B.V.',
  'AB',
  'ASA',
  'Oy',
  'Holding',
  'Holdings',
  'Group',
  'Gruppe',
  'Konzern',
]);

/**
 * Nouns that belong to a firm's or a foundation's own name when they stand right before it ("Bankhaus Riedl &
 * Kessler", "Reederei Brandt & Söhne", "Stiftung Haberl & Wendt"), unlike "die Firma X" or "der Konzern X", where the
 * noun only says what kind of body follows.
 */
export const FIRM_NAME_HEADS: ReadonlySet<string> = new Set(
  `Bankhaus Bankhauses Privatbank Reederei Stiftung Kanzlei Anwaltskanzlei Brauerei Spedition Weingut Bäckerei Druckerei
Gärtnerei Werft Verlag Verlags Verlages Verlagshaus Verlagshauses Autohaus Autohauses Modehaus Modehauses Möbelhaus
Möbelhauses Kaufhaus Kaufhauses Auktionshaus Auktionshauses Galerie Kunsthandlung Buchhandlung Molkerei Käserei
Metzgerei Fleischerei Schreinerei Tischlerei Zimmerei Gießerei Ziegelei Sägewerk Kellerei Baufirma Bauunternehmung`.split(
    /\s+/,
  ),
);

/**
 * Head nouns (lower case) of institutions: a name ending in one, or a compound ending in one after a name
 * ("US-Außenministerium", "UN-Sicherheitsrat"), is an organisation.
 */
export const ORG_HEADS: readonly string[] =
  `ministerium außenministerium verteidigungsministerium partei volkspartei arbeiterpartei union bank zentralbank notenbank
universität hochschule akademie institut forschungsinstitut verband bundesverband verein gewerkschaft kommission rat sicherheitsrat
parlament regierung bundesregierung behörde agentur stiftung gericht gerichtshof verfassungsgericht amt bundesamt geheimdienst geheimdienste
nachrichtendienst armee streitkräfte marine luftwaffe polizei staatsanwaltschaft konzern gesellschaft gruppe holding werke werk klinik klinikum
krankenhaus fraktion bundestag landtag senat kongress kabinett ministerrat botschaft konsulat organisation organisationen liga club klub fc
allianz bündnis koalition front bewegung komitee ausschuss zentrale kammer handelskammer versicherung sparkasse börse airline airlines verlag
wetterdienst rettungsdienst sicherheitsdienst hilfswerk gewerkschaftsbund
council committee commission ministry department agency office bureau institute university college foundation association federation union party
bank corporation company group court army navy police service services authority board fund organization organisation league club alliance`
    .split(/\s+/)
    .filter(Boolean);

/** Well-known bodies and government seats, with their spellings in German and English (same format as places.ts). */
const INSTITUTIONS = `Vereinte Nationen|United Nations|UN|UNO;UN-Sicherheitsrat|UN Security Council|Weltsicherheitsrat|Sicherheitsrat der Vereinten Nationen;
Europäische Union|European Union|EU;Europäische Kommission|European Commission|EU-Kommission;Europäisches Parlament|European Parliament|EU-Parlament;
Europäische Zentralbank|European Central Bank|EZB|ECB;Nato|NATO;OSZE|OSCE;Europarat|Council of Europe;Internationaler Währungsfonds|International Monetary Fund|IWF|IMF;
Weltbank|World Bank;Weltgesundheitsorganisation|World Health Organization|WHO;Welthandelsorganisation|World Trade Organization|WTO;
Internationale Atomenergiebehörde|International Atomic Energy Agency|IAEA|IAEO;Internationaler Strafgerichtshof|International Criminal Court|IStGH|ICC;
Internationaler Gerichtshof|International Court of Justice|IGH|ICJ;Afrikanische Union|African Union;Arabische Liga|Arab League;Asean|ASEAN;Opec|OPEC;
G7;G20;Interpol;Europol;Frontex;Rotes Kreuz|Red Cross|Internationales Komitee vom Roten Kreuz|IKRK|ICRC;Unicef|UNICEF;Unesco|UNESCO;UNHCR;
Amnesty International;Human Rights Watch;Greenpeace;Ärzte ohne Grenzen|Doctors Without Borders;
Kreml|Kremlin;Weißes Haus|White House;Pentagon;Élysée|Elysée|Élysée-Palast|Elysee Palace;Downing Street;Kapitol|Capitol|Capitol Hill;
Bundeskanzleramt|Kanzleramt;Bundestag;Bundesrat;Bundesregierung;Bundeswehr;Bundesverfassungsgericht;Bundesnachrichtendienst|BND;
Verfassungsschutz|Bundesamt für Verfassungsschutz;US-Kongress|Kongress|US Congress|Congress;US-Senat|Senat|Senate;Repräsentantenhaus|House of Representatives;
Supreme Court|Oberster Gerichtshof;Federal Reserve|Fed|US-Notenbank;Duma|Staatsduma|State Duma;Knesset;Unterhaus|House of Commons;Oberhaus|House of Lords;
Politbüro|Politburo;Zentralkomitee|Central Committee;Heiliger Stuhl|Holy See`;

/** Every spelling of a known institution, mapped to its canonical spelling. */
export const INSTITUTIONS_MAP: ReadonlyMap<string, string> = table(INSTITUTIONS);

/**
 * Political parties named by a common word ("die Grünen", "der Linken", "die Union", "die Republikaner"), each
 * spelling with the party's short name: a party only after an article and with no capitalised word after it
 * ("die Grüne Woche", "Union Berlin" are other names).
 */
export const PARTY_WORDS: ReadonlyMap<string, string> = new Map([
  ['Grüne', 'Grüne'],
  ['Grünen', 'Grüne'],
  ['Linke', 'Linke'],
  ['Linken', 'Linke'],
  ['Linkspartei', 'Linke'],
  ['Union', 'Union'],
  ['Republikaner', 'Republikaner'],
  ['Demokraten', 'Demokraten'],
]);

/** Abbreviations that open a sports club's name ("FC", "VfL", "TSV"). */
export const CLUB_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'FC SC SV VfL VfB VfR TSV TuS TSG SpVgg SG SK ESV FSV SSV BSC KSC MSV SSC PSV DJK ASV HSG THW EHC ERC FK NK AC AS CF CD'.split(
    ' ',
  ),
);
/** Words that name a sports club together with its town ("Borussia X", "Eintracht X", "Real X"). */
export const CLUB_WORDS: ReadonlySet<string> = new Set(
  `Borussia Eintracht Fortuna Arminia Alemannia Hertha Dynamo Lokomotive Lok Kickers Union Werder Hansa Energie Preußen Viktoria Germania
  Concordia Teutonia Bayer Inter Real Atlético Olympique Sporting Racing Austria Rapid Sturm Admira Wacker Stahl Chemie Motor Jahn
  Rot-Weiss Rot-Weiß Schwarz-Weiß Blau-Weiß Grün-Weiß`.split(/\s+/),
);
