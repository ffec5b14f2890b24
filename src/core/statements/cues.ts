// German speech, writing and thought cues: the verbs (with their inflected forms and separable particles) and
// the nouns that frame reported speech. The forms are generated once from compact lemma lists when the module
// loads; the resulting tables are frozen constants, never mutated afterwards (house style rule 4).
//
// A weak verb is given by its present stem ("sag", "bericht", "kritisier"); its finite forms, infinitive and
// participle are derived. Strong and irregular verbs list their forms. A separable verb is "particle|stem"
// ("mit|teil"): its finite forms count as a cue only when the particle closes the clause ("teilte … mit"),
// and the fused forms ("mitteilte", "mitgeteilt", "mitzuteilen") count on their own.

/** What a cue word is: a finite verb form, a participle/infinitive, or a verb that needs its particle. */
export interface CueEntry {
  lemma: string;
  /** The separable particle that must close the clause, when the form is a split finite verb. */
  particle?: string;
  /** Finite form (verb-second or verb-final), as opposed to a participle or infinitive. */
  finite: boolean;
  /** Thought or perception rather than speech ("glauben", "befürchten"): weaker evidence. */
  weak?: boolean;
  /** A finite form that is also the participle ("berichtet", "beschlossen"): after an auxiliary it is the participle. */
  alsoParticiple?: boolean;
}

const WEAK_SPEECH =
  'sag erklär beton behaupt bericht meld warn kritisier forder äußer bestätig dementier verkünd erläuter ergänz ' +
  'mein versicher beteuer bekräftig bekund unterstell spekulier argumentier begründ entgegn antwort erwider ' +
  'kommentier resümier bilanzier prognostizier mahn verlang appellier klag beklag bedauer begrüß beschuldig ' +
  'verurteil protestier vernein bezeichn lob präzisier verdeutlich signalisier erzähl schilder twitter ' +
  'zitier informier widerleg leugn plädier dräng beschwör dank ' +
  'wiederhol beanstand monier rüg tadel attestier konstatier diagnostizier urteil ' +
  'reklamier vermeld bezweifel befürwort beharr insistier unterricht prophezei ' +
  'erwähn frag würdig skandier besag erinner beschwer formulier vereinbar droh bemängel hinterfrag verkünd ' +
  'wert bewert charakterisier';

const WEAK_THOUGHT = 'glaub hoff befürcht vermut schätz erwart fürcht zweifel';

/** Weak verbs with a separable particle: "particle|stem". */
const WEAK_SEPARABLE =
  'mit|teil hinzu|füg an|kündig ein|räum fest|stell fest|leg klar|stell dar|stell heraus|stell zu|stimm ' +
  'aus|führ an|merk vor|rechn vorher|sag voraus|sag zu|sag an|deut ' +
  'bekannt|mach deutlich|mach geltend|mach aufmerksam|mach klar|mach ' +
  'ab|lehn nach|leg auf|forder bei|pflicht nach|sag an|pranger ein|schränk aus|sag an|zweifel an|ordn an|mahn';

/** Strong or irregular verbs: lemma, then its forms (finite forms first, then ";" and non-finite forms). */
const STRONG: Array<[string, string, string]> = [
  // lemma, finite forms, participles/infinitives
  ['sprechen', 'spricht sprach sprachen sprechen spreche', 'gesprochen sprechen'],
  ['schreiben', 'schreibt schrieb schrieben schreiben', 'geschrieben schreiben'],
  ['heißen', 'heißt hieß', 'geheißen'],
  ['nennen', 'nennt nannte nannten nennen', 'genannt nennen'],
  ['bestreiten', 'bestreitet bestritt bestritten bestreiten', 'bestritten bestreiten'],
  ['unterstreichen', 'unterstreicht unterstrich unterstrichen', 'unterstrichen unterstreichen'],
  ['versprechen', 'verspricht versprach versprachen versprechen', 'versprochen versprechen'],
  ['widersprechen', 'widerspricht widersprach widersprachen widersprechen', 'widersprochen widersprechen'],
  ['empfehlen', 'empfiehlt empfahl empfahlen empfehlen', 'empfohlen empfehlen'],
  ['raten', 'rät riet rieten', 'geraten'],
  ['rufen', 'ruft rief riefen', 'gerufen'],
  ['beschreiben', 'beschreibt beschrieb beschrieben', 'beschrieben beschreiben'],
  ['verweisen', 'verweist verwies verwiesen', 'verwiesen verweisen'],
  ['gestehen', 'gesteht gestand gestanden', 'gestanden gestehen'],
  ['verlauten', 'verlautet verlautete', 'verlautet verlauten'],
  ['annehmen', '', 'angenommen annehmen'],
  ['beschließen', 'beschließt beschloss beschlossen', 'beschlossen beschließen'],
  ['entscheiden', 'entscheidet entschied entschieden', 'entschieden entscheiden'],
  ['bitten', 'bittet bat baten', 'gebeten'],
  ['erwägen', 'erwägt erwog erwogen', 'erwogen erwägen'],
  ['ergeben', 'ergibt ergab ergaben', 'ergeben'],
];

