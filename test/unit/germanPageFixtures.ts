// Invented German saved pages of domains the development sets have little of (a central bank's rate decision, a
// rocket launch, an award ceremony, a court ruling, a company's results, a football club, a weather warning, a church
// synod, a university study), with date lines, bylines, captions, credits and update lines as web pages have them,
// and what a reader expects to see marked: every actor with its kind and every attributed statement with its speaker.
// Shared by test/unit/germanPages.test.ts. The people, firms, clubs and most bodies are made up.
import type { ArticleAnalysis, Statement } from '../../src/core/types';

export interface ExpectedStatement {
  /** A piece of the content that identifies the statement. */
  content: string;
  /** The resolved actor's name, or the speaker as written when no actor is named ("Die Jury", "Meteorologen"). */
  speaker: string;
}

export interface GermanPage {
  name: string;
  text: string;
  /** Every actor a reader expects marked: name (or any alias) and kind. */
  actors: [string, 'person' | 'organization' | 'media' | 'place'][];
  statements: ExpectedStatement[];
  /** Pieces of content that may or may not be listed as statements (speech acts the golds disagree on). */
  optional?: string[];
}

const page = (lines: string[]): string => lines.join('\n') + '\n';

export const ZINS: GermanPage = {
  name: 'central bank',
  text: page([
    'Nordische Zentralbank hebt Leitzins an – weitere Schritte möglich',
    'Stand: 12.08.2025 14:03 Uhr',
    'Von Anna Beispiel und Lukas Ferber',
    '',
    'Die Nordische Zentralbank (NZB) hat den Leitzins zum dritten Mal in diesem Jahr angehoben. Der Satz steigt um einen Viertelprozentpunkt auf 4,25 Prozent, wie die Notenbank am Dienstag in Kopenhagen mitteilte.',
    '',
    'Die Inflation sei weiterhin zu hoch, sagte Zentralbankchefin Henrike Solberg auf einer Pressekonferenz. „Wir sind noch nicht am Ziel“, fügte sie hinzu.',
    '',
    'Zuletzt hatte die Teuerung bei 3,9 Prozent gelegen. Der Schritt kam für Beobachter nicht überraschend.',
    '',
    'Die Ökonomin Jana Roth von der Lindauer Privatbank sagte, sie rechne bis Jahresende mit einer weiteren Erhöhung. „Die Notenbank wird nicht lockerlassen“, sagte Roth.',
    '',
    'Kritik kam von Finanzminister Ole Brandvik. Höhere Zinsen belasteten den Mittelstand, erklärte er.',
    '',
    'Update 14:05 Uhr: Die Europäische Zentralbank (EZB) wollte sich zu dem Schritt nicht äußern.',
    '',
    'Die Zentrale der Nordischen Zentralbank in Kopenhagen. Foto: dpa/Mads Kjeldsen',
  ]),
  actors: [
    ['Anna Beispiel', 'person'],
    ['Lukas Ferber', 'person'],
    ['Nordische Zentralbank', 'organization'],
    ['Kopenhagen', 'place'],
    ['Henrike Solberg', 'person'],
    ['Jana Roth', 'person'],
    ['Lindauer Privatbank', 'organization'],
    ['Ole Brandvik', 'person'],
    ['Europäische Zentralbank', 'organization'],
    ['dpa', 'media'],
    ['Mads Kjeldsen', 'person'],
  ],
  statements: [
    { content: 'Viertelprozentpunkt', speaker: 'Nordische Zentralbank' },
    { content: 'Die Inflation sei weiterhin zu hoch', speaker: 'Henrike Solberg' },
    { content: 'Wir sind noch nicht am Ziel', speaker: 'Henrike Solberg' },
    { content: 'mit einer weiteren Erhöhung', speaker: 'Jana Roth' },
    { content: 'Die Notenbank wird nicht lockerlassen', speaker: 'Jana Roth' },
    { content: 'Höhere Zinsen belasteten den Mittelstand', speaker: 'Ole Brandvik' },
  ],
};

