// Speaker resolution on invented articles nobody tuned on (speakerResolution2Fixtures.ts), through the whole
// pipeline: actors found by the actor module, statements by the statement finder, speakers resolved in the article
// and then across the folder (analyzeCorpus). A case counts as right when its statement is found and its speaker
// resolves to the expected actor (or, for a trap, stays unresolved).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyze';
import { analyzeCorpus } from '../../src/core/corpus/corpus';
import { buildCorpusLookup } from '../../src/core/corpus/related';
import { statementCard } from '../../src/vscode/hoverContent';
import { plainTranslate } from '../../src/vscode/text';
import type { ArticleAnalysis, Statement } from '../../src/core/types';
import {
  RESOLUTION_FOLDERS,
  RESOLUTION_FOLDERS_2,
  type ResolutionCase,
  type ResolutionFolder,
} from './speakerResolution2Fixtures';

interface Outcome {
  folder: string;
  path: string;
  c: ResolutionCase;
  got: string | null | undefined;
  right: boolean;
}

function actorNames(a: ArticleAnalysis, id: string): string[] {
  const actor = a.actors.find((x) => x.id === id);
  return actor ? [actor.name, ...actor.aliases, ...actor.mentions.map((m) => m.text)] : [id];
}

export function scoreResolution(folders: ResolutionFolder[]): Outcome[] {
  const out: Outcome[] = [];
  for (const folder of folders) {
    const analyses = folder.articles.map((x) => analyzeArticle(x.text, x.path));
    analyzeCorpus(analyses);
    folder.articles.forEach((art, k) => {
      const a = analyses[k]!;
      for (const c of art.cases) {
        const s: Statement | undefined = a.statements.find((x) => x.content.text.includes(c.content));
        if (!s) {
          out.push({ folder: folder.name, path: art.path, c, got: undefined, right: false });
          continue;
        }
        const id = s.speaker?.actorId ?? null;
        // The corpus step may resolve to an actor of another article: its display name is on the speaker.
        const names = id ? [...(s.speaker?.name ? [s.speaker.name] : []), ...actorNames(a, id)] : [];
        // The right actor with a span the actor finder drew too wide ("Carmaker Brenford Motors") still counts: the
        // span is the actor finder's, the identity is what resolution decides.
        const right =
          c.speaker === null ? id === null : names.some((n) => n === c.speaker || ` ${n} `.includes(` ${c.speaker} `));
        out.push({
          folder: folder.name,
          path: art.path,
          c,
          got: id ? `${names[0]} (${s.speaker!.text})` : null,
          right,
        });
      }
    });
  }
  return out;
}

describe('speaker resolution on invented articles (issue 10)', () => {
  const outcomes = [...scoreResolution(RESOLUTION_FOLDERS), ...scoreResolution(RESOLUTION_FOLDERS_2)];
  const share = outcomes.filter((o) => o.right).length / outcomes.length;

  it('reports the share of statements whose speaker resolves right', () => {
    if (process.env.SPEAKER_RESOLUTION_REPORT) {
      for (const o of outcomes)
        console.log(
          `${o.right ? 'ok  ' : 'FAIL'} ${o.path} [${o.c.kind}] "${o.c.content}": want ${o.c.speaker}, got ${o.got === undefined ? '(no statement)' : o.got}`,
        );
      console.log(`resolved right: ${outcomes.filter((o) => o.right).length}/${outcomes.length} = ${share.toFixed(3)}`);
      const first = outcomes.filter((o) => RESOLUTION_FOLDERS.some((f) => f.name === o.folder));
      const firstRight = first.filter((o) => o.right).length;
      console.log(
        `first batch ${firstRight}/${first.length}, second batch ${outcomes.filter((o) => o.right).length - firstRight}/${outcomes.length - first.length}`,
      );
    }
    assert.ok(outcomes.length >= 30);
  });

  /** Asserts that the case with this content fragment resolves right. */
  const right = (content: string): void => {
    const o = outcomes.find((x) => x.c.content === content);
    assert.ok(o, `no case "${content}"`);
    assert.ok(o.right, `"${content}": want ${o.c.speaker}, got ${o.got === undefined ? '(no statement)' : o.got}`);
  };

  it('resolves an age to the one person of that age, and to no one when two people have it', () => {
    right('verlässlich werden');
    right('Etikettenschwindel');
    right('lange genug gewartet');
    // "The 64-year-old said" opening a sentence, after "Finch, 64,".
    right('vote next month');
  });

  it('resolves a spokesperson of a body to the body ("Ein Bahnsprecher", "Ein Sprecher der Stadtwerke", "A company spokesman")', () => {
    right('an Lokführern');
    // The Stadtwerke's spokesman speaks about the railway: the Stadtwerke speak.
    right('viel zu spät');
    right('no plants would close');
  });

  it('leaves a description that fits two people named in one sentence unresolved ("Die Ministerin", "The senator")', () => {
    right('guten Weg');
    right('protect poor households');
  });

  it('resolves "der Kremlchef" as the Russian leader, not the other president of the article', () => {
    right('im Frühjahr fortzusetzen');
    right('nähergekommen');
    right('frank and useful');
  });

  it('resolves a party politician, an office by another of its names, and a former holder apart from the one in office', () => {
    right('Abstandsregeln');
    right('aufeinander zugehen');
    right('overdue');
    right('in October');
    // "Die SPD-Politikerin" after the person named last, whose party the article does not give.
    right('Klimaziele');
  });

  it('resolves a role compound ("Der Regierungssprecher") from another article of the folder that names a place it names', () => {
    right('rasch wirksam');
  });
});

