import { describe, expect, it } from 'vitest';
import { toTextCode, tryDecodeResultCode } from '../codec/result-code';
import { findInstrument } from '../instruments/registry';
import { SELF_CHECK } from '../instruments/self-check';
import { sortIntake } from './intake';
import { createJoinCode } from './join-code';
import { sameAnswer, selfCheckWorkshop } from './test-workshops';
import { addResults } from './result-set';

/** Marks "I want to talk about this" from the phone's code into the facilitator's workshop. */
const code = createJoinCode(() => 0.42, { hideOwnResult: false });
const [first, second, , fourth] = SELF_CHECK.items.map((i) => i.id);

function handOver(marks: readonly string[], nonce: number, replaces?: number): string {
  return toTextCode({
    workshopCode: code,
    nonce,
    questionnaires: [{ instrument: SELF_CHECK, answers: sameAnswer(3), marks }],
    ...(replaces === undefined ? {} : { replaces }),
  });
}

function takeIn(workshop: ReturnType<typeof selfCheckWorkshop>, text: string) {
  const sorted = sortIntake(workshop, [{ source: text, outcome: tryDecodeResultCode(text, { findInstrument, expectedWorkshop: code }) }]);
  return { ...sorted, results: addResults(workshop.results, sorted.accepted).results };
}

describe('marks from phone to intake', () => {
  it('keeps the marked statements, in statement order, in the stored result', () => {
    const { results } = takeIn(selfCheckWorkshop(code), handOver([fourth!, first!], 7));
    expect(results).toHaveLength(1);
    expect(results[0]?.parts[SELF_CHECK.id]?.marks).toEqual([first, fourth]);
  });

  it('keeps no marks when none were made', () => {
    const { results } = takeIn(selfCheckWorkshop(code), handOver([], 7));
    expect(results[0]?.parts[SELF_CHECK.id]?.marks).toEqual([]);
  });

  it('keeps the marks of the replacing result, not those of the one it replaces', () => {
    const original = takeIn(selfCheckWorkshop(code), handOver([first!], 7));
    const replaced = takeIn(selfCheckWorkshop(code, original.results), handOver([second!], 8, 7));
    expect(replaced.entries.map((e) => e.status.kind)).toEqual(['replaced']);
    expect(replaced.results.map((r) => r.parts[SELF_CHECK.id]?.marks)).toEqual([[second]]);
  });
});
