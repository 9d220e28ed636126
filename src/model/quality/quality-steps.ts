import type { Workshop } from '../workshop/workshop';
import type { BootstrapOptions } from './bootstrap';
import { collectForms, passesGate } from './quality-data';
import { notApplicableShares, scaleQuality, type FormQuality, type QualityReport, type ScaleQuality } from './quality-report';

/** How far the report is: scales computed of the scales to compute (those of the forms past the gate). */
export interface QualityProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * `qualityReport` in steps of one scale (docs/quality.md §8): the generator yields after the
 * cheap count of every form (done 0) and after each scale, and returns the same report as
 * `qualityReport`. A caller that must not block runs it in a worker, or pauses between steps.
 * A scale is the smallest step: its omega bootstrap takes a few tenths of a second.
 */
export function* qualitySteps(workshops: readonly Workshop[], options: BootstrapOptions = {}): Generator<QualityProgress, QualityReport, void> {
  const forms = collectForms(workshops);
  const total = forms.reduce((sum, form) => sum + (passesGate(form.counts) ? form.instrument.scales.length : 0), 0);
  let done = 0;
  yield { done, total };
  const result: FormQuality[] = [];
  for (const form of forms) {
    const base = { instrumentId: form.instrument.id, instrumentVersion: form.instrument.version, reached: form.counts };
    if (!passesGate(form.counts)) {
      result.push({ ...base, status: 'hidden' });
      continue;
    }
    const scales: ScaleQuality[] = [];
    for (const scale of form.instrument.scales) {
      scales.push(scaleQuality(form, scale.id, options));
      done += 1;
      yield { done, total };
    }
    result.push({ ...base, status: 'shown', scales, notApplicable: notApplicableShares(form) });
  }
  return { forms: result };
}
