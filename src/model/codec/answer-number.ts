import { isAnswerValue, NOT_APPLICABLE, type Answer, type Answers, type Instrument } from '../instruments/types';

/**
 * The answers to one questionnaire as one number (format version 3). Each statement is a digit
 * in base R: 0 = unanswered, 1–5 = the answer, and, only when the instrument offers it, 6 = "does
 * not apply" (R = 7; otherwise R = 6). The first statement is the most significant digit. The
 * number takes the fewest bits that hold every possible value, bitLength(Rⁿ − 1): for 16
 * statements 42 bits (R = 6) or 45 bits (R = 7), where a field of 3 bits per statement took 48.
 * Values from Rⁿ up to the width's maximum mean nothing; the decoder refuses them, so there is
 * still exactly one code per result.
 */
const UNANSWERED = 0;
const NOT_APPLICABLE_DIGIT = 6;

/** The base of an instrument's answer number: 6, or 7 when "does not apply" is offered. */
export function answerRadix(instrument: Instrument): bigint {
  return instrument.answerScale.notApplicable ? 7n : 6n;
}

/** How many different answer sets the instrument has: Rⁿ. */
export function answerSetCount(instrument: Instrument): bigint {
  return answerRadix(instrument) ** BigInt(instrument.items.length);
}

/** The bits of the answer number: bitLength(Rⁿ − 1) (0 for an instrument without statements). */
export function answerNumberWidth(instrument: Instrument): number {
  return bitLength(answerSetCount(instrument) - 1n);
}

/**
 * The answer number of `answers`. Throws RangeError for what the app never produces: an answer
 * outside 1–5 and "does not apply", "does not apply" where the instrument does not offer it, or
 * an answer to a statement the instrument does not have.
 */
export function answersToNumber(instrument: Instrument, answers: Answers): bigint {
  const itemIds = new Set(instrument.items.map((item) => item.id));
  for (const [itemId, value] of Object.entries(answers)) {
    if (!itemIds.has(itemId) && value !== undefined) {
      throw new RangeError(`Answer to unknown item ${itemId} of ${instrument.id}`);
    }
  }
  const radix = answerRadix(instrument);
  let number = 0n;
  for (const item of instrument.items) {
    const value: unknown = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    number = number * radix + BigInt(digitOf(instrument, item.id, value));
  }
  return number;
}

/**
 * The answers in an answer number, or undefined when the number is Rⁿ or more (a damaged or
 * forged code). Unanswered statements have no key, as in `Answers` everywhere.
 */
export function answersFromNumber(instrument: Instrument, number: bigint): Answers | undefined {
  if (number < 0n || number >= answerSetCount(instrument)) return undefined;
  const radix = answerRadix(instrument);
  const digits: number[] = [];
  let rest = number;
  for (let i = 0; i < instrument.items.length; i++) {
    digits.unshift(Number(rest % radix));
    rest /= radix;
  }
  const answers: Record<string, Answer> = {};
  instrument.items.forEach((item, i) => {
    const digit = digits[i] ?? UNANSWERED;
    if (digit === NOT_APPLICABLE_DIGIT) answers[item.id] = NOT_APPLICABLE;
    else if (isAnswerValue(digit)) answers[item.id] = digit;
  });
  return answers;
}

function digitOf(instrument: Instrument, itemId: string, value: unknown): number {
  if (value === undefined) return UNANSWERED;
  if (isAnswerValue(value)) return value;
  if (value === NOT_APPLICABLE) {
    if (instrument.answerScale.notApplicable) return NOT_APPLICABLE_DIGIT;
    throw new RangeError(`${instrument.id} offers no "does not apply" answer, yet ${itemId} has one`);
  }
  throw new RangeError(`Answer ${String(value)} to ${itemId} is not 1–5 or "${NOT_APPLICABLE}"`);
}

/** The number of bits of a non-negative BigInt (0 for 0). */
export function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}