/** Strong separable verbs: particle, lemma, finite stem forms, fused forms. */
const STRONG_SEPARABLE: Array<[string, string, string, string]> = [
  ['zu', 'zugeben', 'gibt gab gaben', 'zugegeben zugeben zugab zugaben zugibt zuzugeben'],
  ['an', 'angeben', 'gibt gab gaben geben', 'angegeben angeben angab angaben angibt'],
  ['bekannt', 'bekanntgeben', 'gibt gab gaben geben', 'bekanntgegeben bekanntgeben bekanntgab bekanntgibt'],
  ['hin', 'hinweisen', 'weist wies wiesen weisen', 'hingewiesen hinweisen hinwies hinwiesen hinweist'],
  [
    'zurück',
    'zurückweisen',
    'weist wies wiesen weisen',
    'zurückgewiesen zurückweisen zurückwies zurückwiesen zurückweist',
  ],
  ['vor', 'vorwerfen', 'wirft warf warfen werfen', 'vorgeworfen vorwerfen vorwarf vorwarfen vorwirft'],
  ['auf', 'aufrufen', 'ruft rief riefen rufen', 'aufgerufen aufrufen aufrief aufriefen aufruft'],
  [
    'aus',
    'aussprechen',
    'spricht sprach sprachen sprechen',
    'ausgesprochen aussprechen aussprach aussprachen ausspricht',
  ],
  ['an', 'ansprechen', 'spricht sprach sprachen', 'angesprochen'],
  ['hervor', 'hervorheben', 'hebt hob hoben heben', 'hervorgehoben hervorheben hervorhob hervorhoben hervorhebt'],
  ['davon aus', 'ausgehen', 'geht ging gingen gehen', 'ausgegangen ausgehen ausging ausgingen ausgeht'],
  ['ein', 'einwenden', 'wendet wandte wandten', 'eingewandt eingewendet einwandte'],
  ['fest', 'feststellen', 'stellt stellte stellten', 'festgestellt feststellte feststellten'],
  ['zu', 'zusichern', 'sichert sicherte sicherten', 'zugesichert zusicherte'],
  [
    'vor',
    'vorschlagen',
    'schlägt schlug schlugen schlagen',
    'vorgeschlagen vorschlagen vorschlug vorschlugen vorschlägt',
  ],
  ['an', 'anweisen', 'weist wies wiesen', 'angewiesen anweisen anwies anwiesen anweist'],
  ['ab', 'abraten', 'rät riet rieten', 'abgeraten abraten abriet abrieten abrät'],
  ['vor', 'vorhalten', 'hält hielt hielten', 'vorgehalten vorhalten vorhielt vorhielten vorhält'],
  ['ab', 'abstreiten', 'streitet stritt stritten', 'abgestritten abstreiten abstritt abstritten abstreitet'],
  [
    'aus',
    'ausschließen',
    'schließt schloss schlossen',
    'ausgeschlossen ausschließen ausschloss ausschlossen ausschließt',
  ],
  // Recording, offering and findings: "hielt fest, dass …", "bot an, … zu …", "Ermittlungen ergaben, dass …".
  ['fest', 'festhalten', 'hält hielt hielten', 'festgehalten festhalten festhielt festhielten festhält'],
  ['an', 'anbieten', 'bietet bot boten', 'angeboten anbieten anbot anboten anbietet'],
  // "Wie aus dem Bericht hervorgeht, …", "Das geht aus einer Mitteilung hervor": the "aus" phrase is the source.
  ['hervor', 'hervorgehen', 'geht ging gingen', 'hervorgegangen hervorgehen hervorgeht hervorging hervorgingen'],
  ['heraus', 'herausfinden', 'findet fand fanden', 'herausgefunden herausfinden herausfand herausfanden herausfindet'],
  ['ein', 'eingestehen', 'gesteht gestand gestanden', 'eingestanden eingestehen eingestand eingesteht'],
];

