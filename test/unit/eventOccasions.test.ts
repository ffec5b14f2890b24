import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyze';
import { analyzeCorpus } from '../../src/core/corpus/corpus';
import { EventIndex } from '../../src/core/corpus/events';
import {
  actsAtOneSite,
  dayDiffers,
  durationsConflict,
  occasionBridge,
  oneOccasion,
  ordinalRelation,
  sameDay,
  sitesDiffer,
  weekdaysAgree,
  weekdaysApart,
} from '../../src/core/corpus/eventSimilarity';
import { reasonTexts } from '../../src/core/corpus/reasons';
import type { ArticleAnalysis, CoverageEvent, EventFingerprint } from '../../src/core/types';
import { family } from './eventFixtures';

// Compound occasions, invented (people and treaties; real countries and cities, as the gazetteer knows them): one
// occasion reported by outlets that lead with different acts of it (a state visit, the treaty signed during it, the
// leaders' news conference, the banquet; a call and the summit it prepared), in German and English, most without a
// date line, beside near misses of the same two leaders in another year. Analysed as the command line does.

const N1_DE_NEARMISS = `Tran zu Gegenbesuch in Lissabon
Lissabon, 19. April 2027 – Ein Jahr nach dem Staatsbesuch von Rui Valverde in Hanoi ist Vietnams Staatschef Tran Van Hieu am Montag zu einem Gegenbesuch in Portugal eingetroffen. Valverde empfing ihn im Präsidentenpalast in Lissabon.
Beide Präsidenten wollen ein Abkommen über Fischerei unterzeichnen. Tran wird von 25 Unternehmern begleitet.`;
const N2_EN_NEARMISS = `Vietnam's Tran in Lisbon for return visit
Vietnamese President Tran Van Hieu arrived in Lisbon on Monday, April 19, 2027, a year after Portuguese President Rui Valverde's state visit to Hanoi. Valverde received his guest at Belem Palace.
The two presidents are expected to sign a fisheries agreement, officials said.`;
const V1_DE_VISIT = `Valverde zu Staatsbesuch in Vietnam eingetroffen
Portugals Präsident Rui Valverde ist am Mittwoch zu einem zweitägigen Staatsbesuch in Hanoi eingetroffen. Vietnams Staatschef Tran Van Hieu empfing ihn mit militärischen Ehren vor dem Präsidentenpalast.
Die beiden Präsidenten wollen über Häfen, Windkraft und den Handel zwischen der EU und Südostasien sprechen. Valverde wird von einer Delegation aus 40 Unternehmern begleitet.`;
const V2_DE_TREATY = `Portugal und Vietnam unterzeichnen Partnerschaftsabkommen
Hanoi – Portugal und Vietnam haben ein Abkommen über eine strategische Partnerschaft unterzeichnet. Präsident Rui Valverde und Staatschef Tran Van Hieu setzten am Mittwoch im Präsidentenpalast ihre Unterschriften unter den Vertrag, der Investitionen von 2,4 Milliarden Euro in Häfen und Windparks vorsieht.
Tran sprach von einem „historischen Tag für unsere beiden Völker“.`;
const V3_EN_PRESS = `Valverde, Tran promise closer ties at Hanoi news conference
Portuguese President Rui Valverde and Vietnamese President Tran Van Hieu told reporters in Hanoi on Wednesday that their countries would work together on ports and wind energy.
"This is a new chapter," Valverde said at a joint news conference at the Presidential Palace. The leaders spoke after their delegations agreed on investments of 2.4 billion euros.`;
const V4_EN_VISIT = `Portugal's Valverde begins state visit to Vietnam
HANOI, Vietnam, March 11, 2026 (AP) — Portuguese President Rui Valverde arrived in Hanoi on Wednesday for a two-day state visit, the first by a Portuguese head of state in a quarter of a century.
Vietnamese President Tran Van Hieu welcomed Valverde with a military parade outside the Presidential Palace. A business delegation of 40 executives travels with the president.`;
const V5_DE_DINNER = `Staatsbankett für Valverde in Hanoi
Vietnams Staatschef Tran Van Hieu hat den portugiesischen Präsidenten Rui Valverde am Mittwochabend mit einem Staatsbankett geehrt. Zuvor hatten beide ein Partnerschaftsabkommen mit Investitionen von 2,4 Milliarden Euro unterzeichnet.
Valverde lobte die „Gastfreundschaft des vietnamesischen Volkes“ und lud Tran nach Lissabon ein.`;
const C1_DE_CALL = `Oyarzún und Kiprono bereiten Gipfel vor
Chiles Präsidentin Marta Oyarzún und Kenias Präsident Daniel Kiprono haben am Montag telefoniert. In dem Telefongespräch bereiteten sie ihr Gipfeltreffen in Nairobi vor, bei dem ein Abkommen über Lithium und Kupfer unterzeichnet werden soll.
Oyarzún sagte, sie erwarte „konkrete Ergebnisse für beide Länder“.`;
const C2_EN_SUMMIT = `Oyarzún and Kiprono meet in Nairobi, sign lithium pact
Chilean President Marta Oyarzún and Kenyan President Daniel Kiprono met in Nairobi on Thursday and signed an agreement on lithium and copper mining worth 600 million dollars.
The two leaders had prepared the summit in a phone call on Monday. Kiprono called the deal "a bridge between Africa and South America".`;
const C3_DE_SUMMIT = `Gipfel in Nairobi: Chile und Kenia vereinbaren Lithium-Partnerschaft
Beim Gipfeltreffen in Nairobi haben Chile und Kenia am Donnerstag eine Partnerschaft für Lithium und Kupfer vereinbart. Präsidentin Marta Oyarzún und Präsident Daniel Kiprono unterzeichneten ein Abkommen im Umfang von 600 Millionen Dollar.
Kiprono sprach von einer „Brücke zwischen Afrika und Südamerika“.`;
const C4_EN_CALL = `Chile's Oyarzún, Kenya's Kiprono hold phone call ahead of summit
Chilean President Marta Oyarzún spoke by phone with Kenyan President Daniel Kiprono on Monday to prepare their summit in Nairobi, the presidency in Santiago said.
The two presidents discussed an agreement on lithium and copper that they plan to sign in Nairobi.`;
const M1_DE_LETTER = `Kiprono schreibt Oyarzún zum Jahrestag der Beziehungen
Nairobi, 2. März 2029 – Kenias Präsident Daniel Kiprono hat Chiles Präsidentin Marta Oyarzún zum Jahrestag der diplomatischen Beziehungen einen Brief geschrieben. Darin lobt er die Zusammenarbeit beim Lithium-Abbau.
Oyarzún dankte in einer Antwort für die „herzlichen Worte“.`;
const M2_EN_LETTER = `Oyarzún thanks Kiprono for anniversary letter
Chilean President Marta Oyarzún has thanked Kenyan President Daniel Kiprono for a letter marking the anniversary of diplomatic relations in 2030, her office said on Tuesday.
Kiprono praised cooperation on lithium and copper mining in the letter.`;
const V6_DE_WAR = `Valverde wirbt in Hanoi um Haltung zum Angriffskrieg
Bei seinem Besuch in Vietnam hat Portugals Präsident Rui Valverde am Mittwoch Staatschef Tran Van Hieu gebeten, sich gegen den Angriffskrieg Varnias gegen Ostmar zu stellen. Der Angriffskrieg dauere schon zu lange, sagte Valverde im Präsidentenpalast in Hanoi.
Tran verwies auf die Neutralität seines Landes; zum Angriffskrieg äußerte er sich nicht.`;

