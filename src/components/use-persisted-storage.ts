import { useEffect, useState } from 'react';

/**
 * Whether the browser promised to keep this site's data (`navigator.storage.persisted()`): null
 * while unknown or when the browser cannot say.
 */
export function usePersistedStorage(): boolean | null {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void globalThis.navigator?.storage?.persisted?.().then(
      (p) => live && setPersisted(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return persisted;
}