/** Single finite forms that frame speech only in a fixed phrase; handled by the frame rules, not here. */
export const REPORTED_NOUNS = new Set(
  (
    'Angaben Aussage Aussagen Äußerung Äußerungen Erklärung Erklärungen Mitteilung Mitteilungen Bericht Berichten ' +
    'Berichte Meldung Meldungen Informationen Erkenntnissen Einschätzung Einschätzungen Schätzungen Ansicht ' +
    'Meinung Auffassung Darstellung Worten Aussagen Stellungnahme Pressemitteilung Kreisen Quellen Recherchen ' +
    'Vermutungen Spekulationen Behauptung Behauptungen Vorwürfe Vorwurf Warnung Forderung Ankündigung Interview ' +
    'Angabe Sicht Überzeugung Analyse Analysen Prognose Prognosen Untersuchung Studie Umfrage Daten Zahlen'
  ).split(/\s+/),
);

const PREFIXES_WITHOUT_GE = /^(be|er|ver|ent|emp|ge|zer|miss|über|unter|wider|hinter)/;

function weakForms(stem: string): { finite: string[]; other: string[] } {
  const e = /(t|d|chn|ffn|gn|dm|tm)$/.test(stem) ? 'e' : '';
  const finite = [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, `${stem}e`, `${stem}en`, `${stem}${e}test`];
  if (/(el|er)$/.test(stem)) finite.push(`${stem}n`);
  const ge = PREFIXES_WITHOUT_GE.test(stem) || /ier$/.test(stem) ? '' : 'ge';
  const other = [`${ge}${stem}${e}t`, `${stem}en`, `zu${stem}en`];
  if (/(el|er)$/.test(stem)) other.push(`${stem}n`);
  return { finite, other };
}

function build(): ReadonlyMap<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  const put = (form: string, entry: CueEntry): void => {
    const key = form.toLowerCase();
    const had = map.get(key);
    if (!had) map.set(key, entry);
    // "berichtet", "beschlossen": finite and participle alike.
    else if (had.finite && !entry.finite && had.lemma === entry.lemma && !had.particle)
      map.set(key, { ...had, alsoParticiple: true });
  };
  for (const [list, weak] of [
    [WEAK_SPEECH, false],
    [WEAK_THOUGHT, true],
  ] as const) {
    for (const stem of list.split(/\s+/).filter(Boolean)) {
      const forms = weakForms(stem);
      const lemma = `${stem}en`;
      for (const f of forms.finite) put(f, { lemma, finite: true, weak });
      for (const f of forms.other) put(f, { lemma, finite: false, weak });
    }
  }
  for (const item of WEAK_SEPARABLE.split(/\s+/).filter(Boolean)) {
    const [particle, stem] = item.split('|') as [string, string];
    const forms = weakForms(stem);
    const lemma = `${particle}${stem}en`;
    for (const f of forms.finite) {
      put(`${particle}${f}`, { lemma, finite: true });
      const key = f.toLowerCase();
      // A split finite form needs its particle; keep an unsplit reading when the bare verb is a cue itself.
      if (!map.has(key)) map.set(key, { lemma, finite: true, particle });
      else map.set(`${particle}:${key}`, { lemma, finite: true, particle });
    }
    const ge = PREFIXES_WITHOUT_GE.test(stem) || /ier$/.test(stem) ? '' : 'ge';
    const e = /(t|d)$/.test(stem) ? 'e' : '';
    put(`${particle}${ge}${stem}${e}t`, { lemma, finite: false });
    put(`${particle}zu${stem}en`, { lemma, finite: false });
    put(`${particle}${stem}en`, { lemma, finite: false });
  }
  for (const [lemma, finite, other] of STRONG) {
    for (const f of finite.split(/\s+/).filter(Boolean)) put(f, { lemma, finite: true });
    for (const f of other.split(/\s+/).filter(Boolean)) put(f, { lemma, finite: false });
  }
  for (const [particle, lemma, finite, fused] of STRONG_SEPARABLE) {
    const last = particle.split(' ').pop()!;
    for (const f of finite.split(/\s+/).filter(Boolean)) {
      const key = f.toLowerCase();
      if (!map.has(key)) map.set(key, { lemma, finite: true, particle: last });
      else map.set(`${last}:${key}`, { lemma, finite: true, particle: last });
    }
    // Fused forms: the participle ("hervorgehoben"), the infinitive ("hervorheben", "hervorzuheben") or the
    // verb-final finite form ("hervorhob").
    const p = particle.replace(/ /g, '').replace(/^davon/, '');
    // The first fused form is the participle; a later one that starts like it ("ausgeht", "hervorgeht") is finite.
    fused
      .split(/\s+/)
      .filter(Boolean)
      .forEach((f, k) =>
        put(f, {
          lemma,
          finite: k > 0 && f !== lemma && !f.startsWith(`${p}zu`) && !/(eingewandt|eingewendet)$/.test(f),
        }),
      );
  }
  return map;
}

