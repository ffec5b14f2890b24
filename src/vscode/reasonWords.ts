// Reasons (why articles are one event, core types.ts Reason) in the display language: the related-coverage
// picker's detail and the Coverage view's small print. Editor-free (it takes a Translate: vscode.l10n.t in the
// extension, the bundle or plainTranslate in tests). With plainTranslate it says exactly what the core's English
// renderer (reasons.ts reasonText) says: test/unit/reasonsText.test.ts holds the two together.
// Every message is a literal (test/unit/l10n.test.ts checks each has its German in l10n/bundle.l10n.de.json);
// concepts and acts are tables of literals for that reason, and an act or concept the tables do not know yet
// is shown by its key.
import type { Reason } from '../core';
import type { Translate } from './text';

/** The related-coverage picker's title: how many other articles the event has, singular for one. */
export function relatedTitle(others: number, t: Translate): string {
  return others === 1
    ? t('Related coverage: 1 other article on this event')
    : t('Related coverage: {0} other articles on this event', others);
}

/** The reasons of an article, each in words. */
export function reasonsInWords(reasons: readonly Reason[], t: Translate): string[] {
  return reasons.map((r) => reasonInWords(r, t));
}

/** One reason in words. */
export function reasonInWords(r: Reason, t: Translate): string {
  switch (r.kind) {
    case 'occasion': {
      const act = (r.object !== undefined ? tables(t).objects[`${r.act}:${r.object}`] : undefined) ?? actOf(r.act, t);
      const where = [participants(r.act, r.with, t), occasionWhere(r.place, r.when, t)].filter(Boolean).join(' ');
      return t('reports {0}', where === '' ? act[1] : act[2](where));
    }
    case 'quote':
      return t('quotes the same words: „{0}“', r.text);
    case 'names':
      return t('also names {0}', list(r.names, t));
    case 'figures':
      return r.figures.length === 1
        ? t('gives the same figure: {0}', r.figures[0]!)
        : t('gives the same figures: {0}', list(r.figures, t));
    case 'dates': {
      const dates = r.dates.map((d) => dateWords(d, t));
      return dates.length === 1
        ? t('gives the same date: {0}', dates[0]!)
        : t('gives the same dates: {0}', list(dates, t));
    }
    case 'topics': {
      const concepts = tables(t).concepts;
      const of = r.concepts.length
        ? t(
            'also writes of {0}',
            list(
              r.concepts.map((c) => concepts[c] ?? c),
              t,
            ),
          )
        : '';
      const counts = r.ordinals.map((n) => ordinal(n, t));
      const ordinals = !counts.length
        ? ''
        : counts.length === 1
          ? t('gives the same ordinal: {0}', counts[0]!)
          : t('gives the same ordinals: {0}', list(counts, t));
      return [of, ordinals].filter(Boolean).join('; ');
    }
    case 'weekdays': {
      const days = r.days.map((d) => weekday(d, t));
      return days.length === 1
        ? t('names the same weekday: {0}', days[0]!)
        : t('names the same weekdays: {0}', list(days, t));
    }
    case 'years':
      return r.years.length === 1
        ? t('names the same year: {0}', r.years[0]!)
        : t('names the same years: {0}', list(r.years.map(String), t));
    case 'date':
      return r.shared ? t('same event date: {0}', dateWords(r.date, t)) : t('dated {0}', dateWords(r.date, t));
    case 'compound': {
      const acts = list(
        r.acts.map((a) => actOf(a, t)[0]),
        t,
      );
      return r.weekday >= 0
        ? t('{0}: one occasion, on the same {1}', acts, weekday(r.weekday, t))
        : t('{0}: one occasion, on dates that agree', acts);
    }
    case 'together':
      return r.weekday >= 0
        ? t('one occasion with {0}, in the same country on the same {1}', r.person, weekday(r.weekday, t))
        : t('one occasion with {0}, in the same country on dates that agree', r.person);
    case 'alone':
      return t('no other article shares its distinctive names, figures and dates');
    case 'words':
      return t('uses the same words: {0}', r.words.join(', '));
    case 'claims':
      return r.count === 1 ? t('1 shared claim') : t('{0} shared claims', r.count);
    case 'quotes':
      return r.count === 1 ? t('the same quote') : t('{0} same quotes', r.count);
  }
}

/**
 * An ISO date as a reader of the display language writes it: "19 June 2024" / "19. Juni 2024", "June 2024",
 * "19 June" (a day of an unknown year); anything else as it is.
 */