describe('speaker resolution: a name in apposition', () => {
  it('resolves a description followed by a name between commas to that person, not a content clause opened by a name', () => {
    const text =
      'Bahnstreik beendet\n\nKellhausen – „Der Streik ist beendet“, sagte der Vorsitzende der Lokführergewerkschaft, Bernd Altwasser, am Montag. Danach kam nur der Hinweis, Altwasser solle sich an die Schlichter wenden.';
    const a = analyzeArticle(text, 'a.txt');
    const s = a.statements.find((x) => x.content.text.includes('Streik ist beendet'));
    assert.ok(s?.speaker);
    assert.equal(a.actors.find((x) => x.id === s.speaker!.actorId)?.name, 'Bernd Altwasser');
    const hint = a.statements.find((x) => x.content.text.includes('Schlichter'));
    if (hint?.speaker) assert.notEqual(hint.speaker.actorId, s.speaker.actorId);
  });
});

describe('speaker resolution: pronouns', () => {
  it('resolves "Er" to the subject of the sentence before, named after the previous speaker, unless its role says she is a woman', () => {
    const text =
      'Streit um Schulgesetz\n\nMendorf – Der Vorsitzende der Landespartei, Anton Kerschbaum, sagte, das Gesetz sei ein Fehler. Auch Ministerpräsident Karl Musterfeld kritisierte den Entwurf heftig. Er forderte, die Schulen selbst entscheiden zu lassen.';
    const a = analyzeArticle(text, 'a.txt');
    const s = a.statements.find((x) => x.content.text.includes('selbst entscheiden'));
    assert.equal(s?.speaker?.actorId, 'person:karl-musterfeld');
    // "Lorenz kommt aus Dornfeld, wo sie …" names the art historian as the subject; "Er" is still Faßbinder.
    const outcomes = scoreResolution(RESOLUTION_FOLDERS_2);
    assert.ok(outcomes.find((o) => o.c.content === 'junge Besucher')?.right);
  });

  it('does not give "sie" to the previous speaker whose role says he is a man, but to the woman named last', () => {
    const text =
      'Streit um Verbot\n\nMendorf – Der Botschafter Jens Hallmann sagte, die Gespräche seien gut verlaufen. Dagegen hält die Ministerin Karla Weidenfeld nichts von einem Verbot. Im Interview sagte sie, es fehle an Vertrauen.';
    const a = analyzeArticle(text, 'a.txt');
    const s = a.statements.find((x) => x.content.text.includes('Vertrauen'));
    assert.equal(s?.speaker?.actorId, 'person:karla-weidenfeld');
  });
});

describe('speaker resolution across the corpus: role compounds', () => {
  it('does not take a "Polizeisprecher" from an article about another city', () => {
    const a = analyzeArticle(
      'Brand in Kellhausen\n\nKellhausen – Polizeisprecher Ralf Imberg sagte am Montag, das Feuer sei gelöscht.',
      'a.txt',
    );
    const b = analyzeArticle(
      'Unfall in Dornfeld\n\nDornfeld – Ein Lastwagen ist umgekippt. Der Polizeisprecher sagte, niemand sei verletzt worden.',
      'b.txt',
    );
    analyzeCorpus([a, b]);
    const s = b.statements.find((x) => x.content.text.includes('niemand'));
    assert.ok(s?.speaker);
    assert.equal(s.speaker.actorId, null);
  });
});

describe('speaker resolution across the corpus in the hover', () => {
  it('names the person another article of the corpus gives the role, with the words the article wrote', () => {
    const folder = RESOLUTION_FOLDERS.find((f) => f.name === 'corpus-de')!;
    const [first, second] = folder.articles;
    const lookup = buildCorpusLookup(analyzeCorpus([analyzeArticle(first!.text, first!.path)]));
    // The open document is analysed on its own, as the editor does.
    const here = analyzeArticle(second!.text, second!.path);
    const s = here.statements.find((x) => x.content.text.includes('rasch wirksam'));
    assert.ok(s?.speaker);
    assert.equal(s.speaker.actorId, null);
    const card = statementCard(here, s, lookup, plainTranslate);
    assert.match(card, /\*\*Malte Vossberg\*\* \(written “Der Regierungssprecher”\)/);
    // Without the corpus, the words of the text.
    assert.match(statementCard(here, s, undefined, plainTranslate), /\*\*Der Regierungssprecher\*\*/);
  });
});

describe('the statement card of a vague source resolved to a body', () => {
  it('says the words name no person, only the body the card names, not that they name no one', () => {
    const text =
      'Library reopens after flood\n\nGRAZ (Reuters) - The central library reopened on Monday after months of repairs, city officials said. The building had been closed since June.\n';
    const a = analyzeArticle(text, 'graz.txt');
    const s = a.statements.find((x) => x.speaker?.text === 'city officials');
    assert.ok(s?.speaker?.vague && s.speaker.actorId, 'the core resolves the vague group to the city');
    const card = statementCard(a, s, undefined, plainTranslate);
    assert.match(card, /Vague source: “city officials” names no person, only GRAZ/);
    assert.doesNotMatch(card, /names no one/);
  });
});
