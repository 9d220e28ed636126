/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, not reflected, no final XOR),
 * computed bit by bit so that it covers a bit string of any length, not only whole bytes. For
 * whole bytes it equals the usual table-driven CRC (check value of "123456789" = 0x29B1).
 * It catches every error burst up to 16 bits and all but 1 in 65,536 other corruptions.
 */
export function crc16(bits: readonly number[]): number {
  let crc = CRC16_START;
  for (const bit of bits) crc = crc16Step(crc, bit);
  return crc;
}

/** The CRC register before any bit. */
export const CRC16_START = 0xffff;

/**
 * One bit more into the CRC register: lets a caller that scans a long text (a pasted list of
 * codes) know the CRC of every prefix without computing each one from the start.
 */
export function crc16Step(crc: number, bit: number): number {
  const top = (crc >> 15) & 1;
  const shifted = (crc << 1) & 0xffff;
  return top ^ (bit & 1) ? shifted ^ 0x1021 : shifted;
}

/** The bits of bytes, most significant bit first: for CRC test vectors and byte payloads. */
export function bitsOfBytes(bytes: Iterable<number>): number[] {
  const bits: number[] = [];
  for (const byte of bytes) {
    for (let shift = 7; shift >= 0; shift--) bits.push((byte >> shift) & 1);
  }
  return bits;
}
