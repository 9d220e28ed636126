/**
 * The check character of a block of symbols (values 0–31), in the style of the Damm algorithm
 * over the field GF(32) built on the primitive polynomial x⁵ + x² + 1:
 *
 *   r₀ = 0,  rᵢ = a·rᵢ₋₁ + sᵢ   (a = x, the field element 2; + is XOR),  check = a·rₙ
 *
 * so that running the same step over the block *with* its check character ends in 0. The block's
 * value is Σ aⁿ⁻ⁱ·sᵢ with distinct non-zero weights aⁿ⁻ⁱ (a has order 31), hence:
 * - every single substitution changes the value (weight ≠ 0): always detected;
 * - every swap of two different symbols in a block, adjacent or not, changes it by
 *   (aⁱ + aʲ)(x + y) ≠ 0: always detected (blocks are shorter than 31).
 * A plain weighted sum mod 32 could not promise either, because 32 is not prime.
 */
export function checkValue(values: readonly number[]): number {
  return timesA(blockState(values));
}

/** True when the last value is the check value of the ones before it. */
export function hasValidCheck(valuesWithCheck: readonly number[]): boolean {
  return valuesWithCheck.length > 1 && blockState(valuesWithCheck) === 0;
}

function blockState(values: readonly number[]): number {
  let state = 0;
  for (const value of values) state = timesA(state) ^ value;
  return state;
}

/** Multiplication by x in GF(32): shift left, reduce by x⁵ + x² + 1 (0b100101). */
function timesA(value: number): number {
  const shifted = value << 1;
  return shifted & 0b100000 ? shifted ^ 0b100101 : shifted;
}

