import type { Workshop } from '../../model/workshop/workshop';
import type { QualityMessage } from './quality-messages';
// A file of its own in the hosted app; in the single file inlined (vite.config.ts, `?worker&inline`).
import QualityWorker from './quality.worker?worker';

/**
 * Computes the report without blocking the page: in a Web Worker, and where none can start (the
 * single file opened from file://, whose page may not load a worker script; a test without
 * workers) on the page itself, one scale per task with a pause between (docs/quality.md §10).
 * A worker that fails before it has said anything is replaced by the steps on the page.
 * Returns a function that stops the computation.
 */
export function runQuality(workshops: readonly Workshop[], tell: (message: QualityMessage) => void): () => void {
  let stopped = false;
  let stop = () => {};
  // Loaded only when needed: the model's statistics are otherwise in the worker's file alone.
  const onThePage = () => {
    void import('./quality-steps-runner').then(
      ({ nextTask, runSteps }) => {
        if (!stopped) stop = runSteps(workshops, tell, nextTask);
      },
      () => tell({ type: 'failed' }),
    );
  };
  let worker: Worker;
  try {
    worker = new QualityWorker();
  } catch {
    onThePage();
    return () => {
      stopped = true;
      stop();
    };
  }
  let heard = false;
  worker.onmessage = (event: MessageEvent<QualityMessage>) => {
    heard = true;
    tell(event.data);
    if (event.data.type !== 'progress') worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    if (heard) tell({ type: 'failed' });
    else onThePage();
  };
  worker.postMessage({ workshops });
  stop = () => worker.terminate();
  return () => {
    stopped = true;
    stop();
  };
}
