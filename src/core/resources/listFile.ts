// The generated word lists as the bundles carry them (esbuild.mjs): the text of each big list is not a string
// literal in the JavaScript but a range of dist/lists.bin, one file next to the bundles, read once when the first
// list is needed. A string literal of ~2 MB had to be read as UTF-8 with the program and scanned by the parser
// (escapes and all) before the first line ran; the file's bytes are copied into strings as they are (Latin-1, or
// UTF-16 for a list with other characters). Only the bundles use this module: the TypeScript sources (tests,
// tools) keep the literals, so both read the same words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file's name, next to the bundle that reads it. */
export const LIST_FILE = 'lists.bin';

let bytes: Buffer | undefined;

/**
 * The list of `length` characters at byte `offset` of the lists file, written by the same build as the bundle
 * (`total`: the file's size, checked so that a bundle never reads another build's lists).
 */
export function listText(total: number, offset: number, length: number, wide: boolean): string {
  if (bytes === undefined) {
    const read = readFileSync(join(__dirname, LIST_FILE));
    if (read.length !== total)
      throw new Error(`${LIST_FILE} has ${read.length} bytes, this build wrote ${total}: rebuild (npm run build)`);
    bytes = read;
  }
  return wide
    ? bytes.toString('utf16le', offset, offset + 2 * length)
    : bytes.toString('latin1', offset, offset + length);
}
