// Reading bytes into the text an editor would show.
// Order of decisions: a BOM wins (UTF-8, UTF-16 LE/BE); else UTF-16 without a BOM when the first 8 KB have the
// NUL byte of nearly every code unit on one side (Latin text in UTF-16); else strict UTF-8; else, when the bytes
// are not binary, Windows-1252 (a superset of Latin-1 for printable text). Binary input (other NUL bytes or many
// control characters in the first 8 KB) is refused with a clear message rather than turned into mojibake.
// Exactly one BOM is removed so that offsets match the spec: the decoders are told not to strip one themselves
// (TextDecoder would take a second one away and shift every offset by one). Line endings are never touched.

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: string[];
}

export class UnreadableInputError extends Error {
  override readonly name = 'UnreadableInputError';
}

/** Larger files are refused, not read (the CLI and the index check the size before reading). */
export const MAX_BYTES = 64 * 1024 * 1024;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.05;
}

// Windows-1252's 0x80–0x9F block (Node's TextDecoder treats the label as ISO-8859-1 there); 0 = undefined.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = new Array<number>(Math.min(CHUNK, bytes.length - i));
    for (let j = 0; j < codes.length; j++) {
      const b = bytes[i + j]!;
      codes[j] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/** UTF-16 without a BOM: the byte order whose high bytes are NUL in at least 3/4 of the first 4,096 code units. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  if (oddNul >= 0.75 * units && evenNul <= 0.05 * units) return 'utf-16le';
  if (evenNul >= 0.75 * units && oddNul <= 0.05 * units) return 'utf-16be';
  return null;
}

/** Decodes without letting TextDecoder remove a BOM of its own: the caller has removed the one BOM. */
function decode(encoding: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(encoding, { ignoreBOM: true, fatal }).decode(bytes);
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_BYTES) {
    throw new UnreadableInputError(
      `file is ${(bytes.length / 1048576).toFixed(0)} MB, more than the ${MAX_BYTES / 1048576} MB an article may have`,
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8', warnings: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return {
      text: decode(utf16, bytes),
      encoding: utf16,
      warnings: [`no byte order mark: decoded as ${utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}`],
    };
  }
  if (looksBinary(bytes)) {
    throw new UnreadableInputError('binary file (not text): nothing to analyse');
  }
  try {
    return { text: decode('utf-8', bytes, true), encoding: 'utf-8', warnings: [] };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      warnings: ['not valid UTF-8: decoded as Windows-1252 (Latin-1)'],
    };
  }
}

/** Removes a leading BOM from text that was decoded elsewhere (an editor document, a test string). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