export const START: GermanPage = {
  name: 'rocket launch',
  text: page([
    'Wettersatellit nach zwei Verschiebungen gestartet',
    'Stand: 03.09.2025 09:41 Uhr',
    'Von Tobias Kranich, Kourou',
    '',
    'Nach zwei Verschiebungen ist eine Ariane 6 mit dem Wettersatelliten Nimbus-4 an Bord vom Weltraumbahnhof Kourou in Französisch-Guayana gestartet. Die Rakete hob um 23.12 Uhr MESZ (17.12 Uhr EST) ab, wie die Europäische Weltraumorganisation Esa mitteilte.',
    '',
    '„Das war ein perfekter Start“, sagte Esa-Direktorin Katrin Wolters. Der Satellit habe sich planmäßig von der Oberstufe getrennt.',
    '',
    'Gebaut wurde der Satellit von der Bremer Firma Orbitalwerk. Firmenchef Jens Hallmann sprach von einem „großen Tag für die Raumfahrt in Deutschland“.',
    '',
    'Zuletzt war der Start am Freitag wegen starker Höhenwinde abgesagt worden. Die nächste Ariane soll im November abheben.',
    '',
    'Auch das Konkurrenzunternehmen Stellar Dynamics plant für Oktober einen Start. Dessen Chef Ravi Anand kündigte an, die Kosten weiter zu senken.',
    '',
    'Die Ariane 6 beim Start in Kourou. Foto: Esa/CNES/Arianespace',
  ]),
  actors: [
    ['Tobias Kranich', 'person'],
    ['Kourou', 'place'],
    ['Französisch-Guayana', 'place'],
    ['Europäische Weltraumorganisation', 'organization'],
    ['Katrin Wolters', 'person'],
    ['Orbitalwerk', 'organization'],
    ['Jens Hallmann', 'person'],
    ['Deutschland', 'place'],
    ['Stellar Dynamics', 'organization'],
    ['Ravi Anand', 'person'],
    ['CNES', 'organization'],
    ['Arianespace', 'organization'],
  ],
  statements: [
    { content: 'Die Rakete hob um 23.12 Uhr', speaker: 'Europäische Weltraumorganisation' },
    { content: 'Das war ein perfekter Start', speaker: 'Katrin Wolters' },
    { content: 'Der Satellit habe sich planmäßig', speaker: 'Katrin Wolters' },
    { content: 'großen Tag für die Raumfahrt', speaker: 'Jens Hallmann' },
    { content: 'die Kosten weiter zu senken', speaker: 'Ravi Anand' },
  ],
};

export const PREIS: GermanPage = {
  name: 'award ceremony',
  text: page([
    'Kulturpreis für Autorin Leonie Falkenberg',
    'Stand: 25.10.2025 21:47 Uhr',
    'Von Clara Weidmann',
    '',
    'Die Schriftstellerin Leonie Falkenberg ist am Samstagabend in der Paulskirche in Frankfurt mit dem Ehrenpreis der Stiftung Kulturerbe Hessen ausgezeichnet worden. Die Jury würdigte ihren Roman „Das stille Haus“ als „ein Meisterwerk der leisen Töne“.',
    '',
    '„Ich bin überwältigt“, sagte Falkenberg bei der Verleihung. Sie widmete den Preis ihrer verstorbenen Mutter.',
    '',
    'Die Laudatio hielt der Verleger Konrad Amsel. Falkenberg habe der deutschen Literatur eine neue Stimme gegeben, sagte er.',
    '',
    'Der Preis ist mit 25.000 Euro dotiert. Bislang erhielten ihn unter anderem der Lyriker Aaron Weißbach und die Dramatikerin Selin Aydın.',
    '',
    'Unter den Gästen war auch Ministerpräsident Friedrich Hallstein. Kultur brauche verlässliche Förderung, mahnte er in seinem Grußwort.',
    '',
    'Leonie Falkenberg bei der Preisverleihung in der Paulskirche. Foto: picture alliance/dpa | Jonas Reiter',
  ]),
  actors: [
    ['Clara Weidmann', 'person'],
    ['Leonie Falkenberg', 'person'],
    ['Paulskirche', 'place'],
    ['Frankfurt', 'place'],
    ['Stiftung Kulturerbe Hessen', 'organization'],
    ['Konrad Amsel', 'person'],
    ['Aaron Weißbach', 'person'],
    ['Selin Aydın', 'person'],
    ['Friedrich Hallstein', 'person'],
    ['picture alliance', 'media'],
    ['dpa', 'media'],
    ['Jonas Reiter', 'person'],
  ],
  statements: [
    { content: 'ein Meisterwerk der leisen Töne', speaker: 'Die Jury' },
    { content: 'Ich bin überwältigt', speaker: 'Leonie Falkenberg' },
    { content: 'eine neue Stimme gegeben', speaker: 'Konrad Amsel' },
    { content: 'Kultur brauche verlässliche Förderung', speaker: 'Friedrich Hallstein' },
  ],
};