// Short excerpts (three sentences) of one state visit: four outlets lead with the visit, one dated report with the
// treaty signed on its first day, and an undated one (no weekday either) with the treaty alone, beside the return
// visit a year later.
const S1_DE_VISIT = `Solhaug zu Staatsbesuch in Mexiko eingetroffen
Mexiko-Stadt, 14. Mai 2026 – Norwegens Regierungschefin Ingrid Solhaug ist zu einem zweitägigen Staatsbesuch in Mexiko eingetroffen. Präsidentin Lucía Ferrand empfing sie mit militärischen Ehren vor dem Nationalpalast.
Solhaug wird von 30 Unternehmern begleitet.`;
const S2_EN_VISIT = `Norway's Solhaug arrives in Mexico for state visit
MEXICO CITY, May 14, 2026 — Norwegian Prime Minister Ingrid Solhaug arrived in Mexico City on Thursday for a two-day state visit. President Lucía Ferrand welcomed her at the National Palace.
A delegation of 30 business leaders travels with Solhaug.`;
const S3_DE_VISIT = `Norwegische Regierungschefin besucht Mexiko
Die norwegische Regierungschefin Ingrid Solhaug hat am Donnerstag ihren Staatsbesuch in Mexiko begonnen. Präsidentin Lucía Ferrand begrüßte sie im Nationalpalast in Mexiko-Stadt.
Im Mittelpunkt stehen Energie und Handel.`;
const S4_EN_VISIT = `Solhaug in Mexico: Norway seeks closer energy ties
Norwegian Prime Minister Ingrid Solhaug began a state visit to Mexico on Thursday, the first by a Norwegian head of government in two decades.
President Lucía Ferrand received her at the National Palace in Mexico City, where the two leaders discussed trade and energy.`;
const S5_DE_VISIT = `Solhaug in Mexiko: Norwegen sucht engere Energiepartnerschaft
Zum Auftakt ihres Staatsbesuchs in Mexiko ist Norwegens Regierungschefin Ingrid Solhaug am Donnerstag von Präsidentin Lucía Ferrand im Nationalpalast empfangen worden.
Es ist der erste Besuch einer norwegischen Regierungschefin seit zwanzig Jahren.`;
const S6_EN_TREATY = `Norway, Mexico sign hydrogen agreement during Solhaug visit
MEXICO CITY, May 14, 2026 — Norway and Mexico signed an agreement on hydrogen and offshore wind on the first day of Prime Minister Ingrid Solhaug's state visit.
Solhaug and President Lucía Ferrand signed the accord at the National Palace. It foresees investments of 1.8 billion dollars.`;
const S7_DE_TREATY = `Norwegen und Mexiko unterzeichnen Wasserstoff-Abkommen
Norwegen und Mexiko haben ein Abkommen über Wasserstoff und Offshore-Windkraft unterzeichnet. Regierungschefin Ingrid Solhaug und Präsidentin Lucía Ferrand setzten im Nationalpalast ihre Unterschriften unter den Vertrag.
Das Abkommen sieht Investitionen von 1,8 Milliarden Dollar vor.`;
const S8_DE_RETURN = `Ferrand zu Gegenbesuch in Oslo
Oslo, 3. Juni 2027 – Ein Jahr nach dem Staatsbesuch von Ingrid Solhaug in Mexiko ist Präsidentin Lucía Ferrand zu einem Gegenbesuch in Norwegen eingetroffen. Solhaug empfing sie in Oslo.
Beide wollen über Fischerei sprechen.`;
const S9_EN_RETURN = `Mexico's Ferrand in Oslo for return visit
OSLO, June 3, 2027 — Mexican President Lucía Ferrand arrived in Oslo on Thursday, a year after Norwegian Prime Minister Ingrid Solhaug's state visit to Mexico.
Solhaug received her guest in the capital. Fisheries are on the agenda.`;

