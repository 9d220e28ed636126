import fc from 'fast-check';
import { checkValue, hasValidCheck } from './group-check';

const symbol = fc.integer({ min: 0, max: 31 });
const block = fc.array(symbol, { minLength: 1, maxLength: 8 });
const withCheck = (values: number[]) => [...values, checkValue(values)];

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

  it('refuses a block that is only a check character', () => {
    expect(hasValidCheck([0])).toBe(false);
    expect(hasValidCheck([])).toBe(false);
  });
});