/** Lower-cased word form -> cue. Split forms whose bare verb is also a cue are keyed "particle:form". */
export const CUE_FORMS: ReadonlyMap<string, CueEntry> = build();

/**
 * Lemmas that make a speech act without content ("forderte den Rücktritt", "sprach von 800 Autos"). Not "aufrufen":
 * without a content clause ("hatten zu einer Kundgebung aufgerufen") it mobilises rather than says something.
 */
export const REPORTING_LEMMAS = new Set([
  'forderen',
  'fordern',
  'verlangen',
  'ankündigen',
  'ankündigen',
  'sprechen',
  'aussprechen',
  'nennen',
  'vorwerfen',
  'beschuldigen',
  'aufforderen',
  'auffordern',
  'bezeichnen',
  'empfehlen',
  'bestreiten',
  'vorschlagen',
  'warnen',
  'dementieren',
  'appellieren',
  'loben',
  'zurückweisen',
  'berichten',
  'ausgehen',
  'hinweisen',
  'verweisen',
  'bekanntgeben',
  'würdigen',
  'begründen',
  'angeben',
]);

/** Lower-case words that are cue forms only by accident (possessives, nouns after a lower-case start). */
export const NOT_CUE = new Set([
  'meine',
  'meinen',
  'meiner',
  'meinem',
  'meines',
  'dank',
  'urteil',
  'gestanden',
  'geraten',
  'gerufen',
]);

/** Phrases that frame speech by themselves: "es hieß", "hieß es", "es wird vermutet" (lower case, one space). */
export const IMPERSONAL_CUES: ReadonlySet<string> = new Set([
  'hieß es',
  'heißt es',
  'es hieß',
  'es heißt',
  'wird vermutet',
  'wurde vermutet',
  'wird angenommen',
  'wird befürchtet',
  'wird erwartet',
  'wurde bekannt',
  'wird berichtet',
  'wurde berichtet',
  'ist zu hören',
  'war zu hören',
  'zu hören war',
  'zu hören ist',
  'war zu lesen',
  'ist zu lesen',
  'zu lesen war',
  'zu lesen ist',
  'zu sehen war',
  'zu sehen ist',
  'verlautete',
  'bekannt geworden',
  'hatte es geheißen',
  'hat es geheißen',
  'wird spekuliert',
  'wurde spekuliert',
  'it is believed',
  'it was reported',
  'it is reported',
  'it is understood',
]);

/** Finite verbs that, combined with a speech noun object, make a reported speech act ("äußerte Bedenken"). */
export const SPEECH_NOUN_OBJECTS = new Set(
  (
    'Bedenken Kritik Zweifel Sorge Sorgen Hoffnung Hoffnungen Befürchtungen Forderung Forderungen Vorwürfe ' +
    'Warnung Warnungen Unterstützung Zustimmung Ablehnung Dank Glückwünsche Beileid Bereitschaft Absicht ' +
    'Erklärung Stellungnahme Ankündigung Drohung Drohungen Vorschlag Vorschläge Anschuldigungen Beschwerde'
  ).split(/\s+/),
);
