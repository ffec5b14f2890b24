// Closed word classes per language that the frame rules need: determiners, pronouns, subordinators,
// auxiliaries, words that end a noun phrase, report-verb markers. German first; English in english.ts.
import { CUE_FORMS, NOT_CUE, type CueEntry } from './cues';
import { bareCue, EN_CUES, isBareCueForm } from './english';
import { LOWER_START, type Tok } from './tokens';

export interface LangRules {
  en: boolean;
  determiners: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  /** Lower-cased words that can open a clause but not a subject noun phrase (prepositions, adverbs). */
  nonSubjectStarts: ReadonlySet<string>;
  /** Words that end a noun phrase when met after its head. */
  npStops: ReadonlySet<string>;
  /** Words skipped between an inverted verb and its subject ("sagte jedoch der Minister"). */
  skippable: ReadonlySet<string>;
  /** Markers of reported speech inside a clause (Konjunktiv I/II forms, "dass"). */
  reportMarkers: ReadonlySet<string>;
  cue(tokens: Tok[], i: number, clauseEnd: number): CueEntry | null;
  /** Cheap pre-check: whether a lower-cased word can be a cue at all. */
  isCueForm(lower: string): boolean;
}

const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['und', 'oder', 'aber', 'sowie', 'doch', 'dass']);

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

const DE_NON_SUBJECT =
  'am im in an auf aus bei beim mit nach vor seit von vom zu zum zur für gegen gegenüber über unter während wegen laut ' +
  'trotz ohne durch um ab bis ins ans aufs hinter neben zwischen außer dank ' +
  'zudem außerdem dabei damit dazu deshalb daher darüber darauf davor danach dann denn doch heute gestern morgen bereits zuvor später ' +
  'zunächst inzwischen mittlerweile jetzt nun dort hier damals trotzdem allerdings jedoch so insbesondere erst schon bisher weiter ' +
  'ferner zuletzt ende mitte anfang anfangs als wenn weil obwohl da wie nachdem bevor sobald falls ob dass zwar aber und oder sondern ' +
  'montag dienstag mittwoch donnerstag freitag samstag sonntag vergangene vergangenen letzte letzten kürzlich jüngst unterdessen ' +
  'indes indessen gleichzeitig gleichwohl immerhin schließlich auch ebenso ebenfalls nicht noch wohl offenbar demnach demzufolge ' +
  'hingegen dagegen stattdessen vielmehr darin hierzu hierbei wörtlich abschließend ergänzend zusätzlich weiterhin bislang ' +
  'angesichts bezüglich hinsichtlich aufgrund infolge anlässlich seitens mithilfe entgegen innerhalb außerhalb statt anstelle ' +
  'inmitten jenseits mangels zwecks verglichen betreffend gemäß ' +
  'es man wer was';

const DE_NP_STOPS =
  'am im in an auf bei beim mit nach vor seit vom zu zum zur für gegen gegenüber über unter während wegen laut trotz ohne durch um ' +
  'jedoch bereits auch dazu zudem außerdem noch nun heute gestern am damals weiter ebenfalls etwa dann zuvor später nicht sich ' +
  'hingegen dagegen allerdings aber zufolge sei habe hat hatte hätte wird wurde würde ist war sind waren ihm ihr ihnen es';

