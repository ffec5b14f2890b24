// Context evidence for a lone capitalised word that no list typed ("Hollerbach", "Wendtland", "McTavish"): index.ts asks
// this module once per such word, after the gazetteers, name lists and place guesses have had their say and
// before the word is dropped or kept only as a fallback. Design: a bare word is a person's name when the clause
// around it treats it as a subject, which in German shows in closed classes of function words rather than in
// a list of names: a finite auxiliary, modal or frequent verb right after it ("Hollerbach habe", "Strobelt gehört"),
// the reflexive "sich" or a subordinating conjunction right before it and a lower-case word after it ("hatte
// sich Wendtland darauf", "dass Hollerbach den Rest"). Shapes that German nouns never have ("McTavish", "O'Neill") count
// too. The caller has ruled out common nouns and adjectives; a word the lexicon lacks may still be one, so each
// rule asks for a clause position a bare common noun seldom takes (no article before it). Pure; one token
// window per call.
import type { Token } from './detect';

/** Finite forms (third person, indicative and subjunctive) of auxiliaries, modals and frequent verbs. */
const FINITE_VERBS = new Set(
  `ist war sei wäre sind waren seien hat hatte habe hätte haben hatten wird wurde werde würde werden wurden kann konnte könne könnte
  will wollte wolle soll sollte solle muss musste müsse darf durfte dürfe mag möchte gilt galt gelte bleibt blieb gehört gehörte
  erhielt erhält trat tritt kam kommt ging geht stand steht lebte lebt starb gewann verlor spielte spielt wechselte gründete übernahm
  legte stellte machte gab gibt sieht sah hält hielt nahm nimmt ließ lässt traf trifft schien scheint begann beginnt verließ
  arbeitete arbeitet studierte wohnt wohnte heiratete veröffentlichte schrieb`.split(/\s+/),
);

/** Nouns for a person that a name follows as an apposition: relatives, colleagues, predecessors, ranks. */
const PERSON_NOUN =
  /^(?:Sohn|Sohnes|Tochter|Vater|Vaters|Mutter|Bruder|Bruders|Schwester|Onkel|Tante|Neffe|Nichte|Enkel|Enkelin|Ehemann|Ehefrau|Gattin|Gatte|Witwe|Witwer|Cousin|Cousine|Vorgänger|Vorgängers|Vorgängerin|Nachfolger|Nachfolgers|Nachfolgerin|\p{Lu}?\p{Ll}*(?:[Kk]ollegen?|[Kk]ollegin|[Ff]reund|[Ff]reundes|[Ff]reundin)|Mitspieler|Rivale|Rivalen|Herausforderer|Herausforderin|Oberst|Leutnant|Major|Hauptmann|Feldwebel|Gefreite[rn]?)$/u;

/**
 * Whether the word at token k follows a noun for a relative, a colleague or a rank as its apposition ("sein Onkel
 * Gallus", "Der Sohn, David, …"), which makes it a person's name even where a town has that name.
 */
export function afterPersonNoun(tokens: readonly Token[], text: string, k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || !prev.cap) return false;
  const gap = text.slice(prev.end, tokens[k]!.start);
  return (gap === ' ' || gap === ', ') && PERSON_NOUN.test(prev.text);
}

/** A weak verb's past tense, third person ("plädierte", "erreichte", "startete"). */
const PAST_TENSE = /^\p{Ll}{4,}te$/u;

/** Subordinating conjunctions after which a capitalised word without an article opens the clause as its subject. */
const SUBJECT_CONJUNCTIONS = new Set(
  'dass daß ob weil nachdem bevor obwohl obgleich wenn falls damit sodass seitdem sobald solange während'.split(' '),
);

/** Articles and determiners: a word right after one is a common noun, whatever follows. */
const ARTICLES =
  /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|kein|keine|jeder|jede|jedes|dieser|diese|dieses|sein|seine|ihr|ihre|unser|unsere|am|im|vom|zum|zur|beim)$/i;

/** Prepositions that take a place as often as a person. */
const PREPOSITIONS = new Set(
  'in im aus von vom nach bei beim zwischen zu zum zur bis gegen über unter durch für mit ab seit'.split(' '),
);

/** Finite verbs in the third person plural only. */
const PLURAL_FINITE =
  /^(?:sind|seien|waren|wären|haben|hatten|hätten|werden|wurden|würden|können|konnten|könnten|müssen|mussten|müssten|sollen|sollten|wollen|wollten|dürfen|durften|dürften)$/;

