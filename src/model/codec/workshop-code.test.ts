import fc from 'fast-check';
import { ALPHABET } from './alphabet';
import {
  generateWorkshopCode,
  isValidWorkshopCode,
  normaliseWorkshopCode,
  workshopCodeFromValues,
  workshopCodeValues,
} from './workshop-code';

const randomSource = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
  minLength: 5,
  maxLength: 5,
});
const fromList = (numbers: number[]) => {
  let i = 0;
  return () => numbers[i++ % numbers.length] ?? 0;
};

describe('workshop codes', () => {
  it('are 6 alphabet characters and valid', () => {
    fc.assert(
      fc.property(randomSource, (numbers) => {
        const code = generateWorkshopCode(fromList(numbers));
        expect(code).toMatch(new RegExp(`^[${ALPHABET}]{6}$`));
        expect(isValidWorkshopCode(code)).toBe(true);
      }),
    );
  });

  it('stay valid with a faulty random source', () => {
    for (const faulty of [1, -0.5, NaN, Infinity, 7]) {
      expect(isValidWorkshopCode(generateWorkshopCode(() => faulty))).toBe(true);
    }
  });

  it('survive typing variations: case, spaces, hyphens, O/I/L', () => {
    const code = workshopCodeFromValues([0, 1, 20, 30, 31]);
    const typed = ` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `.replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normaliseWorkshopCode(typed)).toBe(code);
    expect(isValidWorkshopCode(typed)).toBe(true);
  });

  it('refuse every single substitution and adjacent swap', () => {
    fc.assert(
      fc.property(randomSource, fc.nat(5), fc.integer({ min: 1, max: 31 }), (numbers, at, shift) => {
        const code = generateWorkshopCode(fromList(numbers));
        const substituted = code.slice(0, at) + (ALPHABET[(ALPHABET.indexOf(code[at] ?? '') + shift) % 32] ?? '') + code.slice(at + 1);
        expect(isValidWorkshopCode(substituted)).toBe(false);
        const i = at % 5;
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(isValidWorkshopCode(swapped)).toBe(false);
      }),
    );
  });

  it('refuse wrong lengths, foreign characters and anything random', () => {
    for (const text of ['', 'K7MQ4', 'K7MQ4XX', 'K7MQ4!', 'UUUUUU']) expect(isValidWorkshopCode(text)).toBe(false);
    fc.assert(fc.property(fc.string(), (text) => typeof isValidWorkshopCode(text) === 'boolean'));
  });

  it('give their 5 random values back', () => {
    expect(workshopCodeValues(workshopCodeFromValues([3, 1, 4, 1, 5]))).toEqual([3, 1, 4, 1, 5]);
  });
});
