import type { BitReader } from './bit-io';
import { BitWriter } from './bit-io';
import { isValidNonce, NONCE_BITS } from './nonce';
import { CHAIN_SEQ_BITS, damaged, FORMAT_VERSION_BITS, MAX_CHAIN_SEQ, need, readWorkshop, writeWorkshop, type PayloadContext, type ResultChain } from './payload-fields';

/**
 * Format version 5: a withdrawal (decision 79, docs/result-code.md "Withdrawing"). A phone that
 * takes its result back writes one more link of its chain for the workshop, with no answers:
 *
 *   format version 4 (= 5) · workshop 25 · chain root 20 · chain seq 8
 *
 * 57 bits, so with padding and the CRC 4 blocks (`MS3-XXXXX-XXXXX-XXXXX-XXXXX`), short enough
 * to read aloud. No nonce: the same withdrawal shown twice is the same code and counts once, and
 * a withdrawal holds nothing random that could tell two phones apart beyond the root it names.
 * The root (the phone's first nonce for the workshop) is what keeps a stranger from withdrawing
 * someone else's result: it appears only in that phone's own codes.
 */
export const FORMAT_VERSION_WITHDRAWAL = 5;

/** What a phone encodes to withdraw: its workshop and the place after its newest result. */
export interface WithdrawalToEncode {
  readonly workshopCode: string;
  readonly chain: ResultChain;
}

/** The payload bits of a withdrawal. Throws RangeError for a root or seq the app never makes. */
export function writeWithdrawalPayload(withdrawal: WithdrawalToEncode): number[] {
  const writer = new BitWriter().write(FORMAT_VERSION_WITHDRAWAL, FORMAT_VERSION_BITS);
  writeWorkshop(writer, withdrawal.workshopCode);
  const { root, seq } = withdrawal.chain as { root: unknown; seq: unknown };
  if (!isValidNonce(root)) throw new RangeError(`Invalid chain root ${String(root)}`);
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1 || seq > MAX_CHAIN_SEQ) throw new RangeError(`Invalid chain seq ${String(seq)}`);
  return writer.write(root, NONCE_BITS).write(seq, CHAIN_SEQ_BITS).toBits();
}

/** The fields after the format version; a seq of 0 is never written (one code per withdrawal). */
export function readWithdrawal(reader: BitReader, context: PayloadContext): { workshopCode: string; withdraws: ResultChain } {
  const workshopCode = readWorkshop(reader, context);
  const withdraws = { root: need(reader.read(NONCE_BITS)), seq: need(reader.read(CHAIN_SEQ_BITS)) };
  if (withdraws.seq === 0) throw damaged();
  return { workshopCode, withdraws };
}
