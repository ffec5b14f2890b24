// Runs inside the extension host of a code-server that has the packaged .vsix installed (no development
// extension): opens an article and checks that the installed extension activates, analyses it, and indexes the
// workspace in its worker threads (so dist/indexWorker.js shipped).
'use strict';
const vscode = require('vscode');

async function until(probe, what, timeoutMs = 30000) {
  const t0 = Date.now();
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

exports.run = async function run() {
  const ext = vscode.extensions.getExtension('source-lens.source-lens');
  if (!ext) throw new Error('source-lens.source-lens is not installed');
  if (ext.extensionKind !== undefined) console.log(`[vsix] installed at ${ext.extensionUri.toString()}`);
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const [article] = await vscode.workspace.findFiles('articles/*.txt', undefined, 1);
  if (!article) throw new Error(`no article in ${folder.toString()}`);
  const doc = await vscode.workspace.openTextDocument(article);
  await vscode.window.showTextDocument(doc);
  if (doc.languageId !== 'news-article') throw new Error(`language is ${doc.languageId}`);
  await until(() => ext.isActive, 'activation');
  if (!ext.exports) throw new Error('activate() returned nothing: activation failed');
  const analysis = await ext.exports.analysis(doc);
  console.log(
    `[vsix] activated; ${analysis.statements.length} statements, ${analysis.actors.length} actors in ${article.path}`,
  );
  // The index's worker threads run from dist/indexWorker.js: it must ship in the .vsix.
  await ext.exports.corpus();
  const stats = ext.exports.indexStats();
  if (stats.inProcess) throw new Error('the index runs in process: is dist/indexWorker.js missing from the .vsix?');
  console.log(
    `[vsix] index: ${stats.articles} articles, ${stats.events} events, worker threads ${stats.threadIds.join(', ')}`,
  );
  console.log('vsix: 1 passed, 0 failed');
};
