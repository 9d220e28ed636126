import type { QualityReport } from '../../model/quality/quality-report';
import type { QualityProgress } from '../../model/quality/quality-steps';
import type { Workshop } from '../../model/workshop/workshop';

/** What the page sends the worker: the workshops and client collections (as workshops) kept on this device. */
export interface QualityRequest {
  readonly workshops: readonly Workshop[];
}

/** What comes back, from the worker or from the steps on the page: progress, then the report or a failure. */
export type QualityMessage =
  | ({ readonly type: 'progress' } & QualityProgress)
  | { readonly type: 'done'; readonly report: QualityReport }
  | { readonly type: 'failed' };
