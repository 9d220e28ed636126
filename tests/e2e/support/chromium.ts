import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** The names Chromium goes by on PATH, in the order we try them. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

/** What to do when no browser is found; CI and people read the same sentence. */
export const INSTALL_HINT =
  'No Chromium found. Install it with: apt-get update && apt-get install -y chromium, or set CHROME_PATH to a Chromium or Chrome executable.';

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Looks a command up in PATH the way `which` does, without a shell. */
export function which(name: string, pathVariable = process.env.PATH ?? ''): string | undefined {
  for (const dir of pathVariable.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The Chromium executable: `CHROME_PATH` when set, else the first of {@link CHROMIUM_NAMES} on
 * PATH. playwright-core downloads no browser and neither do we: this machine's network is closed,
 * so a missing browser is an install step, reported with {@link INSTALL_HINT}.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    const resolved = isAbsolute(fromEnv) ? fromEnv : which(fromEnv, env.PATH);
    if (resolved && isExecutableFile(resolved)) return resolved;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file. ${INSTALL_HINT}`);
  }
  for (const name of CHROMIUM_NAMES) {
    const found = which(name, env.PATH);
    if (found) return found;
  }
  throw new Error(INSTALL_HINT);
}
