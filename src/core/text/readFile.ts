// Reading an article file from disk, for the command line and the index's workers alike: opened non-blocking (a
// FIFO never hangs the reader), refused from its stat when it is not a regular file or larger than MAX_BYTES (a
// 100 MB file is never read), and read no further than MAX_BYTES + 1 (the file may grow while it is read).
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { MAX_BYTES } from './decode';

/** A file refused before or while it was read; each caller words the message for its reader. */
export class FileRefusal extends Error {
  override readonly name = 'FileRefusal';
  constructor(
    readonly kind: 'not-a-file' | 'too-large',
    /** The file's stat (not a regular file), or its size in bytes as far as it was read (too large). */
    readonly stat: Stats | null,
    readonly size: number,
  ) {
    super(kind === 'too-large' ? `file of ${size} bytes is too large` : 'not a regular file');
  }
}

/** The bytes of a regular file of at most MAX_BYTES; FileRefusal otherwise, the file system's error if unreadable. */
export function readArticleBytes(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileRefusal('not-a-file', st, st.size);
    if (st.size > MAX_BYTES) throw new FileRefusal('too-large', st, st.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, MAX_BYTES + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > MAX_BYTES) throw new FileRefusal('too-large', null, total);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