export const GERICHT: GermanPage = {
  name: 'court ruling',
  text: page([
    'Urteil: Klinikbetreiber muss Pflegekräften Zulagen nachzahlen',
    'Stand: 18.03.2025 16:20 Uhr',
    'Von Markus Lehnert',
    '',
    'Erfurt (dpa) - Das Bundesarbeitsgericht hat der Klage von drei Pflegekräften gegen den Klinikbetreiber Vitalis Kliniken stattgegeben. Das Unternehmen muss die Nachtzulagen für die vergangenen zwei Jahre nachzahlen (Az. 5 AZR 112/24).',
    '',
    'Die Vorsitzende Richterin Ingrid Hallenberg sagte bei der Urteilsverkündung, die Zulagen seien Teil des vereinbarten Lohns. Ein Verzicht sei unwirksam.',
    '',
    '„Das Urteil wird Tausenden Beschäftigten helfen“, sagte der Anwalt der Klägerinnen, Tarik Demir.',
    '',
    'Die Vitalis Kliniken kündigten an, das Urteil zu prüfen. Eine Sprecherin sagte, man werde die Zulagen zahlen.',
    '',
    'Die Gewerkschaft Verdi erklärte, sie erwarte nun Nachzahlungen in der ganzen Branche. Zuvor hatte das Landesarbeitsgericht Sachsen-Anhalt die Klage abgewiesen.',
    '',
    'Update 16:45 Uhr: Das Urteil schaffe Klarheit für alle Häuser, teilte die Deutsche Krankenhausgesellschaft mit.',
    '',
    'Mit Material von dpa und AFP',
  ]),
  actors: [
    ['Markus Lehnert', 'person'],
    ['Erfurt', 'place'],
    ['dpa', 'media'],
    ['Bundesarbeitsgericht', 'organization'],
    ['Vitalis Kliniken', 'organization'],
    ['Ingrid Hallenberg', 'person'],
    ['Tarik Demir', 'person'],
    ['Verdi', 'organization'],
    ['Landesarbeitsgericht Sachsen-Anhalt', 'organization'],
    ['Deutsche Krankenhausgesellschaft', 'organization'],
    ['AFP', 'media'],
  ],
  statements: [
    { content: 'die Zulagen seien Teil des vereinbarten Lohns', speaker: 'Ingrid Hallenberg' },
    { content: 'Ein Verzicht sei unwirksam', speaker: 'Ingrid Hallenberg' },
    { content: 'Das Urteil wird Tausenden Beschäftigten helfen', speaker: 'Tarik Demir' },
    { content: 'das Urteil zu prüfen', speaker: 'Vitalis Kliniken' },
    { content: 'man werde die Zulagen zahlen', speaker: 'Vitalis Kliniken|Eine Sprecherin' },
    { content: 'Nachzahlungen in der ganzen Branche', speaker: 'Verdi' },
    { content: 'Das Urteil schaffe Klarheit', speaker: 'Deutsche Krankenhausgesellschaft' },
  ],
};

