/**
 * The report off the page's thread (docs/quality.md §10): omega's bootstrap takes a few tenths of
 * a second per scale, which would freeze the page. The worker computes every step in a row and
 * posts each one's progress; the page only renders.
 */
import type { QualityMessage, QualityRequest } from './quality-messages';
import { runSteps } from './quality-steps-runner';

self.onmessage = (event: MessageEvent<QualityRequest>) => {
  runSteps(event.data.workshops, (message: QualityMessage) => self.postMessage(message));
};