/** Personal pronouns (and particles) that stand as the subject right after a finite verb. */
const SUBJECT_AFTER_VERB = /^(?:er|sie|es|man|ich|wir|ihr|du|dies|nur|noch|auch)$/;

/** Adverbs by their endings ("Daraufhin", "Andererseits", "Bislang", "Zudem", "Ebenfalls", "Vorher", "Zuvor"). */
const ADVERB_SHAPE =
  /(?:hin|her|seits|dem|mals|weise|falls|dings|wärts|lang|dessen|zuvor|vor|wann|noch|gegen|auf|aus|mit|nach|über|unter|zu|rum|dies|drein|weil|gestern|heute)$/;

/** Endings of German common nouns and adjectives ("-ler", "-ung", "-lich", "-fähig"). */
const COMMON_SHAPE = /\p{Ll}(?:ler|ung|heit|keit|schaft|tum|ismus|ität|lich|bar|los|sam|haft|fähig)$/u;

/** Shapes of foreign family names that no German noun has: "McTavish", "MacArthur", "O'Neill", "DiCaprio". */
const NAME_SHAPE = /^(?:Mc|Mac|O['’]|Di|De|Le|La)\p{Lu}\p{Ll}/u;

/**
 * Whether the German context of the lone word at token index `k` marks it as a person's name. `englishWord`
 * tells whether a lower-case word is common English.
 */
export function germanSubjectEvidence(
  tokens: readonly Token[],
  text: string,
  k: number,
  englishWord: (lower: string) => boolean,
): boolean {
  const tok = tokens[k]!;
  if (NAME_SHAPE.test(tok.text)) return true;
  // An English word inside German text is a title or a borrowed noun ("House", "Tickets"), an adverb at the
  // start of a sentence no subject ("Zuvor war …"); model numbers and two-letter words are no names ("Il-86").
  const lower = tok.text.toLowerCase();
  if (
    tok.text.length < 3 ||
    /\d/.test(tok.text) ||
    englishWord(lower) ||
    (lower.endsWith('s') && englishWord(lower.slice(0, -1))) ||
    ADVERB_SHAPE.test(lower)
  )
    return false;
  // Common-noun and adjective shapes the lexicon lacks ("Leitartikler", "Einwilligungsfähig", "Down-to-earth-Habitus");
  // a family name of such a shape ("Winkler") was typed from the name list before this test.
  if (COMMON_SHAPE.test(tok.text) || (/-\p{Lu}\p{Ll}+$/u.test(tok.text) && /^\p{Ll}|-\p{Ll}/u.test(tok.text.slice(1))))
    return false;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  const nextAdj = !!next && next.start === tok.end + 1 && text.charCodeAt(tok.end) === 32;
  const prevAdj = !!prev && tok.start === prev.end + 1 && text.charCodeAt(prev.end) === 32;
  // After a noun for a relative, a colleague, a predecessor or a rank the word is that person's name ("sein
  // Vorgänger Steinmeier", "Brians Sohn Murchad", "Mr. Krugman").
  if (
    prev &&
    prev.cap &&
    (prevAdj
      ? PERSON_NOUN.test(prev.text)
      : /^(?:Mr|Mrs|Ms)$/.test(prev.text) && text.slice(prev.end, tok.start) === '. ')
  )
    return true;
  // After an article the word is a noun the lexicon lacks ("Der Asylwerber hat …"), after a preposition a
  // place as often as a person ("In Garze traf …", "von Karlstein spielt").
  if (prevAdj && (ARTICLES.test(prev.text) || PREPOSITIONS.has(prev.text.toLowerCase()))) return false;
  // So after an article and an inflected adjective ("die erste Visite begann").
  const p2 = tokens[k - 2];
  if (
    prevAdj &&
    !prev.cap &&
    /(?:e|en|er|es|em)$/.test(prev.text) &&
    p2 &&
    (ARTICLES.test(p2.text) || PREPOSITIONS.has(p2.text.toLowerCase()))
  )
    return false;
  if (nextAdj && !next.cap && (FINITE_VERBS.has(next.text) || PAST_TENSE.test(next.text))) {
    // A plural verb takes a plural noun, not one person's name ("Luchse seien scheu", "Biber sind geschützt").
    // Not after a coordination, whose last name the plural verb follows ("Anna Beispiel und Ole Muster wurden").
    if (
      PLURAL_FINITE.test(next.text) &&
      !tokens.slice(Math.max(0, k - 3), k).some((t) => /^(?:und|sowie|&)$/.test(t.text))
    )
      return false;
    if (!tok.sentStart) return true;
    // V2: a sentence may open with any constituent before its verb; the subject then follows the verb
    // ("Immerhin ist es …"). A personal pronoun after the verb leaves the first word no subject; an article may open
    // the object as well ("Mulally kann die beiden Marken …"), so adverbs are ruled out by their shape instead.
    const after = tokens[k + 2];
    return !after || !SUBJECT_AFTER_VERB.test(after.text);
  }
  if (prevAdj && nextAdj && !next.cap && (prev.text === 'sich' || SUBJECT_CONJUNCTIONS.has(prev.text))) return true;
  // Inversion after an opening phrase: "Nach seinem Amtsantritt verfolgte Hitler die …", "1990 ging Marusha erstmals …".
  // The verb must not follow an article, which would make it an adjective ("die erste Visite").
  if (prevAdj && nextAdj && !next.cap && !prev.cap && (FINITE_VERBS.has(prev.text) || PAST_TENSE.test(prev.text))) {
    return (
      !p2 ||
      !(
        ARTICLES.test(p2.text) ||
        PREPOSITIONS.has(p2.text.toLowerCase()) ||
        (/(?:e|en|er|es|em)$/.test(p2.text) && !p2.cap)
      )
    );
  }
  return false;
}

/** Lower-case nouns after an English name that make it a body ("Hamas fighters", "Korvex shares", "Acme spokesman"). */
const EN_ORG_AFTER =
  /^(?:spokes(?:man|woman|person)|officials|executives|shares|stock|employees|staff|workers|fighters|militants|members|leadership|headquarters|subsidiary|subsidiaries|shareholders|investors|customers|subscribers|engineers|chief|board|unit|division|brand)$/;
/** Nouns after a name that make it a medium, left to english.ts. */
const EN_MEDIA_AFTER = /^(?:television|tv|newspaper|broadcaster|channel|radio|daily|weekly|magazine|website|news)$/;
/** The same nouns after a possessive ("Korvex's shares", "Acme's chief executive"). */
const EN_ORG_POSSESSED =
  /^(?:shares|stock|chief|ceo|board|headquarters|subsidiary|website|app|products|executives|spokes(?:man|woman|person)|founder|customers|revenue|profits?|earnings|rocket|aircraft|fleet|leadership|fighters|militants|members)$/;
/** Words before an English name that make it a body ("a spokesman for X", "shares of X", "built by X", "analysts at X"). */
const EN_ORG_BEFORE =
  /\b(?:spokes(?:man|woman|person)|officials?|executives?|analysts?|economists?|employees?|engineers?|shares|stake|unit|subsidiary|founder|rival|customers?|(?:chief )?executive|ceo|chairman|members?|fighters|owned|acquired|built|made|operated|run|developed|launched|founded|backed|funded|led) (?:of|for|at|by|from|in|with) $/;

/**
 * Kinds that the English context of lone capitalised words gives them, by word: evidence found at one mention
 * holds for every mention of the word in the document, so a name repeated without context is typed by the one
 * mention that has it. Organisation evidence: a camel-case or letter-digit shape ("SpaceX", "YouTube", "3M"),
 * "X said it" or "X said in a statement", an organisation noun after the name or its possessive, an organisation
 * context before it. Person evidence: "X said he/she". Only words the document capitalises mid-sentence count.
 */
export function englishLoneEvidence(tokens: readonly Token[], text: string): Map<string, 'person' | 'organization'> {
  const out = new Map<string, 'person' | 'organization'>();
  const midSentence = new Set<string>();
  const sure = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.text.length < 2) continue;
    if (!t.sentStart) midSentence.add(t.text);
    if (out.get(t.text) === 'organization' && sure.has(t.text)) continue;
    const cue = englishCue(tokens, text, k);
    if (!cue) continue;
    if (out.get(t.text) !== 'organization') out.set(t.text, cue.kind);
    if (cue.sure) sure.add(t.text);
  }
  // A sentence-initial word may be any capitalised word ("Company shares fell"): its cue counts only for a word
  // the document also capitalises mid-sentence, unless the cue is its shape or a pronoun after "said".
  for (const w of out.keys()) if (!midSentence.has(w) && !sure.has(w)) out.delete(w);
  return out;
}

