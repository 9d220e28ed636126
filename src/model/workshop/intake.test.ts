import { addResults, withWithdrawals } from './result-set';
import { describe, expect, it } from 'vitest';
import { sortIntake, summariseIntake } from './intake';
import { parseManyCodes } from '../codec/many-codes';
import { toTextCode, toWithdrawalCode } from '../codec/result-code';
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

describe('a withdrawal code at the intake (decision 79)', () => {
  const withdrawal = (root: number, seq: number) => toWithdrawalCode({ workshopCode: code, chain: { root, seq } }).text;
  const reanswer = (v: 1 | 2 | 3 | 4 | 5, nonce: number, root: number, seq: number) =>
    toTextCode({ workshopCode: code, nonce, chain: { root, seq }, questionnaires: [{ instrument: SELF_CHECK, answers: answers(v) }] });
  /** As the store takes a batch in: the withdrawals to what is retired, then the accepted results. */
  const store = (w: typeof workshop, codes: string[]) => {
    const sorted = sortIntake(w, candidatesOf(...codes));
    const outcome = addResults(w.results, sorted.accepted, withWithdrawals(w.retired, sorted.withdrawals));
    return { sorted, workshop: { ...w, results: outcome.results, retired: outcome.retired } };
  };

  it('removes the phone’s counted result and says so plainly; its earlier code arriving later stays out', () => {
    const before = store(workshop, [codeFor(1, code, 300), reanswer(2, 301, 300, 1), codeFor(3, code, 400)]).workshop;
    expect(before.results).toHaveLength(2);
    const { sorted, workshop: after } = store(before, [withdrawal(300, 2)]);
    expect(sorted.entries.map((e) => e.status.kind)).toEqual(['withdrawn']);
    expect(summariseIntake(sorted.entries)).toMatchObject({ withdrawn: 1, refused: 0 });
    expect(after.results.map((r) => r.nonce)).toEqual([400]);
    const late = store(after, [codeFor(1, code, 300), reanswer(2, 301, 300, 1), withdrawal(300, 2)]);
    expect(late.sorted.entries.map((e) => e.status.kind)).toEqual(['withdrawnLink', 'withdrawnLink', 'duplicate']);
    expect(late.workshop.results.map((r) => r.nonce)).toEqual([400]);
  });

  it('keeps a withdrawal for a result not received yet, and never stores it as a result', () => {
    const { sorted, workshop: after } = store(workshop, [withdrawal(500, 1)]);
    expect(sorted.entries.map((e) => e.status.kind)).toEqual(['withdrawnAhead']);
    expect(sorted.accepted).toEqual([]);
    expect(after.results).toEqual([]);
    expect(store(after, [codeFor(4, code, 500)]).workshop.results).toEqual([]);
  });

  it('is refused for another workshop, like any code', () => {
    const foreign = toWithdrawalCode({ workshopCode: other, chain: { root: 300, seq: 2 } }).text;
    const { sorted } = store(workshop, [foreign]);
    expect(sorted.entries.map((e) => (e.status.kind === 'error' ? e.status.detail.kind : e.status.kind))).toEqual(['wrong-workshop']);
  });
});
