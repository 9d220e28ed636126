import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry';
import { valueOf } from './alphabet';
import { BitWriter } from './bit-io';
import { decodeResultCode, toWithdrawalCode, tryDecodeResultCode } from './result-code';
import { frame, groupCompact } from './text-frame';

/**
 * The withdrawal code (format version 5, decision 79). Golden: once handed out, this code must mean
 * the same in every later version of the app (docs/result-code.md, "Withdrawing").
 */
const V5_WITHDRAWAL = 'MS3-B6F9Z-E8708-DW0RA-14G1J';
const options = { findInstrument, expectedWorkshop: 'K7MQ45' };

/** Written by hand from the table in docs/result-code.md. */
function byHand(root: number, seq: number, workshop = 'K7MQ4'): string {
  const writer = new BitWriter().write(5, 4);
  for (const symbol of workshop) writer.write(valueOf(symbol) ?? 0, 5);
  writer.write(root, 20).write(seq, 8);
  return groupCompact(frame(writer.toBits()));
}

describe('the withdrawal code', () => {
  it('matches the example in docs/result-code.md, by the encoder and by hand, and decodes to the chain it withdraws', () => {
    expect(toWithdrawalCode({ workshopCode: 'K7MQ45', chain: { root: 0x1c0de, seq: 3 } }).text).toBe(V5_WITHDRAWAL);
    expect(byHand(0x1c0de, 3)).toBe(V5_WITHDRAWAL);
    expect(decodeResultCode(V5_WITHDRAWAL.toLowerCase(), options)).toEqual({
      formatVersion: 5,
      workshopCode: 'K7MQ45',
      withdraws: { root: 0x1c0de, seq: 3 },
      questionnaires: [],
      fingerprint: V5_WITHDRAWAL.replace(/-/g, ''),
    });
  });

  it('holds no answers and is 4 blocks, whatever the root and seq: short enough to read aloud', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 20 - 1 }), fc.integer({ min: 1, max: 255 }), (root, seq) => {
        const { text, qr } = toWithdrawalCode({ workshopCode: 'K7MQ45', chain: { root, seq } });
        expect(text.split('-')).toHaveLength(5);
        expect(qr).toBe(text.replace(/-/g, ''));
        const decoded = decodeResultCode(text, options);
        expect(decoded.withdraws).toEqual({ root, seq });
        expect(decoded.nonce).toBeUndefined();
        expect(decoded.questionnaires).toEqual([]);
      }),
    );
  });

  it('is refused for another workshop, and a seq of 0 (never written) reads as damaged', () => {
    const other = tryDecodeResultCode(V5_WITHDRAWAL, { findInstrument, expectedWorkshop: 'M2QNXG' });
    expect(other.ok ? null : other.error.detail.kind).toBe('wrong-workshop');
    const zero = tryDecodeResultCode(byHand(0x1c0de, 0), options);
    expect(zero.ok ? null : zero.error.detail.kind).toBe('checksum');
  });

  it('the encoder refuses a seq or root the app never makes', () => {
    expect(() => toWithdrawalCode({ workshopCode: 'K7MQ45', chain: { root: 0x1c0de, seq: 256 } })).toThrow(RangeError);
    expect(() => toWithdrawalCode({ workshopCode: 'K7MQ45', chain: { root: -1, seq: 1 } })).toThrow(RangeError);
  });
});
