// Reasons as data (core reasons.ts, types.ts Reason): what the event index found two articles to share, turned into
// structured reasons (the occasion, quote, names, figures, dates as ISO, acts and things as concept keys, weekdays
// as numbers, years, the article's date; compound occasions; an event of one), and their English words (the CLI,
// reports). The editor's words in the display language: reasonsWords.test.ts.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { analyzeCorpus } from '../../src/core/corpus/corpus';
import { EventIndex } from '../../src/core/corpus/events';
import { dictionaryForm, eventsInEnglish, reasonText, reasonTexts } from '../../src/core/corpus/reasons';
import { reportMarkdown, eventReports } from '../../src/core/corpus/report';
import { toExport } from '../../src/core/export';
import type { EventFingerprint, Reason } from '../../src/core/types';

/** A compact fingerprint of the given keys (counts 1, the first key in the lead) with their shown forms. */
function fp(
  keys: string[],
  {
    when = null,
    act = null,
    shown = {},
  }: { when?: string | null; act?: string | null; shown?: Record<string, string> },
): EventFingerprint {
  return {
    keys,
    counts: Uint16Array.from(keys.map(() => 1)),
    leads: Uint16Array.from(keys.map((_, i) => (i === 0 ? 1 : 0))),
    shown: keys.map((k) => shown[k] ?? '').join('\x1f'),
    when,
    headline: keys[0]!,
    language: 'de',
    ordinals: {},
    act,
    percents: [],
  };
}

const SHARED = [
  'n:gdl',
  'n:weselsky',
  'q:wir streiken bis freitag',
  '#:35',
  'd:2024-01-10',
  'm:2024-01',
  'md:01-12',
  'c:strike',
  'c:train',
  'w:notfahrplan',
  'o:2',
  'wd:1',
  'wd:4',
  'y:2024',
];
const SHOWN = { 'n:gdl': 'GDL', 'q:wir streiken bis freitag': 'Wir streiken bis Freitag', '#:35': '35 Stunden' };

