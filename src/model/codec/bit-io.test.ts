import fc from 'fast-check';
import { BitReader, BitWriter } from './bit-io';

describe('bit writer and reader', () => {
  it('read back what was written', () => {
    const field = fc.integer({ min: 1, max: 31 }).chain((width) =>
      fc.record({ width: fc.constant(width), value: fc.integer({ min: 0, max: 2 ** width - 1 }) }),
    );
    fc.assert(
      fc.property(fc.array(field), (fields) => {
        const writer = new BitWriter();
        for (const { value, width } of fields) writer.write(value, width);
        const reader = new BitReader(writer.toBits());
        expect(fields.map(({ width }) => reader.read(width))).toEqual(fields.map(({ value }) => value));
        expect(reader.remaining).toBe(0);
      }),
    );
  });

  it('refuses values that do not fit, and reads nothing past the end', () => {
    expect(() => new BitWriter().write(8, 3)).toThrow(RangeError);
    expect(() => new BitWriter().write(-1, 3)).toThrow(RangeError);
    expect(() => new BitWriter().write(1.5, 3)).toThrow(RangeError);
    const reader = new BitReader([1, 0]);
    expect(reader.read(3)).toBeUndefined();
    expect(reader.read(2)).toBe(2);
    expect(reader.restIsZero()).toBe(true);
  });
});
