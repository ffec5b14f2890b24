// The article's frame around its running text: title line, dateline, credit and outlet lines, boilerplate.
// Everything recognised here is excluded from claims. The rules are shapes, not names: a short first line
// without a final period is a title; "(Place)" or "PLACE (agency) –" opening the lead is a dateline;
// "Quelle: X", "Source: X", "(agency)" at the very end, or a lone short line at the end is a credit line;
// promo phrases ("Mehr zum Thema –", "Verfolgen Sie unseren Liveblog") are boilerplate.
import { NEWS_AGENCIES } from '../resources/agencies';
import { GIVEN_NAMES_TEXT } from '../resources/givenNames';
import { GERMAN_GIVEN_NAMES_TEXT } from '../resources/personNames';
import { SetUnion, WordTable } from '../resources/wordTable';
import { agencyCredit, agencyName, creditNamesOutlet, outletLike, statedOutlet } from './outlet';
import type { Furniture, FurnitureKind, Layout, Span, TextSpan } from '../types';

interface Line extends Span {
  text: string;
}

const AGENCY_SET = new Set(NEWS_AGENCIES.map((a) => a.toLowerCase()));

const BOILERPLATE = [
  /^(Mehr zum Thema|Lesen Sie (auch|mehr|hier)|Weiterlesen|Verfolgen Sie|Folgen Sie|Abonnieren Sie|Melden Sie sich|Zum Liveblog|Alle (aktuellen )?Entwicklungen|Hier (geht es|gibt es|finden Sie)|Mehr dazu|Mehr Informationen|Anzeige\b|Werbung\b|Das könnte Sie auch interessieren|Auch interessant|Empfehlungen|Teilen:|Artikel teilen|Kommentare?\b|Foto:|Bild:|Fotos?:|Video:|Quelle des Bildes|Titelbild|Copyright|©)/iu,
  /^(Read more|Read also|Also read|Related:|Related coverage|More on this|Follow (us|our)|Sign up|Subscribe|Click here|Advertisement|Watch:|Photo:|Image:|Copyright|©|Newsletter:|Share this (article|story|page)$)/iu,
  /(Liveblog|Newsletter|Live-Ticker|Liveticker)\b.{0,60}$/iu,
];

/** An English byline under the title ("By Howard Schneider and Ann Saphir", "By Jane Doe, Reuters"). */
const BYLINE =
  /^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:(?:,|\s+and)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*(?:\s*[,|–—-]\s*[\p{L} .]{2,30})?$/u;

/** A wire's version mark opening a headline: "UPDATE 2-", "EXCLUSIVE-", "CORRECTED-", "WRAPUP 1-". */
const WIRE_MARK =
  /^(?:UPDATE|CORRECTED|EXCLUSIVE|BREAKING|WRAPUP|ANALYSIS|FACTBOX|INSIGHT|REFILE|RPT|URGENT)(?:\s+\d{1,2})?\s*-\s*(?=\p{Lu})/u;