describe('reasons as data', () => {
  const index = new EventIndex();
  index.put('a', fp(SHARED, { when: '2024-01-10', act: 'strike', shown: SHOWN }));
  index.put('b', fp([...SHARED, 'n:other'], { when: '2024-01-10', act: 'strike', shown: SHOWN }));
  index.put('c', fp(['n:gdl', 'c:train'], { when: '2024-03-04', act: 'strike', shown: SHOWN }));

  it('gives the occasion first, then quote, names, figures, dates, acts and things, weekdays and years', () => {
    const r = index.reasonsOf('a', ['b']);
    assert.deepEqual(
      r.map((x) => x.kind),
      ['occasion', 'quote', 'names', 'figures', 'dates', 'topics', 'weekdays', 'years'],
    );
    // The thing both name that the act was of ("train": a rail strike) is the occasion's, not a topic.
    assert.deepEqual(r[0], { kind: 'occasion', act: 'strike', when: '2024-01-10', object: 'train' });
    assert.deepEqual(r[1], { kind: 'quote', text: 'Wir streiken bis Freitag' });
    assert.deepEqual((r[2] as Extract<Reason, { kind: 'names' }>).names.sort(), ['GDL', 'Weselsky']);
    assert.deepEqual(r[3], { kind: 'figures', figures: ['35 Stunden'] });
    // ISO: the month of a date shown is not listed again, nor the occasion's day; a day without its year is
    // ("--01-12").
    assert.deepEqual(r[4], { kind: 'dates', dates: ['--01-12'] });
    // Concept keys, not word stems; the occasion's act and object are not listed again among them; ordinals as numbers.
    assert.deepEqual(r[5], { kind: 'topics', concepts: [], ordinals: [2] });
    assert.deepEqual([...(r[6] as Extract<Reason, { kind: 'weekdays' }>).days].sort(), [1, 4]);
    assert.deepEqual(r[7], { kind: 'years', years: [2024] });
    // The same day is the occasion's: not said again as the article's date.
    assert.ok(!r.some((x) => x.kind === 'date'));
  });

  it("tells the event's date from the article's own reading", () => {
    const c = index.reasonsOf('c', ['a']);
    assert.deepEqual(c[0], { kind: 'occasion', act: 'strike', when: null, object: 'train' });
    assert.deepEqual(c.at(-1), { kind: 'date', date: '2024-03-04', shared: false });
    const other = new EventIndex();
    other.put('a', fp(['n:gdl', 'c:train'], { when: '2024-01-10', act: null, shown: SHOWN }));
    other.put('b', fp(['n:gdl', 'c:train'], { when: '2024-01-10', act: 'strike', shown: SHOWN }));
    assert.deepEqual(other.reasonsOf('a', ['b']).at(-1), { kind: 'date', date: '2024-01-10', shared: true });
  });

  it("takes the occasion's day from a date both give that is another's event day (an article dated the day after)", () => {
    const idx = new EventIndex();
    idx.put('a', fp(['n:gdl', 'd:2024-01-10', 'c:train'], { when: '2024-01-11', act: 'strike', shown: SHOWN }));
    idx.put('b', fp(['n:gdl', 'd:2024-01-10', 'c:train'], { when: '2024-01-10', act: 'strike', shown: SHOWN }));
    const r = idx.reasonsOf('a', ['b']);
    assert.deepEqual(r[0], { kind: 'occasion', act: 'strike', when: '2024-01-10', object: 'train' });
    assert.ok(!r.some((x) => x.kind === 'dates'));
    assert.deepEqual(r.at(-1), { kind: 'date', date: '2024-01-11', shared: false });
  });

  it('does not list as a topic a country or city the names already give, in any language', () => {
    const withActor = (f: EventFingerprint): EventFingerprint => ({
      ...f,
      terms: { 'a:place:russland': 2 },
      display: { 'a:place:russland': 'Russland' },
    });
    const idx = new EventIndex();
    idx.put('a', withActor(fp(['c:russia', 'c:rocket', 'n:gdl'], { shown: SHOWN })));
    idx.put('b', withActor(fp(['c:russia', 'c:rocket', 'n:gdl'], { shown: SHOWN })));
    const r = idx.reasonsOf('a', ['b']);
    assert.ok(
      r.some((x) => x.kind === 'names' && x.names.includes('Russland')),
      JSON.stringify(r),
    );
    assert.deepEqual(
      r.find((x) => x.kind === 'topics'),
      { kind: 'topics', concepts: ['rocket'], ordinals: [] },
    );
    // The same for a name shown that is no actor's (a name key both mark).
    const keys = new EventIndex();
    for (const p of ['a', 'b']) keys.put(p, { ...fp(['c:northkorea', 'c:rocket', 'n:nordkorea'], {}), names: [2] });
    const k = keys.reasonsOf('a', ['b']);
    assert.ok(
      k.some((x) => x.kind === 'names' && x.names.includes('Nordkorea')),
      JSON.stringify(k),
    );
    assert.deepEqual(
      k.find((x) => x.kind === 'topics'),
      { kind: 'topics', concepts: ['rocket'], ordinals: [] },
    );
  });

  it('does not name an adjective that opens a longer name alone ("Deutsche" of "Deutsche Bahn"), a surname it does', () => {
    const idx = new EventIndex();
    const shown = { 'n:deutsche': 'Deutsche', 'n:weselsky': 'Weselsky', 'n:gdl': 'GDL' };
    const keys = ['n:deutsche', 'n:weselsky', 'n:gdl', 'c:train'];
    idx.put('a', {
      ...fp(keys, { shown }),
      terms: { 'a:org:deutsche bahn': 1, 'a:person:claus weselsky': 1 },
      display: { 'a:org:deutsche bahn': 'Deutsche Bahn', 'a:person:claus weselsky': 'Claus Weselsky' },
    });
    idx.put('b', fp(keys, { shown }));
    const names = idx.reasonsOf('a', ['b']).find((x) => x.kind === 'names') as Extract<Reason, { kind: 'names' }>;
    assert.deepEqual([...names.names].sort(), ['GDL', 'Weselsky']);
  });

  it('names the words both use where nothing else explains the join, never an empty reason', () => {
    // Joined through capitalised words no one marked as an actor's name and word stems alone: those are the reason.
    const idx = new EventIndex();
    const shown = { 'n:warentest': 'Warentest', 'n:stiftung': 'Stiftung', 'w:getestet': 'getestet' };
    for (const p of ['a', 'b'])
      idx.put(p, { ...fp(['n:warentest', 'n:stiftung', 'w:getestet'], { shown }), names: [] });
    const r = idx.reasonsOf('a', ['b']);
    assert.equal(r.length, 1, JSON.stringify(r));
    assert.equal(r[0]!.kind, 'words');
    assert.deepEqual([...(r[0] as Extract<Reason, { kind: 'words' }>).words].sort(), [
      'Stiftung',
      'Warentest',
      'getestet',
    ]);
    // Not where anything else is shared: the words stay out of the reasons then.
    const other = new EventIndex();
    for (const p of ['a', 'b']) other.put(p, fp(['c:train', 'w:getestet'], { shown }));
    assert.ok(!other.reasonsOf('a', ['b']).some((x) => x.kind === 'words'));
  });

  it('says an event of one is alone, and what joins members that lead with different acts', () => {
    const idx = new EventIndex();
    idx.put('a', fp(['n:gdl', 'c:train'], { when: '2024-01-10', act: 'strike', shown: SHOWN }));
    idx.put('b', fp(['n:gdl', 'c:train'], { when: '2024-01-10', act: 'court', shown: SHOWN }));
    assert.deepEqual(idx.memberReasons(['a']), { a: [{ kind: 'alone' }] });
    const both = idx.memberReasons(['a', 'b']);
    assert.deepEqual(both.a!.at(-1), { kind: 'compound', acts: ['strike', 'court'], weekday: -1 });
    assert.deepEqual(both.b!.at(-1), { kind: 'compound', acts: ['strike', 'court'], weekday: -1 });
    // At most `peers` others are read for each member.
    assert.deepEqual(idx.memberReasons(['a', 'b'], 0), { a: [{ kind: 'alone' }], b: [{ kind: 'alone' }] });
  });
});

