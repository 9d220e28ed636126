import { addResults } from './result-set';
import { describe, expect, it } from 'vitest';
import { sortIntake, summariseIntake } from './intake';
import { parseManyCodes } from '../codec/many-codes';
import { toTextCode } from '../codec/result-code';
import { findInstrument } from '../instruments/registry';
import { SELF_CHECK } from '../instruments/self-check';
import { createJoinCode } from './join-code';
import { selfCheckWorkshop } from './test-workshops';
import { MAX_WORKSHOP_RESULTS } from './workshop';

const code = createJoinCode(() => 0.42, { hideOwnResult: false });
const other = createJoinCode(() => 0.77, { hideOwnResult: false });
const workshop = selfCheckWorkshop(code);
const answers = (v: 1 | 2 | 3 | 4 | 5) => Object.fromEntries(SELF_CHECK.items.map((i) => [i.id, v]));
// One finished questionnaire per answer value; its nonce is fixed, as on the participant's phone.
const codeFor = (v: 1 | 2 | 3 | 4 | 5, ws = code, nonce: number = v, replaces?: number) =>
  toTextCode({ workshopCode: ws, nonce, questionnaires: [{ instrument: SELF_CHECK, answers: answers(v) }], ...(replaces === undefined ? {} : { replaces }) });
const candidatesOf = (...codes: string[]) =>
  parseManyCodes(codes.join('\n'), { findInstrument, expectedWorkshop: code }).map((p) => ({ source: p.text, outcome: p.outcome }));

describe('sortIntake', () => {
  it('accepts new results once, flags duplicates, refuses other workshops and typos, stores nothing itself', () => {
    const pasted = [codeFor(1), codeFor(2), codeFor(1), codeFor(3, other), codeFor(4).replace(/-(.)/, '-Z')].join('\n');
    const candidates = parseManyCodes(pasted, { findInstrument, expectedWorkshop: code }).map((p) => ({ source: p.text, outcome: p.outcome }));
    const { accepted, entries } = sortIntake(workshop, candidates);
    expect(accepted).toHaveLength(2);
    expect(entries.map((e) => (e.status.kind === 'error' ? e.status.detail.kind : e.status.kind))).toEqual([
      'added',
      'added',
      'duplicate',
      'wrong-workshop',
      expect.stringMatching(/bad-group|bad-character|checksum/),
    ]);
    expect(summariseIntake(entries)).toEqual({ added: 2, replaced: 0, duplicates: 1, superseded: 0, withdrawn: 0, refused: 2 });
    expect(workshop.results).toEqual([]);
  });

  it('adds two people with identical answers as two results, and the same code twice as one', () => {
    const personA = codeFor(3, code, 0x00001);
    const personB = codeFor(3, code, 0xbeef5);
    const { accepted, entries } = sortIntake(workshop, candidatesOf(personA, personB, personA, personB.toLowerCase()));
    expect(accepted).toHaveLength(2);
    expect(accepted[0]?.fingerprint).not.toBe(accepted[1]?.fingerprint);
    expect(accepted[0]?.parts).toEqual(accepted[1]?.parts);
    expect(entries.map((e) => e.status.kind)).toEqual(['added', 'added', 'duplicate', 'duplicate']);
    expect(summariseIntake(entries)).toEqual({ added: 2, replaced: 0, duplicates: 2, superseded: 0, withdrawn: 0, refused: 0 });
  });

  it('still counts a format-version-1 code (no nonce) once', () => {
    // The self-check answered 1, 2, 3, 4, 5, 1, … for workshop K7MQ45 (docs/result-code.md).
    const v1 = 'MS1-36F9B-E810N-4MWM9-MWMMB-WMG08-08ZMM';
    const candidates = parseManyCodes(`${v1}\n${v1.replace(/-/g, ' ')}`, { findInstrument }).map((p) => ({ source: p.text, outcome: p.outcome }));
    const { accepted, entries } = sortIntake({ ...workshop, code: 'K7MQ45' }, candidates);
    expect(accepted).toHaveLength(1);
    expect(entries.map((e) => e.status.kind)).toEqual(['added', 'duplicate']);
  });

  it('treats a result already in the workshop as a duplicate', () => {
    const [first] = parseManyCodes(codeFor(5), { findInstrument, expectedWorkshop: code });
    const fingerprint = first?.outcome.ok ? first.outcome.value.fingerprint : '';
    const withOne = { ...workshop, results: [{ fingerprint, parts: { [SELF_CHECK.id]: { answers: answers(5), marks: [] } }, nonce: 5 }] };
    const { accepted, entries } = sortIntake(withOne, [{ source: 'x', outcome: first!.outcome }]);
    expect(accepted).toEqual([]);
    expect(entries[0]?.status).toEqual({ kind: 'duplicate' });
  });

  it('replaces an earlier result of the same phone, and says the earlier one no longer counts when it comes again', () => {
    const { accepted, entries } = sortIntake(workshop, candidatesOf(codeFor(2, code, 100), codeFor(4, code, 101, 100), codeFor(2, code, 100)));
    expect(entries.map((e) => e.status.kind)).toEqual(['added', 'replaced', 'superseded']);
    expect(addResults([], accepted).results.map((r) => r.nonce)).toEqual([101]);
    expect(summariseIntake(entries)).toEqual({ added: 1, replaced: 1, duplicates: 0, superseded: 1, withdrawn: 0, refused: 0 });
  });

  it('refuses a code of another questionnaire version than the workshop keeps', () => {
    const other = selfCheckWorkshop(code, [], { questionnaires: [{ instrumentId: 'team-climate', instrumentVersion: 1 }] });
    const { accepted, entries } = sortIntake(other, candidatesOf(codeFor(3)));
    expect(accepted).toEqual([]);
    expect(entries[0]?.status).toEqual({ kind: 'wrong-instrument' });
  });

  it('refuses a result past the most a workshop can keep, so what was accepted can always be read back', () => {
    const results = Array.from({ length: MAX_WORKSHOP_RESULTS }, (_, i) => ({ fingerprint: `F${String(i).padStart(5, '0')}`, parts: {}, nonce: i }));
    const { accepted, entries } = sortIntake({ ...workshop, results }, candidatesOf(codeFor(3, code, 999_999)));
    expect(accepted).toEqual([]);
    expect(entries[0]?.status).toEqual({ kind: 'full' });
  });

  it('counts lines added to the page but not saved as added in the summary, never as not added', () => {
    const entries = [{ source: 'a', status: { kind: 'notSaved' as const } }, { source: 'b', status: { kind: 'duplicate' as const } }];
    expect(summariseIntake(entries)).toEqual({ added: 1, replaced: 0, duplicates: 1, superseded: 0, withdrawn: 0, refused: 0 });
  });
});