export function dateWords(iso: string, t: Translate): string {
  const m = /^(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = m ? monthName(Number(m[2]), t) : undefined;
  if (!m || month === undefined || (m[1] === undefined && m[3] === undefined)) return iso;
  if (m[3] === undefined) return `${month} ${m[1]}`;
  const day = Number(m[3]);
  return m[1] === undefined ? t('{0} {1}', day, month) : t('{0} {1} {2}', day, month, m[1]);
}

/**
 * Where and when an occasion was ("in Astana on 10 September 2025" / "in Astana am 10. September 2025", "in
 * November 2023" / "im November 2023"); '' when neither is known.
 */
function occasionWhere(place: string | undefined, when: string | null, t: Translate): string {
  if (when === null) return place === undefined ? '' : t('in {0}', place);
  const m = /^(\d{4})-(\d{2})$/.exec(when);
  const month = m ? monthName(Number(m[2]), t) : undefined;
  if (m && month !== undefined)
    return place === undefined ? t('in {0} {1}', month, m[1]!) : t('in {0} in {1} {2}', place, month, m[1]!);
  const day = dateWords(when, t);
  return place === undefined ? t('on {0}', day) : t('in {0} on {1}', place, day);
}

/**
 * Who took part in an occasion (core participantsInWords): "of A and B" (a meeting), "between A and B" (a call,
 * letters), "with A and B" (a visit), "with A" (one person; none for a letter); '' none.
 */
function participants(act: string, persons: readonly string[] | undefined, t: Translate): string {
  if (!persons?.length) return '';
  if (persons.length === 1) return act === 'letter' ? '' : t('with {0}', persons[0]!);
  const both = list(persons, t);
  return act === 'meeting' ? t('of {0}', both) : act === 'visit' ? t('with {0}', both) : t('between {0}', both);
}

/** "a", "a and b", "a, b and c" ("a, b und c"). */
function list(items: readonly string[], t: Translate): string {
  return items.length < 2
    ? (items[0] ?? '')
    : t('{0} and {1}', items.slice(0, -1).join(', '), items[items.length - 1]!);
}

function monthName(m: number, t: Translate): string | undefined {
  return tables(t).months[m - 1];
}

function weekday(d: number, t: Translate): string {
  return tables(t).weekdays[d] ?? String(d);
}

function ordinal(n: number, t: Translate): string {
  return tables(t).ordinals[n - 1] ?? t('{0}th', n);
}

/**
 * An act as a noun, as "the same …" after "reports", and as "the same …" with where and when it was (German puts
 * them before a participle: "demselben in Astana am 10. September unterzeichneten Vertrag").
 */
type ActWords = readonly [string, string, (where: string) => string];

/** An act family's words; one the table does not know yet by its key. */
function actOf(act: string, t: Translate): ActWords {
  return tables(t).acts[act] ?? [act, t('the same {0}', act), (w) => t('the same {0} {1}', act, w)];
}

interface Tables {
  concepts: Readonly<Record<string, string>>;
  acts: Readonly<Record<string, ActWords>>;
  /** Acts of a thing ("cut:rate": interest rate cut), core ACT_OBJECT_WORDS. */
  objects: Readonly<Record<string, ActWords>>;
  months: readonly string[];
  weekdays: readonly string[];
  ordinals: readonly string[];
}

/** The tables in the words of the last Translate asked (the display language does not change while the extension runs). */
let cached: { t: Translate; tables: Tables } | null = null;
function tables(t: Translate): Tables {
  if (cached?.t !== t)
    cached = {
      t,
      tables: {
        concepts: conceptTable(t),
        acts: actTable(t),
        objects: objectTable(t),
        months: [
          t('January'),
          t('February'),
          t('March'),
          t('April'),
          t('May'),
          t('June'),
          t('July'),
          t('August'),
          t('September'),
          t('October'),
          t('November'),
          t('December'),
        ],
        weekdays: [t('Sunday'), t('Monday'), t('Tuesday'), t('Wednesday'), t('Thursday'), t('Friday'), t('Saturday')],
        ordinals: [
          t('first'),
          t('second'),
          t('third'),
          t('fourth'),
          t('fifth'),
          t('sixth'),
          t('seventh'),
          t('eighth'),
          t('ninth'),
          t('tenth'),
        ],
      },
    };
  return cached.tables;
}

/** Each concept of the event lexicon in the display language (the English words are core CONCEPT_WORDS). */
function conceptTable(t: Translate): Readonly<Record<string, string>> {
  return {
    quake: t('earthquake'),
    magnitude: t('magnitude'),
    dead: t('deaths'),
    injured: t('injuries'),
    rate: t('interest rates'),
    cut: t('cut'),
    hike: t('rise'),
    hold: t('unchanged rate'),
    centralbank: t('central bank'),
    inflation: t('inflation'),
    visit: t('visit'),
    phone: t('phone call'),
    letter: t('letter'),
    summit: t('summit'),
    meeting: t('meeting'),
    treaty: t('agreement'),
    election: t('election'),
    campaign: t('campaign'),
    attack: t('attack'),
    shooting: t('shooting'),
    rocket: t('rocket'),
    launch: t('launch'),
    testflight: t('test flight'),
    explode: t('explosion'),
    prize: t('prize'),
    physics: t('physics'),
    chemistry: t('chemistry'),
    medicine: t('medicine'),
    final: t('final'),
    football: t('football'),
    champion: t('title'),
    goal: t('goal'),
    victory: t('victory'),
    defeat: t('defeat'),
    war: t('war'),
    troops: t('troops'),
    sanction: t('sanctions'),
    striker: t('striker'),
    ransom: t('ransom'),
    president: t('president'),
    chancellor: t('chancellor'),
    primeminister: t('prime minister'),
    minister: t('minister'),
    government: t('government'),
    parliament: t('parliament'),
    court: t('court'),
    judge: t('judge'),
    police: t('police'),
    arrest: t('arrest'),
    suspect: t('suspect'),
    fire: t('fire'),
    flood: t('flood'),
    storm: t('storm'),
    crash: t('crash'),
    plane: t('plane'),
    airport: t('airport'),
    train: t('train'),
    ship: t('ship'),
    strike: t('strike'),
    protest: t('protest'),
    resign: t('resignation'),
    veto: t('veto'),
    recall: t('recall'),
    closure: t('closure'),
    reopen: t('reopening'),
    hostage: t('hostages'),
    vaccine: t('vaccine'),
    virus: t('virus'),
    nuclear: t('nuclear'),
    weapon: t('weapons'),
    bomb: t('bomb'),
    satellite: t('satellite'),
    moon: t('Moon'),
    mars: t('Mars'),
    space: t('space'),
    epicentre: t('epicentre'),
    tsunami: t('tsunami'),
    rescue: t('rescue'),
    building: t('building'),
    collapse: t('collapse'),
    deal: t('takeover'),
    budget: t('budget'),
    tax: t('taxes'),
    tariff: t('tariffs'),
    round: t('round'),
    oil: t('oil'),
    gas: t('gas'),
    stock: t('shares'),
    germany: t('Germany'),
    austria: t('Austria'),
    switzerland: t('Switzerland'),
    france: t('France'),
    italy: t('Italy'),
    spain: t('Spain'),
    england: t('England'),
    britain: t('Britain'),
    usa: t('USA'),
    russia: t('Russia'),
    ukraine: t('Ukraine'),
    china: t('China'),
    japan: t('Japan'),
    northkorea: t('North Korea'),
    southkorea: t('South Korea'),
    turkey: t('Turkey'),
    syria: t('Syria'),
    israel: t('Israel'),
    iran: t('Iran'),
    iraq: t('Iraq'),
    lebanon: t('Lebanon'),
    egypt: t('Egypt'),
    india: t('India'),
    poland: t('Poland'),
    netherlands: t('Netherlands'),
    belgium: t('Belgium'),
    greece: t('Greece'),
    sweden: t('Sweden'),
    canada: t('Canada'),
    mexico: t('Mexico'),
    brazil: t('Brazil'),
    eu: t('EU'),
    un: t('UN'),
    moscow: t('Moscow'),
    cologne: t('Cologne'),
    munich: t('Munich'),
    vienna: t('Vienna'),
    warsaw: t('Warsaw'),
    brussels: t('Brussels'),
    rome: t('Rome'),
    athens: t('Athens'),
    lisbon: t('Lisbon'),
    prague: t('Prague'),
    beijing: t('Beijing'),
    kyiv: t('Kyiv'),
    geneva: t('Geneva'),
    hague: t('The Hague'),
    copenhagen: t('Copenhagen'),
    tehran: t('Tehran'),
    cairo: t('Cairo'),
    jerusalem: t('Jerusalem'),
  };
}

/**
 * Each act family as a noun ("strike": Streik), as "the same …" after "reports" ("demselben Streik"), and so with
 * where and when ("demselben Streik {0}"; the core's ACT_PARTICIPLES: "demselben {0} unterzeichneten Vertrag").
 */
function actTable(t: Translate): Readonly<Record<string, ActWords>> {
  return {
    visit: [t('visit'), t('the same visit'), (w) => t('the same visit {0}', w)],
    meeting: [t('meeting'), t('the same meeting'), (w) => t('the same meeting {0}', w)],
    phone: [t('phone call'), t('the same phone call'), (w) => t('the same phone call {0}', w)],
    letter: [t('letter'), t('the same letter'), (w) => t('the same letter {0}', w)],
    attack: [t('attack'), t('the same attack'), (w) => t('the same attack {0}', w)],
    launch: [t('launch'), t('the same launch'), (w) => t('the same launch {0}', w)],
    quake: [t('earthquake'), t('the same earthquake'), (w) => t('the same earthquake {0}', w)],
    weather: [t('storm or flood'), t('the same storm or flood'), (w) => t('the same storm or flood {0}', w)],
    fire: [t('fire'), t('the same fire'), (w) => t('the same fire {0}', w)],
    crash: [t('crash'), t('the same crash'), (w) => t('the same crash {0}', w)],
    strike: [t('strike'), t('the same strike'), (w) => t('the same strike {0}', w)],
    protest: [t('protest'), t('the same protest'), (w) => t('the same protest {0}', w)],
    resign: [t('resignation'), t('the same resignation'), (w) => t('the same resignation {0}', w)],
    veto: [t('veto'), t('the same veto'), (w) => t('the same veto {0}', w)],
    recall: [t('recall'), t('the same recall'), (w) => t('the same recall {0}', w)],
    arrest: [t('arrest'), t('the same arrest'), (w) => t('the same arrest {0}', w)],
    court: [t('court ruling'), t('the same court ruling'), (w) => t('the same court ruling {0}', w)],
    prize: [t('prize award'), t('the same prize award'), (w) => t('the same prize award {0}', w)],
    match: [t('match'), t('the same match'), (w) => t('the same match {0}', w)],
    cut: [t('cut'), t('the same cut'), (w) => t('the same cut {0}', w)],
    hike: [t('rise'), t('the same rise'), (w) => t('the same rise {0}', w)],
    hold: [t('unchanged rate'), t('the same unchanged rate'), (w) => t('the same unchanged rate {0}', w)],
    treaty: [t('treaty'), t('the same treaty'), (w) => t('the same treaty signed {0}', w)],
    election: [t('election'), t('the same election'), (w) => t('the same election {0}', w)],
    deal: [t('takeover'), t('the same takeover'), (w) => t('the same takeover {0}', w)],
    hostage: [t('hostage taking'), t('the same hostage taking'), (w) => t('the same hostage taking {0}', w)],
    collapse: [t('collapse'), t('the same collapse'), (w) => t('the same collapse {0}', w)],
  };
}

/** Each act of a thing (core ACT_OBJECT_WORDS) as a noun, as "the same …", and so with where and when. */
function objectTable(t: Translate): Readonly<Record<string, ActWords>> {
  return {
    'cut:rate': [
      t('interest rate cut'),
      t('the same interest rate cut'),
      (w) => t('the same interest rate cut {0}', w),
    ],
    'hike:rate': [
      t('interest rate rise'),
      t('the same interest rate rise'),
      (w) => t('the same interest rate rise {0}', w),
    ],
    'hike:tax': [t('tax rise'), t('the same tax rise'), (w) => t('the same tax rise {0}', w)],
    'hike:tariff': [t('tariff rise'), t('the same tariff rise'), (w) => t('the same tariff rise {0}', w)],
    'launch:testflight': [t('test flight'), t('the same test flight'), (w) => t('the same test flight {0}', w)],
    'launch:rocket': [t('rocket launch'), t('the same rocket launch'), (w) => t('the same rocket launch {0}', w)],
    'launch:satellite': [
      t('satellite launch'),
      t('the same satellite launch'),
      (w) => t('the same satellite launch {0}', w),
    ],
    'crash:plane': [t('plane crash'), t('the same plane crash'), (w) => t('the same plane crash {0}', w)],
    'crash:train': [t('train crash'), t('the same train crash'), (w) => t('the same train crash {0}', w)],
    'attack:bomb': [t('bomb attack'), t('the same bomb attack'), (w) => t('the same bomb attack {0}', w)],
    'attack:shooting': [t('shooting'), t('the same shooting'), (w) => t('the same shooting {0}', w)],
    'prize:physics': [
      t('physics prize award'),
      t('the same physics prize award'),
      (w) => t('the same physics prize award {0}', w),
    ],
    'prize:chemistry': [
      t('chemistry prize award'),
      t('the same chemistry prize award'),
      (w) => t('the same chemistry prize award {0}', w),
    ],
    'prize:medicine': [
      t('medicine prize award'),
      t('the same medicine prize award'),
      (w) => t('the same medicine prize award {0}', w),
    ],
    'strike:train': [t('rail strike'), t('the same rail strike'), (w) => t('the same rail strike {0}', w)],
    'weather:flood': [t('flood'), t('the same flood'), (w) => t('the same flood {0}', w)],
    'weather:storm': [t('storm'), t('the same storm'), (w) => t('the same storm {0}', w)],
    'match:final': [t('final'), t('the same final'), (w) => t('the same final {0}', w)],
  };
}