export const BILANZ: GermanPage = {
  name: 'company results',
  text: page([
    'Velora steigert Gewinn deutlich',
    'Stand: 06.11.2025 07:58 Uhr',
    'Von Sebastian Korff',
    '',
    'Der Haushaltsgerätehersteller Velora hat im dritten Quartal deutlich mehr verdient als erwartet. Der Nettogewinn stieg um 18 Prozent auf 312 Millionen Euro, wie das Unternehmen aus Gütersloh am Donnerstag mitteilte.',
    '',
    '„Unsere neuen Geräte verkaufen sich hervorragend“, sagte Vorstandschef Matthias Erlenkamp. Vor allem in Asien wachse die Nachfrage.',
    '',
    'Finanzvorständin Birgit Szymanski rechnet für das Gesamtjahr mit einem Umsatz von mehr als fünf Milliarden Euro. Die Velora-Aktie legte im frühen Handel um sechs Prozent zu.',
    '',
    'Das Quartal sei stark gewesen, sagte Analyst Florian Rieck von der Investmentbank Haller & Stein. Die Margen seien allerdings weiter unter Druck, schrieb er in einer Studie.',
    '',
    'Der Betriebsrat warnte, die geplanten Stellenstreichungen im Werk in Bielefeld gefährdeten den Standort. Insgesamt sollen dort 400 Arbeitsplätze wegfallen.',
    '',
    'Die Zentrale von Velora in Gütersloh. Foto: Velora',
  ]),
  actors: [
    ['Sebastian Korff', 'person'],
    ['Velora', 'organization'],
    ['Gütersloh', 'place'],
    ['Matthias Erlenkamp', 'person'],
    ['Asien', 'place'],
    ['Birgit Szymanski', 'person'],
    ['Florian Rieck', 'person'],
    ['Haller & Stein', 'organization'],
    ['Bielefeld', 'place'],
  ],
  statements: [
    { content: 'Der Nettogewinn stieg um 18 Prozent', speaker: 'Velora' },
    { content: 'Unsere neuen Geräte verkaufen sich hervorragend', speaker: 'Matthias Erlenkamp' },
    { content: 'Vor allem in Asien wachse die Nachfrage', speaker: 'Matthias Erlenkamp' },
    { content: 'mit einem Umsatz von mehr als fünf Milliarden Euro', speaker: 'Birgit Szymanski' },
    { content: 'Das Quartal sei stark gewesen', speaker: 'Florian Rieck' },
    { content: 'Die Margen seien allerdings weiter unter Druck', speaker: 'Florian Rieck' },
    { content: 'gefährdeten den Standort', speaker: 'Der Betriebsrat' },
  ],
};

