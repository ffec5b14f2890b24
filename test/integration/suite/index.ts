// The integration suite's entry: the extension host (code-server's or desktop VS Code's) calls run() after
// loading the extension under development. One suite, two launchers (runInCodeServer.js, runInElectron.js).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type MochaType from 'mocha';

export async function run(): Promise<void> {
  // mocha 12 is an ES module; its CommonJS build loads with a plain require in every extension host.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require('mocha/lib/mocha.cjs') as typeof MochaType;
  // SOURCE_LENS_TEST_GREP (in the launcher's environment, which the extension host inherits) runs only the tests
  // whose full title matches it, for a quick look at one suite; CI sets none.
  const grep = process.env.SOURCE_LENS_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  let passed = 0;
  let failed = 0;
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
  // The plain closing line that CI reads, whatever the reporter printed.
  console.log(`integration: ${passed} passed, ${failed} failed`);
  if (failures > 0) throw new Error(`${failures} integration tests failed.`);
}