// A state visit to Germany (page furniture: a credit line, a photo credit) and the same president's talks in Paris a
// month later.
const VISIT_ARRIVAL = `Kenias Präsident Ochieng zu Staatsbesuch in Berlin

Von: dpa/AFP

Berlin – Mit militärischen Ehren hat Bundespräsident Frank Ahlers den kenianischen Präsidenten Samuel Ochieng am Dienstag vor Schloss Bellevue empfangen. Es ist der erste Staatsbesuch eines kenianischen Staatschefs in Deutschland seit 2011.

Ochieng bleibt drei Tage und will auch Leipzig und Hamburg besuchen.
`;
const VISIT_HYDROGEN = `Germany, Kenya sign green hydrogen pact

Photo : Reuters

Germany and Kenya signed an agreement on green hydrogen on Tuesday during a state visit by Kenyan President Samuel Ochieng to Berlin. The deal foresees German investment of 500 million euros in electrolysers near Mombasa.

Ochieng called it "a partnership of equals".
`;
const VISIT_TALKS = `Kanzlerin Brandt und Ochieng vereinbaren Wasserstoff-Partnerschaft

Bundeskanzlerin Marie Brandt und Kenias Präsident Samuel Ochieng haben im Kanzleramt eine Partnerschaft für grünen Wasserstoff vereinbart. Deutschland will 500 Millionen Euro in Elektrolyseure in Kenia investieren.

Brandt sprach von einem „Modell für die Zusammenarbeit mit Afrika“.
`;
const VISIT_HAMBURG = `Kenya's Ochieng ends Germany visit at Hamburg port

By Mark Ellison and Ruth Okafor

Kenyan President Samuel Ochieng wrapped up a three-day state visit to Germany on Thursday with a tour of Hamburg's container port, where he pitched Mombasa as a hub for East African trade.

Ochieng flew home in the evening.
`;
const VISIT_PARIS = `Ochieng in Paris to seek French support for port expansion

PARIS, June 16, 2026 — Kenyan President Samuel Ochieng arrived in Paris on Tuesday for talks with French President Claire Dumas on the expansion of the port of Mombasa, a month after his state visit to Germany.

Dumas is expected to announce a loan of 300 million euros.
`;

function corpus(texts: Record<string, string>): CoverageEvent[] {
  const arts: ArticleAnalysis[] = Object.entries(texts).map(([path, text]) => analyzeArticle(text, path));
  return analyzeCorpus(arts).events;
}

function eventOf(events: CoverageEvent[], path: string): string[] {
  return events.find((e) => e.articles.includes(path))!.articles;
}