describe('the occasion in words: its act, what it was of, where and when', () => {
  // Invented reports of one treaty, in German and English; both openings name the one city where it was signed.
  const DE =
    'Litauen und Polen unterzeichnen Stromvertrag\n\nVilnius, 19.06.2024 – Die Präsidenten Litauens und Polens, Andrius Kalnik und Marek Zawada, haben am Mittwoch in Vilnius einen Vertrag über gemeinsame Stromnetze unterzeichnet. Das Abkommen sieht Investitionen von 400 Millionen Euro vor.\n\nKalnik sprach von einem „historischen Tag“.';
  const EN =
    'Lithuania, Poland sign power grid treaty\n\nLithuanian President Andrius Kalnik and Polish President Marek Zawada signed a treaty on shared power grids in Vilnius on Wednesday, June 19, 2024. The agreement foresees investment of 400 million euros.\n\nKalnik called it "a historic day".';
  const reasonsOf = (a: string, b: string) => {
    const corpus = analyzeCorpus([analyzeArticle(a, 'a.txt'), analyzeArticle(b, 'b.txt')]);
    const e = corpus.events.find((x) => x.articles.length === 2);
    assert.ok(e, 'one event');
    return e.reasons!;
  };

  it('names the act, the one city both openings name and the day: "the same treaty signed in Vilnius on 19 June 2024"', () => {
    const r = reasonsOf(DE, EN);
    for (const p of ['a.txt', 'b.txt']) {
      assert.deepEqual(r[p]![0], { kind: 'occasion', act: 'treaty', when: '2024-06-19', place: 'Vilnius' });
      assert.equal(reasonText(r[p]![0]!), 'reports the same treaty signed in Vilnius on 19 June 2024');
      // Said once: the place is not among the names again, the day not among the dates.
      const names = r[p]!.find((x) => x.kind === 'names') as Extract<Reason, { kind: 'names' }>;
      assert.ok(!names.names.includes('Vilnius'), names.names.join());
      assert.ok(!r[p]!.some((x) => x.kind === 'dates' || x.kind === 'date'));
    }
  });

  it('leaves the place out when an opening names another city too, or names it only further down', () => {
    const twoCities = EN.replace('June 19, 2024.', 'June 19, 2024, before Zawada flew on to Riga.');
    const later = EN.replace(' in Vilnius on', ' on').replace('a historic day".', 'a historic day" in Vilnius.');
    for (const en of [twoCities, later]) {
      const r = reasonsOf(DE, en);
      for (const p of ['a.txt', 'b.txt']) {
        assert.deepEqual(r[p]![0], { kind: 'occasion', act: 'treaty', when: '2024-06-19' });
        assert.equal(reasonText(r[p]![0]!), 'reports the same treaty signed on 19 June 2024');
        // Vilnius is still a name both share.
        assert.ok(
          (r[p]!.find((x) => x.kind === 'names') as Extract<Reason, { kind: 'names' }>).names.includes('Vilnius'),
        );
      }
    }
  });
});

