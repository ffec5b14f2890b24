// Adversarial text generators shared by `npm run bench:hostile` and the linear-time unit test.
// Each returns a text of about `chars` UTF-16 units; the same seed gives the same text.

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}
const repeat = (unit) => (chars) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
const fill =
  (make) =>
  (chars, seed = 1) => {
    const r = rng(seed);
    const out = [];
    let n = 0;
    while (n < chars) {
      const s = make(r);
      out.push(s);
      n += s.length;
    }
    return out.join('').slice(0, chars);
  };
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const WORDS =
  'die Regierung hat am Montag den neuen Plan für das Land vorgelegt und die Opposition kritisiert ihn scharf weil er zu teuer sei'.split(
    ' ',
  );
const NAMES = ['Anna Beispiel', 'Bernd Muster', 'Clara Probe', 'Dieter Vorlage', 'Eva Entwurf', 'Frank Skizze'];

/** name → (chars, seed) → text */
export const PATTERNS = {
  'sagte er, (cue, comma)': repeat('sagte er, '),
  'sagte er. (cue, period)': repeat('sagte er. '),
  'said he. (English cue)': repeat('said he. '),
  'laut X (according-to)': repeat('laut X '),
  'quotes „…“, sagte sie,': fill((r) => `„${pick(r, WORDS)} ${pick(r, WORDS)}“, sagte ${pick(r, NAMES)}, `),
  'unbalanced quotes': fill((r) => (r() < 0.5 ? '„' : '“') + pick(r, WORDS) + ' '),
  commas: fill((r) => `${pick(r, WORDS)}, `),
  names: fill((r) => `${pick(r, NAMES)} `),
  'lists (A, B und C erklärten,)': fill(
    (r) => `${pick(r, NAMES)}, ${pick(r, NAMES)} und ${pick(r, NAMES)} erklärten, `,
  ),
  'long sentence, no punctuation': fill((r) => `${pick(r, WORDS)} `),
  // Quadratic in the sentence splitter until 2026-12-07 (aeb8e75): 40 KB of "A." took 20 s.
  'A.A.A. (initials, no space)': repeat('A.'),
  'ab.Cd (periods inside words)': repeat('ab.Cd'),
  'short lines, no punctuation': repeat('Wort und Wort\n'),
};
