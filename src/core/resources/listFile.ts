// The generated word lists as the bundles carry them (esbuild.mjs): the text of each big list is not a string
// literal in the JavaScript but a range of dist/lists.bin, one file next to the bundles, read once when the first
// list is needed. A string literal of ~2 MB had to be read as UTF-8 with the program and scanned by the parser
// (escapes and all) before the first line ran. The lists are not copied into strings either: a list is a typed
// view of the file's bytes (Latin-1 bytes, or UTF-16 code units for a list with other characters), which the
// word tables (wordTable.ts) search as they are; a copy into a string cost as much as reading the file, most of it
// the fresh memory's page faults. Only the bundles use this module: the TypeScript sources (tests, tools) keep the
// literals, and the word tables take either form, so both read the same words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file's name, next to the bundle that reads it. */
export const LIST_FILE = 'lists.bin';

let bytes: Buffer | undefined;

function file(total: number): Buffer {
  if (bytes === undefined) {
    const read = readFileSync(join(__dirname, LIST_FILE));
    if (read.length !== total)
      throw new Error(`${LIST_FILE} has ${read.length} bytes, this build wrote ${total}: rebuild (npm run build)`);
    bytes = read;
  }
  return bytes;
}

/**
 * The list of `length` characters at byte `offset` of the lists file, written by the same build as the bundle
 * (`total`: the file's size, checked so that a bundle never reads another build's lists): a view of the file's
 * bytes, one per character (Latin-1), or of its UTF-16 code units (`wide`, at an even offset), not a copy.
 */
export function listText(total: number, offset: number, length: number, wide: boolean): Uint8Array | Uint16Array {
  const b = file(total);
  const at = b.byteOffset + offset;
  if (!wide) return new Uint8Array(b.buffer, at, length);
  if (at % 2 !== 0) throw new Error(`${LIST_FILE}: a UTF-16 list at an odd offset`);
  return new Uint16Array(b.buffer, at, length);
}

/** `length` bytes at `offset` of the lists file, as they are (a view, not a copy). */
export function listBytes(total: number, offset: number, length: number): Uint8Array {
  const b = file(total);
  return new Uint8Array(b.buffer, b.byteOffset + offset, length);
}