export const FUSSBALL: GermanPage = {
  name: 'football club',
  text: page([
    'Eintracht Lindenau trennt sich von Trainer Kessler',
    'Stand: 14.04.2025 11:15 Uhr',
    'Von Jan Opitz',
    '',
    'Der Fußball-Zweitligist Eintracht Lindenau hat sich nach der fünften Niederlage in Folge von Trainer Dirk Kessler getrennt. Das teilte der Verein am Montag mit.',
    '',
    '„Wir brauchen einen neuen Impuls“, sagte Sportdirektor Heiko Brandl. Die Entscheidung sei ihm nicht leichtgefallen.',
    '',
    'Am Samstag hatte Lindenau mit 0:3 gegen den SV Kallstadt 09 verloren. Damit steht die Eintracht auf einem Abstiegsplatz.',
    '',
    'Interimstrainer wird der bisherige Co-Trainer Marco Uhlig. Er kündigte an, mit der Mannschaft sofort an der Defensive zu arbeiten.',
    '',
    'Kessler war erst im Sommer vom Ligakonkurrenten Fortuna Hallbach gekommen. Kapitän Yannick Osei sagte, die Mannschaft trage eine Mitschuld.',
    '',
    'Nach Informationen des „Kicker“ gilt Ex-Nationalspieler Thorsten Wendt als Favorit auf die Nachfolge.',
    '',
    'Dirk Kessler an der Seitenlinie. Foto: Imago/Lars Hartmann',
  ]),
  actors: [
    ['Jan Opitz', 'person'],
    ['Eintracht Lindenau', 'organization'],
    ['Dirk Kessler', 'person'],
    ['Heiko Brandl', 'person'],
    ['SV Kallstadt 09', 'organization'],
    ['Marco Uhlig', 'person'],
    ['Fortuna Hallbach', 'organization'],
    ['Yannick Osei', 'person'],
    ['Kicker', 'media'],
    ['Thorsten Wendt', 'person'],
    ['Imago', 'media'],
    ['Lars Hartmann', 'person'],
  ],
  statements: [
    { content: 'von Trainer Dirk Kessler getrennt', speaker: 'Eintracht Lindenau' },
    { content: 'Wir brauchen einen neuen Impuls', speaker: 'Heiko Brandl' },
    { content: 'Die Entscheidung sei ihm nicht leichtgefallen', speaker: 'Heiko Brandl' },
    { content: 'an der Defensive zu arbeiten', speaker: 'Marco Uhlig' },
    { content: 'die Mannschaft trage eine Mitschuld', speaker: 'Yannick Osei' },
    { content: 'als Favorit auf die Nachfolge', speaker: 'Kicker' },
  ],
};

export const WETTER: GermanPage = {
  name: 'weather warning',
  text: page([
    'Unwetterwarnung für den Norden: Orkanböen und Starkregen erwartet',
    'Stand: 21.11.2025 06:30 Uhr',
    'Von Petra Haas',
    '',
    'Der Deutsche Seewetterdienst warnt für Schleswig-Holstein und Hamburg vor Orkanböen mit bis zu 120 Kilometern pro Stunde. Das Sturmtief „Nora“ erreiche die Küste in der Nacht zum Samstag, teilte der Dienst in Offenbach mit.',
    '',
    'Meteorologe Sven Lübbers sagte, vor allem auf den Inseln sei mit Sturmfluten zu rechnen. „Bleiben Sie am Samstag möglichst zu Hause“, riet er.',
    '',
    'Die Deutsche Bahn kündigte an, den Fernverkehr zwischen Hamburg und Westerland einzustellen. Auch die Reederei Nordlicht strich alle Fährverbindungen nach Amrum.',
    '',
    'Update 07:15 Uhr: Inzwischen gilt auch für Niedersachsen eine Warnung. Laut Innenministerium sind die Katastrophenschützer in Bereitschaft.',
    '',
    'Zuletzt hatte ein Sturm im Oktober Schäden in Millionenhöhe angerichtet. Meteorologen rechnen erst ab Sonntag mit einer Beruhigung der Lage.',
  ]),
  actors: [
    ['Petra Haas', 'person'],
    ['Deutscher Seewetterdienst', 'organization'],
    ['Schleswig-Holstein', 'place'],
    ['Hamburg', 'place'],
    ['Offenbach', 'place'],
    ['Sven Lübbers', 'person'],
    ['Deutsche Bahn', 'organization'],
    ['Westerland', 'place'],
    ['Reederei Nordlicht', 'organization'],
    ['Amrum', 'place'],
    ['Niedersachsen', 'place'],
  ],
  statements: [
    { content: 'Das Sturmtief', speaker: 'Deutscher Seewetterdienst' },
    { content: 'vor allem auf den Inseln sei mit Sturmfluten zu rechnen', speaker: 'Sven Lübbers' },
    { content: 'Bleiben Sie am Samstag möglichst zu Hause', speaker: 'Sven Lübbers' },
    { content: 'den Fernverkehr zwischen Hamburg und Westerland einzustellen', speaker: 'Deutsche Bahn' },
    { content: 'Katastrophenschützer in Bereitschaft', speaker: 'Innenministerium' },
    { content: 'mit einer Beruhigung der Lage', speaker: 'Meteorologen' },
  ],
  optional: ['vor Orkanböen'],
};

