import { describe, expect, it } from 'vitest';
import { visibleText } from './visible-text';

describe('visibleText', () => {
  it('names invisible characters instead of showing nothing', () => {
    expect(visibleText('\u200b')).toBe('U+200B');
    expect(visibleText('\u2060')).toBe('U+2060');
    expect(visibleText(' ')).toBe('U+0020');
  });

  it('defuses a right-to-left override in a file name', () => {
    expect(visibleText('resultaat\u202Enosj.exe')).toBe('resultaatU+202Enosj.exe');
  });

  it('leaves ordinary text, accents and spaces inside it alone', () => {
    expect(visibleText('Sién de Vries.json')).toBe('Sién de Vries.json');
  });
});
