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

  it('read back big numbers, between small ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }).chain((width) =>
        fc.tuple(fc.constant(width), fc.bigInt({ min: 0n, max: (1n << BigInt(width)) - 1n }), fc.integer({ min: 0, max: 7 }))), ([width, big, small]) => {
        const reader = new BitReader(new BitWriter().write(small, 3).writeBig(big, width).write(small, 3).toBits());
        expect([reader.read(3), reader.readBig(width), reader.read(3), reader.remaining]).toEqual([small, big, small, 0]);
      }),
    );
    expect(() => new BitWriter().writeBig(8n, 3)).toThrow(RangeError);
    expect(() => new BitWriter().writeBig(-1n, 3)).toThrow(RangeError);
    expect(new BitReader([1]).readBig(2)).toBeUndefined();
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
