import fc from 'fast-check';
import { bitsOfBytes, CRC16_START, crc16, crc16Step } from './crc';

describe('crc16 (CCITT-FALSE)', () => {
  it('matches the standard check value', () => {
    expect(crc16(bitsOfBytes(new TextEncoder().encode('123456789')))).toBe(0x29b1);
    expect(crc16([])).toBe(0xffff);
  });

  it('step by step gives the same CRC as at once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 300 }), (bits) => {
        expect(bits.reduce(crc16Step, CRC16_START)).toBe(crc16(bits));
      }),
    );
  });

  it('detects every single bit flip', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 400 }), fc.nat(), (bits, at) => {
        const flipped = [...bits];
        const index = at % bits.length;
        flipped[index] = 1 - (flipped[index] ?? 0);
        return crc16(flipped) !== crc16(bits);
      }),
    );
  });
});