describe('reasons in English', () => {
  const cases: [Reason, string][] = [
    [{ kind: 'occasion', act: 'strike', when: '2024-01-10' }, 'reports the same strike on 10 January 2024'],
    [{ kind: 'occasion', act: 'phone', when: '2024-01' }, 'reports the same phone call in January 2024'],
    [{ kind: 'occasion', act: 'treaty', when: null }, 'reports the same treaty'],
    [
      { kind: 'occasion', act: 'treaty', when: '2024-06-19', place: 'Pyongyang' },
      'reports the same treaty signed in Pyongyang on 19 June 2024',
    ],
    [{ kind: 'occasion', act: 'treaty', when: null, place: 'Vilnius' }, 'reports the same treaty signed in Vilnius'],
    [
      { kind: 'occasion', act: 'cut', when: '2024-09', object: 'rate' },
      'reports the same interest rate cut in September 2024',
    ],
    [
      { kind: 'occasion', act: 'match', when: '2024-07', object: 'final', place: 'Berlin' },
      'reports the same final in Berlin in July 2024',
    ],
    [{ kind: 'occasion', act: 'strike', when: null, object: 'train' }, 'reports the same rail strike'],
    [{ kind: 'quote', text: 'Wir streiken' }, 'quotes the same words: „Wir streiken“'],
    [{ kind: 'names', names: ['GDL'] }, 'also names GDL'],
    [{ kind: 'names', names: ['Xi Jinping', 'Joe Biden', 'Taiwan'] }, 'also names Xi Jinping, Joe Biden and Taiwan'],
    [{ kind: 'figures', figures: ['35 Stunden'] }, 'gives the same figure: 35 Stunden'],
    [
      { kind: 'dates', dates: ['2024-06-19', '--06-20', '2024-07'] },
      'gives the same dates: 19 June 2024, 20 June and July 2024',
    ],
    [
      { kind: 'topics', concepts: ['train', 'northkorea'], ordinals: [2, 12] },
      'also writes of train and North Korea; gives the same ordinals: second and 12th',
    ],
    [{ kind: 'topics', concepts: [], ordinals: [8] }, 'gives the same ordinal: eighth'],
    [
      {
        kind: 'occasion',
        act: 'meeting',
        when: '2023-11-15',
        place: 'San Francisco',
        with: ['Xi Jinping', 'Joe Biden'],
      },
      'reports the same meeting of Xi Jinping and Joe Biden in San Francisco on 15 November 2023',
    ],
    [
      { kind: 'occasion', act: 'phone', when: null, with: ['Ana Rivas', 'Tomas Berg'] },
      'reports the same phone call between Ana Rivas and Tomas Berg',
    ],
    [{ kind: 'occasion', act: 'visit', when: null, with: ['Ana Rivas'] }, 'reports the same visit with Ana Rivas'],
    [{ kind: 'weekdays', days: [3] }, 'names the same weekday: Wednesday'],
    [{ kind: 'years', years: [2023, 2024] }, 'names the same years: 2023 and 2024'],
    [{ kind: 'date', date: '2031-03-03', shared: true }, 'same event date: 3 March 2031'],
    [{ kind: 'date', date: '2031-03-04', shared: false }, 'dated 4 March 2031'],
    [
      { kind: 'compound', acts: ['visit', 'prize'], weekday: -1 },
      'visit and prize award: one occasion, on dates that agree',
    ],
    [
      { kind: 'compound', acts: ['meeting', 'phone'], weekday: 1 },
      'meeting and phone call: one occasion, on the same Monday',
    ],
    [{ kind: 'alone' }, 'no other article shares its distinctive names, figures and dates'],
    [{ kind: 'words', words: ['Warentest', 'Stiftung'] }, 'uses the same words: Warentest, Stiftung'],
    [{ kind: 'claims', count: 2 }, '2 shared claims'],
    [{ kind: 'quotes', count: 1 }, 'the same quote'],
  ];
  for (const [r, text] of cases) it(`${r.kind}: "${text}"`, () => assert.equal(reasonText(r), text));

  it("keeps the export's reasons strings (the CLI's JSON), and reports word them", () => {
    const a = analyzeArticle(
      'Streik bei der Bahn\n\nDie GDL um Claus Weselsky streikt ab Mittwoch, dem 10. Januar 2024, 35 Stunden lang.',
      'a.txt',
    );
    const b = analyzeArticle(
      'GDL-Streik ab Mittwoch\n\nClaus Weselsky und die GDL rufen für den 10. Januar 2024 zu einem 35-stündigen Streik auf.',
      'b.txt',
    );
    const corpus = analyzeCorpus([a, b]);
    const exported = toExport(corpus) as { events: { reasons?: Record<string, unknown[]> }[] };
    const reasons = exported.events.flatMap((e) => Object.values(e.reasons ?? {}).flat());
    assert.ok(reasons.length > 0);
    assert.ok(
      reasons.every((r) => typeof r === 'string'),
      JSON.stringify(reasons),
    );
    assert.deepEqual(eventsInEnglish(corpus.events), exported.events);
    const md = reportMarkdown(eventReports(corpus, new Map()));
    for (const e of corpus.events)
      for (const p of e.articles) for (const r of reasonTexts(e.reasons![p]!)) assert.ok(md.includes(r), r);
  });
});

