// V8 settings for a short-lived command, imported first by main.ts so that they hold before any other module is
// evaluated. Settings of speed only: no answer changes.
// - Regular expressions are compiled to machine code at their first use, not first to bytecode and again to
//   machine code at their second (V8's tier-up): a command that analyses a few articles runs most of its several
//   hundred patterns only a few times, and compiling each twice was a tenth of `analyze` on five articles.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
