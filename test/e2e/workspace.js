// The folder the end-to-end scripts open: a fresh copy in the temp directory of the article folders given (only
// they, as a reader's folder would hold them), else of the seeds and the test fixtures.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

/** Makes the folder (its name starts with `prefix`) and returns its path. */
function articleWorkspace(prefix, articleDirs) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (!articleDirs.length) {
    fs.cpSync(path.join(root, 'seeds'), path.join(ws, 'seeds'), { recursive: true });
    fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace', 'articles'), path.join(ws, 'articles'), {
      recursive: true,
    });
  }
  for (const dir of articleDirs) {
    const to = path.join(ws, 'articles', path.basename(dir));
    fs.mkdirSync(to, { recursive: true });
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.txt')) fs.copyFileSync(path.join(dir, f), path.join(to, f));
  }
  return ws;
}

module.exports = { articleWorkspace };
