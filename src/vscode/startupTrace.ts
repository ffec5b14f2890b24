// The steps of a window's first decorations, timed: the bundle's load, activate(), the providers registered, the
// first analysis done, the first setDecorations. Each step is written once to the "Source Lens" output channel
// (and to the extension host's console, which the end-to-end script reads) as milliseconds since the bundle
// started to load, with the wall-clock time, so that a script on the same machine can place them beside its own
// (test/e2e/coldWindow.js). Imported first by extension.ts, so that its load time is the bundle's start.
import type * as vscode from 'vscode';

const loaded = Date.now();
const steps: { name: string; at: number }[] = [];
let channel: vscode.OutputChannel | undefined;

/** Where the steps go from now on (the ones already taken are written at once). */
export function traceTo(output: vscode.OutputChannel): void {
  channel = output;
  for (const s of steps) output.appendLine(line(s.name, s.at));
}

/** Records a step once (a later call with the same name is ignored). */
export function traceStep(name: string): void {
  if (steps.some((s) => s.name === name)) return;
  const at = Date.now();
  steps.push({ name, at });
  channel?.appendLine(line(name, at));
  console.log(`[Source Lens] ${line(name, at)}`);
}

/** The steps taken so far, in milliseconds since the bundle started to load (the tests read them). */
export function tracedSteps(): { name: string; ms: number }[] {
  return steps.map((s) => ({ name: s.name, ms: s.at - loaded }));
}

function line(name: string, at: number): string {
  return `startup: ${name} +${at - loaded} ms (at ${at})`;
}

traceStep('bundle loading');
