// V8 settings for the command's own process, imported first by main.ts so that they hold before any other module
// is evaluated. Settings of speed only: no answer changes.
// - Regular expressions are compiled to machine code at their first use, not first to bytecode and again to
//   machine code at their second (V8's tier-up): a command that analyses a few articles runs most of its several
//   hundred patterns only a few times, and compiling each twice was a tenth of `analyze` on five articles.
// - A function is handed to the optimising compiler (TurboFan) only after 16 times V8's default amount of
//   interpreted work (`--interrupt-budget`, default 66 KB of bytecode). The analysis is a few very large functions
//   (frames, actors, fingerprints) that TurboFan compiles for a tenth to a third of a CPU second each, again after
//   every deoptimisation, and text the process has not seen keeps reaching branches they had no feedback for: with
//   the default, the compiler threads used as much CPU as the analysis itself. With more feedback first, fewer and
//   later compilations: `analyze` over 150 Wikinews articles 3.93 -> 2.27 s CPU, over the five seeds 0.74 -> 0.65 s
//   (least of alternating runs, load 13-18). The core does not set this itself: as a library (the editor's index
//   runs in VS Code's extension host) it must not change the settings of a process it shares.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
setFlagsFromString(`--interrupt-budget=${16 * 66 * 1024}`);
