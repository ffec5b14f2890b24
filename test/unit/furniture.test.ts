// Page furniture (text/layout.ts): captions, credits, bylines, update stamps and date lines, recognised on any
// line, never a title or running text; the outlet and the publication date read from them. Invented names.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, parseLayout } from '../../src/core';
import { analyzeCorpus } from '../../src/core/corpus/corpus';
import { buildEventIndex, withActorFeatures } from '../../src/core/corpus/events';
import { encodeFingerprint, fingerprintOfPut } from '../../src/vscode/indexJobs';

const kinds = (text: string) => (parseLayout(text).furniture ?? []).map((f) => `${f.kind}: ${f.text}`);

describe('page furniture', () => {
  it('reads a caption with its photo credit, even as the first line, and takes no title from it', () => {
    const text =
      'Mayor Lena Holm (R) and Governor Tom Brandt walk together in Westport on May 3, 2024. Photo : AFP\n\n' +
      'Mayor Lena Holm said on Friday that the bridge would reopen. She thanked the workers.\n';
    const l = parseLayout(text);
    assert.deepEqual(kinds(text), [
      'caption: Mayor Lena Holm (R) and Governor Tom Brandt walk together in Westport on May 3, 2024. Photo : AFP',
    ]);
    assert.equal(l.title, null);
    assert.ok(!l.body.some((b) => text.slice(b.start, b.end).includes('Photo')));
  });

  it('reads credit lines, bylines and update stamps anywhere', () => {
    const text = [
      'Neue Brücke in Weststadt eröffnet',
      'Von: dpa, AFP',
      'Von Lena Holm und Tom Brandt',
      'Die Brücke wurde am Montag eröffnet. Der Bürgermeister sprach von einem großen Tag.',
      'Foto: dpa/Tom Brandt',
      'Update 12.08., 14:03 Uhr: Die Polizei meldet keine Zwischenfälle.',
      'Die Feier dauerte bis zum Abend.',
      'msh/ab (dpa, Reuters)',
    ].join('\n\n');
    assert.deepEqual(kinds(text), [
      'credit: Von: dpa, AFP',
      'byline: Von Lena Holm und Tom Brandt',
      'credit: Foto: dpa/Tom Brandt',
      'update: Update 12.08., 14:03 Uhr:',
      'credit: msh/ab (dpa, Reuters)',
    ]);
    const l = parseLayout(text);
    assert.equal(l.title?.text, 'Neue Brücke in Weststadt eröffnet');
    assert.ok(l.body.some((b) => text.slice(b.start, b.end) === 'Die Polizei meldet keine Zwischenfälle.'));
    assert.equal(l.outlet?.text, 'dpa');
  });

  it('does not take running text that starts like a byline or a credit for furniture', () => {
    const text =
      'Brücke eröffnet\n\nVon Berlin nach Weststadt fahren nun wieder Züge. Die Strecke war gesperrt.\n\n' +
      'Quelle der Verzögerung war ein Gutachten, sagte die Stadt.\n';
    assert.deepEqual(kinds(text), []);
  });

  for (const [line, iso] of [
    ['15.11.24 17:36 Uhr', '2024-11-15'],
    ['München, 08.01.2024 | 10:51 | spi', '2024-01-08'],
    ['Wednesday, November 15, 2023', '2023-11-15'],
    ['Published on May 26, 2024, at 4:58 pm (Paris), updated on May 26, 2024, at 5:01 pm', '2024-05-26'],
    ['Stand: 12.08.2025 14:03 Uhr', '2025-08-12'],
    ['May 18,2024', '2024-05-18'],
  ] as const) {
    it(`reads the date line "${line}" as furniture and as the publication date`, () => {
      const text = `Brücke in Weststadt eröffnet\n\n${line}\n\nDie Brücke wurde am Mittwoch eröffnet. Es kamen viele.\n`;
      const l = parseLayout(text);
      assert.deepEqual(kinds(text), [`date: ${line}`]);
      assert.equal(l.title?.text, 'Brücke in Weststadt eröffnet');
      assert.equal(l.published, iso);
      // The date anchors relative dates ("am Mittwoch").
      assert.equal(analyzeArticle(text, 'a.txt').date, iso);
    });
  }

  it('reads the outlet of "<outlet> with <agencies>"', () => {
    const text = 'Bridge opens\n\nDaily Courier with AP and AFP\n\nThe bridge opened on Monday. Many came.\n';
    assert.equal(parseLayout(text).outlet?.text, 'Daily Courier');
  });

  it('reads the outlet of a credit list that opens with a separator or has empty parts ("Quelle: , dpa")', () => {
    // Found by the property test on a clean-clone CI run: the first part was taken as the outlet even when empty.
    for (const [line, outlet] of [
      ['Quelle: , dpa', 'dpa'],
      ['Von: dpa, , AFP', 'dpa'],
      ['Quellen: / Reuters und dpa', 'Reuters'],
    ] as const) {
      const text = `Brücke eröffnet\n\nDie Brücke wurde am Mittwoch eröffnet.\n\n${line}\n`;
      const l = parseLayout(text);
      assert.equal(l.outlet?.text, outlet, line);
      assert.equal(text.slice(l.outlet!.start, l.outlet!.end), outlet, line);
      assert.doesNotThrow(() => analyzeArticle(text, 'a.txt'), line);
    }
  });

  it('takes the publication date from the file name when no date line gives one, and never needs one', () => {
    const text = 'Brücke eröffnet\n\nDie Brücke wurde am Mittwoch eröffnet. Es kamen viele.\n';
    assert.equal(analyzeArticle(text, 'news/2024-06-19-bruecke.txt').date, '2024-06-19');
    assert.equal(analyzeArticle(text, 'news/bruecke.txt').date, null);
  });

  // One outlet's byline and photo credit on two unrelated stories: the actors stay the article's (hovers, the claims
  // view), but they are the page's, not the story's, and give grouping nothing.
  const BYLINED = (title: string, body: string) =>
    `${title}\n\nVon Jonas Hartwig und Maren Solberg\n\nFoto: dpa/Lennart Brink\n\n${body}`;
  const CYCLE = BYLINED(
    'Neue Radwege für die Innenstadt',
    'Die Stadt baut bis zum Sommer vier neue Radwege durch die Innenstadt. Die Arbeiten beginnen im März und kosten rund zwei Millionen Euro.',
  );
  const SHELTER = BYLINED(
    'Tierheim sucht neue Paten',
    'Das Tierheim am Stadtrand sucht Paten für seine Hunde und Katzen. Wer helfen will, kann sich ab sofort melden, sagte die Leiterin.',
  );
  const FURNITURE_ACTORS = [
    'a:person:jonas-hartwig',
    'a:person:maren-solberg',
    'a:media:dpa',
    'a:person:lennart-brink',
  ];

  it('keeps the actors of bylines and credits in the article but gives grouping none of them', () => {
    const arts = [analyzeArticle(CYCLE, 'a.txt'), analyzeArticle(SHELTER, 'b.txt')];
    analyzeCorpus(arts);
    assert.deepEqual(
      arts[0]!.actors.map((a) => a.id),
      ['person:jonas-hartwig', 'person:maren-solberg', 'media:dpa', 'person:lennart-brink'],
    );
    const index = buildEventIndex(arts);
    assert.equal(index.similarity('a.txt', 'b.txt'), 0);
    assert.deepEqual(index.reasonsOf('a.txt', ['b.txt']), []);
  });

  it("gives the editor's events worker no feature from furniture either, and keeps a caption's own names", () => {
    const a = analyzeArticle(CYCLE, 'a.txt');
    const fp = fingerprintOfPut({
      op: 'put',
      path: 'a.txt',
      fingerprint: encodeFingerprint(a.fingerprint!),
      actors: a.actors.map((x) => [x.id, x.name, x.mentions.length]),
      headline: a.title!,
      when: a.date,
      language: a.language,
      key: 'k',
    });
    for (const k of FURNITURE_ACTORS) assert.equal(fp.terms?.[k], undefined, k);
    // A caption names the story's people; only its credit is furniture.
    const text =
      'Neue Brücke\n\nBürgermeisterin Lena Holm und Tom Brandt auf der Brücke. Foto: dpa/Lennart Brink\n\n' +
      'Lena Holm eröffnete am Montag die neue Brücke. Tom Brandt sprach von einem großen Tag.\n';
    const c = analyzeArticle(text, 'c.txt');
    const terms = withActorFeatures(
      c.fingerprint!,
      c.actors.map((x) => ({ id: x.id, name: x.name, count: x.mentions.length })),
    ).terms!;
    assert.equal(terms['a:person:lena-holm'], 2);
    assert.equal(terms['a:person:lennart-brink'], undefined);
    assert.equal(terms['a:media:dpa'], undefined);
  });

  it('groups the outlet family mixed with the other families without its byline and credit (one join is left)', () => {
    // test/fixtures/events: one outlet's date lines, bylines, credits and promo lines on three unrelated local
    // stories, and an agency's report of one of them, in one folder with the other families.
    const root = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'events');
    const arts = [];
    for (const fam of [
      'outlet',
      'strikes',
      'summits',
      'treaties',
      'launches',
      'anniversaries',
      'pilots',
      'tour',
      'rounds',
    ])
      for (const f of readdirSync(join(root, fam)).sort())
        if (f.endsWith('.txt')) arts.push(analyzeArticle(readFileSync(join(root, fam, f), 'utf8'), `${fam}/${f}`));
    const events = analyzeCorpus(arts).events.filter((e) => e.articles.some((p) => p.startsWith('outlet/')));
    const of = (p: string) => events.find((e) => e.articles.includes(`outlet/${p}`))!.articles.sort();
    assert.deepEqual(of('o3-de-council.txt'), ['outlet/o3-de-council.txt']);
    assert.ok(of('o1-de-busstrike.txt').includes('outlet/o4-en-busstrike.txt'));
    // Left: the fire on the same day in the same city joins the bus strike (the city, rare in this folder, the
    // month and the publication day), not through the furniture, which no reason names.
    assert.deepEqual(of('o2-de-fire.txt'), [
      'outlet/o1-de-busstrike.txt',
      'outlet/o2-de-fire.txt',
      'outlet/o4-en-busstrike.txt',
    ]);
    for (const e of events)
      for (const rs of Object.values(e.reasons ?? {}))
        for (const r of rs)
          if (r.kind === 'names')
            for (const n of ['Jonas Hartwig', 'Lennart Brink', 'dpa']) assert.ok(!r.names.includes(n), n);
  });

  it("reads a page's chrome as furniture: breadcrumbs, share bars, listen and reading-time lines, age stamps, labels", () => {
    const text = [
      'Startseite › Region › Kreis Hollenbrück',
      'EILMELDUNG',
      'Neue Fähre nach Sankt Ilgen startet im Frühjahr',
      'Artikel anhören',
      '4 Min. Lesezeit',
      'Share on Facebook',
      '2 hours ago',
      'Die Reederei Weißgrund will ab April eine Fähre anbieten. Das teilte Tobias Ankermann am Mittwoch mit.',
      'Story continues below advertisement',
      'Der Kreistag muss noch zustimmen.',
    ].join('\n');
    const l = parseLayout(text);
    assert.equal(l.title?.text, 'Neue Fähre nach Sankt Ilgen startet im Frühjahr');
    assert.deepEqual(
      kinds(text).filter((k) => k.startsWith('chrome')),
      [
        'chrome: Startseite › Region › Kreis Hollenbrück',
        'chrome: EILMELDUNG',
        'chrome: Artikel anhören',
        'chrome: 4 Min. Lesezeit',
        'chrome: Share on Facebook',
        'chrome: 2 hours ago',
        'chrome: Story continues below advertisement',
      ],
    );
    // No actor is looked for in chrome ("Facebook", "EILMELDUNG" would be organisations in running text).
    const names = analyzeArticle(text, 'chrome.txt').actors.map((a) => a.name);
    assert.ok(!names.includes('Facebook') && !names.includes('EILMELDUNG'), names.join(', '));
  });

  it('keeps slashes and arrows of running text and titles out of the chrome', () => {
    for (const line of ['Krieg / Frieden: eine Bilanz', 'Preise steigen > 5 Prozent', 'Teilen sich die Kosten']) {
      const text = `${line}\nDer Rat tagte am Montag. Er beschloss den Haushalt.\n`;
      assert.equal(parseLayout(text).title?.text, line);
    }
  });

  it('reads a dateline in capitals under a listen line, and an author on a line of its own above a role line', () => {
    const en = [
      'Ferry operator cuts winter sailings to Garrow Island',
      'Listen to this article · 4 min',
      'Published 6:01 AM GMT+1, December 1, 2026',
      'GARROW ISLAND, Scotland (Northline News) — The ferry company will cut its winter sailings, it said on Monday.',
    ].join('\n');
    const l = parseLayout(en);
    assert.equal(l.dateline?.text, 'GARROW ISLAND, Scotland');
    assert.equal(l.published, '2026-12-01');
    const bbc = [
      'Mayor of Dunmere resigns after expenses row',
      'Tom Ellery',
      'Westcountry political reporter',
      'The mayor has resigned after an inquiry into her expenses, the council said.',
    ].join('\n');
    assert.deepEqual(kinds(bbc), ['byline: Tom Ellery', 'chrome: Westcountry political reporter']);
  });

  it('reads a labelled caption, keeping the photo credit at its end ("Image caption: … Photo : PA Media")', () => {
    const text = [
      'Schools to get money for buildings',
      'Image caption: Pupils in temporary classrooms. Photo : PA Media',
      'Image caption, A ferry leaves the harbour at Kilbrack',
      'The department will spend the money on repairs, it said on Sunday.',
    ].join('\n');
    const f = parseLayout(text).furniture ?? [];
    assert.deepEqual(
      f.map((x) => [x.kind, x.credit !== undefined]),
      [
        ['caption', true],
        ['caption', false],
      ],
    );
  });

  it("reads a kicker above the headline, a wire's version mark, a middle-dot dateline and a credit's outlet", () => {
    const kicker = [
      'Zugverkehr',
      'Strecke zwischen Ahrweil und Kornbach wieder frei',
      'Nach wochenlanger Sperrung ist die Strecke wieder befahrbar.',
      'Brunnstadt · Der Bürgermeister ist am Mittwoch zurückgetreten. Er nannte gesundheitliche Gründe.',
      'Quelle: ntv.de, mau/dpa',
    ].join('\n');
    const k = parseLayout(kicker);
    assert.equal(k.title?.text, 'Strecke zwischen Ahrweil und Kornbach wieder frei');
    assert.equal(k.outlet?.text, 'ntv.de');
    // The teaser under the title is the lead here; a middle-dot dateline opens the lead of a page without one.
    const dotted =
      'Rathaus Brunnstadt: Bürgermeister tritt zurück\nBrunnstadt · Der Bürgermeister ist zurückgetreten.\n';
    assert.equal(parseLayout(dotted).dateline?.text, 'Brunnstadt');
    const dashed = 'Fähre fährt wieder\nHaldersleben - Die Fähre über die Ohrte fährt seit Montag wieder.\n';
    assert.equal(parseLayout(dashed).dateline?.text, 'Haldersleben');
    // A place in normal case closed by a period, where the text names it as a place; not a one-word sentence.
    const dotted2 =
      'Fähre fährt\nHollenbrück. Die Fähre nach Sankt Ilgen fährt ab April. In Hollenbrück freut man sich.\n';
    assert.equal(parseLayout(dotted2).dateline?.text, 'Hollenbrück');
    const oneWord = 'Brücke offen\nEndlich. Die Brücke in Hollenbrück ist wieder offen.\n';
    assert.equal(parseLayout(oneWord).dateline, null);
    // Not a word of running text before a dash that opens no sentence.
    const prose = 'Streit im Rat\nHaushalt - das Wort fiel am Montag oft. Der Rat tagte lange.\n';
    assert.equal(parseLayout(prose).dateline, null);
    const wire =
      'UPDATE 2-Grain trader Harlow Commodities to buy rival\nLONDON, Dec 2 (Reuters) - Harlow said on Wednesday it had agreed to buy a rival.\n';
    const w = parseLayout(wire);
    assert.equal(w.title?.text, 'Grain trader Harlow Commodities to buy rival');
    assert.ok(!analyzeArticle(wire, 'wire.txt').actors.some((a) => a.name === 'UPDATE'));
    // A short title above running text stays the title.
    const short = 'Brücke gesperrt\nDie Brücke über die Lohne ist seit Montag gesperrt. Der Verkehr wird umgeleitet.\n';
    assert.equal(parseLayout(short).title?.text, 'Brücke gesperrt');
  });

  it('reads the outlet of a masthead line with its section and date, and looks for no actor in a section label', () => {
    const de =
      'Tiroler Bergbote | Wirtschaft | 16.02.2026\n\nSeilbahn steht still\n\nDie Bahn stand am Montag still. Der Betreiber entschuldigte sich.\n';
    const l = parseLayout(de);
    assert.equal(l.outlet?.text, 'Tiroler Bergbote');
    assert.equal(l.published, '2026-02-16');
    assert.equal(l.title?.text, 'Seilbahn steht still');
    const en =
      'Escaped lynx recaptured\n\nNovember 4, 2026 | Wildlife\n\nBy Callum Ashdown\n\nThe lynx was caught in a field on Wednesday, the park said.\n';
    assert.equal(parseLayout(en).published, '2026-11-04');
    assert.ok(!analyzeArticle(en, 'lynx.txt').actors.some((a) => a.name === 'Wildlife'));
    // A piece that is a person's name is a byline, not a masthead.
    const by = 'Brücke gesperrt\n\nVon Jana Roth | 16.02.2026\n\nDie Brücke ist seit Montag gesperrt.\n';
    assert.equal(parseLayout(by).outlet, null);
  });

  for (const set of ['page-tops', 'page-tops2'])
    it(`reads the tops of invented saved pages as a reader does (test/fixtures/${set})`, () => {
      const dir = join(__dirname, '../../../test/fixtures', set);
      const gold = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
        known: Record<string, Record<string, string>>;
        pages: Record<string, Record<string, string | null>>;
      };
      const wrong: string[] = [];
      for (const [file, want] of Object.entries(gold.pages)) {
        const a = analyzeArticle(readFileSync(join(dir, file), 'utf8'), file) as unknown as Record<string, unknown>;
        for (const [field, value] of Object.entries(want))
          if (!gold.known[file]?.[field] && a[field] !== value) wrong.push(`${file} ${field}: ${String(a[field])}`);
      }
      assert.deepEqual(wrong, []);
    });

  it('takes no running text, statement or actor from the ends of invented saved pages (test/fixtures/page-ends)', () => {
    const dir = join(__dirname, '../../../test/fixtures/page-ends');
    const gold = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
      known: Record<string, Record<string, string>>;
      pages: Record<string, { bodyEnds: string; outlet: string | null; allowedActors?: string[] }>;
    };
    const wrong: string[] = [];
    for (const [file, want] of Object.entries(gold.pages)) {
      const text = readFileSync(join(dir, file), 'utf8');
      const a = analyzeArticle(text, file);
      const end = text.indexOf(want.bodyEnds) + want.bodyEnds.length;
      assert.ok(end > want.bodyEnds.length, file);
      if (!gold.known[file]?.outlet && a.outlet !== want.outlet) wrong.push(`${file} outlet: ${String(a.outlet)}`);
      for (const st of a.statements) if (st.content.start >= end) wrong.push(`${file} statement: ${st.content.text}`);
      for (const x of a.actors)
        if (
          x.mentions.every((m) => m.start >= end) &&
          x.name !== a.outlet &&
          !(want.allowedActors ?? []).includes(x.name)
        )
          wrong.push(`${file} actor: ${x.name}`);
      for (const b of a.layout?.body ?? [])
        if (b.start >= end) wrong.push(`${file} body: ${text.slice(b.start, b.end)}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('reads captions credited as a photograph, an illustration, a composite or an archive photo, and their sources', () => {
    const en =
      'Lantern parade draws record crowd\nThousands lined the quay on Saturday, organisers said.\n' +
      'Lanterns on the quay. Photograph: Kit Harrow/The Elmbridge Post\nThe route. Illustration: Elmbridge Post graphics\n' +
      'Composite: Elmbridge Post/Getty Images\nThe council said the event raised £40,000.\n';
    assert.deepEqual(
      kinds(en).map((k) => k.split(':')[0]),
      ['caption', 'caption', 'credit'],
    );
    const de =
      'Laternenumzug zieht Tausende an\nTausende kamen am Samstag zum Umzug, teilten die Veranstalter mit.\n' +
      'Symbolbild: Eine Laterne am Hafen.\nDie Laternen. Archivfoto: Harald Mertens/Kaiblatt\n' +
      'Ein Wagen des Umzugs. (Bild: Jonas Weller / Ostheimer Bote)\nZugleiter Tobias Renner sagte, so viele Besucher habe es nie gegeben.\n';
    assert.deepEqual(
      kinds(de).map((k) => k.split(':')[0]),
      ['caption', 'caption', 'caption'],
    );
    const actors = analyzeArticle(de, 'umzug.txt').actors.map((a) => `${a.name}:${a.kind}`);
    for (const want of ['Kaiblatt:media', 'Ostheimer Bote:media', 'Jonas Weller:person'])
      assert.ok(actors.includes(want), actors.join(', '));
    assert.ok(!actors.some((a) => a.startsWith('Eine Laterne') || a.startsWith('Bild:')), actors.join(', '));
  });

  it("reads a page's counters, page numbers, navigation, paywall and e-mail head as chrome, never as title or actor", () => {
    const page = [
      'Home',
      'Lokales',
      'Seite 3',
      'Brücke über die Ohrte wird saniert',
      '12 Kommentare',
      '1/12',
      'Die Brücke über die Ohrte wird ab März saniert, sagte Bürgermeisterin Jana Roth.',
      'Plus-Artikel',
      'Jetzt weiterlesen mit Ohrtaler Bote Plus',
    ].join('\n');
    const l = parseLayout(page);
    assert.equal(l.title?.text, 'Brücke über die Ohrte wird saniert');
    assert.equal(l.outlet?.text, 'Ohrtaler Bote');
    for (const line of ['Home', 'Lokales', 'Seite 3', '12 Kommentare', '1/12', 'Plus-Artikel'])
      assert.ok(kinds(page).includes(`chrome: ${line}`), line);
    // A saved newsletter: the subject is the title, the sender the outlet, the date label no actor.
    const mail =
      'From: Ohrtal Courier Morning Briefing\nSubject: Bridge over the Ohrte to close for repairs\nDate: Thursday, 3 December 2026\n' +
      'The bridge over the Ohrte will close in March, the council said on Wednesday. Drivers face a long detour.\n';
    const m = analyzeArticle(mail, 'mail.txt');
    assert.equal(m.title, 'Bridge over the Ohrte to close for repairs');
    assert.equal(m.outlet, 'Ohrtal Courier');
    assert.equal(m.date, '2026-12-03');
    assert.ok(!m.actors.some((a) => a.name === 'Date' || a.name === 'Subject'));
  });

  it("reads a live ticker's headline without its markers, and agencies' and sites' signs as the outlet", () => {
    const ticker = 'Liveblog\n+++ Sturm über der Küste: Fähren fallen aus +++\nDie Fähren nach Wangeroog fallen aus.\n';
    assert.equal(parseLayout(ticker).title?.text, 'Sturm über der Küste: Fähren fallen aus');
    // Each entry's time is the ticker's stamp, not the text of a statement.
    const entries =
      'Sturm an der Küste\n14:32 Uhr: Die Bahn stellt den Verkehr ein.\n+++ 13.58 Uhr +++ Der Wetterdienst warnt vor Orkanböen.\n2.15pm: The ferry company said all sailings were cancelled.\n';
    const st = analyzeArticle(entries, 'ticker.txt').statements.map((x) => x.content.text);
    assert.ok(st.length > 0 && st.every((x) => !/\d[:.]\d\d/u.test(x)), st.join(' | '));
    assert.ok(kinds(entries).includes('update: 14:32 Uhr:'));
    assert.ok(
      !kinds('Bilanz\n10.000 Menschen kamen. Der Veranstalter war zufrieden.\n').some((k) => k.startsWith('update')),
    );
    const apa =
      'Kraftwerk verzögert sich\nDer Bau verzögert sich um zwei Jahre, teilte der Betreiber mit.\n(APA, 30.11.2026)\n';
    const a = parseLayout(apa);
    assert.equal(a.outlet?.text, 'APA');
    assert.equal(a.published, '2026-11-30');
    const orf =
      'Spital schließt Station\nDie Station wird geschlossen, hieß es am Montag.\nred, kaernten.ORF.at/Agenturen\n';
    assert.equal(parseLayout(orf).outlet?.text, 'kaernten.ORF.at');
    assert.ok(!analyzeArticle(orf, 'orf.txt').actors.some((x) => x.name === 'Agenturen'));
    const swiss = 'Lawinengefahr steigt\nDie Lawinengefahr steigt, sagte der Warndienst am Dienstag.\nSDA/Keystone\n';
    assert.equal(parseLayout(swiss).outlet?.text, 'SDA');
  });

  it("reads a press release's place and day as its dateline and leaves its contact block out of the text", () => {
    const pr = [
      'PRESSEMITTEILUNG',
      'Stadtwerke Ohrtal senken den Gaspreis',
      'Ohrtal, 01.12.2026. Die Stadtwerke Ohrtal senken den Gaspreis zum 1. Januar um acht Prozent.',
      'Rund 9.000 Haushalte profitieren.',
      'Pressekontakt:',
      'Unternehmenskommunikation',
      'Telefon: 07121 555-0',
    ].join('\n');
    const l = parseLayout(pr);
    assert.equal(l.dateline?.text, 'Ohrtal');
    assert.equal(l.published, '2026-12-01');
    assert.ok(!l.body.some((b) => /Telefon|Pressekontakt|Unternehmenskommunikation/u.test(pr.slice(b.start, b.end))));
    // Not a weekday or a preposition before the day.
    const am = 'Gaspreis sinkt\nAm Montag, 1. Dezember 2026 – Die Stadtwerke senken den Preis.\nMehr folgt.\n';
    assert.equal(parseLayout(am).dateline, null);
  });
});
