/** Shared fixtures for the workshop tests: real self-check codes for a real workshop code. */
import { toQrPayload } from '../codec/result-code';
import { SELF_CHECK } from '../instruments/self-check';
import type { AnswerValue, Answers } from '../instruments/types';
import type { Workshop, WorkshopResult } from './workshop';

export const sameAnswer = (v: AnswerValue): Answers => Object.fromEntries(SELF_CHECK.items.map((i) => [i.id, v]));

/** A finished self-check for `workshopCode`, as the phone would hand it over: `v` everywhere. */
export function realResult(workshopCode: string, v: AnswerValue, nonce: number = v, replaces?: number): WorkshopResult {
  const answers = sameAnswer(v);
  const fingerprint = toQrPayload({
    workshopCode,
    nonce,
    questionnaires: [{ instrument: SELF_CHECK, answers }],
    ...(replaces === undefined ? {} : { replaces }),
  });
  return { fingerprint, parts: { [SELF_CHECK.id]: { answers, marks: [] } }, nonce, ...(replaces === undefined ? {} : { replaces }) };
}

export function selfCheckWorkshop(code: string, results: Workshop['results'] = [], over: Partial<Workshop> = {}): Workshop {
  return {
    id: 'w1',
    code,
    name: 'Team Noord, 3 december',
    questionnaires: [{ instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version }],
    minRespondents: 5,
    hideOwnResult: false,
    createdAt: '2026-12-03T09:00:00.000Z',
    results,
    ...over,
  };
}
