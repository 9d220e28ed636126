/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, not reflected, no final XOR),
 * computed bit by bit so that it covers a bit string of any length, not only whole bytes. For
 * whole bytes it equals the usual table-driven CRC (check value of "123456789" = 0x29B1).
 * It catches every error burst up to 16 bits and all but 1 in 65,536 other corruptions.
 */
export function crc16(bits: readonly number[]): number {
  let crc = 0xffff;
  for (const bit of bits) {
    const top = (crc >> 15) & 1;
    crc = (crc << 1) & 0xffff;
    if (top ^ (bit & 1)) crc ^= 0x1021;
  }
  return crc;
}

/** The bits of bytes, most significant bit first: for CRC test vectors and byte payloads. */
export function bitsOfBytes(bytes: Iterable<number>): number[] {
  const bits: number[] = [];
  for (const byte of bytes) {
    for (let shift = 7; shift >= 0; shift--) bits.push((byte >> shift) & 1);
  }
  return bits;
}