export const SYNODE: GermanPage = {
  name: 'church synod',
  text: page([
    'Synode wählt Ruth Albrecht zur Landesbischöfin',
    'Stand: 09.05.2025 18:22 Uhr',
    'Von Johanna Pieper',
    '',
    'Die Synode der Evangelischen Landeskirche Nordmark hat die Theologin Ruth Albrecht zur neuen Landesbischöfin gewählt. Die 54-Jährige erhielt im zweiten Wahlgang 71 von 120 Stimmen.',
    '',
    '„Ich danke für das große Vertrauen“, sagte Albrecht nach der Wahl in Lübeck. Die Kirche müsse sich stärker um junge Menschen kümmern.',
    '',
    'Präses Gerhard Morlang würdigte die scheidende Bischöfin Almut Reger. Sie habe die Landeskirche durch schwierige Jahre geführt, sagte er.',
    '',
    'Die Evangelische Kirche in Deutschland (EKD) gratulierte. Der Ratsvorsitzende Thomas Brenner erklärte, er freue sich auf die Zusammenarbeit.',
    '',
    'Derweil sinkt die Zahl der Kirchenmitglieder weiter. Nach Angaben der Landeskirche traten im vergangenen Jahr rund 18.000 Menschen aus.',
    '',
    'Auch Erzbischof Stefan Kowalke vom Erzbistum Hamburg sandte Glückwünsche.',
  ]),
  actors: [
    ['Johanna Pieper', 'person'],
    ['Evangelische Landeskirche Nordmark', 'organization'],
    ['Ruth Albrecht', 'person'],
    ['Lübeck', 'place'],
    ['Gerhard Morlang', 'person'],
    ['Almut Reger', 'person'],
    ['Evangelische Kirche in Deutschland', 'organization'],
    ['Thomas Brenner', 'person'],
    ['Stefan Kowalke', 'person'],
    ['Erzbistum Hamburg', 'organization'],
  ],
  statements: [
    { content: 'Ich danke für das große Vertrauen', speaker: 'Ruth Albrecht' },
    { content: 'Die Kirche müsse sich stärker', speaker: 'Ruth Albrecht' },
    { content: 'durch schwierige Jahre geführt', speaker: 'Gerhard Morlang' },
    { content: 'er freue sich auf die Zusammenarbeit', speaker: 'Thomas Brenner' },
    { content: 'rund 18.000 Menschen aus', speaker: 'Evangelische Landeskirche Nordmark' },
  ],
  optional: ['die scheidende Bischöfin', 'gratulierte', 'Glückwünsche'],
};

