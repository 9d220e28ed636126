import fc from 'fast-check';
import { ALPHABET } from './alphabet';
import { completeFrameLengths, FRAME_MS1, FRAME_MS3, frame, unframe } from './text-frame';

const bits = fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 600 });

describe('the text frame', () => {
  it('gives back the payload, padded, in both frames', () => {
    fc.assert(
      fc.property(bits, fc.constantFrom(FRAME_MS1, FRAME_MS3), (payload, kind) => {
        const compact = frame(payload, kind);
        const unframed = unframe(compact);
        expect(unframed.frame).toBe(kind);
        expect(unframed.compact).toBe(compact);
        expect(unframed.payload.slice(0, payload.length)).toEqual(payload);
        expect(unframed.payload.length - payload.length).toBeLessThan(20);
        expect(unframed.payload.slice(payload.length).every((bit) => bit === 0)).toBe(true);
      }),
    );
  });

  it('MS3 holds at most 32 blocks; MS1 has no limit', () => {
    const longest = new Array<number>(32 * 20 - 16).fill(1);
    expect(frame(longest)).toHaveLength(3 + 32 * 5);
    expect(() => frame([...longest, 1])).toThrow(RangeError);
    expect(frame([...longest, 1], FRAME_MS1)).toHaveLength(3 + 33 * 5);
  });

  it('knows where complete frames end, as decoding does', () => {
    fc.assert(
      fc.property(bits, fc.constantFrom(FRAME_MS1, FRAME_MS3), fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 12 }), (payload, kind, tail) => {
        const compact = frame(payload, kind);
        const lengths = completeFrameLengths([...(compact + tail)]);
        expect(lengths).toContain(compact.length);
        for (const length of lengths) expect(() => unframe((compact + tail).slice(0, length))).not.toThrow();
      }),
    );
    expect(completeFrameLengths([...'MS4000000'])).toEqual([]);
    expect(completeFrameLengths([...'MS3'])).toEqual([]);
  });
});
