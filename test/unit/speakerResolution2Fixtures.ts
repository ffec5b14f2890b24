// Invented news articles, German and English, that exercise speaker resolution as a step of its own (issue 10):
// descriptors, ages, nationality with leadership, spokespersons of a body, roles learned from the article, pronouns
// across paragraphs, plural groups, and the corpus step (the person named in another article of the folder). Every
// name is made up; none comes from the evaluation data or the seeds. Each case gives a fragment of the statement's
// content and who the speaker is: the name of the resolved actor (its display name or one of its names), or null
// where the text does not say who it is and the speaker must stay unresolved rather than be guessed (traps).

export interface ResolutionCase {
  /** A fragment of the statement's content. */
  content: string;
  /** The resolved speaker's name, or null: the speaker must stay unresolved. */
  speaker: string | null;
  /** The error kind the case exercises. */
  kind: string;
}

export interface ResolutionArticle {
  path: string;
  text: string;
  cases: ResolutionCase[];
}

/** A folder of articles analysed together: the corpus step may resolve what one article leaves open. */
export interface ResolutionFolder {
  name: string;
  articles: ResolutionArticle[];
}

export const RESOLUTION_FOLDERS: ResolutionFolder[] = [
  {
    name: 'ages',
    articles: [
      {
        path: 'de-ages.txt',
        text: `Verkehrsminister legt Sanierungsplan vor

Kellhausen – Verkehrsminister Tobias Wendrich (58) hat am Dienstag einen Plan für die Sanierung des Schienennetzes vorgestellt. Bis 2030 sollen mehr als 4000 Kilometer Gleise erneuert werden.

Der 58-Jährige sagte, die Strecken müssten endlich verlässlich werden. Die Opposition reagierte mit Kritik. Die Abgeordnete Marlene Osterkamp (44) erklärte, das Geld reiche bei weitem nicht aus.

„Das ist ein Etikettenschwindel“, sagte die 44-Jährige am Abend. Der Landrat Gerd Imhoff (61) und der Bürgermeister Ulf Brandauer (61) begrüßten den Plan dagegen. Der 61-Jährige sagte, die Region habe lange genug gewartet.`,
        cases: [
          { content: 'verlässlich werden', speaker: 'Tobias Wendrich', kind: 'age' },
          { content: 'Geld reiche', speaker: 'Marlene Osterkamp', kind: 'descriptor' },
          { content: 'Etikettenschwindel', speaker: 'Marlene Osterkamp', kind: 'age' },
          { content: 'lange genug gewartet', speaker: null, kind: 'trap: age of two people' },
        ],
      },
    ],
  },
  {
    name: 'leaders-de',
    articles: [
      {
        path: 'de-leaders.txt',
        text: `Gipfel in Tallinn ohne Durchbruch

Tallinn – Der russische Präsident Igor Maltsev und der französische Präsident Étienne Roussard haben sich am Freitag in Tallinn zu Gesprächen getroffen. Beide Seiten sprachen von einem offenen Austausch.

Der russische Staatschef sagte nach dem Treffen, man sei sich in vielen Fragen nähergekommen. Der französische Präsident betonte dagegen, Europa werde seine Sanktionen nicht lockern.

Der Kremlchef kündigte an, die Gespräche im Frühjahr fortzusetzen. Roussard sagte, er sehe dafür derzeit keinen Anlass.`,
        cases: [
          { content: 'nähergekommen', speaker: 'Igor Maltsev', kind: 'trap: two leaders (nationality)' },
          { content: 'Sanktionen nicht lockern', speaker: 'Étienne Roussard', kind: 'trap: two leaders (nationality)' },
          { content: 'im Frühjahr fortzusetzen', speaker: 'Igor Maltsev', kind: 'leader by seat' },
          { content: 'keinen Anlass', speaker: 'Étienne Roussard', kind: 'name' },
        ],
      },
    ],
  },
  {
    name: 'spokespersons-de',
    articles: [
      {
        path: 'de-rail.txt',
        text: `Störung legt Nahverkehr lahm

Dornfeld – Eine Signalstörung hat am Montag den Zugverkehr rund um Dornfeld stundenlang lahmgelegt. Betroffen waren Tausende Pendler der Westfälischen Landesbahn.

Ein Bahnsprecher sagte, die Ursache sei ein Kabelbrand gewesen. Dem Bahnsprecher zufolge sollen die Züge ab Dienstag wieder nach Plan fahren.

Die Stadtwerke Dornfeld setzten Ersatzbusse ein. Ein Sprecher der Stadtwerke sagte, die Landesbahn habe sie erst am Mittag informiert.`,
        cases: [
          { content: 'Kabelbrand', speaker: 'Westfälische Landesbahn', kind: 'spokesperson → body' },
          { content: 'wieder nach Plan', speaker: 'Westfälische Landesbahn', kind: 'spokesperson → body' },
          {
            content: 'erst am Mittag',
            speaker: 'Stadtwerke Dornfeld',
            kind: 'trap: spokesperson quoting another body',
          },
        ],
      },
      {
        path: 'de-ministry.txt',
        text: `Ministerium prüft neue Regeln für Drohnen

Lindau – Das Innenministerium will den Einsatz privater Drohnen strenger regeln. Ministeriumssprecherin Jana Kolbe sagte am Mittwoch, ein Entwurf liege bis zum Sommer vor.

Verbände hatten zuvor vor Unfällen an Flughäfen gewarnt. Die Ministeriumssprecherin fügte hinzu, auch die Polizei solle mehr Befugnisse erhalten.

Die Nachrichtenagentur Nordpress meldete, die Länder seien noch uneins. Die Agentur berichtete weiter, ein erstes Treffen sei für Juni geplant.`,
        cases: [
          { content: 'bis zum Sommer', speaker: 'Jana Kolbe', kind: 'name' },
          { content: 'mehr Befugnisse', speaker: 'Jana Kolbe', kind: 'role learned in the article' },
          { content: 'noch uneins', speaker: 'Nordpress', kind: 'name' },
          { content: 'für Juni geplant', speaker: 'Nordpress', kind: 'descriptor (die Agentur)' },
        ],
      },
    ],
  },
  {
    name: 'spokespersons-de-2',
    articles: [
      {
        path: 'de-rail2.txt',
        text: `Nordbahn streicht Verbindungen

Kellhausen – Die Nordbahn AG streicht ab Dezember mehrere Verbindungen im Umland. Ein Bahnsprecher sagte, es fehle an Lokführern. Dem Bahnsprecher zufolge sollen die Verbindungen im Frühjahr zurückkehren.

Die Stadtwerke Dornfeld GmbH wollen mit zusätzlichen Bussen aushelfen. Ein Sprecher der Stadtwerke sagte, die Nordbahn habe sie viel zu spät informiert.`,
        cases: [
          { content: 'an Lokführern', speaker: 'Nordbahn AG', kind: 'spokesperson → body' },
          { content: 'im Frühjahr zurückkehren', speaker: 'Nordbahn AG', kind: 'spokesperson → body' },
          {
            content: 'viel zu spät',
            speaker: 'Stadtwerke Dornfeld GmbH',
            kind: 'trap: spokesperson quoting another body',
          },
        ],
      },
    ],
  },
  {
    name: 'party-de',
    articles: [
      {
        path: 'de-party.txt',
        text: `Streit um Haushalt geht weiter

Bernau – Im Streit um den Landeshaushalt haben sich die Regierungsparteien nicht einigen können. Grünen-Chef Lukas Bernhardt warf dem Koalitionspartner vor, Zusagen nicht einzuhalten.

Der Grünen-Chef sagte, ohne neue Schulden werde es nicht gehen. Die Finanzministerin Katrin Roloff und die Bildungsministerin Heike Sandmann trafen sich am Abend mit den Fraktionen.

Die Ministerin sagte anschließend, man sei auf einem guten Weg.

Professorin Anna Kesselborn vom Institut für Finanzpolitik hält die Pläne für riskant. Am Nachmittag traf sie den Landrat Jonas Brandt.

Sie sagte, die Zinslast werde das Land über Jahre binden.`,
        cases: [
          { content: 'ohne neue Schulden', speaker: 'Lukas Bernhardt', kind: 'party chief' },
          { content: 'guten Weg', speaker: null, kind: 'trap: descriptor of two people' },
          { content: 'Zinslast', speaker: 'Anna Kesselborn', kind: 'pronoun across paragraphs (gender)' },
        ],
      },
    ],
  },
  {
    name: 'corpus-de',
    articles: [
      {
        path: 'de-corpus-a.txt',
        text: `Regierung kündigt Entlastungen an

Mendorf – Die Landesregierung will Familien bei den Energiekosten entlasten. Regierungssprecher Malte Vossberg sagte am Montag, das Paket umfasse rund zwei Milliarden Euro.

Der Regierungssprecher fügte hinzu, die Auszahlung beginne im März.`,
        cases: [
          { content: 'zwei Milliarden', speaker: 'Malte Vossberg', kind: 'name' },
          { content: 'beginne im März', speaker: 'Malte Vossberg', kind: 'role learned in the article' },
        ],
      },
      {
        path: 'de-corpus-b.txt',
        text: `Kritik an Entlastungspaket

Mendorf – Sozialverbände halten das Entlastungspaket der Landesregierung für zu klein. Der Regierungssprecher sagte dagegen am Dienstag, die Hilfen seien gezielt und rasch wirksam.

Auch die Opposition meldete sich zu Wort.`,
        cases: [{ content: 'rasch wirksam', speaker: 'Malte Vossberg', kind: 'corpus: role named in another article' }],
      },
    ],
  },
  {
    name: 'leaders-en',
    articles: [
      {
        path: 'en-leaders.txt',
        text: `Leaders agree to resume grain talks

VALMORA, March 3 - Russian President Igor Maltsev and Turkish President Kemal Aydemir met in Valmora on Tuesday for talks on grain exports.

The Russian leader said the talks had been "frank and useful". The Turkish leader said his country would keep the sea lanes open.

Aydemir told reporters that a new round of talks would follow in April.`,
        cases: [
          { content: 'frank and useful', speaker: 'Igor Maltsev', kind: 'trap: two leaders (nationality)' },
          { content: 'sea lanes', speaker: 'Kemal Aydemir', kind: 'trap: two leaders (nationality)' },
          { content: 'new round', speaker: 'Kemal Aydemir', kind: 'name' },
        ],
      },
    ],
  },
  {
    name: 'groups-en',
    articles: [
      {
        path: 'en-union.txt',
        text: `Dock workers extend strike

HARLOW, May 12 - The Harbour Workers Union said on Monday that its members would extend their strike into a second week. They said the port operator had refused to improve its offer.

Union leader Grace Mallory said talks had broken down. She and her colleagues said they were ready to return to the table at any time.

A spokeswoman for Harlow Port Authority said ships were being diverted to other ports. The authority said the ministry had promised emergency funds.`,
        cases: [
          { content: 'second week', speaker: 'Harbour Workers Union', kind: 'name' },
          { content: 'refused to improve', speaker: 'Harbour Workers Union', kind: 'plural pronoun (They)' },
          { content: 'broken down', speaker: 'Grace Mallory', kind: 'name' },
          { content: 'return to the table', speaker: 'Grace Mallory', kind: 'pronoun coordination' },
          { content: 'being diverted', speaker: 'Harlow Port Authority', kind: 'spokesperson → body' },
          { content: 'emergency funds', speaker: 'Harlow Port Authority', kind: 'trap: body quoting another body' },
        ],
      },
    ],
  },
  {
    name: 'descriptors-en',
    articles: [
      {
        path: 'en-senate.txt',
        text: `Senators split over water bill

Senator Laura Finch and Senator Paul Whitcombe clashed on Wednesday over a bill to cap water prices.

The senator said the cap would protect poor households.

Finch, 64, has led the committee since 2019. The 64-year-old said she expected a vote next month.

Energy executive Daniel Roe, who attended the hearing, was more cautious. Later, in a written statement, he said the bill ignored the cost of new pipes.

Whitcombe said he would not support the bill.`,
        cases: [
          { content: 'protect poor households', speaker: null, kind: 'trap: descriptor of two people' },
          { content: 'vote next month', speaker: 'Laura Finch', kind: 'age' },
          { content: 'cost of new pipes', speaker: 'Daniel Roe', kind: 'pronoun across paragraphs' },
          { content: 'not support the bill', speaker: 'Paul Whitcombe', kind: 'name' },
        ],
      },
      {
        path: 'en-company.txt',
        text: `Carmaker cuts outlook

STUTTVALE, June 4 - Carmaker Brenford Motors cut its profit outlook on Thursday, citing weak demand in Asia.

Chief executive Oliver Hatch said the company would cut costs by 2 billion euros. The carmaker said sales in China fell 18 percent in the quarter.

A company spokesman said no plants would close this year. The chief executive said he expected demand to recover in 2027.`,
        cases: [
          { content: 'cut costs', speaker: 'Oliver Hatch', kind: 'name' },
          { content: 'fell 18 percent', speaker: 'Brenford Motors', kind: 'descriptor (the carmaker)' },
          { content: 'no plants would close', speaker: 'Brenford Motors', kind: 'spokesperson → body' },
          { content: 'recover in 2027', speaker: 'Oliver Hatch', kind: 'role learned in the article' },
        ],
      },
    ],
  },
  {
    name: 'corpus-en',
    articles: [
      {
        path: 'en-corpus-a.txt',
        text: `Central bank holds rates

KESTRA, July 9 - The Kestran central bank kept its key rate at 4 percent on Wednesday. Bank governor Helena Marsh said inflation was easing faster than expected.`,
        cases: [{ content: 'easing faster', speaker: 'Helena Marsh', kind: 'name' }],
      },
      {
        path: 'en-corpus-b.txt',
        text: `Markets rally after rate decision

KESTRA, July 9 - Shares rose on Wednesday after the rate decision. The bank governor said further cuts were possible later in the year.

Traders welcomed the signal.`,
        cases: [{ content: 'further cuts', speaker: 'Helena Marsh', kind: 'corpus: role named in another article' }],
      },
    ],
  },
  {
    name: 'corpus-leader-de',
    articles: [
      {
        path: 'de-corpus-leader-a.txt',
        text: `Staatsbesuch in Riga

Riga – Der russische Präsident Igor Maltsev ist am Donnerstag zu einem Besuch in Riga eingetroffen. Maltsev sagte bei seiner Ankunft, er wolle über Energie sprechen.`,
        cases: [{ content: 'über Energie sprechen', speaker: 'Igor Maltsev', kind: 'name' }],
      },
      {
        path: 'de-corpus-leader-b.txt',
        text: `Proteste in Riga

Riga – Hunderte Menschen haben am Donnerstag in Riga gegen den Staatsbesuch protestiert. Der russische Staatschef sagte am Abend, er respektiere die Meinungsfreiheit.`,
        cases: [
          { content: 'Meinungsfreiheit', speaker: 'Igor Maltsev', kind: 'corpus: leader named in another article' },
        ],
      },
    ],
  },
];

