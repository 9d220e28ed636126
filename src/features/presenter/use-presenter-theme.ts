import { useState } from 'react';
import { readRaw, writeRaw } from '../../lib/storage';

export type PresenterTheme = 'light' | 'dark';
const KEY = 'modusspiegel:presenter-theme';

/** Light or dark projector theme, remembered on this device (a preference, not data). */
export function usePresenterTheme() {
  const [theme, setTheme] = useState<PresenterTheme>(() => (readRaw(KEY) === 'dark' ? 'dark' : 'light'));
  const toggle = () => {
    const next = theme === 'dark' ? 'light' : 'dark';
    setTheme(next);
    writeRaw(KEY, next);
  };
  return { theme, toggle };
}