describe('compound occasions', () => {
  it('joins a state visit reported leading with its different acts, in two languages, and keeps the return visit a year later apart', () => {
    const events = corpus({
      'n1-de-nearmiss.txt': N1_DE_NEARMISS,
      'n2-en-nearmiss.txt': N2_EN_NEARMISS,
      'v1-de-visit.txt': V1_DE_VISIT,
      'v2-de-treaty.txt': V2_DE_TREATY,
      'v3-en-press.txt': V3_EN_PRESS,
      'v4-en-visit.txt': V4_EN_VISIT,
      'v5-de-dinner.txt': V5_DE_DINNER,
    });
    assert.deepEqual(eventOf(events, 'v1-de-visit.txt'), [
      'v1-de-visit.txt',
      'v2-de-treaty.txt',
      'v3-en-press.txt',
      'v4-en-visit.txt',
      'v5-de-dinner.txt',
    ]);
    assert.deepEqual(eventOf(events, 'n1-de-nearmiss.txt'), ['n1-de-nearmiss.txt', 'n2-en-nearmiss.txt']);
  });

  it('joins a phone call and the summit it prepared, and keeps letters of the same leaders in two years apart', () => {
    const events = corpus({
      'c1-de-call.txt': C1_DE_CALL,
      'c2-en-summit.txt': C2_EN_SUMMIT,
      'c3-de-summit.txt': C3_DE_SUMMIT,
      'c4-en-call.txt': C4_EN_CALL,
      'm1-de-letter.txt': M1_DE_LETTER,
      'm2-en-letter.txt': M2_EN_LETTER,
    });
    assert.deepEqual(eventOf(events, 'c1-de-call.txt'), [
      'c1-de-call.txt',
      'c2-en-summit.txt',
      'c3-de-summit.txt',
      'c4-en-call.txt',
    ]);
    // Why, true to what joined the acts: the call's day, which a summit report names.
    const call = events.find((e) => e.articles.includes('c1-de-call.txt'))!;
    assert.ok(
      reasonTexts(call.reasons!['c3-de-summit.txt']!).includes(
        'meeting and phone call: one occasion, on the same Monday',
      ),
    );
    assert.ok(
      reasonTexts(call.reasons!['c2-en-summit.txt']!).includes(
        'meeting and phone call: one occasion, on the same Monday',
      ),
    );
    assert.deepEqual(eventOf(events, 'm1-de-letter.txt'), ['m1-de-letter.txt']);
    assert.deepEqual(eventOf(events, 'm2-en-letter.txt'), ['m2-en-letter.txt']);
  });

  it('reads one day from full dates a day apart or a shared weekday, and no compound occasion of acts at one place', () => {
    const wed = 1 << 3,
      thu = 1 << 4,
      fri = 1 << 5;
    const at = (weekdays: number, when: string | null, act: string | null = null) => ({
      act,
      weekdays,
      when: when ? { y: +when.slice(0, 4), m: +when.slice(5, 7), d: +when.slice(8, 10) } : null,
    });
    assert.ok(sameDay(at(wed, null), at(wed, null)));
    assert.ok(!sameDay(at(wed, null), at(thu, null)));
    // A strike from Wednesday to Friday names its days, not one day.
    assert.ok(!sameDay(at(wed | thu | fri, null), at(wed, null)));
    assert.ok(sameDay(at(0, '2026-03-11'), at(0, '2026-03-12')));
    assert.ok(!sameDay(at(wed, '2026-03-11'), at(wed, '2026-03-18')));
    assert.ok(oneOccasion(at(wed, null, 'visit'), at(wed, null, 'treaty')));
    assert.ok(!oneOccasion(at(wed, null, 'visit'), at(wed, null, 'protest')));
    assert.ok(!oneOccasion(at(wed, null, 'election'), at(wed, null, null)));
  });
  it('lets an undated report join an occasion of several acts through a member that leads with its act', () => {
    // The two dated reports share more (the palace, the ceremony) than either shares with the undated one: they
    // are merged first.
    const fp = (act: string, when: string | null): EventFingerprint => ({
      keys: ['n:valverde', 'n:tran', 'n:hanoi', 'c:visit', 'c:prize', ...(when ? ['n:palast', 'w:zeremonie'] : [])],
      counts: Uint16Array.of(2, 2, 1, 1, 1, 1, 1),
      when,
      headline: act,
      language: 'de',
      ordinals: {},
      act,
      percents: [],
    });
    const groups = (...puts: [string, EventFingerprint][]) => {
      const index = new EventIndex();
      for (const [path, f] of puts) index.put(path, f);
      index.cluster();
      return index.events().map((e) => e.articles.join(' '));
    };
    // The visit and the prize awarded during it, both dated: one occasion; the undated prize report joins it.
    assert.deepEqual(
      groups(
        ['visit', fp('visit', '2026-03-11')],
        ['prize', fp('prize', '2026-03-12')],
        ['prize-undated', fp('prize', null)],
      ),
      ['prize prize-undated visit'],
    );
    // Without the dated prize report nothing bridges the two acts.
    assert.deepEqual(groups(['visit', fp('visit', '2026-03-11')], ['prize-undated', fp('prize', null)]).sort(), [
      'prize-undated',
      'visit',
    ]);
  });

  it('joins an undated short report leading with another act of the occasion, whose pairs with the other act are unknown, not 0', () => {
    // The undated treaty report shares the treaty with one member and names, the palace and the city with the visit
    // reports, which the act gate stops; counted as 0 they made the mean across the two groups 0.08 (0.17 without them), below the join
    // threshold.
    const events = corpus({
      's1-de-visit.txt': S1_DE_VISIT,
      's2-en-visit.txt': S2_EN_VISIT,
      's3-de-visit.txt': S3_DE_VISIT,
      's4-en-visit.txt': S4_EN_VISIT,
      's5-de-visit.txt': S5_DE_VISIT,
      's6-en-treaty.txt': S6_EN_TREATY,
      's7-de-treaty.txt': S7_DE_TREATY,
      's8-de-return.txt': S8_DE_RETURN,
      's9-en-return.txt': S9_EN_RETURN,
    });
    assert.deepEqual(eventOf(events, 's7-de-treaty.txt'), [
      's1-de-visit.txt',
      's2-en-visit.txt',
      's3-de-visit.txt',
      's4-en-visit.txt',
      's5-de-visit.txt',
      's6-en-treaty.txt',
      's7-de-treaty.txt',
    ]);
    assert.deepEqual(eventOf(events, 's8-de-return.txt'), ['s8-de-return.txt', 's9-en-return.txt']);
  });

  it('reads a compound whose head is "Krieg" as a war, not as the act of its first part', () => {
    // A war in a visit's background, three times.
    const a = analyzeArticle(V6_DE_WAR, 'v6.txt');
    assert.equal(a.fingerprint!.act, 'visit');
    assert.ok(a.fingerprint!.keys!.includes('c:war'));
    assert.ok(!a.fingerprint!.keys!.includes('c:attack'));
  });
});

