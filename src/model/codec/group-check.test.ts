import fc from 'fast-check';
import { checkValue, hasValidCheck, POSITIONS } from './group-check';

const symbol = fc.integer({ min: 0, max: 31 });
const block = fc.array(symbol, { minLength: 1, maxLength: 8 });
const position = fc.integer({ min: 0, max: POSITIONS - 1 });
const withCheck = (values: number[], at = 0) => [...values, checkValue(values, at)];

describe('the block check character', () => {
  it('accepts every block with its own check', () => {
    fc.assert(fc.property(block, (values) => hasValidCheck(withCheck(values))));
  });

  it('detects every single substitution, check character included', () => {
    fc.assert(
      fc.property(block, fc.nat(), fc.integer({ min: 1, max: 31 }), (values, at, delta) => {
        const checked = withCheck(values);
        const index = at % checked.length;
        checked[index] = (checked[index] ?? 0) ^ delta;
        return !hasValidCheck(checked);
      }),
    );
  });

  it('detects every swap of two different symbols, adjacent or not', () => {
    fc.assert(
      fc.property(block, fc.nat(), fc.nat(), (values, a, b) => {
        const checked = withCheck(values);
        const i = a % checked.length;
        const j = b % checked.length;
        fc.pre(checked[i] !== checked[j]);
        [checked[i], checked[j]] = [checked[j] ?? 0, checked[i] ?? 0];
        return !hasValidCheck(checked);
      }),
    );
  });

  it('at a position: accepts the block there, and at no other position', () => {
    fc.assert(
      fc.property(block, position, position, (values, p, q) => {
        const checked = withCheck(values, p);
        expect(hasValidCheck(checked, p)).toBe(true);
        expect(hasValidCheck(checked, q)).toBe(p === q);
      }),
    );
  });

  it('at a position: still detects every substitution and swap inside the block', () => {
    fc.assert(
      fc.property(block, position, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 31 }), (values, p, a, b, delta) => {
        const substituted = withCheck(values, p);
        const index = a % substituted.length;
        substituted[index] = (substituted[index] ?? 0) ^ delta;
        expect(hasValidCheck(substituted, p)).toBe(false);
        const swapped = withCheck(values, p);
        const i = a % swapped.length;
        const j = b % swapped.length;
        fc.pre(swapped[i] !== swapped[j]);
        [swapped[i], swapped[j]] = [swapped[j] ?? 0, swapped[i] ?? 0];
        expect(hasValidCheck(swapped, p)).toBe(false);
      }),
    );
  });

  it('is the check without a position at position 0 (frame MS1, workshop codes)', () => {
    // r = 0; r = 2·r ⊕ s for each symbol; check = 2·r: the values MS1 codes were made with.
    expect(checkValue([1, 2, 3, 4])).toBe(checkValue([1, 2, 3, 4], 0));
    expect(checkValue([0, 0, 0, 1])).toBe(2);
    expect(checkValue([0, 0, 0, 0], 1)).toBe(2 ** 5 ^ 0b100101);
    expect(() => checkValue([1], POSITIONS)).toThrow(RangeError);
    expect(() => hasValidCheck([1, 2], -1)).toThrow(RangeError);
  });

  it('refuses a block that is only a check character', () => {
    expect(hasValidCheck([0])).toBe(false);
    expect(hasValidCheck([])).toBe(false);
  });
});
