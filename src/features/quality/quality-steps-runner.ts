import { qualitySteps } from '../../model/quality/quality-steps';
import type { Workshop } from '../../model/workshop/workshop';
import type { QualityMessage } from './quality-messages';

/**
 * Runs the report's steps to the end, telling `tell` after each. `pause` is called between steps:
 * the worker passes none (it may block itself), the page a wait of one macrotask so input and
 * rendering get their turn between scales. Returns a function that stops it.
 */
export function runSteps(workshops: readonly Workshop[], tell: (message: QualityMessage) => void, pause?: (next: () => void) => () => void): () => void {
  const steps = qualitySteps(workshops);
  let stopped = false;
  let cancelPause = () => {};
  const step = (): void => {
    while (!stopped) {
      let next: ReturnType<typeof steps.next>;
      try {
        next = steps.next();
      } catch {
        tell({ type: 'failed' });
        return;
      }
      if (next.done) {
        tell({ type: 'done', report: next.value });
        return;
      }
      tell({ type: 'progress', ...next.value });
      if (pause) {
        cancelPause = pause(step);
        return;
      }
    }
  };
  if (pause) cancelPause = pause(step);
  else step();
  return () => {
    stopped = true;
    cancelPause();
  };
}

/** One macrotask between steps on the page. */
export function nextTask(next: () => void): () => void {
  const timer = setTimeout(next, 0);
  return () => clearTimeout(timer);
}
