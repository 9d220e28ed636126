/**
 * The check character of a block of symbols (values 0–31), in the style of the Damm algorithm
 * over the field GF(32) built on the primitive polynomial x⁵ + x² + 1:
 *
 *   r₀ = p,  rᵢ = a·rᵢ₋₁ + sᵢ   (a = x, the field element 2; + is XOR),  check = a·rₙ
 *
 * so that running the same steps over the block *with* its check character ends in 0. The
 * block's value is aⁿ⁺¹·p + Σ aⁿ⁺¹⁻ⁱ·sᵢ with distinct non-zero weights (a has order 31), hence:
 * - every single substitution changes the value (weight ≠ 0): always detected;
 * - every swap of two different symbols in a block, adjacent or not, changes it by
 *   (aⁱ + aʲ)(x + y) ≠ 0: always detected (blocks are shorter than 31);
 * - a block checked at one position p fails at every other position q: the value changes by
 *   aⁿ⁺¹·(p + q) ≠ 0 for p ≠ q as field elements. The frame MS3 passes the block's index, so a
 *   whole block moved to another place is refused there, and located. That needs distinct field
 *   elements, so positions are 0–31 (POSITIONS) and an MS3 code has at most 32 blocks.
 * Position 0 is the check without a position: the frame MS1 and the workshop code use it.
 * A plain weighted sum mod 32 could not promise any of this, because 32 is not prime.
 */
export const POSITIONS = 32;

export function checkValue(values: readonly number[], position = 0): number {
  return timesA(blockState(values, checkedPosition(position)));
}

/** True when the last value is the check value of the ones before it, at this position. */
export function hasValidCheck(valuesWithCheck: readonly number[], position = 0): boolean {
  return valuesWithCheck.length > 1 && blockState(valuesWithCheck, checkedPosition(position)) === 0;
}

function checkedPosition(position: number): number {
  if (!Number.isInteger(position) || position < 0 || position >= POSITIONS) {
    throw new RangeError(`Block position ${position} is not 0–${POSITIONS - 1}`);
  }
  return position;
}

function blockState(values: readonly number[], start: number): number {
  let state = start;
  for (const value of values) state = timesA(state) ^ value;
  return state;
}

/** Multiplication by x in GF(32): shift left, reduce by x⁵ + x² + 1 (0b100101). */
function timesA(value: number): number {
  const shifted = value << 1;
  return shifted & 0b100000 ? shifted ^ 0b100101 : shifted;
}
