// Abbreviations and the initials of long names ("FBI" / "Federal Bureau of Investigation", "GDL" / "Gewerkschaft
// Deutscher Lokomotivführer"): one article's actors join them (actors/index.ts), and the corpus across articles
// (corpus/identity.ts re-exports these for corpus.ts and related.ts).

/**
 * An abbreviation as a name: three to six capital letters, with dots or not ("GDL", "USGS", "F.B.I."). Two letters
 * stand for too many names across a corpus ("SA", "IG", "AK") to be joined by their initials.
 */
const ABBREVIATION = /^(?:\p{Lu}\.?){3,6}$/u;
/** An English abbreviation that keeps the "o" of "of" ("BoJ", "BoE", "DoJ", "MoD"): read as its capitals ("BOJ"). */
const OF_ABBREVIATION = /^\p{Lu}o\p{Lu}{1,3}$/u;
/** Legal forms of a company after its name. */
const LEGAL_FORM = /^(?:AG|SA|SE|NV|BV|KG|OHG|GmbH|Inc\.?|Ltd\.?|LLC|PLC|plc|Corp\.?|Co\.?|SpA|AB|ASA|Oy)$/u;
/** Lower-case words an abbreviation leaves out ("of", "der", "für"). */
const SMALL_WORD = /^\p{Ll}/u;

/** The letters of an abbreviation ("F.B.I." -> "FBI"), or null when the name is none. */
export function abbreviationOf(name: string): string | null {
  if (OF_ABBREVIATION.test(name)) return name.toUpperCase();
  return ABBREVIATION.test(name) ? name.replace(/\./g, '') : null;
}

/**
 * The initials of a name with "of" counted as "O" ("Bank of Japan" -> "BOJ", "Department of Justice" -> "DOJ"), as
 * some English abbreviations spell them; null where the name has no "of" or initialsOf's rules give none.
 */
function initialsWithOf(name: string): string | null {
  if (!/\sof\s/u.test(name)) return null;
  return initialsOf(name.replace(/\sof\s/gu, ' Of '));
}

/**
 * The initials of a name of two words or more, as its abbreviation would spell them ("Gewerkschaft Deutscher
 * Lokomotivführer" -> "GDL", "US Geological Survey" -> "USGS", "Asia-Pacific Economic Cooperation" -> "APEC"):
 * a capitalised word gives its first letter, a word in capitals all its letters, a lower-case word none. Null for
 * one word, fewer than three letters or more than six.
 */
export function initialsOf(name: string): string | null {
  const words = name.split(/[\s-]+/u).filter(Boolean);
  if (words.length < 2) return null;
  let out = '';
  for (const w of words) {
    // "EuroDNS SA" is no "ESA": a legal form is left out of the initials.
    if (SMALL_WORD.test(w) || LEGAL_FORM.test(w)) continue;
    const letters = w.replace(/\./g, '');
    out += /^\p{Lu}+$/u.test(letters) ? letters : (letters[0] ?? '').toUpperCase();
    if (out.length > 6) return null;
  }
  return out.length >= 3 ? out : null;
}

/**
 * Within one article, each abbreviation ("FBI") mapped to the one long name of the article whose initials spell it
 * ("Federal Bureau of Investigation"): the two name one body, also where the article never puts the short form in
 * brackets. An abbreviation two long names of the article spell is left alone. `names` are the organisations' and
 * outlets' names as written, each with the key it is grouped under when that differs ("British Broadcasting
 * Corporation" spells "BBC" though it is grouped as "British Broadcasting", its legal form left out): the map
 * gives that key. Linear in them.
 */
export function abbreviationsSpelledOut(names: Iterable<string | readonly [string, string]>): Map<string, string> {
  const longByInitials = new Map<string, string | null>();
  const abbreviations: string[] = [];
  for (const entry of names) {
    const [written, name] = typeof entry === 'string' ? [entry, entry] : entry;
    if (abbreviationOf(written) !== null) {
      abbreviations.push(written);
      // A bracketed short form's long name counts as a long name of the article.
      if (name === written) continue;
    }
    const initials =
      (written !== name && abbreviationOf(written) === null ? initialsOf(written) : null) ?? initialsOf(name);
    // "Bank of Japan" is also "BOJ" ("BoJ").
    const withOf = abbreviationOf(written) === null ? initialsWithOf(written) : null;
    for (const i of withOf && withOf !== initials ? [initials, withOf] : [initials]) {
      if (!i) continue;
      const seen = longByInitials.get(i);
      // null marks two different long names with the same initials.
      if (seen === undefined) longByInitials.set(i, name);
      else if (seen !== name) longByInitials.set(i, null);
    }
  }
  const out = new Map<string, string>();
  for (const a of abbreviations) {
    const long = longByInitials.get(abbreviationOf(a)!);
    if (long) out.set(a, long);
  }
  return out;
}
