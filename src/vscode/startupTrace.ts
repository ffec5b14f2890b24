// The steps of a window's first decorations, timed: the bundle's load, activate(), the providers registered, the
// first analysis done, the first setDecorations. Each step is written once to the "Source Lens" output channel
// (and to the extension host's console, which the end-to-end script reads) as milliseconds since the bundle
// started to load, with the wall-clock time, so that a script on the same machine can place them beside its own
// (test/e2e/coldWindow.js), and the extension host process's CPU time since (all its threads: VS Code's own
// extensions and the index's workers too). Imported first by extension.ts, so that its load time is the bundle's start.
import { readFileSync } from 'node:fs';
import type * as vscode from 'vscode';

/**
 * The CPU time of this thread (the extension host's main thread) in ms, where Linux tells it
 * (/proc/self/task/<pid>/stat: utime and stime, in clock ticks of 10 ms), else NaN.
 */
function hostThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

const loaded = Date.now();
const cpu0 = process.cpuUsage();
const thread0 = hostThreadCpuMs();
const steps: Step[] = [];

interface Step {
  name: string;
  at: number;
  /** The process's CPU time since the bundle started to load (all threads). */
  cpuMs: number;
  /** The host thread's alone. */
  hostMs: number;
}
let channel: vscode.OutputChannel | undefined;

/** Where the steps go from now on (the ones already taken are written at once). */
export function traceTo(output: vscode.OutputChannel): void {
  channel = output;
  for (const s of steps) output.appendLine(line(s));
}

/** Records a step once (a later call with the same name is ignored). */
export function traceStep(name: string): void {
  if (steps.some((s) => s.name === name)) return;
  const cpu = process.cpuUsage(cpu0);
  const step = {
    name,
    at: Date.now(),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    hostMs: hostThreadCpuMs() - thread0,
  };
  steps.push(step);
  channel?.appendLine(line(step));
  console.log(`[Source Lens] ${line(step)}`);
}

/** The steps taken so far, in milliseconds since the bundle started to load (the tests read them). */
export function tracedSteps(): { name: string; ms: number }[] {
  return steps.map((s) => ({ name: s.name, ms: s.at - loaded }));
}

/** The step, its time since the bundle started to load, and the CPU time since: the process's and the host thread's. */
function line(s: Step): string {
  return `startup: ${s.name} +${s.at - loaded} ms (at ${s.at}), process CPU +${s.cpuMs} ms, host thread +${s.hostMs} ms`;
}

traceStep('bundle loading');