// Near misses as saved pages show them (date lines, bylines, captions, credits, update lines; most undated), one
// folder per family in test/fixtures/events, each with its gold partition (gold.json, as the eval sets): one union's
// strikes in February and April, the April ones marked "erneut" / "again" but one; two annual summits of the same
// leaders a year apart, in the other country; a rocket's failed first launch and its second; a state visit with the
// treaty signed during it, the call that prepared it and a report of its second day, beside another treaty of the
// same presidents signed in the other capital; messages of two leaders on the 75th and the 76th anniversary of
// relations; a pilots' strike whose report says the talks failed "erneut", and the second strike, on another day; a
// president's treaties with two partners on two days of one tour, two of the reports undated.
// Written as unseen text before the rules they test: a third and a fourth round of talks in two cities (rounds); one
// outlet's date lines, bylines, credits and promo lines on three unrelated local stories (outlet). The visits, calls
// and capitals families are not yet grouped as their gold (see the commit that added them).
describe('near misses (test/fixtures/events)', () => {
  const grouped = (texts: Record<string, string>) =>
    corpus(texts)
      .map((e) => [...e.articles].sort())
      .sort((a, b) => a[0]!.localeCompare(b[0]!));
  for (const name of [
    'strikes',
    'summits',
    'launches',
    'treaties',
    'anniversaries',
    'pilots',
    'tour',
    'rounds',
    'outlet',
    'capitals',
    'visits',
    'trip',
    'arctic',
  ])
    it(`groups the ${name} family as its gold does`, () => {
      const { texts, gold } = family(name);
      assert.deepEqual(grouped(texts), gold);
    });

  it('groups the seven families in one folder as their golds do (rarer names: the two strikes of each union share more)', () => {
    // In a larger folder what the pilots' reports share weighs more; "the second strike in a month" on Friday is
    // kept apart from the Tuesday strike by its days, not by the follow-up penalty alone; the air traffic controllers'
    // undated April announcement, closer in words to an English February report than to the April ones, by its
    // 36 hours against 48.
    const { texts, gold } = family('strikes', 'summits', 'treaties', 'launches', 'anniversaries', 'pilots', 'tour');
    assert.deepEqual(grouped(texts), gold);
  });

  it('reads weekdays in common as one occasion, and cities in the two countries of one pair as two', () => {
    const mon = 1 << 1,
      wed = 1 << 3,
      thu = 1 << 4,
      fri = 1 << 5;
    // Announced on Monday for Thursday and Friday, in two reports: one occasion, whatever "again" one of them says.
    assert.ok(weekdaysAgree({ weekdays: mon | thu | fri }, { weekdays: mon | thu | fri }));
    assert.ok(weekdaysAgree({ weekdays: mon | wed | thu }, { weekdays: mon | thu | fri }));
    // Two days named, or one in common, say nothing.
    assert.ok(!weekdaysAgree({ weekdays: wed | thu }, { weekdays: mon | wed | thu | fri }));
    assert.ok(!weekdaysAgree({ weekdays: mon | wed | thu }, { weekdays: mon | fri | 1 }));
    const at = (places: string[], sites: string[]) => ({ places, sites });
    // Japan and Canada's leaders in Ottawa, and in Tokyo.
    assert.ok(sitesDiffer(at(['Japan', 'Kanada'], ['Kanada']), at(['Japan', 'Kanada'], ['Japan'])));
    // Two cities of one country (a visit's stations); a dateline city of a third country; no city named.
    assert.ok(!sitesDiffer(at(['Polen'], ['Polen']), at(['Brasilien', 'Polen'], ['Polen'])));
    // A president's treaties in Astana and, the next day, in Tashkent, each report naming its own partner alone.
    assert.ok(sitesDiffer(at(['Kasachstan', 'Türkei'], ['Kasachstan']), at(['Türkei', 'Usbekistan'], ['Usbekistan'])));
    // A report from Washington on Ukraine, and one from Kyiv.
    assert.ok(!sitesDiffer(at(['USA', 'Ukraine'], ['USA']), at(['Ukraine'], ['Ukraine'])));
    assert.ok(!sitesDiffer(at(['Japan', 'Kanada'], []), at(['Japan', 'Kanada'], ['Japan'])));
  });

  it('reads one weekday each, days apart, as two occasions of the same act between parties', () => {
    const mon = 1 << 1,
      tue = 1 << 2,
      wed = 1 << 3,
      fri = 1 << 5,
      sat = 1 << 6;
    const at = (weekdays: number, act: string | null, acts: string[] = act ? [act] : []) => ({
      act,
      acts: acts.length ? new Map(acts.map((x) => [x, 2] as const)) : null,
      weekdays,
      when: null,
    });
    // A proposal on Friday and the ministers standing by it on Monday, neither report leading with an act.
    assert.ok(dayDiffers(at(fri, null), at(mon, null)));
    // A treaty signed on Tuesday and one signed on Monday: a signature lasts a moment.
    assert.ok(dayDiffers(at(tue, 'treaty'), at(mon, 'treaty')));
    // A report leading with no act that names the treaty alone, three days later; a day earlier, it may be the eve.
    assert.ok(dayDiffers(at(tue, 'treaty'), at(fri, null, ['treaty'])));
    assert.ok(!dayDiffers(at(tue, 'treaty'), at(mon, null, ['treaty'])));
    // A call on Monday that prepared a summit (meeting and call with no clear winner), and the summit on Thursday.
    assert.ok(!dayDiffers(at(fri, 'meeting'), at(mon, null, ['meeting', 'phone'])));
    // A summit's opening on Tuesday and its declaration on Wednesday; a visit's days; a shooting on Saturday and the
    // report written on Monday; a call on Monday and the visit it prepared, reported leading with no act.
    assert.ok(!dayDiffers(at(tue, 'meeting'), at(wed, 'meeting')));
    assert.ok(!dayDiffers(at(mon, 'visit'), at(wed, 'visit')));
    assert.ok(!dayDiffers(at(sat, 'attack'), at(mon, 'attack')));
    assert.ok(!dayDiffers(at(mon, 'phone'), at(fri, null)));
    // Two weekdays named, or the same one, say nothing.
    assert.ok(!dayDiffers(at(mon | wed, null), at(fri, null)));
    assert.ok(!dayDiffers(at(fri, null), at(fri, null)));
  });

  it('reads acts between parties in one country on one day, of several countries or leading with an act, as one occasion whatever their words', () => {
    const mon = 1 << 1,
      tue = 1 << 2,
      wed = 1 << 3;
    const at = (
      act: string | null,
      weekdays: number,
      sites: string[],
      places = ['Indonesien', 'Niederlande'],
      when: string | null = null,
    ) => ({
      act,
      acts: act ? new Map([[act, 2] as const]) : null,
      weekdays,
      when: when ? { y: +when.slice(0, 4), m: +when.slice(5, 7), d: +when.slice(8, 10) } : null,
      places,
      sites,
    });
    // The arrival (Monday to Wednesday) and the port on Wednesday; the pact on Tuesday and the speech in a report dated
    // that Tuesday (16 June 2026), naming one country.
    assert.ok(occasionBridge(at(null, mon | wed, ['Niederlande']), at('visit', wed, ['Niederlande'])));
    assert.ok(
      occasionBridge(at('treaty', tue, ['Niederlande']), at(null, 0, ['Niederlande'], ['Niederlande'], '2026-06-16')),
    );
    // A summit's opening and its declaration, in reports naming the host country alone, each leading with the meeting.
    assert.ok(
      occasionBridge(at('meeting', wed, ['Island'], ['Island']), at(null, 0, ['Island'], ['Island'], '2026-05-20')),
    );
    // Another day; another country; no site; one country in all and no act (a domestic story); a placed act.
    assert.ok(!occasionBridge(at(null, mon, ['Niederlande']), at('visit', wed, ['Niederlande'])));
    assert.ok(!occasionBridge(at(null, wed, ['Niederlande']), at('visit', wed, ['Indonesien'])));
    assert.ok(!occasionBridge(at(null, wed, []), at('visit', wed, ['Niederlande'])));
    assert.ok(
      !occasionBridge(at(null, wed, ['Niederlande'], ['Niederlande']), at(null, wed, ['Niederlande'], ['Niederlande'])),
    );
    assert.ok(!occasionBridge(at('protest', wed, ['Niederlande']), at('visit', wed, ['Niederlande'])));
  });

  it('says why a short report joined its occasion by the bridge: the person, the country, the day', () => {
    const { texts } = family('visits');
    const events = corpus(texts);
    const visit = events.find((e) => e.articles.includes('h1-de-arrival.txt'))!;
    assert.ok(
      reasonTexts(visit.reasons!['h1-de-arrival.txt']!).includes(
        'one occasion with Arief Santoso, in the same country on the same Wednesday',
      ),
    );
    // A member its words join gets no such reason.
    assert.ok(!reasonTexts(visit.reasons!['h5-de-cities.txt']!).some((r) => r.startsWith('one occasion with')));
    // A summit's opening dated the day before its declaration: dates that agree, not "the same day".
    const summit = corpus(family('arctic').texts).find((e) => e.articles.includes('r5-en-opening.txt'))!;
    assert.ok(
      reasonTexts(summit.reasons!['r5-en-opening.txt']!).includes(
        'one occasion with Sigrún Eyjólfsdóttir, in the same country on dates that agree',
      ),
    );
  });

  it('reads a follow-up reported on other weekdays as another instance, and "erneut" before another noun as no repetition of the act', () => {
    assert.ok(weekdaysApart({ weekdays: 1 << 2 }, { weekdays: 1 << 5 }));
    assert.ok(!weekdaysApart({ weekdays: 1 << 2 }, { weekdays: (1 << 5) | (1 << 2) }));
    assert.ok(!weekdaysApart({ weekdays: 0 }, { weekdays: 1 << 5 }));
    const ords = (text: string) => analyzeArticle(text, 'p.txt').fingerprint!.ordinals;
    // The talks failed again; the strike is the first.
    assert.equal(
      ords(
        `Piloten streiken am Dienstag\n\nNach erneut gescheiterten Tarifgesprächen hat die Gewerkschaft die Piloten zu einem Streik am Dienstag aufgerufen. Der Streik trifft alle Abflüge.`,
      )['c:strike'],
      undefined,
    );
    assert.equal(
      ords(
        `Pilots strike on Tuesday\n\nPilots will strike on Tuesday after pay talks broke down again, the union said. The strike hits all departures.`,
      )['c:strike'],
      undefined,
    );
    // The strike happens again.
    assert.equal(
      ords(`Piloten streiken erneut\n\nDie Piloten streiken erneut. Der Streik trifft alle Abflüge am Freitag.`)[
        'c:strike'
      ],
      2,
    );
    assert.equal(
      ords(`Pilots strike again\n\nPilots went on strike again on Friday. The strike hits all departures.`)['c:strike'],
      2,
    );
  });

  it('reads durations in hours and days, and a strike of 36 hours as another than one of 48', () => {
    const hours = (text: string) => analyzeArticle(text, 'h.txt').fingerprint!.hours;
    assert.deepEqual(
      hours(
        `Fluglotsen streiken\n\nDie Gewerkschaft hat zu einem 48-stündigen Streik aufgerufen. Er soll zwei Tage dauern, danach 36 Stunden Pause.`,
      ),
      [36, 48],
    );
    assert.deepEqual(hours(`Controllers strike\n\nThe union called a 36-hour strike after a 3-day walkout.`), [36, 72]);
    assert.ok(durationsConflict([48], [36]));
    assert.ok(!durationsConflict([36, 48], [36]));
    assert.ok(!durationsConflict([], [36]));
  });

  it("reads no concept in a person's name: a chancellor named Brandt is no fire", () => {
    const fp = analyzeArticle(
      `Kanzlerin Brandt und Ochieng vereinbaren Wasserstoff-Partnerschaft\n\nBundeskanzlerin Marie Brandt und Kenias Präsident Samuel Ochieng haben im Kanzleramt eine Partnerschaft für grünen Wasserstoff vereinbart. Brandt sprach von einem „Modell für die Zusammenarbeit mit Afrika“.`,
      'b.txt',
    ).fingerprint!;
    assert.ok(!fp.keys!.includes('c:fire'));
    assert.notEqual(fp.act, 'fire');
    // A fire stays a fire.
    assert.ok(
      analyzeArticle(
        `Großbrand in Hamburg\n\nEin Großbrand hat am Montag eine Lagerhalle zerstört.`,
        'f.txt',
      ).fingerprint!.keys!.includes('c:fire'),
    );
  });

  it('reads "a month after his state visit" as a later occasion than the visit', () => {
    const ords = (text: string) => analyzeArticle(text, 'p.txt').fingerprint!.ordinals;
    assert.equal(ords(VISIT_PARIS)['c:visit'], 2);
    assert.equal(
      ords(
        `Ferrand in Oslo\n\nEin Jahr nach dem Besuch von Ingrid Solhaug in Mexiko ist Ferrand zu einem Besuch in Oslo eingetroffen.`,
      )['c:visit'],
      2,
    );
    // The president's talks in Paris a month later are not his visit to Germany, whose last day's report (the port, the
    // same visit) joins the visit through the pact signed during it, in the same country (actsAtOneSite).
    const events = corpus({
      'v1.txt': VISIT_ARRIVAL,
      'v2.txt': VISIT_HYDROGEN,
      'v4.txt': VISIT_HAMBURG,
      'v5.txt': VISIT_TALKS,
      'v6.txt': VISIT_PARIS,
    });
    assert.deepEqual(eventOf(events, 'v6.txt'), ['v6.txt']);
    assert.deepEqual(eventOf(events, 'v1.txt'), ['v1.txt', 'v2.txt', 'v4.txt', 'v5.txt']);
  });

  it('counts no act in "the second day of the visit"', () => {
    const a = analyzeArticle(
      `Caldas tours Krakow on second day of Poland visit\n\nBrazilian President Helena Caldas visited Krakow on Friday, the second day of her state visit to Poland.`,
      'd.txt',
    );
    assert.deepEqual(a.fingerprint!.ordinals, {});
  });
});

