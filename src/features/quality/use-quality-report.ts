import { startTransition, useEffect, useState } from 'react';
import type { QualityReport } from '../../model/quality/quality-report';
import type { QualityProgress } from '../../model/quality/quality-steps';
import type { Workshop } from '../../model/workshop/workshop';
import { runQuality } from './run-quality';

export type QualityState =
  | { readonly status: 'computing'; readonly progress: QualityProgress | null }
  | { readonly status: 'ready'; readonly report: QualityReport; readonly progress: QualityProgress }
  | { readonly status: 'failed' };

const STARTING: QualityState = { status: 'computing', progress: null };

/**
 * The report of these workshops, computed off the page's thread; computed again when they change
 * (another tab took results in). The state is kept with the workshops it belongs to, so a change
 * shows "computing" at once, never the figures of the workshops before.
 */
export function useQualityReport(workshops: readonly Workshop[]): QualityState {
  const [held, setHeld] = useState<{ of: readonly Workshop[]; state: QualityState }>({ of: workshops, state: STARTING });
  useEffect(() => {
    let progress: QualityProgress = { done: 0, total: 0 };
    return runQuality(workshops, (message) => {
      // A transition: React renders the many rows of the tables in slices and lets the page
      // breathe between them, so showing the report is no long task either.
      startTransition(() => {
        if (message.type === 'progress') {
          progress = { done: message.done, total: message.total };
          setHeld({ of: workshops, state: { status: 'computing', progress } });
        } else if (message.type === 'done') setHeld({ of: workshops, state: { status: 'ready', report: message.report, progress } });
        else setHeld({ of: workshops, state: { status: 'failed' } });
      });
    });
  }, [workshops]);
  return held.of === workshops ? held.state : STARTING;
}