export const DE_RULES: LangRules = {
  en: false,
  determiners: set(
    'der die das den dem des ein eine einer einem einen eines einige einigen mehrere mehreren viele vielen zahlreiche zahlreichen beide beiden ' +
      'diese dieser dieses diesen diesem dieselbe derselbe desselben derselben denselben demselben jene jener sein seine seinem seinen seiner ihre ' +
      'ihrem ihren ihrer ihr unser unsere kein keine alle allen manche manchen andere anderen weitere weiteren',
  ),
  pronouns: set('er sie ich wir man'),
  subordinators: set(
    'wie während als nachdem weil da dass ob obwohl wobei woraufhin worauf bevor indem sodass nachdem wenn falls sobald damit zumal',
  ),
  relatives: set('der die das den dem deren dessen welche welcher welches was wo'),
  auxiliaries: set(
    'hat haben hatte hatten habe hätte hätten ist sind war waren sei wird werden wurde wurden werde würde würden',
  ),
  nonSubjectStarts: set(DE_NON_SUBJECT),
  npStops: set(DE_NP_STOPS),
  skippable: set(
    'jedoch auch dazu zudem außerdem bereits noch nun am heute gestern damals weiter ebenfalls etwa dann zuvor später allerdings aber hingegen dagegen sich dabei darüber darin zuletzt erneut mehrfach wiederholt ausdrücklich gleichzeitig indes unterdessen demnach zufolge',
  ),
  reportMarkers: set(
    'sei seien habe werde könne müsse solle wolle dürfe möge wisse gebe liege stehe gehe komme bleibe handle gelte fehle brauche bestehe ' +
      'drohe zeige lasse sehe trage hätte hätten wäre wären würde würden gäbe käme läge stünde müssten könnten sollten dass seiest seiest hätten gehöre könnte müsste ' +
      // Konjunktiv II of strong and irregular verbs where it differs from every indicative form: the umlauted forms,
      // and the singular in -e of the others (their plural, "gingen", "blieben", is also the preterite).
      'gäben kämen lägen stünden stände ständen sähe sähen fände fänden wüsste wüssten bräuchte bräuchten täte täten ' +
      'nähme nähmen zöge zögen bekäme bekämen ginge bliebe hielte ließe fiele hinge erhielte',
  ),
  isCueForm: (lower) => CUE_FORMS.has(lower) && !NOT_CUE.has(lower),
  cue(tokens, i, clauseEnd) {
    const t = tokens[i]!;
    if (t.punct || t.quoted || !LOWER_START.test(t.text) || NOT_CUE.has(t.lower)) return null;
    const entry = CUE_FORMS.get(t.lower);
    if (!entry) return null;
    if (!entry.particle) return entry;
    // A verb-final clause with the particle written apart before the verb ("wie das Amt bekannt gab, …").
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && !prev.quoted && !prev.punct && (next === undefined || next.punct || next.quoted)) {
      if (prev.lower === entry.particle) return entry;
      const alt = CUE_FORMS.get(`${prev.lower}:${t.lower}`);
      if (alt) return alt;
    }
    // A split verb: its particle must come later in the clause, as a word of its own.
    for (let k = i + 1; k < clauseEnd; k++) {
      const w = tokens[k]!;
      if (w.quoted || w.punct) continue;
      // The particle closes its clause ("teilte … mit." / "wies darauf hin, dass"); "warf … weit und siegte vor …" has a preposition.
      const after = tokens[k + 1];
      const closes = after === undefined || after.punct || after.quoted || CLAUSE_JOINERS.has(after.lower);
      if (!closes) continue;
      if (w.lower === entry.particle) return entry;
      const alt = CUE_FORMS.get(`${w.lower}:${t.lower}`);
      if (alt) return alt;
    }
    return null;
  },
};

const EN_NON_SUBJECT =
  'in on at by for with from to of about after before during since until under over against without through into onto ' +
  'as when while because although though if once then also but and or yet so however meanwhile moreover earlier later ' +
  'today yesterday monday tuesday wednesday thursday friday saturday sunday last this that it there here according';

export const EN_RULES: LangRules = {
  en: true,
  determiners: set(
    'the a an this that these those his her their its our some several many two three four one other another both each every any no',
  ),
  pronouns: set('he she they i we you'),
  subordinators: set('as while when after because although though if that whether since'),
  relatives: set('who which that whom whose'),
  auxiliaries: set('has have had was were is are will would'),
  nonSubjectStarts: set(EN_NON_SUBJECT),
  npStops: set(
    'on in at to for with from by about after before during since on last this that who which also told said says , however',
  ),
  skippable: set('also then however further again later earlier on'),
  reportMarkers: set('that would could might may will had'),
  isCueForm: (lower) => EN_CUES.has(lower) || isBareCueForm(lower),
  cue(tokens, i) {
    const t = tokens[i]!;
    if (t.punct || t.quoted) return null;
    const entry = EN_CUES.get(t.lower);
    return entry ?? (isBareCueForm(t.lower) ? bareCue(tokens, i) : null);
  },
};
