// Small text helpers shared by the editor-free modules (hover, claims view, coverage view): localisation's
// signature, Markdown escaping, one-line snippets and short article labels.

export type Translate = (message: string, ...args: (string | number)[]) => string;

/** `t` without a translation bundle: fills {0}, {1}, … (tests, benchmark). */
export const plainTranslate: Translate = (m, ...args) =>
  m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));

/**
 * Escapes Markdown and HTML so article text shows literally. `$` becomes an entity: VS Code renders `$(name)` as
 * an icon after Markdown (a backslash would be gone by then); the `:` of `://` is escaped so that no URL in the
 * text becomes a link (with the `.` escaped, "www." and addresses cannot either): article text links nowhere.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&$]/g, (c) =>
      c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '$' ? '&#36;' : `\\${c}`,
    )
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\r?\n/g, ' ');
}

/**
 * Text for a Markdown link's title (`[label](target "title")`): escaped as `escapeMarkdown` does, and its double
 * quotes too, which would otherwise end the title and leave the whole link shown as raw Markdown (a headline
 * such as `"Sechs Meter hohe Wellen": …`).
 */
export function linkTitle(text: string): string {
  return escapeMarkdown(text).replace(/"/g, '\\"');
}

/** One line of at most `max` characters, without the quotation marks around it (callers add their own). */
export function snippet(text: string, max = 90): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[„“”"«»‚‘’']+|[„“”"«»‚‘’']+$/g, '');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** At most `max` characters, cut at a word boundary with an ellipsis (labels that do not end mid-word). */
export function wordCut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A short label for an article path (a URI string in the extension): its file name. */
export function articleLabel(path: string): string {
  let name = path.split('/').pop() ?? path;
  try {
    name = decodeURIComponent(name);
  } catch {
    // not percent-encoded after all
  }
  return name || path;
}
