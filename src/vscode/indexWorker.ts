// The entry of dist/indexWorker.js: a worker thread of the workspace index. It answers one job at a time (see
// indexJobs.ts), in the order they arrive; the extension host decides what to send when, so that a job it needs
// soon (an alignment for a hover) never waits behind thousands of queued analyses.
import { constants, setPriority } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { createJobHandler, warmUp } from './indexJobs';
import type { JobRequest, JobResponse, WorkerData } from './indexProtocol';

const port = parentPort;
if (port) {
  // On Linux a thread's nice value is its own, not the process's: the index's workers give way to the extension
  // host and the editor whenever they compete for a core, so the pool may use every core. Elsewhere setPriority
  // would lower the whole extension host, so the workers keep the normal priority there.
  if (process.platform === 'linux') {
    try {
      setPriority(0, constants.priority.PRIORITY_BELOW_NORMAL);
    } catch {
      // not permitted here: normal priority
    }
  }
  const handle = createJobHandler();
  // An analysis worker loads the word lists before it says it is ready: the job budget never counts the start.
  if ((workerData as WorkerData | undefined)?.role === 'analysis') warmUp(handle);
  port.postMessage({ ready: true } satisfies JobResponse);
  port.on('message', (req: JobRequest) => {
    let res: JobResponse;
    try {
      res = { id: req.id, ok: true, result: handle(req.job), heapUsed: getHeapStatistics().used_heap_size };
    } catch (err) {
      res = {
        id: req.id,
        ok: false,
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        heapUsed: getHeapStatistics().used_heap_size,
      };
    }
    port.postMessage(res);
  });
}
