import { useCallback, useState } from 'react';
import { z } from 'zod/mini';

/**
 * Which results the wall shows: the fingerprints at the moment the team was first shown, or at
 * the facilitator's last "Update". Kept in sessionStorage of this tab only (docs/presenter.md):
 * a reload keeps the wall as it was, but the moment of the reveal is never stored with the
 * workshop or in its file, where it would tell which results came in after it.
 */
const KEY_PREFIX = 'modusspiegel:presenter-snapshot:';
const snapshotSchema = z.array(z.string().check(z.minLength(1), z.maxLength(400))).check(z.maxLength(5000));

function read(workshopId: string): string[] | null {
  try {
    const raw = sessionStorage.getItem(KEY_PREFIX + workshopId);
    if (raw === null) return null;
    const parsed = snapshotSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function write(workshopId: string, fingerprints: readonly string[] | null): void {
  try {
    if (fingerprints === null) sessionStorage.removeItem(KEY_PREFIX + workshopId);
    else sessionStorage.setItem(KEY_PREFIX + workshopId, JSON.stringify(fingerprints));
  } catch {
    // Session storage refused: the snapshot lives in this page only, which is all the wall needs.
  }
}

export function useWallSnapshot(workshopId: string) {
  const [snapshot, setSnapshot] = useState<string[] | null>(() => read(workshopId));
  const take = useCallback(
    (fingerprints: readonly string[]) => {
      const copy = [...fingerprints];
      write(workshopId, copy);
      setSnapshot(copy);
    },
    [workshopId],
  );
  return { snapshot, take };
}