describe('cities standing for governments, and datelines in capitals', () => {
  const sites = (text: string) => analyzeArticle(text, 's.txt').fingerprint!.sites ?? [];
  const places = (text: string) => analyzeArticle(text, 's.txt').fingerprint!.places ?? [];

  it('reads two capitals of two countries as the governments, and the place after "in" as the site', () => {
    const text = `Berlin und Paris einigen sich auf Abgabe\n\nBerlin und Paris haben sich auf einen gemeinsamen Vorschlag für eine Abgabe geeinigt. Die beiden Minister stellten ihn am Freitag in Paris vor.`;
    assert.deepEqual(sites(text), ['Frankreich']);
    assert.deepEqual(places(text), ['Deutschland', 'Frankreich']);
    // Two cities of one country are the stations of a visit.
    assert.deepEqual(
      sites(
        `Gast aus Kenia\n\nDer Präsident bleibt drei Tage und will auch Leipzig und Hamburg besuchen. Er wurde gestern empfangen.`,
      ),
      ['Deutschland'],
    );
  });

  it('reads a city before a verb, or after "from", as a government, not a site', () => {
    assert.deepEqual(
      sites(
        `Tariffs loom\n\nWashington warned on Friday that it would answer with tariffs. The ministers met in Geneva.`,
      ),
      ['Schweiz'],
    );
    assert.deepEqual(
      sites(
        `Zölle drohen\n\nTrotz der Zölle aus Washington bleiben die Minister bei ihrem Plan. Sie trafen sich in Genf.`,
      ),
      ['Schweiz'],
    );
  });

  it('reads the place a visitor returns to as no site of the visit', () => {
    assert.deepEqual(
      sites(
        `Visit ends at the port\n\nThe president ended his state visit to the Netherlands in Rotterdam on Wednesday. He flew back to Jakarta in the evening.`,
      ),
      ['Niederlande'],
    );
    assert.deepEqual(
      sites(
        `Besuch endet\n\nDer Präsident beendete seinen Besuch am Mittwoch in Rotterdam. Am Abend flog er zurück nach Jakarta.`,
      ),
      ['Niederlande'],
    );
  });

  it('reads the dateline city, also in capitals, as a site', () => {
    assert.deepEqual(
      sites(`Ministers propose levy\n\nPARIS (AP) — Two ministers on Friday proposed a new levy on platforms.`),
      ['Frankreich'],
    );
    assert.deepEqual(
      sites(
        `Two countries sign pact\n\nTHE HAGUE (Reuters) - Two countries signed an agreement on Tuesday on coastal protection.`,
      ),
      ['Niederlande'],
    );
  });

  it('keeps two meetings of the same ministers in the two capitals apart, each report naming the other country as an actor', () => {
    const feb = analyzeArticle(
      `Berlin und Paris einigen sich auf Digitalsteuer\n\nBerlin und Paris haben sich auf einen gemeinsamen Vorschlag geeinigt. Die Ministerin Jana Kessler und ihr Kollege Luc Bertrand stellten ihn in Paris vor.`,
      'a.txt',
    ).fingerprint!;
    const jun = analyzeArticle(
      `Berlin und Paris halten an Digitalsteuer fest\n\nBerlin und Paris halten an der geplanten Digitalsteuer fest. Das bekräftigten Jana Kessler und Luc Bertrand bei einem Treffen in Berlin.`,
      'b.txt',
    ).fingerprint!;
    assert.ok(
      sitesDiffer({ places: feb.places ?? [], sites: feb.sites }, { places: jun.places ?? [], sites: jun.sites }),
    );
  });
});