/** A wire trailer ("Reporting by X in Y; Editing by Z", "(Writing by X)"). */
const WIRE_TRAILER = /^\(?(Reporting|Additional reporting|Writing|Editing|Compiled) by\b.{2,300}$/u;

const CREDIT =
  /^(Quelle|Quellen|Source|Sources|Mit Material von|Material von|Mit Agenturmaterial|Agenturen|Text|Autor|Von|By|Reporting by|Berichterstattung)\s*[:–—-]\s*(.{1,80})$/iu;

// ---- page furniture -----------------------------------------------------------------------------------
// What a saved news page carries around its text, recognised on any line (pages put captions between
// paragraphs and date lines above or below the title): photo captions with their credit ("… Photo: AFP",
// "Foto: dpa/Jane Roe", "… (ab/dpa)"), credit lines ("Von: dpa, AFP", "msh/ab (dpa, Reuters)", "Le Monde with
// AP and AFP"), bylines ("Von Jane Roe und John Doe", "By Jane Roe"), update stamps ("Update 12.08., 14:03
// Uhr: …", only the stamp) and date lines ("15.11.24 17:36 Uhr", "München, 08.01.2024 | 10:51 | spi",
// "Wednesday, November 15, 2023", "Published on May 26, 2024, at 4:58 pm", "Stand: 12.08.2025 14:03 Uhr").
// Each test is a shape anchored at the line's start or end, so a line costs time linear in its length.

const PHOTO_CREDIT =
  /(?:^|[\s.(|–—-])(?:Photo|Photos|Photograph|Photographs|Photo illustration|Illustration|Composite|Foto|Fotos|Archivfoto|Archivbild|Symbolfoto|Symbolbild|Fotomontage|Grafik|Bild|Bilder|Image|Picture|Picture credit|Credit|Bildquelle|Bildnachweis|Fotocredit)\s?:\s*([^:.!?„“"»«]{2,80}?)\)?\s*$/iu;
/** "(ab/dpa)", "(Foto: …)" at a line's end: an editor's initials with an agency. */
const INITIALS_CREDIT = /\(\s*((?:\p{Ll}{1,4}\s*\/\s*)+[\p{L}-]{2,20}(?:\s*\/\s*[\p{L}-]{2,20})?)\s*\)\s*$/u;
/** "msh/ab (dpa, Reuters)": editors' initials and the agencies, a line of its own. */
const INITIALS_LINE = /^\p{Ll}{1,4}(?:\s*\/\s*\p{Ll}{1,4})*\s*\(([^()]{2,60})\)$/u;
/** "Von: dpa, AFP", "Quelle: Reuters", "Text: Jane Roe" as a line of its own. */
const CREDIT_LINE =
  /^(?:Von|By|Quelle|Quellen|Source|Sources|Text|Texte|Autor|Autorin|Autoren|Mit Material von|Material|Agenturen)\s?:\s*([^.!?:]{2,80})$/iu;
/** "Le Monde with AP and AFP", "SPIEGEL mit dpa": an outlet with the agencies it drew on. */
const WITH_AGENCIES = /^([\p{Lu}][\p{L}.&'-]*(?:\s+[\p{Lu}][\p{L}.&'-]*){0,3})\s+(?:with|mit)\s+([\p{L}\s,&-]{2,60})$/u;
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
const PERSON = `${NAME_WORD}(?:\\s+(?:\\p{Lu}\\.|${NAME_WORD}|von|van|de|der|den|da|di|le|la|al|bin)){1,3}`;
/** "Von Jane Roe und John Doe", "By Jane Roe, John Doe and Max Mustermann", optionally ", Reuters" / "| Berlin". */
const BYLINE_ANY = new RegExp(
  `^(?:Von|By|Ein (?:Kommentar|Bericht|Gastbeitrag) von|Eine Analyse von|Analysis by)\\s+(${PERSON})((?:\\s*(?:,|und|and|&)\\s*${PERSON})*)(?:\\s*[,|–—-]\\s*[\\p{L} .]{2,30})?$`,
  'u',
);
/** "… AP Photo/Jane Roe", "(AP Photo/Jane Roe)", "REUTERS/Jane Roe": an agency's photo credit ending a caption. */
const AGENCY_PHOTO_CREDIT = new RegExp(`(?:^|[\\s.(])(\\p{L}{2,12})(?:\\s+Photo)?\\s*\\/\\s*${PERSON}\\)?$`, 'u');
/** "Update 12.08., 14:03 Uhr:", "Aktualisiert am 3. Mai:", "UPDATE, June 3 (Reuters) -": the stamp only. */
const UPDATE_STAMP =
  /^\+*\s*(?:Update|UPDATE|Aktualisierung|Aktualisiert|Updated|Korrektur|Correction)\b(?:\d{1,2}:\d{2}|[^:\n]){0,50}?(?::(?!\d)|\s[–—-]\s)\s*/u;
// Page chrome: the controls and navigation a saved page carries as lines of their own.
/** "Startseite › Region › Kreis X", "Home > News > Local", "HOME / NEWS / LOCAL": short segments and separators. */
const BREADCRUMB_SEGMENT = /^\p{L}[\p{L}\d&'’.-]*(?:\s+[\p{L}\d&'’.-]+){0,3}$/u;
/** "Listen to this article · 4 min", "Artikel anhören", "4 Min. Lesezeit", "Lesezeit: 3 Minuten", "5 min read". */
const LISTEN_OR_READ =
  /^(?:(?:Listen to (?:this )?(?:article|story)|Artikel (?:anhören|vorlesen lassen|vorlesen)|Audio(?:version)?)\b[^.!?]{0,30}|(?:(?:Geschätzte )?Lese(?:zeit|dauer)|Reading time|Read time)\s*:?\s*(?:ca\.\s*)?\d{1,2}\s*(?:Min(?:uten|\.)?|min(?:utes?|s)?\.?)|(?:ca\.\s*)?\d{1,2}\s*(?:Min(?:uten|\.)?|min(?:utes?|s)?\.?)\s*(?:Lesezeit|Lesedauer|read|reading time|Read))$/iu;
/** "Story continues below advertisement", "Advertisement", "Weiter nach der Anzeige". */
const AD_MARKER =
  /^(?:(?:Story|Article|Text|Der Artikel) (?:continues|geht) (?:below|weiter)(?: (?:the )?(?:advertisement|ad|nach der Anzeige|unter der Anzeige))?|Advertisement|Weiter nach der Anzeige|Anzeige|Werbung|Sponsored(?: content)?)$/iu;
/** "2 hours ago", "vor 3 Stunden", "Updated 1 hour ago". */
const AGE_STAMP =
  /^(?:(?:Updated|Published|Posted|Aktualisiert|Veröffentlicht)\s+)?(?:vor\s+)?(?:\d{1,2}|an?|one|einer?)\s+(?:minutes?|mins?|hours?|hrs?|days?|Minuten|Minute|Stunden|Stunde|Tagen|Tag)(?:\s+ago)?$/iu;
/** The controls of a page's share bar, one to six words of them on a line ("Share", "Save", "Teilen Merken Drucken"). */
const CONTROL_WORDS = new Set(
  'share save print email e-mail mail copy link comment comments gift listen follow teilen merken drucken kopieren kommentare kommentieren verschenken vorlesen anhören folgen facebook twitter x whatsapp linkedin telegram threads bluesky reddit pinterest flipboard on via auf this article story artikel den diesen beitrag'.split(
    ' ',
  ),
);
/** "Image caption, …", "Media caption, …", "Bildunterschrift: …": a caption with its label. */
const CAPTION_LABEL =
  /^(?:Image caption|Media caption|Caption|Bildunterschrift|Bildtext|Symbolbild|Symbolfoto|Archivbild|Archivfoto)\s*[,:]\s*\S/iu;
/** "Image source, Getty Images", "Bildquelle: …" (the label alone before a credit). */
const SOURCE_LABEL = /^(?:Image source|Image credit|Picture source)\s*[,:]\s*(.{2,80})$/iu;
/** A byline's role line under the name ("Westcountry reporter", "Political correspondent", "Redakteurin"). */
const BYLINE_ROLE =
  /^(?:[\p{L}-]+\s+){0,4}(?:reporter|correspondent|editor|writer|columnist|Redakteur|Redakteurin|Korrespondent|Korrespondentin|Reporter|Reporterin|Autor|Autorin)$/u;

/** "12 Kommentare", "348 comments", "1.2K shares": a counter of the page's controls. */
const COUNT_CONTROL =
  /^\d[\d.,]{0,6}[KkTt]?\s+(?:Kommentare?|comments?|shares?|likes?|Reaktionen|reactions|Antworten|replies)$/iu;
/** "1/12", "3 von 8", "Foto 3 von 8", "Image 1 of 5": a gallery's counter. */
const GALLERY_COUNTER = /^(?:(?:Foto|Bild|Photo|Image|Picture|Slide)\s+)?\d{1,3}\s*(?:\/|von|of)\s*\d{1,3}$/iu;
/** "Seite 3", "Page 12", "S. 4": a print page's number kept in the saved text. */
const PAGE_NUMBER = /^(?:Seite|Page|S\.)\s*\d{1,3}$/iu;
/** A page's navigation on a line of its own ("Home", "Startseite", "Most read", "Zurück zur Startseite"). */
const NAV_LINE =
  /^(?:Home|Homepage|Startseite|Zur Startseite|Zurück zur Startseite|Back to top|Nach oben|Menu|Menü|Navigation|Suche|Search|Anmelden|Login|Log in|Sign in|Most read|Most popular|Meistgelesen|Meistgelesene Artikel|Top stories|Top-Themen|Latest|Neueste Artikel|Skip to (?:main )?content|Zum Inhalt springen)$/iu;
/** A paywall's label or its call to read on ("Plus-Artikel", "Jetzt weiterlesen mit X Plus", "Subscribe to continue reading"). */
const PAYWALL =
  /^(?:(?:\p{L}+[ -])?Plus[ -]Artikel|Premium(?:-Artikel| article)?|Exklusiv für Abonnenten|Nur für Abonnenten|Subscribers? only|Subscriber exclusive|Jetzt abonnieren|Subscribe to (?:continue|read)[\p{L} ]{0,30}|(?:Jetzt )?(?:weiterlesen|Weiterlesen) mit (.{2,40}?)|Mit (.{2,40}?) weiterlesen)$/iu;

/** The outlet a paywall line names ("Jetzt weiterlesen mit Wallseer Anzeiger Plus" → "Wallseer Anzeiger"). */
function paywallOutlet(t: string, m: RegExpExecArray): { start: number; end: number } | undefined {
  const name = m[1] ?? m[2];
  if (!name) return undefined;
  const bare = name.replace(/\s*(?:[+]|Plus|plus|PLUS|Premium|Digital|-Abo|Abo)$/u, '').trim();
  if (!/^\p{Lu}/u.test(bare) || bare.split(/\s+/u).length > 4) return undefined;
  const start = t.indexOf(bare);
  return start < 0 ? undefined : { start, end: start + bare.length };
}

/** Words a newsletter adds to its outlet's name ("Harbour Times Morning Briefing" → "Harbour Times"). */
const NEWSLETTER_WORDS =
  /(?:\s+(?:Morning|Evening|Daily|Weekly|Weekend|Breaking|News)?\s*(?:Briefing|Newsletter|Digest|Update|Bulletin|Alert|Alerts|Roundup|Morgenpost|Abendpost|Frühstück))+$/iu;
/** "red, steiermark.ORF.at/Agenturen", "mau, ntv.de": an editor's sign (or "red" for the newsroom) and a site. */
const SITE_CREDIT =
  /^(?:red|Red\.|Redaktion|\p{Ll}{2,4})\s*,\s*([\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:at|de|ch|com|net|org|eu|uk|fr|it|nl|lu))(?:\s*\/\s*[\p{L} ,-]{2,40})?$/u;

/** PLACE_DATE_LEAD where the place and the lead open with a capital. */
function placeDateLead(lt: string): RegExpExecArray | null {
  const m = PLACE_DATE_LEAD.exec(lt);
  if (!m || !/^\p{Lu}/u.test(lt.slice(m[0].length))) return null;
  // Every word of the place capitalised, no weekday and no preposition ("Am Montag, 1. Dezember 2026 – …").
  const words = m[1]!.split(/[ /-]/u);
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return null;
  if (words.some((w) => WEEKDAY_SET.has(w.toLowerCase().replace(/\.$/u, '')) || MONTH_INDEX.has(w.toLowerCase())))
    return null;
  if (/^(?:Am|Ab|An|Bis|Seit|Vom|Zum|Im|On|By|Since|From|Until|Through|Der|Die|Das|The)$/u.test(words[0]!)) return null;
  return m;
}

/**
 * The head of a page's trailer, a line of its own near the end: a press release's contact block ("Pressekontakt:"),
 * the page's topic tags ("Themen", "Related topics"), its links to more ("Mehr aus Kornau", "More on this story"),
 * a newsletter sign-up ("Newsletter") or its comments ("Kommentare (4)").
 */
const TRAILER_HEAD =
  /^(?:Pressekontakt|Medienkontakt|Kontakt für Medien|Ansprechpartner(?:in)? für (?:die )?(?:Presse|Medien)|Press contact|Media contact|Media enquiries|Media inquiries|For media enquiries|Notes to editors|Hinweis für Redaktionen|Themen|Schlagworte|Schlagwörter|Stichworte|Tags|Topics|Related topics|Related|More on this story|More on this|More from [\p{L} ]{2,30}|Mehr zum Thema|Mehr aus [\p{L} ]{2,30}|Mehr von [\p{L} ]{2,30}|Mehr News|Das könnte Sie auch interessieren|Auch interessant|Newsletter|Kommentare(?: \(\d+\))?|Comments(?: \(\d+\))?)\s*:?$/iu;
/** "Jana Roth ist Redakteurin im Ressort Lokales …", "Tom Ash is a reporter for …": the author's note at the end. */
const AUTHOR_NOTE = new RegExp(
  `^${PERSON} (?:ist|is|war|was) (?:[\\p{L}-]+ ){0,4}(?:Redakteur(?:in)?|Reporter(?:in)?|Korrespondent(?:in)?|Volontär(?:in)?|Autor(?:in)?|Journalist(?:in)?|reporter|correspondent|editor|writer|journalist|columnist)\\b`,
  'u',
);
/** "© 2026 Ambleton Gazette. All rights reserved.", "Copyright 2026 The Associated Press": the page's owner. */
const COPYRIGHT_OWNER =
  /^(?:©|\(c\)|Copyright(?: ©)?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?((?:The\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4})\s*(?:[.,]|$)/u;
/** "Follow Dale Valley Herald on Facebook and X": a page's own name in its call to follow it. */
const FOLLOW_OUTLET =
  /^(?:Follow|Folgen Sie)\s+(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4})\s+(?:on|auf)\s+(?:Facebook|X|Twitter|Instagram|TikTok|LinkedIn|Threads|Bluesky|YouTube|WhatsApp)\b[^.!?]{0,60}[.!]?$/u;
/** A page's footer links ("Privacy Policy | Terms of Use | Cookie Settings", "Impressum · Datenschutz · AGB"). */
const FOOTER_LINK =
  /^(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms and conditions|cookie(?:s| settings| policy| preferences)?|accessibility|contact(?: us)?|about(?: us)?|sitemap|advertise(?: with us)?|impressum|datenschutz(?:erklärung|einstellungen)?|agb|kontakt|barrierefreiheit|nutzungsbedingungen|cookie-einstellungen|mediadaten|jobs|karriere|careers)$/iu;
/** A correction's note: "This article was amended on …", "Korrektur: In einer früheren Version hieß es …". */
const CORRECTION_NOTE =
  /^(?:This (?:article|story|piece|report) (?:was|has been) (?:amended|updated|corrected|changed)\b|(?:Correction|Korrektur|Berichtigung|Editor'?s note|Anmerkung der Redaktion)\s*:\s*(?:In einer früheren|In einer vorherigen|In der ersten|An earlier|A previous|An? (?:earlier|previous) version|This (?:article|story)|Dieser Artikel|Wir haben|We have|Der Artikel|The article)|In einer (?:früheren|vorherigen) Version (?:dieses (?:Artikels|Textes|Beitrags) )?(?:hieß|stand|war))/iu;

/** A page's closing lines of its own: a wire's standards line, a newsdesk's call for stories. */
const TRAILER_LINE =
  /^(?:Our Standards:|Do you have a story|Got a story|Have you got a story|Get in touch|Haben Sie (?:Hinweise|Anregungen|eine Geschichte)|Sie haben Hinweise|Schreiben Sie uns|Contact the newsdesk|Kontakt zur Redaktion)/iu;

/** A live ticker's time opening an entry: "14:32 Uhr: …", "+++ 13.58 Uhr +++ …", "2.15pm: …", "09:40 GMT – …". */
const TICKER_STAMP =
  /^\+*\s*\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|am|pm|a\.m\.|p\.m\.|GMT|BST|UTC|MEZ|MESZ|CET|CEST|ET))?\s*(?:\++\s*|:\s+|[–—-]\s+)(?=\p{Lu}|„|")/u;

/** Whether a line is a row of footer links, split by bars or dots. */
function isFooter(t: string): boolean {
  if (t.length > 160) return false;
  const parts = t.split(/\s*[|·•]\s*/u).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => FOOTER_LINK.test(p));
}

/** Whether a trimmed line is a breadcrumb: two to seven short segments joined by "›", "»", ">" or " / ". */
function isBreadcrumb(t: string): boolean {
  if (t.length > 120) return false;
  const arrow = /\s*[›»>]\s*/u;
  let parts: string[];
  if (/[›»>]/u.test(t)) parts = t.split(arrow);
  else if (t.includes(' / ')) {
    parts = t.split(/\s+\/\s+/u);
    // Slashes join words in prose and titles ("Krieg / Frieden"): three segments at least, or capitals only.
    if (parts.length < 3 && /\p{Ll}/u.test(t)) return false;
  } else return false;
  return parts.length >= 2 && parts.length <= 7 && parts.every((p) => BREADCRUMB_SEGMENT.test(p));
}

/** Whether a trimmed line is a share bar: up to six words, each a control word. */
function isControls(t: string): boolean {
  if (t.length > 60) return false;
  const words = t
    .toLowerCase()
    .split(/[\s·|•,:/]+/u)
    .filter(Boolean);
  return words.length >= 1 && words.length <= 6 && words.every((w) => CONTROL_WORDS.has(w));
}

/** Page chrome on a line of its own (see above), or a page label in capitals alone ("EILMELDUNG", "LIVE"). */
function isChrome(t: string): boolean {
  if (t.length > 120 || /[.!?]["'“”’»«)]*$/u.test(t.replace(/\b(?:Min|ca)\.$/u, ''))) {
    if (!LISTEN_OR_READ.test(t)) return false;
  }
  return (
    LISTEN_OR_READ.test(t) ||
    AD_MARKER.test(t) ||
    AGE_STAMP.test(t) ||
    isControls(t) ||
    COUNT_CONTROL.test(t) ||
    GALLERY_COUNTER.test(t) ||
    PAGE_NUMBER.test(t) ||
    NAV_LINE.test(t) ||
    isSectionLabel(t) ||
    isBreadcrumb(t) ||
    CAPS_LABELS.has(t.toLowerCase().replace(/[:!]$/u, ''))
  );
}

/** Words a date line may carry besides dates and times. */
const DATE_LINE_WORDS =
  /\b(?:published|updated|update|last|on|at|am|um|uhr|stand|veröffentlicht|aktualisiert|erstellt|zuletzt|geändert|modified|posted|gmt|utc|cet|cest|mez|mesz|et|est|edt|pt|pm|am|a\.m|p\.m|h|min|lesezeit|read|reading|time|minutes?|and|und)\b\.?/giu;
const TIME_OF_DAY = /\b\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|am|pm|a\.m\.|p\.m\.))?/giu;
const MONTH_NAMES =
  'januar|jänner|january|jan|februar|february|feb|märz|march|mar|april|apr|mai|may|juni|june|jun|juli|july|jul|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|dezember|december|dez|dec';
const WEEKDAY_NAMES =
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so';
/** A calendar date as pages print it; group 1-3: d.m.y, 4-6: y-m-d, 7-9: Month d, y, 10-12: d. Month y. */
const PAGE_DATE = new RegExp(
  `(?:\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?(?!\\d)|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b|\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})\\b)`,
  'giu',
);
/** "Ebersfeld, 01.12.2026. ", "Berlin, 1. Dezember 2026 – ", "Leeds, December 1, 2026 – " opening a lead (case-blind for the month: the
 * place and the lead's first letter are checked for capitals where it is used). */
const PLACE_DATE_LEAD = new RegExp(
  `^(\\p{Lu}[\\p{L}.'-]+(?:[ /-]\\p{Lu}[\\p{L}.'-]+){0,2}),\\s+(?:den\\s+)?(\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{1,2}\\.\\s+(?:${MONTH_NAMES})\\s+\\d{4}|(?:${MONTH_NAMES})\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH_NAMES})\\s+\\d{4})\\s*(?:[.:]|\\s[–—-])\\s+`,
  'iu',
);
const DIGIT = /\d/;
// Labels a page sets in capitals before its text; never a dateline's place.
const CAPS_LABELS = new Set([
  'anzeige',
  'werbung',
  'update',
  'eilmeldung',
  'exklusiv',
  'kommentar',
  'interview',
  'analyse',
  'meinung',
  'live',
  'breaking',
  'exclusive',
  'opinion',
  'analysis',
  'editorial',
  'sponsored',
  'advertisement',
  'watch',
  'video',
  'fotos',
  'photos',
  'korrektur',
  'correction',
  'aktualisiert',
  'updated',
  'hintergrund',
  'gastbeitrag',
]);
const WEEKDAY_SET = new Set(WEEKDAY_NAMES.split('|'));
const WEEKDAY_RE = new RegExp(`\\b(?:${WEEKDAY_NAMES})\\b\\.?,?`, 'giu');
const MONTH_INDEX = new Map<string, number>(
  MONTH_NAMES.split('|').map((m) => [
    m,
    ['jan', 'feb', 'mar|mär', 'apr', 'mai|may', 'jun', 'jul', 'aug', 'sep', 'okt|oct', 'nov', 'dez|dec'].findIndex(
      (p) => p.split('|').some((q) => m.startsWith(q)),
    ) + 1,
  ]),
);

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The ISO day of a page date match, or null when it is not a valid day or has no year. */
function pageDateIso(m: RegExpExecArray): string | null {
  let y: number, mo: number, d: number;
  if (m[1] !== undefined) {
    if (m[3] === undefined) return null;
    d = +m[1];
    mo = +m[2]!;
    y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
  } else if (m[4] !== undefined) {
    y = +m[4];
    mo = +m[5]!;
    d = +m[6]!;
  } else if (m[7] !== undefined) {
    mo = MONTH_INDEX.get(m[7].toLowerCase()) ?? 0;
    d = +m[8]!;
    y = +m[9]!;
  } else {
    d = +m[10]!;
    mo = MONTH_INDEX.get(m[11]!.toLowerCase()) ?? 0;
    y = +m[12]!;
  }
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad2(mo)}-${pad2(d)}`;
}

/**
 * A line that is a date line: at least one dated day, and besides dates, weekdays, times and the words of a
 * stamp ("Published on", "Stand:", "Uhr") at most a place ("München,") and an editor's initials ("| spi").
 * Returns the ISO day of its first full date (null when it has none with a year), or undefined for no date line.
 */
export function dateLineDate(line: string): string | null | undefined {
  const t = line.trim();
  // Every form of PAGE_DATE has a digit: a line without one is no date line (most lines are prose).
  if (t.length < 6 || t.length > 160 || !DIGIT.test(t)) return undefined;
  PAGE_DATE.lastIndex = 0;
  let first: string | null | undefined;
  let m: RegExpExecArray | null;
  let rest = '';
  let at = 0;
  while ((m = PAGE_DATE.exec(t))) {
    if (first === undefined || first === null) {
      const iso = pageDateIso(m);
      if (first === undefined || iso) first = iso;
    }
    rest += t.slice(at, m.index) + ' ';
    at = m.index + m[0].length;
  }
  if (first === undefined) {
    // "28.05." alone is no date line; a weekday with a day and month ("Mittwoch, 15. November") is one.
    return undefined;
  }
  rest += t.slice(at);
  rest = rest
    .replace(TIME_OF_DAY, ' ')
    .replace(WEEKDAY_RE, ' ')
    .replace(DATE_LINE_WORDS, ' ')
    .replace(/\([^()]{0,30}\)/g, ' ');
  const words = rest.match(/[\p{L}\d]+/gu) ?? [];
  // A place before the date ("München,") and an editor's short sign ("spi") may remain.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  const other = words.filter((w) => !/^\p{Lu}/u.test(w));
  if (capitalised.length > 3 || other.length > 1 || other.some((w) => w.length > 4)) return undefined;
  return first;
}

let GIVEN: ReadonlySet<string> | null = null;
/** Given names (a generic resource), built on first use; read-only afterwards. */
function givenNames(): ReadonlySet<string> {
  // The two sorted lists searched as they are (the bundles carry them as bytes, not strings: see wordTable.ts).
  GIVEN ??= new SetUnion([WordTable.sorted(GIVEN_NAMES_TEXT, ' '), WordTable.sorted(GERMAN_GIVEN_NAMES_TEXT, ' ')]);
  return GIVEN;
}

/**
 * "By Jane Doe and John Roe | Markets | Updated 8:05 AM ET, Wed Oct 22, 2025", "Oslo | Published: Oct 10, 2025 | Last
 * updated 1 hour ago": pieces split by bars, one a date line, each other a byline, a section or place of up to three
 * capitalised words, or an age stamp. The date of that piece, or undefined.
 */
function pipedDateLine(
  t: string,
):
  | { date: string | null; outlet?: { start: number; end: number }; labels: Array<{ start: number; end: number }> }
  | undefined {
  const pieces = t.split(/\s+\|\s+/u);
  if (pieces.length < 2 || pieces.length > 5) return undefined;
  let date: string | null | undefined;
  let outlet: { start: number; end: number } | undefined;
  const labels: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const [k, piece] of pieces.entries()) {
    const from = t.indexOf(piece, at);
    at = from + piece.length;
    if (isSectionLabel(piece)) labels.push({ start: from, end: at });
    const d = date === undefined ? dateLineDate(piece) : undefined;
    if (d !== undefined) {
      date = d;
      continue;
    }
    // A masthead before its section and date ("Wendelheider Kurier | Region | 04.11.2026"): the page's name.
    if (k === 0 && outletLike(piece) && !givenNames().has(piece.split(/\s+/u)[0]!)) {
      outlet = { start: 0, end: piece.length };
      continue;
    }
    const b = BYLINE_ANY.exec(piece);
    if (b && bylineAuthors(b)) continue;
    if (/^\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2}$/u.test(piece)) continue;
    if (/^(?:Last\s+)?updated\s+\d{1,2}\s+(?:minutes?|hours?|days?)\s+ago$/iu.test(piece)) continue;
    return undefined;
  }
  return date === undefined ? undefined : { date, labels, ...(outlet ? { outlet } : {}) };
}

/** A line that is only an author's name: a given name and one or two capitalised words. */
function loneAuthor(t: string): boolean {
  if (t.length > 40 || !/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(t)) return false;
  return givenNames().has(t.split(/\s+/)[0]!);
}

/** A news page's section names (a generic list): "Wirtschaft", "Region", "Politics", "Wildlife". */
const SECTION_WORDS = new Set(
  (
    'politik wirtschaft region regional lokales lokal sport kultur panorama welt inland ausland wissen gesundheit ' +
    'reise auto mobilität digital meinung finanzen geld karriere leben gesellschaft bildung klima umwelt ' +
    'verbraucher stadt land service news nachrichten aktuell ' +
    'politics business markets world sports sport culture science health tech technology wildlife environment ' +
    'opinion local national international entertainment travel lifestyle money climate education nation us uk ' +
    'europe asia africa americas economy companies finance weather crime justice'
  ).split(' '),
);

/** Whether a piece is one or two section names ("Wirtschaft", "Politik & Gesellschaft"). */
function isSectionLabel(piece: string): boolean {
  const words = piece
    .toLowerCase()
    .split(/\s*(?:&|und|and|\/|\s)\s*/u)
    .filter(Boolean);
  return words.length >= 1 && words.length <= 3 && words.every((w) => SECTION_WORDS.has(w));
}

/** Whether every author of a byline opens with a given name or an initial. */
function bylineAuthors(m: RegExpExecArray): boolean {
  const authors = [m[1]!, ...m[2]!.split(/\s*(?:,|\bund\b|\band\b|&)\s*/u).filter((s) => s.trim())];
  return authors.every((a) => {
    const w = a.trim().split(/\s+/)[0]!;
    return /^\p{Lu}\.$/u.test(w) || givenNames().has(w);
  });
}

function agencyList(s: string): boolean {
  const parts = s
    .split(/\s*(?:,|\/|\band\b|\bund\b|&)\s*/u)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => AGENCY_SET.has(p.toLowerCase()));
}

/** "mau/dpa", "ab/AFP/Reuters": an editor's initials with the agencies drawn on. */
const INITIALS_AGENCIES = /^\p{Ll}{1,4}\s*\/\s*(.{2,60})$/u;

/**
 * The outlet's part of a credit that is no list of agencies: "ntv.de, mau/dpa" names ntv.de, followed by the
 * editor's initials and the agencies; otherwise the whole credit.
 */
function creditHead(listed: string): { start: number; end: number } {
  const comma = listed.indexOf(',');
  if (comma > 0) {
    const rest = listed
      .slice(comma + 1)
      .split(',')
      .map((p) => p.trim());
    const agencies = (p: string): boolean => {
      const ia = INITIALS_AGENCIES.exec(p);
      return agencyList(ia ? ia[1]! : p);
    };
    if (rest.length && rest.every(agencies)) return { start: 0, end: listed.slice(0, comma).trimEnd().length };
  }
  return { start: 0, end: listed.length };
}

/** The first name of a list of agencies ("dpa, Reuters" → "dpa") at offset `at`: the outlet is one name. */
function firstName(list: string, at: number): { start: number; end: number } {
  // The first non-empty part: a list may open with a separator ("Quelle: , dpa").
  const sep = /\s*(?:,|\/|&|\band\b|\bund\b)\s*/gu;
  let from = 0;
  for (;;) {
    const m = sep.exec(list);
    const to = m ? m.index : list.length;
    const part = list.slice(from, to);
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    if (name) return { start: at + from + lead, end: at + from + lead + name.length };
    if (!m) return { start: at, end: at + list.length };
    from = m.index + m[0].length;
  }
}

interface LineFurniture {
  kind: FurnitureKind;
  /** Offsets within the trimmed line. */
  start: number;
  end: number;
  /** The outlet it names, offsets within the trimmed line. */
  outlet?: { start: number; end: number };
  /** The ISO day of a date line. */
  date?: string | null;
  /** Where a caption's credit starts, within the trimmed line. */
  credit?: number;
  /** Section labels within the line ("Wirtschaft"), offsets within the trimmed line. */
  labels?: Array<{ start: number; end: number }>;
}

/** The furniture of one trimmed line: the whole line, or a stamp at its start or a credit at its end. */
function lineFurniture(t: string): LineFurniture | null {
  const len = t.length;
  if (len === 0 || len > 600) return null;
  // Pieces between bars first: a masthead's piece names the outlet ("Tiroler Bergbote | Wirtschaft | 16.02.2026").
  const piped = len <= 200 && t.indexOf('|') > 0 ? pipedDateLine(t) : undefined;
  if (piped !== undefined)
    return {
      kind: 'date',
      start: 0,
      end: len,
      date: piped.date,
      labels: piped.labels,
      ...(piped.outlet ? { outlet: piped.outlet } : {}),
    };
  const date = len <= 160 ? dateLineDate(t) : undefined;
  if (date !== undefined) {
    // "(APA, 30.11.2026)", "dpa, 12.03.2026": an agency's sign with the day names the agency.
    const ag = /^\(?\s*(\p{L}[\p{L}.-]{1,20})\s*[,/]/u.exec(t);
    const named = ag && AGENCY_SET.has(ag[1]!.toLowerCase()) ? t.indexOf(ag[1]!) : -1;
    // A mail's or page's label before the day ("Date:", "Datum:", "Sent:"): a label, no name.
    const label = /^(?:Date|Datum|Sent|Gesendet|Dated)(?=\s*:)/u.exec(t);
    return {
      kind: 'date',
      start: 0,
      end: len,
      date,
      ...(label ? { labels: [{ start: 0, end: label[0].length }] } : {}),
      ...(named >= 0 ? { outlet: { start: named, end: named + ag![1]!.length } } : {}),
    };
  }
  if (len <= 120 && isChrome(t)) return { kind: 'chrome', start: 0, end: len };
  if (isFooter(t)) return { kind: 'chrome', start: 0, end: len };
  if (len <= 400 && CORRECTION_NOTE.test(t)) return { kind: 'chrome', start: 0, end: len };
  const follow = len <= 160 ? FOLLOW_OUTLET.exec(t) : null;
  if (follow) {
    const at = t.indexOf(follow[1]!);
    const name = outletLike(follow[1]!) ? { outlet: { start: at, end: at + follow[1]!.length } } : {};
    return { kind: 'chrome', start: 0, end: len, ...name };
  }
  const pay = len <= 80 ? PAYWALL.exec(t) : null;
  if (pay) {
    const o = paywallOutlet(t, pay);
    return { kind: 'chrome', start: 0, end: len, ...(o ? { outlet: o } : {}) };
  }
  // A saved e-mail's head: "Subject: …" is the title (only the label is furniture), "From: …" names the sender.
  const subject = len <= 220 ? /^(?:Subject|Betreff)\s*:\s*(?=\S)/u.exec(t) : null;
  if (subject) return { kind: 'chrome', start: 0, end: subject[0].trimEnd().length };
  const from = len <= 100 ? /^(?:From|Absender)\s*:\s*(\p{Lu}[^@<>:]{1,60}?)(?:\s*<[^<>]*>)?$/u.exec(t) : null;
  if (from) {
    const name = from[1]!.replace(NEWSLETTER_WORDS, '').trim();
    const at = t.indexOf(from[1]!);
    return {
      kind: 'credit',
      start: 0,
      end: len,
      ...(name && outletLike(name) ? { outlet: { start: at, end: at + name.length } } : {}),
    };
  }
  // "red, steiermark.ORF.at/Agenturen", "mau, ntv.de": an editor's sign with the site's address.
  const site = len <= 100 ? SITE_CREDIT.exec(t) : null;
  if (site) {
    const at = t.indexOf(site[1]!, t.indexOf(','));
    return { kind: 'credit', start: 0, end: len, outlet: { start: at, end: at + site[1]!.length } };
  }
  const src = len <= 120 ? SOURCE_LABEL.exec(t) : null;
  if (src) return { kind: 'credit', start: 0, end: len };
  if (len <= 160) {
    const b = BYLINE_ANY.exec(t);
    if (b && bylineAuthors(b)) return { kind: 'byline', start: 0, end: len };
    const c = CREDIT_LINE.exec(t);
    if (c) {
      const at = t.length - c[1]!.length;
      return { kind: 'credit', start: 0, end: len, ...(agencyList(c[1]!) ? { outlet: firstName(c[1]!, at) } : {}) };
    }
    const il = INITIALS_LINE.exec(t);
    if (il && agencyList(il[1]!)) {
      return { kind: 'credit', start: 0, end: len, outlet: firstName(il[1]!, t.indexOf('(') + 1) };
    }
    const w = WITH_AGENCIES.exec(t);
    if (w && agencyList(w[2]!)) return { kind: 'credit', start: 0, end: len, outlet: { start: 0, end: w[1]!.length } };
  }
  // Pre-tests the two patterns below need (each tried at every start of a paragraph otherwise): a colon, and a
  // closing bracket as the last character (the line is trimmed, and `\s` is what trim() removes).
  const p = t.indexOf(':') >= 0 ? PHOTO_CREDIT.exec(t) : null;
  if (p)
    return p.index === 0
      ? { kind: 'credit', start: 0, end: len }
      : { kind: 'caption', start: 0, end: len, credit: p.index };
  const ap = t.indexOf('/') >= 0 ? AGENCY_PHOTO_CREDIT.exec(t) : null;
  if (ap && AGENCY_SET.has(ap[1]!.toLowerCase())) {
    const at = ap.index + ap[0].indexOf(ap[1]!) - (ap[0].includes('(') ? 1 : 0);
    return at === 0 ? { kind: 'credit', start: 0, end: len } : { kind: 'caption', start: 0, end: len, credit: at };
  }
  const ic = t.charCodeAt(len - 1) === 41 /* ) */ ? INITIALS_CREDIT.exec(t) : null;
  if (ic && ic[1]!.split('/').some((a) => AGENCY_SET.has(a.trim().toLowerCase()))) {
    // After a sentence it signs the paragraph ("… sagte er. (ab/dpa)"): only the mark is furniture; after a
    // phrase it credits a photo ("Macron in Dresden (ab/dpa)"): the whole line is a caption.
    const open = t.lastIndexOf('(');
    return endsSentence(t.slice(0, open))
      ? { kind: 'credit', start: open, end: len }
      : { kind: 'caption', start: 0, end: len, credit: open };
  }
  // "Image caption, …" without a credit: the whole line is the caption.
  if (CAPTION_LABEL.test(t)) return { kind: 'caption', start: 0, end: len };
  const u = UPDATE_STAMP.exec(t) ?? (DIGIT.test(t.slice(0, 8)) ? TICKER_STAMP.exec(t) : null);
  if (u) return { kind: 'update', start: 0, end: u[0].trimEnd().length };
  return null;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let te = e;
    if (te > s && text[te - 1] === '\r') te--;
    out.push({ start: s, end: te, text: text.slice(s, te) });
    s = e + 1;
  }
  return out;
}

/** Whether the code unit c is white space as `\s` (and trim()) has it; ASCII without a regex. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}
const SPACE = /\s/;

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function endsSentence(s: string): boolean {
  return /[.!?…:;]["'“”’»«)]*\s*$/u.test(s);
}

/** Whether the text names `word` after a preposition of place ("in Hollenbrück", "aus Hollenbrück"). One pass. */
function namedAsPlace(text: string, word: string): boolean {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `\\b(?:[Ii]n|[Nn]ach|[Aa]us|[Bb]ei|[Vv]on|[Zz]wischen|[Vv]or|[Ii]m Raum) ${esc}(?![\\p{L}-])`,
    'u',
  ).test(text);
}

/** A lone outlet-looking line: one to four words, no sentence punctuation, not a sentence fragment. */
function isLoneOutlet(s: string): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 40) return false;
  if (/[.!?,;:„“"»«]/.test(t.replace(/\.(com|de|at|ch|net|org|pt|es|fr|it|co\.uk)\b/gi, ''))) return false;
  const words = t.split(/\s+/);
  return words.length <= 4;
}

export function parseLayout(text: string): Layout {
  const all = lines(text);
  const content = all.filter((l) => l.text.trim().length > 0);
  const boilerplate: Span[] = [];
  const furniture: Furniture[] = [];
  let title: TextSpan | null = null;
  let dateline: TextSpan | null = null;
  let outlet: TextSpan | null = null;
  let furnitureOutlet: TextSpan | null = null;
  let published: string | null = null;
  let copyrightOutlet: TextSpan | null = null;
  const bodyLines: Span[] = [];
  const labels: Span[] = [];

  // Page furniture on any line: whole lines (a caption, a date line) or a stamp/credit within one.
  const whole = new Uint8Array(content.length);
  const cut: Array<Span | undefined> = [];
  for (let i = 0; i < content.length; i++) {
    const sp = trimmed(text, content[i]!);
    const f = lineFurniture(text.slice(sp.start, sp.end));
    if (!f) continue;
    const piece: Furniture = {
      ...textSpan(text, sp.start + f.start, sp.start + f.end),
      kind: f.kind,
      ...(f.credit !== undefined ? { credit: sp.start + f.credit } : {}),
    };
    furniture.push(piece);
    boilerplate.push({ start: piece.start, end: piece.end });
    for (const l of f.labels ?? []) labels.push({ start: sp.start + l.start, end: sp.start + l.end });
    if (f.outlet && !furnitureOutlet)
      furnitureOutlet = textSpan(text, sp.start + f.outlet.start, sp.start + f.outlet.end);
    // The publication date: a date line near the top or at the very end (a date line between paragraphs heads a section).
    if (f.date && !published && (i < 5 || i >= content.length - 2)) published = f.date;
    if (f.start === 0 && f.end === sp.end - sp.start) whole[i] = 1;
    else
      cut[i] = trimmed(text, f.start === 0 ? { start: piece.end, end: sp.end } : { start: sp.start, end: piece.start });
  }

  // Title: the first line that is no furniture, when it does not read as running text and more text follows.
  let first = 0;
  while (first < content.length && whole[first]) first++;
  // A masthead above the headline: the outlet's name in capitals ("WESTPORT HERALD", then a date line, then the
  // title) is the page's name, not its title.
  const top = content[first];
  if (top && !cut[first] && content.length > first + 2) {
    const sp = trimmed(text, top);
    const t = text.slice(sp.start, sp.end);
    if (!/\p{Ll}/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t) && isLoneOutlet(t) && outletLike(t)) {
      furniture.push({ ...textSpan(text, sp.start, sp.end), kind: 'credit' });
      boilerplate.push(sp);
      furnitureOutlet ??= textSpan(text, sp.start, sp.end);
      first++;
      while (first < content.length && whole[first]) first++;
    }
  }
  // A kicker above the headline ("Lokales", "Zugverkehr", "Tennis"): a line of one to three words without a
  // final stop, followed by a line that reads as a headline and by more text: the page's section or topic label.
  const kick = content[first];
  if (kick && !cut[first] && content.length > first + 2 && !whole[first + 1]) {
    const t = kick.text.trim();
    const next = content[first + 1]!.text.trim();
    if (
      t.split(/\s+/).length <= 3 &&
      t.length <= 40 &&
      !/[.!?:,;"“”„»«]/u.test(t) &&
      next.length <= 250 &&
      next.split(/\s+/).length >= 4 &&
      !/[.]["'“”’»«)]*$/.test(next) &&
      !/^\(/.test(next)
    ) {
      const sp = trimmed(text, kick);
      furniture.push({ ...textSpan(text, sp.start, sp.end), kind: 'chrome' });
      boilerplate.push(sp);
      first++;
    }
  }
  const firstLine = content[first];
  if (firstLine && content.length > first + 1) {
    const t = firstLine.text.trim();
    const wordCount = t.split(/\s+/).length;
    if (!/^\(/.test(t) && t.length <= 250 && wordCount <= 30 && !/[.]["'“”’»«)]*$/.test(t)) {
      const sp = cut[first] ?? trimmed(text, firstLine);
      // A wire's version mark before its headline ("UPDATE 2-", "EXCLUSIVE-", "CORRECTED-"): not the title's.
      const mark = WIRE_MARK.exec(text.slice(sp.start, sp.end));
      if (mark && mark[0].length < sp.end - sp.start) {
        boilerplate.push({ start: sp.start, end: sp.start + mark[0].trimEnd().length });
        furniture.push({ ...textSpan(text, sp.start, sp.start + mark[0].trimEnd().length), kind: 'chrome' });
        sp.start += mark[0].length;
      }
      // A ticker's markers around its headline ("+++ Sturm: Bahn stellt Verkehr ein +++").
      const ticker = /^(\++\s*)(.*?)(\s*\++)?$/u.exec(text.slice(sp.start, sp.end));
      if (ticker && ticker[1] && ticker[2]) {
        sp.end = sp.start + ticker[1].length + ticker[2].length;
        sp.start += ticker[1].length;
      }
      title = textSpan(text, sp.start, sp.end);
      first++;
    }
  }

  // An English byline under the title is no text of the article; so is an author's name on a line of its own
  // above the author's role ("Jane Roe" / "Political correspondent").
  while (first < content.length - 1) {
    const t = content[first]!.text.trim();
    const roleNext = first + 2 < content.length && BYLINE_ROLE.test(content[first + 1]!.text.trim());
    if (roleNext && loneAuthor(t)) {
      // The role line names the author's beat, not the story's places: chrome, where no actor is looked for.
      for (const k of [first, first + 1]) {
        const sp = trimmed(text, content[k]!);
        boilerplate.push(sp);
        furniture.push({ ...textSpan(text, sp.start, sp.end), kind: k === first ? 'byline' : 'chrome' });
      }
      first += 2;
      continue;
    }
    if (!(whole[first] || BYLINE.test(t))) break;
    if (!whole[first]) {
      const sp = trimmed(text, content[first]!);
      boilerplate.push(sp);
      furniture.push({ ...textSpan(text, sp.start, sp.end), kind: 'byline' });
    }
    first++;
  }

  // A trailer closing the page (a press release's contact block, topic tags, links to more, a newsletter sign-up,
  // the comments): its head and every line after it are no text of the article, where those lines are short.
  let last = content.length - 1;
  let head = -1;
  for (let k = last; k > first && k >= content.length - 12; k--) {
    if (content[k]!.text.trim().length > 200) break;
    if (TRAILER_HEAD.test(content[k]!.text.trim())) head = k;
  }
  if (head > 0) {
    // Chrome: the tags and links name other stories' actors, not this one's.
    for (let j = head; j <= last; j++) {
      if (whole[j]) continue;
      const sp = trimmed(text, content[j]!);
      boilerplate.push(sp);
      furniture.push({ ...textSpan(text, sp.start, sp.end), kind: 'chrome' });
    }
    last = head - 1;
  }
  // Trailing credit lines and boilerplate, from the end.
  while (last >= first) {
    const line = content[last]!;
    const t = line.text.trim();
    if (WIRE_TRAILER.test(t)) {
      boilerplate.push(trimmed(text, line));
      last--;
      continue;
    }
    const credit = CREDIT.exec(t);
    if (credit) {
      const listed = credit[2]!.trim();
      const listStart =
        line.start + line.text.indexOf(listed, line.text.indexOf(':') >= 0 ? line.text.indexOf(':') : 0);
      // A list of agencies names its first ("Quelle: Reuters, dpa" → Reuters), as a credit line anywhere does.
      const first = agencyList(listed) ? firstName(listed, 0) : creditHead(listed);
      const name = listed.slice(first.start, first.end);
      const nameStart = listStart + first.start;
      if (!outlet && listStart >= line.start && name && creditNamesOutlet(credit[1]!, name))
        outlet = textSpan(text, nameStart, nameStart + name.length);
      if (!whole[last]) boilerplate.push(trimmed(text, line));
      last--;
      continue;
    }
    if (whole[last]) {
      last--;
      continue;
    }
    if (BOILERPLATE.some((re) => re.test(t)) || TRAILER_LINE.test(t) || AUTHOR_NOTE.test(t)) {
      const owner = COPYRIGHT_OWNER.exec(t);
      if (owner && outletLike(owner[1]!) && !copyrightOutlet) {
        const at = line.start + line.text.indexOf(owner[1]!);
        copyrightOutlet = textSpan(text, at, at + owner[1]!.length);
      }
      const sp = trimmed(text, line);
      boilerplate.push(sp);
      if (TRAILER_LINE.test(t)) furniture.push({ ...textSpan(text, sp.start, sp.end), kind: 'chrome' });
      last--;
      continue;
    }
    if (last > first && isLoneOutlet(t) && !endsSentence(t)) {
      const sp = trimmed(text, line);
      // "SDA/Keystone", "dpa, AFP": a list of agencies names its first.
      const one = agencyList(t) ? firstName(t, 0) : { start: 0, end: t.length };
      if (!outlet && outletLike(t)) outlet = textSpan(text, sp.start + one.start, sp.start + one.end);
      boilerplate.push(sp);
      last--;
      continue;
    }
    break;
  }
  // Boilerplate anywhere else (promo lines between paragraphs).
  let lead = true;
  for (let i = first; i <= last; i++) {
    if (whole[i]) continue;
    const line = content[i]!;
    const t = line.text.trim();
    if (BOILERPLATE.slice(0, 2).some((re) => re.test(t)) && t.length < 300) {
      boilerplate.push(trimmed(text, line));
      // A promo line above the first paragraph ("Newsletter: …") leaves the dateline to that paragraph.
      if (bodyLines.length > 0) lead = false;
      continue;
    }
    let span = cut[i] ?? trimmed(text, line);
    // "(eulerpool-AFX)", "(dpa)", "(AFP/Reuters)" closing the last paragraph.
    // (The span is trimmed: the mark's ")" is its last character.)
    if (i === last && text.charCodeAt(span.end - 1) === 41) {
      const m = /\s*\(([^()\n]{2,40})\)\s*$/u.exec(text.slice(span.start, span.end));
      if (
        m &&
        /^[\p{L}\d .\/&-]+$/u.test(m[1]!) &&
        m[1]!.split(/\s+/).length <= 3 &&
        (endsSentence(text.slice(span.start, span.start + m.index)) || m.index === 0)
      ) {
        const open = span.start + m.index + m[0].indexOf('(');
        const close = span.start + m.index + m[0].lastIndexOf(')') + 1;
        if (!outlet && outletLike(m[1]!)) outlet = textSpan(text, open + 1, close - 1);
        boilerplate.push({ start: open, end: close });
        span = trimmed(text, { start: span.start, end: open });
      }
    }
    // Dateline: "(Seoul) …", "SEOUL (AFP) – …", "Berlin (dpa) - …", "Berlin/Moskau. – …".
    // A saved page may open with a teaser or a caption above the agency's text: a paragraph among the first four
    // that opens with a place and a news agency ("Hohenwiesel (dpa) – …") is the dateline too (an agency only there).
    if (!dateline && (lead || bodyLines.length < 4)) {
      const lt = text.slice(span.start, span.end);
      const paren = lead ? /^\(([\p{Lu}][\p{L} .\/-]{1,40})\)\s*/u.exec(lt) : null;
      // "ANKARA, Turkey (Reuters) -": a place with its country; "LONDON, Nov 14 (Reuters) -": and the day's date.
      const agencyAt =
        /^([\p{Lu}][\p{L} .\/-]{1,40}?(?:, [\p{Lu}][\p{L} .]{1,30}?)?)(?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2})?\s*\(([^()]{2,30})\)\s*[-–—:]\s*/u.exec(
          lt,
        );
      const agency = agencyAt && (lead || agencyCredit(agencyAt[2]!)) ? agencyAt : null;
      // "NEW YORK - …", "Stockholm, Sweden - …": a place and a dash, without an agency.
      const bare =
        paren || agency || !lead
          ? null
          : (/^(\p{Lu}[\p{Lu} .'-]{1,30}\p{Lu}|\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)?, \p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)?)\s+[-–—]\s+(?=\p{Lu})/u.exec(
              lt,
            ) ??
            // "Brunnstadt · Der …", "Haldersleben - Die …": a place and a middle dot or a dash opening the lead.
            /^(\p{Lu}\p{Ll}[\p{L}.'\/-]*(?: \p{Lu}[\p{L}.'-]+)?)\s+[·–-]\s+(?=\p{Lu})/u.exec(lt));
      // "WENDELSRODE. Mit …": a regional paper's place in capitals, closed by a period. Not a page label in
      // capitals ("ANZEIGE.", "UPDATE.") and not a one-word acronym of two or three letters ("USA.").
      const capsDot =
        paren || agency || bare || !lead
          ? null
          : /^(\p{Lu}{4,}(?:[ /-]\p{Lu}{2,}){0,3})\.\s+(?=\p{Lu}\p{Ll})/u.exec(lt);
      // "Hollenbrück. Die Reederei …": the same in normal case, where the text names the word as a place too
      // ("in Hollenbrück", "nach Hollenbrück"); a lead may open with a one-word sentence ("Endlich. Die …") otherwise.
      const dotWord =
        paren || agency || bare || capsDot || !lead
          ? null
          : /^(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)\.\s+(?=\p{Lu}\p{Ll})/u.exec(lt);
      // "Ebersfeld, 01.12.2026. Die …", "Berlin, 1. Dezember 2026 – Die …": a press release's place and day.
      const placeDate =
        paren || agency || bare || capsDot || dotWord || !lead || !DIGIT.test(lt.slice(0, 40))
          ? null
          : placeDateLead(lt);
      if (placeDate && !published) published = dateLineDate(placeDate[2]!) ?? null;
      const capsPlace =
        capsDot && !CAPS_LABELS.has(capsDot[1]!.toLowerCase())
          ? capsDot
          : dotWord && namedAsPlace(text, dotWord[1]!)
            ? dotWord
            : null;
      // "(Reuters) - …": an agency in brackets opening the lead is its credit, not a place.
      if (paren && AGENCY_SET.has(paren[1]!.toLowerCase()) && /^\([^()]+\)\s*[-–—]/u.test(lt)) {
        if (!outlet) outlet = textSpan(text, span.start + 1, span.start + 1 + paren[1]!.length);
        const mark = /^\([^()]+\)\s*[-–—]\s*/u.exec(lt)![0];
        boilerplate.push({ start: span.start, end: span.start + mark.trimEnd().length });
        span = { start: span.start + mark.length, end: span.end };
      } else if (paren) {
        dateline = textSpan(text, span.start + 1, span.start + 1 + paren[1]!.length);
        boilerplate.push({ start: span.start, end: span.start + paren[0].trimEnd().length });
        span = { start: span.start + paren[0].length, end: span.end };
      } else if (agency) {
        dateline = textSpan(text, span.start, span.start + agency[1]!.length);
        const ag = agency[2]!;
        const agStart = span.start + lt.indexOf('(') + 1;
        const name = agencyName(ag);
        if (!outlet && agencyCredit(ag)) outlet = textSpan(text, agStart + name.start, agStart + name.end);
        boilerplate.push({ start: span.start, end: span.start + agency[0].trimEnd().length });
        span = { start: span.start + agency[0].length, end: span.end };
      } else if (bare) {
        dateline = textSpan(text, span.start, span.start + bare[1]!.length);
        boilerplate.push({ start: span.start, end: span.start + bare[0].trimEnd().length });
        span = { start: span.start + bare[0].length, end: span.end };
      } else if (placeDate) {
        dateline = textSpan(text, span.start, span.start + placeDate[1]!.length);
        boilerplate.push({ start: span.start, end: span.start + placeDate[0].trimEnd().length });
        span = { start: span.start + placeDate[0].length, end: span.end };
      } else if (capsPlace) {
        dateline = textSpan(text, span.start, span.start + capsPlace[1]!.length);
        boilerplate.push({ start: span.start, end: span.start + capsPlace[1]!.length + 1 });
        span = { start: span.start + capsPlace[0].length, end: span.end };
      }
    }
    lead = false;
    if (span.end > span.start) bodyLines.push(span);
  }
  boilerplate.sort((a, b) => a.start - b.start);
  furniture.sort((a, b) => a.start - b.start);
  outlet ??= furnitureOutlet ?? copyrightOutlet ?? statedOutlet(text, content);
  return {
    title,
    dateline,
    outlet,
    boilerplate,
    body: bodyLines,
    furniture,
    published,
    ...(labels.length ? { labels } : {}),
  };
}

/** When no credit line names the outlet, an agency quoting a source "gegenüber AFP" / "told Reuters" is the outlet. */
export function inferOutlet(text: string): TextSpan | null {
  const re =
    /\b(?:gegenüber (?:der (?:Nachrichtenagentur|Agentur) )?|told (?:the )?|in an interview with (?:the )?|im Gespräch mit (?:der (?:Nachrichtenagentur|Agentur) )?)([\p{Lu}][\p{L}-]{1,20})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const name = m[1]!;
    if (AGENCY_SET.has(name.toLowerCase())) {
      const start = m.index + m[0].length - name.length;
      return { start, end: start + name.length, text: name };
    }
  }
  return null;
}