describe('reasons true to what decided the join, in words a reader understands (issue 9)', () => {
  // Invented reports (names, outlets and the quota are made up): a meeting of two heads of government, whose
  // openings also name a successor in passing; a strike at a ferry company, one text naming it in the dative.
  const MEET_EN =
    'Kettunen and Quintero meet in Lisbon over fishing quotas\n\nFinnish Prime Minister Aino Kettunen and Chilean President Rafael Quintero met in Lisbon on Tuesday, March 3, 2026, weeks before Lars Vinter takes over the Nordic fisheries council. They discussed capping the catch of southern hake at 40,000 tonnes for the first time.\n\n"We have closed the gap between our fleets," Kettunen told reporters after the meeting. Quintero said the government in Santiago would present the plan to parliament. The president praised Kettunen\'s patience.\n\nKettunen said the quotas would be reviewed in 2028. Quintero thanked Kettunen for the invitation.\n';
  const MEET_DE =
    'Kettunen und Quintero treffen sich in Lissabon\n\nLissabon – Die finnische Ministerpräsidentin Aino Kettunen und der chilenische Präsident Rafael Quintero haben sich am Dienstag in Lissabon getroffen, wenige Wochen bevor Lars Vinter den Vorsitz des nordischen Fischereirats übernimmt. Bei dem Treffen ging es um eine Obergrenze von 40.000 Tonnen für den Fang von südlichem Seehecht.\n\nQuintero sagte, die Regierung in Santiago werde den Plan dem Parlament vorlegen. Kettunen sprach von einem Durchbruch. Der Präsident lobte die Geduld Kettunens.\n\nDie Quoten sollen 2028 überprüft werden, sagte Kettunen.\n';
  const STRIKE_A =
    'Streik bei der Nordischen Fährgesellschaft\n\nKiel – Die Gewerkschaft Seeleute Nord hat die Beschäftigten der Nordischen Fährgesellschaft für Donnerstag zu einem 24-stündigen Streik aufgerufen. Betroffen sind nach Angaben der Nordischen Fährgesellschaft 38 Verbindungen nach Skandinavien.\n\nGewerkschaftschefin Mara Lindqvist sagte, das Angebot von 3,1 Prozent sei zu wenig. Die Nordische Fährgesellschaft sprach von einem unnötigen Streik.\n';
  const STRIKE_B =
    'Fähren stehen am Donnerstag still\n\nKiel – Wegen eines Streiks der Gewerkschaft Seeleute Nord fallen am Donnerstag 38 Fährverbindungen nach Skandinavien aus. Die Nordische Fährgesellschaft rät Reisenden, ihre Fahrt zu verschieben.\n\nDie Gewerkschaft fordert mehr als die angebotenen 3,1 Prozent. „Das Angebot ist zu wenig“, sagte Mara Lindqvist.\n';
  const eventOf = (texts: string[]) => {
    const corpus = analyzeCorpus(texts.map((t, i) => analyzeArticle(t, `${i}.txt`)));
    const e = corpus.events.find((x) => x.articles.length === texts.length);
    assert.ok(e, JSON.stringify(corpus.events.map((x) => x.articles)));
    return e.reasons!;
  };

  it('names who met with the meeting, not a person both openings name in passing', () => {
    const r = eventOf([MEET_EN, MEET_DE]);
    for (const p of ['0.txt', '1.txt']) {
      const occasion = r[p]![0]!;
      assert.deepEqual(occasion, {
        kind: 'occasion',
        act: 'meeting',
        when: null,
        with: ['Aino Kettunen', 'Rafael Quintero'],
      });
      assert.equal(reasonText(occasion), 'reports the same meeting of Aino Kettunen and Rafael Quintero');
      // Said once: not among the names again; the successor named in passing is a name both give, no participant.
      const names = r[p]!.find((x) => x.kind === 'names') as Extract<Reason, { kind: 'names' }>;
      assert.ok(names.names.includes('Lars Vinter') && !names.names.includes('Aino Kettunen'), JSON.stringify(names));
    }
  });

  it('never gives generic words (president, government, parliament, "first") as what two articles share', () => {
    const r = eventOf([MEET_EN, MEET_DE]);
    for (const p of ['0.txt', '1.txt'])
      for (const x of r[p]!)
        if (x.kind === 'topics') {
          for (const c of ['president', 'government', 'parliament', 'primeminister'])
            assert.ok(!x.concepts.includes(c), c);
          assert.ok(!x.ordinals.includes(1));
        }
  });

  it('gives a name in its dictionary form when another article writes it so ("Nordischen" -> "Nordische")', () => {
    const r = eventOf([STRIKE_A, STRIKE_B]);
    for (const p of ['0.txt', '1.txt']) {
      const names = r[p]!.find((x) => x.kind === 'names') as Extract<Reason, { kind: 'names' }>;
      assert.ok(names.names.includes('Nordische Fährgesellschaft'), JSON.stringify(names));
      assert.ok(!names.names.some((n) => /Nordischen|^Fährgesellschaft$/.test(n)), JSON.stringify(names));
    }
  });

  it('takes the dictionary form from the forms given, else from the gazetteer', () => {
    const forms = ['Deutsche Bahn', 'Ilka Moravec', 'Komitee für Physik', 'San Francisco', 'NASA'];
    assert.equal(dictionaryForm('Deutschen Bahn', forms), 'Deutsche Bahn');
    assert.equal(dictionaryForm('Ilka Moravecs', forms), 'Ilka Moravec');
    assert.equal(dictionaryForm('Komitees für Physik', forms), 'Komitee für Physik');
    assert.equal(dictionaryForm('SAN FRANCISCO', forms), 'San Francisco');
    // An acronym is not a word in capitals; a name no form is a base of stays as written.
    assert.equal(dictionaryForm('Nasa', forms), 'Nasa');
    assert.equal(dictionaryForm('NASA', ['Nasa']), 'NASA');
    assert.equal(dictionaryForm('Ilka Moravecová', forms), 'Ilka Moravecová');
    // A place's genitive and a dateline's capitals, by the gazetteer.
    assert.equal(dictionaryForm('Syriens', []), 'Syrien');
    assert.equal(dictionaryForm('STUTTGART', []), 'Stuttgart');
    assert.equal(dictionaryForm('Paris', []), 'Paris');
  });

  it('does not give a digit of a score as a figure of its own', () => {
    const idx = new EventIndex();
    const shown = { '#:2:1': '2:1', '#:1': '1', '#:78': '78' };
    for (const p of ['a', 'b']) idx.put(p, fp(['n:kassel', '#:2:1', '#:1', '#:78'], { shown }));
    const figures = idx.reasonsOf('a', ['b']).find((x) => x.kind === 'figures') as Extract<Reason, { kind: 'figures' }>;
    assert.deepEqual([...figures.figures].sort(), ['2:1', '78']);
  });
});