/**
 * A second batch, written after the first round of changes and measured before the second: the same error kinds in
 * other words (a dative age, gender of pronouns, party politicians, a former office holder, bodies by their noun).
 */
export const RESOLUTION_FOLDERS_2: ResolutionFolder[] = [
  {
    name: 'pronouns-de',
    articles: [
      {
        path: 'de-pronouns.txt',
        text: `Neue Leitung für das Stadtmuseum

Kellhausen – Der Kulturdezernent Holger Faßbinder hat am Mittwoch die neue Direktorin des Stadtmuseums vorgestellt. Die Kunsthistorikerin Sabine Lorenz (47) übernimmt das Haus im Januar.

Faßbinder sagte, die Stadt habe lange nach einer Nachfolgerin gesucht. Lorenz kommt aus Dornfeld, wo sie zwölf Jahre lang die Galerie am Markt leitete.

Er betonte, das Museum solle mehr junge Besucher anziehen. Der 47-Jährigen zufolge soll es künftig an jedem Donnerstag bis 22 Uhr geöffnet sein.`,
        cases: [
          { content: 'Nachfolgerin gesucht', speaker: 'Holger Faßbinder', kind: 'name' },
          { content: 'junge Besucher', speaker: 'Holger Faßbinder', kind: 'pronoun across paragraphs (gender)' },
          { content: 'bis 22 Uhr', speaker: 'Sabine Lorenz', kind: 'age (dative)' },
        ],
      },
      {
        path: 'de-politicians.txt',
        text: `Debatte um Windkraft im Landtag

Mendorf – Im Landtag ist am Donnerstag heftig über den Ausbau der Windkraft gestritten worden. Der CDU-Abgeordnete Friedrich Wolterding warf der Landesregierung vor, die Anwohner zu übergehen.

Der CDU-Politiker sagte, die Abstandsregeln müssten bleiben. Die Umweltministerin Carola Henning wies das zurück. Die SPD-Politikerin erklärte, ohne neue Anlagen seien die Klimaziele nicht zu erreichen.

Der ehemalige Ministerpräsident Karl-Heinz Albers meldete sich ebenfalls zu Wort. Der frühere Regierungschef sagte, beide Seiten müssten aufeinander zugehen.`,
        cases: [
          { content: 'Abstandsregeln', speaker: 'Friedrich Wolterding', kind: 'party politician' },
          { content: 'Klimaziele', speaker: 'Carola Henning', kind: 'party politician' },
          { content: 'aufeinander zugehen', speaker: 'Karl-Heinz Albers', kind: 'former office holder' },
        ],
      },
    ],
  },
  {
    name: 'bodies-en',
    articles: [
      {
        path: 'en-bodies.txt',
        text: `Storm warning for the coast

PORT ELLIS, Oct 2 - The National Weather Agency issued a storm warning for the east coast on Friday. The agency said winds could reach 120 km per hour.

Coast guard commander Ruth Bailey said crews were on standby. Her deputy, Tom Ashford, said boats should stay in harbour until Sunday.

The ministry of transport said ferries would not sail on Saturday. Officials said schools would stay open.`,
        cases: [
          { content: '120 km per hour', speaker: 'National Weather Agency', kind: 'descriptor (the agency)' },
          { content: 'on standby', speaker: 'Ruth Bailey', kind: 'name' },
          { content: 'stay in harbour', speaker: 'Tom Ashford', kind: 'name' },
          { content: 'would not sail', speaker: 'ministry of transport', kind: 'name' },
        ],
      },
      {
        path: 'en-leaders2.txt',
        text: `Summit ends with joint statement

ARVALE, Nov 20 - Chinese President Li Zhenhua and French President Anne Marceau ended two days of talks on Thursday.

The French president said Europe wanted fair access to Chinese markets. The Chinese leader said his country would buy more aircraft.

The two leaders said they would meet again next year. Marceau, 52, later told reporters she was satisfied. The 52-year-old said the talks had been long but useful.`,
        cases: [
          { content: 'fair access', speaker: 'Anne Marceau', kind: 'trap: two leaders (nationality)' },
          { content: 'more aircraft', speaker: 'Li Zhenhua', kind: 'trap: two leaders (nationality)' },
          { content: 'long but useful', speaker: 'Anne Marceau', kind: 'age' },
        ],
      },
      {
        path: 'en-former.txt',
        text: `Former premier backs reform

DUNMORE, Sept 8 - Former Prime Minister Alan Pryce on Monday backed the government's pension reform. Prime Minister Joan Kettle thanked him.

The former prime minister said the reform was overdue. Kettle said she hoped the opposition would follow.

She added that the vote would take place in October.`,
        cases: [
          { content: 'overdue', speaker: 'Alan Pryce', kind: 'former office holder' },
          { content: 'opposition would follow', speaker: 'Joan Kettle', kind: 'name' },
          { content: 'in October', speaker: 'Joan Kettle', kind: 'pronoun' },
        ],
      },
    ],
  },
  {
    name: 'corpus-leader-en',
    articles: [
      {
        path: 'en-corpus-leader-a.txt',
        text: `Leader opens new bridge

ARVALE, Nov 21 - Chinese President Li Zhenhua opened a new bridge over the Arva river on Friday. Li said the bridge would cut travel times by half.`,
        cases: [{ content: 'travel times', speaker: 'Li Zhenhua', kind: 'name' }],
      },
      {
        path: 'en-corpus-leader-b.txt',
        text: `Bridge opening draws crowds

ARVALE, Nov 21 - Thousands of people gathered on Friday for the opening of the new bridge. The Chinese leader said the country would build ten more.`,
        cases: [{ content: 'ten more', speaker: 'Li Zhenhua', kind: 'corpus: leader named in another article' }],
      },
    ],
  },
];