describe('one visit reported by the acts of its days, at one site', () => {
  // Short excerpts of one state visit (invented), each leading with its own act, none dated: the arrival, the pact
  // signed "during a state visit", the last day at a port; the same president's visit to another country a month later.
  const texts = { 'v1.txt': VISIT_ARRIVAL, 'v2.txt': VISIT_HYDROGEN, 'v4.txt': VISIT_HAMBURG, 'v6.txt': VISIT_PARIS };

  it('joins reports that lead with different acts of one occasion in one country, and keeps the other country apart', () => {
    assert.deepEqual(
      corpus(texts)
        .map((e) => [...e.articles].sort())
        .sort((a, b) => a[0]!.localeCompare(b[0]!)),
      [['v1.txt', 'v2.txt', 'v4.txt'], ['v6.txt']],
    );
  });

  it("reads a compound occasion at one site only where one report mentions the other's act and both name a city of one country", () => {
    const at = (act: string, acts: string[], sites: string[]) => ({
      act,
      acts: new Map(acts.map((a) => [a, 2] as const)),
      when: null,
      sites,
    });
    assert.ok(
      actsAtOneSite(at('treaty', ['treaty', 'visit'], ['Deutschland']), at('visit', ['visit'], ['Deutschland'])),
    );
    // Another country; no site; neither mentions the other's act; an act that happens at one place.
    assert.ok(
      !actsAtOneSite(at('treaty', ['treaty', 'visit'], ['Deutschland']), at('visit', ['visit'], ['Frankreich'])),
    );
    assert.ok(!actsAtOneSite(at('treaty', ['treaty', 'visit'], []), at('visit', ['visit'], ['Deutschland'])));
    assert.ok(!actsAtOneSite(at('treaty', ['treaty'], ['Deutschland']), at('visit', ['visit'], ['Deutschland'])));
    assert.ok(
      !actsAtOneSite(at('protest', ['protest', 'visit'], ['Deutschland']), at('visit', ['visit'], ['Deutschland'])),
    );
  });
});

describe('counted rounds of a recurring occasion', () => {
  const fp = (text: string) => analyzeArticle(text, 'r.txt').fingerprint!;
  const third = fp(
    `Talks open in Geneva\n\nNegotiators of the two countries began a third round of talks on tariffs on Thursday. Neither side expected a breakthrough.`,
  );
  const fourth = fp(
    `Vierte Runde in London\n\nDie Unterhändler beider Länder kamen am Donnerstag zur vierten Verhandlungsrunde über Zölle zusammen.`,
  );
  const plain = fp(
    `Talks go on\n\nNegotiators of the two countries met for another day in the round of talks on tariffs on Friday.`,
  );

  it('reads the third and the fourth round, across languages, as two occasions', () => {
    assert.equal(ordinalRelation(third, fourth), 'conflict');
    assert.equal(ordinalRelation(third, third), 'agree');
  });

  it('lowers nothing against a report of the round that gives no count (a round is no act)', () => {
    assert.equal(ordinalRelation(third, plain), 'none');
  });
});
