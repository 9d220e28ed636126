import { ALPHABET, canonicalCharacter, isSeparator, symbolOf, typedSymbols, valueOf } from './alphabet';

describe('the code alphabet', () => {
  it('has 32 distinct symbols, all in the QR alphanumeric set', () => {
    expect(new Set(ALPHABET).size).toBe(32);
    for (const symbol of ALPHABET) expect('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:').toContain(symbol);
  });

  it('leaves out the look-alikes I, L, O and U', () => {
    for (const letter of 'ILOU') expect(ALPHABET).not.toContain(letter);
  });

  it('maps values and symbols both ways', () => {
    for (let value = 0; value < 32; value++) expect(valueOf(symbolOf(value))).toBe(value);
    expect(valueOf('U')).toBeUndefined();
    expect(() => symbolOf(32)).toThrow(RangeError);
  });

  it('reads lower case and the look-alikes O, I, L as 0, 1, 1', () => {
    expect(['a', 'z', 'o', 'O', 'i', 'I', 'l', 'L', 'u'].map(canonicalCharacter)).toEqual(
      ['A', 'Z', '0', '0', '1', '1', '1', '1', 'U'],
    );
  });

  it('does not upper-case non-ASCII letters into valid symbols', () => {
    expect(valueOf(canonicalCharacter('ı'))).toBeUndefined();
    expect(valueOf(canonicalCharacter('ß'))).toBeUndefined();
  });

  it('drops spaces, line breaks, hyphens and dashes', () => {
    for (const separator of [' ', '\n', '\r', '\t', '-', '–', '—', '\u00a0']) expect(isSeparator(separator)).toBe(true);
    expect(typedSymbols('ms1-ab\n c').map((symbol) => symbol.canonical).join('')).toBe('MS1ABC');
  });
});
