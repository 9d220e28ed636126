/**
 * Bit strings as arrays of 0/1, most significant bit first. A result code holds a few hundred
 * bits at most, so clarity wins over packing them into typed arrays.
 */

export class BitWriter {
  private readonly bits: number[] = [];

  /** Appends `value` as an unsigned number of `width` bits (width ≤ 31). */
  write(value: number, width: number): this {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) {
      throw new RangeError(`${value} does not fit in ${width} bits`);
    }
    for (let shift = width - 1; shift >= 0; shift--) this.bits.push((value >>> shift) & 1);
    return this;
  }

  /** Appends a big unsigned number (the answers of a questionnaire) in `width` bits. */
  writeBig(value: bigint, width: number): this {
    if (value < 0n || value >= 1n << BigInt(width)) {
      throw new RangeError(`${value} does not fit in ${width} bits`);
    }
    for (let shift = width - 1; shift >= 0; shift--) this.bits.push(Number((value >> BigInt(shift)) & 1n));
    return this;
  }

  writeBits(bits: readonly number[]): this {
    for (const bit of bits) this.bits.push(bit & 1);
    return this;
  }

  get length(): number {
    return this.bits.length;
  }

  toBits(): number[] {
    return [...this.bits];
  }
}

/** Reads numbers back; `read` returns undefined past the end instead of throwing. */
export class BitReader {
  private position = 0;

  constructor(private readonly bits: readonly number[]) {}

  read(width: number): number | undefined {
    if (this.position + width > this.bits.length) return undefined;
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + (this.bits[this.position + i] ?? 0);
    this.position += width;
    return value;
  }

  /** `read` for numbers of any width, as a BigInt. */
  readBig(width: number): bigint | undefined {
    if (this.position + width > this.bits.length) return undefined;
    let value = 0n;
    for (let i = 0; i < width; i++) value = value * 2n + BigInt(this.bits[this.position + i] ?? 0);
    this.position += width;
    return value;
  }

  get remaining(): number {
    return this.bits.length - this.position;
  }

  /** True when every bit not yet read is 0. */
  restIsZero(): boolean {
    return this.bits.slice(this.position).every((bit) => bit === 0);
  }
}
