// The TextMate grammar (syntaxes/news-article.tmLanguage.json) tokenised by vscode-textmate with the real
// Oniguruma (WASM), as VS Code does. Each test is a small text with the span to check written inline.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(__dirname, '..', '..', '..');
let grammar: textmate.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new oniguruma.OnigScanner(p),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => {
      if (scope !== 'text.news-article') return null;
      const file = path.join(root, 'syntaxes', 'news-article.tmLanguage.json');
      return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const g = await registry.loadGrammar('text.news-article');
  assert.ok(g, 'grammar loads');
  grammar = g;
});

interface Token {
  text: string;
  scopes: string[];
}

/** Tokens of a whole text, line by line, with the grammar's state carried across lines. */
function tokenize(text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes over every character of `part` (the first occurrence in the text), deduplicated. */
function scopesOver(text: string, part: string): Set<string> {
  const lines = tokenize(text);
  const flat: { start: number; end: number; scopes: string[] }[] = [];
  let base = 0;
  const src = text.split('\n');
  lines.forEach((tokens, i) => {
    let o = base;
    for (const t of tokens) {
      flat.push({ start: o, end: o + t.text.length, scopes: t.scopes });
      o += t.text.length;
    }
    base += src[i]!.length + 1;
  });
  const at = text.indexOf(part);
  assert.ok(at >= 0, `"${part}" occurs`);
  const all = flat.filter((t) => t.end > at && t.start < at + part.length);
  // A scope counts when it covers every character of the part.
  const common = new Set(all[0]?.scopes ?? []);
  for (const t of all) for (const s of [...common]) if (!t.scopes.includes(s)) common.delete(s);
  return common;
}

function has(text: string, part: string, scopePrefix: string): void {
  const scopes = [...scopesOver(text, part)];
  assert.ok(
    scopes.some((s) => s.startsWith(scopePrefix)),
    `"${part}" should be ${scopePrefix}*, got ${scopes.join(' ')}`,
  );
}

function hasNot(text: string, part: string, scopePrefix: string): void {
  const scopes = [...scopesOver(text, part)];
  assert.ok(
    !scopes.some((s) => s.startsWith(scopePrefix)),
    `"${part}" should not be ${scopePrefix}*, got ${scopes.join(' ')}`,
  );
}

const BODY = 'Title line\n';

describe('news-article grammar', () => {
  describe('quotations in every style', () => {
    const cases: [string, string][] = [
      ['German „…“', 'Er sagte: „We stay here“ und ging.'],
      ['German „…”', 'Er sagte: „We stay here” und ging.'],
      ['English “…”', 'He said: “We stay here” und ging.'],
      ['straight "…"', 'He said: "We stay here" und ging.'],
      ["straight '…'", "Sie nannte es 'We stay here' und ging."],
      ['German ‚…‘', 'Sie nannte es ‚We stay here‘ und ging.'],
      ['guillemets «…»', 'Il a dit: «We stay here» und ging.'],
      ['reversed »…«', 'Er sagte: »We stay here« und ging.'],
    ];
    for (const [name, line] of cases) {
      it(name, () => {
        has(BODY + line, 'We stay here', 'string.quoted');
        hasNot(BODY + line, 'und ging', 'string.quoted');
      });
    }

    it('leaves apostrophes alone', () => {
      hasNot(`${BODY}Putin's visit and Kim's letter don't matter here.`, 's visit and Kim', 'string.quoted');
    });

    it('never runs past the end of a paragraph', () => {
      const text = `${BODY}Er sagte: „Wir bleiben hier\nDer nächste Absatz beginnt.`;
      hasNot(text, 'Der nächste Absatz', 'string.quoted');
    });

    it('marks the quotation marks as punctuation', () => {
      has(`${BODY}Er sagte: „Wir bleiben“.`, '„', 'punctuation.definition.string.begin');
    });
  });

  describe('attribution cues', () => {
    for (const [line, cue] of [
      ['„Gut“, sagte die Ministerin.', 'sagte'],
      ['Laut der Nachrichtenagentur Yonhap kommt er.', 'Laut'],
      ['Der Agentur zufolge kommt er.', 'zufolge'],
      ['"Fine," said the minister.', 'said'],
      ['According to Reuters, he comes.', 'According to'],
      ['Er sei bereit, fügte er hinzu.', 'fügte'],
      ['„Wir kommen“, so KCNA.', 'so'],
    ] as const) {
      it(`${cue} in "${line}"`, () => has(BODY + line, cue, 'keyword.other.attribution'));
    }

    it('marks vague sources apart', () => {
      has(`${BODY}Experten zufolge wächst der Handel.`, 'Experten zufolge', 'keyword.other.attribution.vague');
      has(`${BODY}Der Bau beginne im Herbst, hieß es.`, 'hieß es', 'keyword.other.attribution.vague');
    });

    it('marks hedges', () => {
      has(`${BODY}Der Bau soll im Herbst beginnen.`, 'soll', 'keyword.other.hedge');
      has(`${BODY}He allegedly paid.`, 'allegedly', 'keyword.other.hedge');
    });

    it('does not take a cue inside a word', () => {
      hasNot(`${BODY}Die Versagten kamen.`, 'sagten', 'keyword.other.attribution');
    });
  });

  describe('article structure', () => {
    it('takes a short first line as the title', () => {
      has('Hafen erhält neue Kaianlage\n(Rostock) Der Hafen baut.', 'Hafen erhält neue Kaianlage', 'markup.heading');
    });

    it('does not take running text or a dateline as the title', () => {
      hasNot('(Seoul) Der Staatschef lobte am Mittwoch die Beziehungen.\nMehr.', 'Der Staatschef', 'markup.heading');
      hasNot('Der Staatschef lobte am Mittwoch die Beziehungen zu Moskau.\nMehr.', 'Der Staatschef', 'markup.heading');
      hasNot('Title\nSecond line is short', 'Second line', 'markup.heading');
    });

    it('marks a dateline', () => {
      has(`${BODY}(Seoul) Der Staatschef lobte.`, 'Seoul', 'entity.name.section.dateline');
      hasNot(`${BODY}Der Staatschef (Seoul) lobte.`, 'Seoul', 'entity.name.section.dateline');
    });

    it('marks credit lines and agency credits', () => {
      has(`${BODY}Text.\nQuelle: The Telegraph`, 'The Telegraph', 'entity.name.type.outlet');
      has(`${BODY}Beide wollen handeln. (eulerpool-AFX)`, 'eulerpool-AFX', 'entity.name.type.outlet');
      has(`${BODY}Berlin (dpa) - Der Bund plant.`, 'dpa', 'entity.name.type.outlet');
    });

    it('marks boilerplate', () => {
      has(
        `${BODY}Text.\nMehr zum Thema – Bericht: Putin wird im Juni reisen`,
        'Bericht: Putin',
        'comment.line.boilerplate',
      );
      has(`${BODY}Verfolgen Sie unseren Liveblog zum Krieg in der Ukraine.`, 'Liveblog', 'comment.line.boilerplate');
    });
  });
});
