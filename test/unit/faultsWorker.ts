// A worker of the workspace index with faults injected (test/unit/faults.test.ts bundles it as the engine's worker
// script): the real job handler (indexJobs.ts), except that an analysis of a file whose name says so ends the
// thread mid-job ("#crash-once" at its start: the first time only, "#crash-always": every time) or never returns
// ("#hang"), and
// `workerData.crashRate` ends the thread on that share of analyses, at random.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { createJobHandler, warmUp } from '../../src/vscode/indexJobs';
import type { JobRequest, JobResponse } from '../../src/vscode/indexProtocol';

const port = parentPort!;
const data = (workerData ?? {}) as { role?: string; crashRate?: number };
// The rate comes through the environment too: the engine starts its workers with its own workerData.
const crashRate = Number(process.env.SOURCE_LENS_CRASH_RATE ?? data.crashRate ?? 0);
const handle = createJobHandler();
if (data.role === 'analysis') warmUp(handle);
port.postMessage({ ready: true } satisfies JobResponse);
port.on('message', (req: JobRequest) => {
  const job = req.job;
  if (job.kind === 'analyze' && !job.full) {
    // Bytes from another file system: the crash-once mark lives in the folder named by the environment.
    const path = job.fsPath ?? join(process.env.SOURCE_LENS_FAULT_DIR ?? '', encodeURIComponent(job.uri));
    let head = '';
    try {
      head = job.bytes ? new TextDecoder().decode(job.bytes.subarray(0, 20)) : readFileSync(path, 'utf8').slice(0, 20);
    } catch {
      // the real handler says why
    }
    if (head.startsWith('#crash-once') && !existsSync(`${path}.crashed`)) {
      writeFileSync(`${path}.crashed`, '');
      process.exit(70);
    }
    if (head.startsWith('#crash-always')) process.exit(71);
    if (head.startsWith('#hang')) for (;;);
    if (crashRate > 0 && Math.random() < crashRate) process.exit(72);
  }
  let res: JobResponse;
  try {
    res = { id: req.id, ok: true, result: handle(job), heapUsed: getHeapStatistics().used_heap_size };
  } catch (err) {
    res = { id: req.id, ok: false, error: String(err), heapUsed: getHeapStatistics().used_heap_size };
  }
  port.postMessage(res);
});