function englishCue(
  tokens: readonly Token[],
  text: string,
  k: number,
): { kind: 'person' | 'organization'; sure: boolean } | null {
  const t = tokens[k]!;
  const w = t.text;
  const next = tokens[k + 1];
  const gap = next ? text.slice(t.end, next.start) : '';
  // A medium ("HaberTurk television") is typed by english.ts.
  if (next && gap === ' ' && EN_MEDIA_AFTER.test(next.text)) return null;
  if (/^\p{Lu}?\p{Ll}+\p{Lu}/u.test(w) && !/^(?:Mc|Mac|O['’])/u.test(w)) return { kind: 'organization', sure: true };
  if (next && gap === ' ' && /^(?:said|says)$/.test(next.text)) {
    const after = text.slice(next.end, next.end + 20);
    if (/^ (?:it|its|in a statement|on its)\b/.test(after)) return { kind: 'organization', sure: true };
    if (/^ (?:he|she|his|her)\b/.test(after)) return { kind: 'person', sure: true };
  }
  // "Quillbright, the maker of …", "Pinecrest Games, a developer of …": an apposition that says it is a business.
  if (gap === ', ' && EN_BUSINESS_APPOSITION.test(text.slice(t.end, t.end + 60)))
    return { kind: 'organization', sure: true };
  if (next && /^['’]s $/.test(gap) && EN_ORG_POSSESSED.test(next.text.toLowerCase()))
    return { kind: 'organization', sure: false };
  if (next && gap === ' ' && !next.cap && EN_ORG_AFTER.test(next.text)) return { kind: 'organization', sure: false };
  const before = text.slice(Math.max(0, t.start - 40), t.start).toLowerCase();
  if (EN_ORG_BEFORE.test(before)) return { kind: 'organization', sure: false };
  // A relative named in apposition: "his wife, Brigitte", "her son Arvid".
  if (EN_RELATIVE_BEFORE.test(before)) return { kind: 'person', sure: true };
  return null;
}

/** An apposition naming a business after a name ("…, the maker of", "…, a consultancy,"); english.ts uses it too. */
export const EN_BUSINESS_APPOSITION =
  /^, (?:the|a|an) (?:[\p{L}-]+ ){0,3}(?:maker|makers|developer|manufacturer|company|firm|consultancy|startup|operator|provider|supplier|retailer|carrier|lender|insurer|publisher|producer|chain|brand|utility|airline|chipmaker|automaker|drugmaker)\b/u;

/** A possessive and a noun for a relative right before an English name, with or without a comma. */
const EN_RELATIVE_BEFORE =
  /\b(?:his|her|their|my|our) (?:wife|husband|son|daughter|brother|sister|father|mother|widow|widower|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|stepson|stepdaughter),? $/;

/** Romance and English geographic words that open or end a place name ("Cerro Amarillo", "Lido di Spina", "Hudson River"). */
const PLACE_OPENERS =
  /^(?:Cerro|Río|Rio|Monte|Isola|Isla|Ilha|Lido|Lago|Laguna|Sierra|Costa|Punta|Cabo|Cap|Valle|Val|Puerto|Porto|Porta|Ciudad|Villa|Bahía|Golfo|Mont|Lac|Col|Gorge|Pic|Piz|Santa|San|São|Saint|Sainte|Mount|Lake|Cape|Port|Fort|Isle)$/u;
const PLACE_ENDS =
  /^(?:River|Lake|Bay|Island|Islands|Town|City|Valley|Mountains|Hills|Creek|Falls|Beach|Harbour|Harbor|Heights|Springs|Canyon|Peninsula|County|Street|Road|Avenue|Square)$/u;

/**
 * Whether a multiword name that only its shape made a person's is a place by its first or last word
 * ("Cerro San Félix", "Hudson River"). A known given name first keeps it a person ("Santa" is none; "San" is none).
 */
export function placeShaped(name: string, givenName: (w: string) => boolean): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const first = words[0]!;
  if (givenName(first) && !PLACE_OPENERS.test(first)) return false;
  return PLACE_OPENERS.test(first) || PLACE_ENDS.test(words[words.length - 1]!);
}

/** Words that open or end a company's or a team's name in English and Romance languages ("Banca X", "X Airways"). */
const ORG_OPENERS =
  /^(?:Banca|Banco|Banque|Credito|Crédit|Compagnia|Compañía|Companhia|Società|Sociedad|Société|Groupe|Grupo|Gruppo|Telecom|Club|Real|Sporting|Atlético|Deportivo)$/u;
const ORG_ENDS =
  /^(?:Airways|Airlines|Air|Theatre|Theater|Winery|Worldwide|International|Group|Holdings|Systems|Records|Studios|Entertainment|Pictures|Motors|Bank|Capital|Partners|Technologies|Solutions|Industries|Telecom|Flyers|Rangers|Rovers|United|City|Athletic|Wanderers|Giants|Bulls|Lakers|Kings|Stars|Devils|Tigers|Lions|Eagles|Bears|Hawks|Sharks|Penguins|Brothers|Line|Lines|Shipping|Logistics|Energy|Petroleum|Pharmaceuticals|Pharma|Software|Electronics|Communications|Networks|Media|Music|Broadcasting|Publishing|Automotive|Aerospace|Railways|Enterprises|Ventures|Consulting|Insurance|Securities|Investments|Associates|Laboratories|Labs|Games|Films|Productions|Resources|Mining|Steel|Chemicals|Foods|Brands)$/u;

/** Whether a word ends a company's name in English ("Music", "Entertainment", "Group"). */
export function isOrgEnd(w: string): boolean {
  return ORG_ENDS.test(w);
}

/** Whether a multiword name that only its shape made a person's is an organisation by its first or last word. */
export function orgShaped(name: string, givenName: (w: string) => boolean): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const first = words[0]!;
  if (ORG_OPENERS.test(first)) return true;
  // "Jet Airways", "Philadelphia Flyers"; a person's name with a given name first stays one ("Lee City" is rare).
  return !givenName(first) && ORG_ENDS.test(words[words.length - 1]!);
}

/** Compound tails of German nouns for a company, a band or a label that a name follows ("Mobilfunkbetreiber X"). */
const DE_ORG_NOUN_TAIL =
  /(?:betreiber|hersteller|anbieter|konzern|konzerns|unternehmen|firma|label|marke|sender|senders|kette|händler|versicherer|autobauer|gesellschaft|reederei|brauerei|band|produktion|agentur|konkurrent|konkurrenten)$/;
/** Heads of organisation names before a bracketed short name ("Atomenergieagentur (Rosatom)"). */
const DE_ORG_BEFORE_BRACKET =
  /(?:agentur|behörde|amt|bank|bahn|werke|gesellschaft|verband|verein|partei|konzern|ministerium|institut|kommission|organisation|gewerkschaft|unternehmen|betrieb|stiftung|kammer)$/;

/**
 * Whether the German context of the lone word at token `k` makes it an organisation: a company noun right before
 * it ("der Mobilfunkbetreiber X", "die Pop-Band X", "Konkurrent X"), or brackets right after an organisation's
 * name ("der russischen Atomenergieagentur (X)").
 */
export function germanOrgEvidence(tokens: readonly Token[], text: string, k: number): boolean {
  const tok = tokens[k]!;
  const prev = tokens[k - 1];
  if (!prev || !prev.cap) return false;
  const gap = text.slice(prev.end, tok.start);
  const lower = prev.text.toLowerCase();
  if (gap === ' ' && DE_ORG_NOUN_TAIL.test(lower) && prev.text.length > 4) return true;
  return gap === ' (' && text.charCodeAt(tok.end) === 41 && DE_ORG_BEFORE_BRACKET.test(lower);
}

/** Nouns of a company's business that a name follows with "von" ("Kunde von X", "die Aktien von X", "Übernahme von X"). */
const DE_BUSINESS_OF =
  /^(?:Kunde|Kunden|Großkunde|Großkunden|Übernahme|Aktie|Aktien|Aktionär|Aktionäre|Aktionären|Anteile|Anteilen|Tochter|Tochterfirma|Tochtergesellschaft|Mutterkonzern|Konzernchef|Firmenchef|Vorstandschef|Vorstand|Aufsichtsrat|Aufsichtsräte|Aufsichtsräten|Umsatz|Umsätze|Börsengang|Standort|Standorte|Werk|Werke|Filiale|Filialen|Gründer|Mitgründer|Mitbegründer)$/;

/** Verbs whose subject is a company (what it makes, sells, earns, employs): "X produzierte …", "… erlöste X …". */
const DE_COMPANY_VERBS = new Set(
  `produziert produzierte fertigt fertigte vertreibt vertrieb erlöst erlöste erwirtschaftet erwirtschaftete beschäftigt
  beschäftigte`.split(/\s+/),
);
/** Auxiliaries after a participle that looks like one of those verbs ("X-neutral produziert werden"). */
const PASSIVE_AFTER = /^(?:wird|werden|wurde|wurden|worden|ist|sind|war|waren|hat|haben|hatte|hatten|sich)$/;

/** Plural verbs of a share's price: "X gaben 1,9 Prozent nach", "X legten um 2 % zu" (a bare name as a plural subject). */
const DE_SHARE_VERBS = new Set(
  'gaben legten verloren stiegen fielen sanken notierten schlossen lagen kletterten rutschten büßten gewannen zogen brachen'.split(
    ' ',
  ),
);
/** A change in per cent in brackets after a share's name: "X (-1,8 %)", "X (+75%)". */
const PERCENT_IN_BRACKETS = /^ ?\([+\-−–]\s?\d+(?:,\d+)?\s?(?:%|Prozent)\)/;
const PERCENT_SOON = /^[^.;:!?]{0,30}?\d(?:,\d+)?\s?(?:%|Prozent)/;

/**
 * Whether the German clause around the lone word at token `k` treats it as a company: the object of a noun of
 * business after "von" ("der größte Kunde von X"), the subject of a verb of production, sale or earnings
 * ("X produzierte …", "Während … produzierte X hauptsächlich"), a share's name ("X gaben 1,9 Prozent nach", "X
 * (-1,8%)"). One token window per call.
 */
export function germanCompanyEvidence(tokens: readonly Token[], text: string, k: number): boolean {
  const tok = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (/-\p{Ll}/u.test(tok.text)) return false;
  const after = text.slice(tok.end, tok.end + 48);
  if (PERCENT_IN_BRACKETS.test(after)) return true;
  const nextAdj = !!next && next.start === tok.end + 1 && text.charCodeAt(tok.end) === 32;
  const prevAdj = !!prev && tok.start === prev.end + 1 && text.charCodeAt(prev.end) === 32;
  if (prevAdj && prev.text === 'von') {
    const p2 = tokens[k - 2];
    if (p2 && p2.end + 1 === prev.start && DE_BUSINESS_OF.test(p2.text)) return true;
  }
  if (nextAdj && !next.cap) {
    const after2 = tokens[k + 2];
    if (DE_COMPANY_VERBS.has(next.text) && !(after2 && PASSIVE_AFTER.test(after2.text))) return true;
    // Not after "und" or a comma: two names coordinated take a plural verb ("A und B gaben an").
    if (
      DE_SHARE_VERBS.has(next.text) &&
      PERCENT_SOON.test(text.slice(next.end, next.end + 40)) &&
      !(prev && (prev.text === 'und' || text.slice(prev.end, tok.start).includes(',')))
    )
      return true;
  }
  // Inversion: "Während des Krieges produzierte X hauptsächlich …"; not after an article ("die produzierte Ware").
  if (prevAdj && nextAdj && !next.cap && !prev.cap && DE_COMPANY_VERBS.has(prev.text)) {
    const p2 = tokens[k - 2];
    return !p2 || !/^(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines)$/i.test(p2.text);
  }
  return false;
}

/** Words before "von X" that make X a place: directions, nearness, a see, a region's seat ("südlich von X", "Bischof von X"). */
const DE_PLACE_BEFORE_VON =
  /^(?:südlich|nördlich|östlich|westlich|südöstlich|südwestlich|nordöstlich|nordwestlich|Süden|Norden|Osten|Westen|Südosten|Südwesten|Nordosten|Nordwesten|Nähe|nahe|unweit|Umgebung|Stadtrand|Zentrum|Innenstadt|Bischof|Erzbischof|Bistum|Erzbistum|Hauptstadt|Provinzhauptstadt|Bezirkshauptstadt|Vorort|Vororte|Stadtteil|Einwohner|Bürgermeister|Bürgermeisterin)$/;

/** Whether the lone German word at token `k` is a place by the words before it: "südlich von X", "der Bischof von X". */
export function germanPlaceEvidence(tokens: readonly Token[], text: string, k: number): boolean {
  const tok = tokens[k]!;
  const prev = tokens[k - 1];
  const p2 = tokens[k - 2];
  return (
    !!prev &&
    !!p2 &&
    prev.text === 'von' &&
    tok.start === prev.end + 1 &&
    prev.start === p2.end + 1 &&
    DE_PLACE_BEFORE_VON.test(p2.text)
  );
}