export const STUDIE: GermanPage = {
  name: 'university study',
  text: page([
    'Studie: Mikroplastik in jedem dritten Dorsch aus der Ostsee',
    'Stand: 30.06.2025 10:12 Uhr',
    'Von Nils Brettschneider',
    '',
    'Forschende der Universität Greifswald haben in jedem dritten untersuchten Dorsch aus der Ostsee Mikroplastik gefunden. Die Studie ist am Montag im Fachjournal „Marine Pollution Letters“ erschienen.',
    '',
    '„Die Belastung ist höher, als wir erwartet hatten“, sagte Studienleiterin Hanna Vogelsang. Die Partikel stammten vor allem aus Reifenabrieb und Kleidung.',
    '',
    'An der Untersuchung war auch das Helmholtz-Zentrum für Meeresbiologie in Kiel beteiligt. Umweltministerin Carla Neubauer sagte, das Land wolle die Förderung für Kläranlagen aufstocken.',
    '',
    'Kritik kam vom Fischereiverband Mecklenburg-Vorpommern. Dessen Sprecher Heiko Lamprecht sagte, die Ergebnisse dürften nicht zu Panik führen. Fisch aus der Ostsee sei weiterhin unbedenklich.',
    '',
    'Unterdessen fordert die Umweltorganisation Greenpeace ein Verbot von Mikroplastik in Kosmetik. Zuletzt hatten Forschende aus Dänemark ähnliche Werte gemeldet.',
    '',
    'Ein Forschungsschiff der Universität im Hafen von Greifswald. Foto: Universität Greifswald/Kai Brenning',
  ]),
  actors: [
    ['Nils Brettschneider', 'person'],
    ['Universität Greifswald', 'organization'],
    ['Ostsee', 'place'],
    ['Marine Pollution Letters', 'media'],
    ['Hanna Vogelsang', 'person'],
    ['Helmholtz-Zentrum für Meeresbiologie', 'organization'],
    ['Kiel', 'place'],
    ['Carla Neubauer', 'person'],
    ['Fischereiverband Mecklenburg-Vorpommern', 'organization'],
    ['Heiko Lamprecht', 'person'],
    ['Greenpeace', 'organization'],
    ['Dänemark', 'place'],
    ['Greifswald', 'place'],
    ['Kai Brenning', 'person'],
  ],
  statements: [
    { content: 'Die Belastung ist höher', speaker: 'Hanna Vogelsang' },
    { content: 'Die Partikel stammten vor allem', speaker: 'Hanna Vogelsang' },
    { content: 'die Förderung für Kläranlagen aufstocken', speaker: 'Carla Neubauer' },
    { content: 'die Ergebnisse dürften nicht zu Panik führen', speaker: 'Heiko Lamprecht' },
    { content: 'Fisch aus der Ostsee sei weiterhin unbedenklich', speaker: 'Heiko Lamprecht' },
  ],
  optional: ['ein Verbot von Mikroplastik', 'ähnliche Werte'],
};

export const GERMAN_PAGES: GermanPage[] = [ZINS, START, PREIS, GERICHT, BILANZ, FUSSBALL, WETTER, SYNODE, STUDIE];

export interface PageErrors {
  /** Marked as an actor although the page names no such actor (a date-line word, an adverb, a product). */
  spurious: string[];
  missed: string[];
  wrongKind: string[];
  missedStatements: string[];
  wrongSpeakers: string[];
  falseStatements: string[];
}

/** Compares one analysis with the page's expectations (names match a canonical name or an alias). */
export function pageErrors(a: ArticleAnalysis, p: GermanPage): PageErrors {
  const e: PageErrors = {
    spurious: [],
    missed: [],
    wrongKind: [],
    missedStatements: [],
    wrongSpeakers: [],
    falseStatements: [],
  };
  const named = (n: string) => a.actors.find((x) => x.name === n || x.aliases.includes(n));
  for (const [n, kind] of p.actors) {
    const x = named(n);
    if (!x) e.missed.push(n);
    else if (x.kind !== kind) e.wrongKind.push(`${n}: ${x.kind}`);
  }
  for (const x of a.actors)
    if (!p.actors.some(([n]) => x.name === n || x.aliases.includes(n))) e.spurious.push(`${x.name} (${x.kind})`);
  const speakerOf = (s: Statement) => [a.actors.find((x) => x.id === s.speaker?.actorId)?.name, s.speaker?.text];
  for (const want of p.statements) {
    const s = a.statements.find((x) => x.content.text.includes(want.content));
    if (!s) e.missedStatements.push(want.content);
    else if (!want.speaker.split('|').some((w) => speakerOf(s).includes(w)))
      e.wrongSpeakers.push(`${want.content}: ${speakerOf(s).join(' / ')}`);
  }
  for (const s of a.statements) {
    if (s.nestedIn !== undefined) continue;
    const t = s.content.text;
    if (p.statements.some((w) => t.includes(w.content)) || (p.optional ?? []).some((o) => t.includes(o))) continue;
    e.falseStatements.push(t);
  }
  return e;
}
