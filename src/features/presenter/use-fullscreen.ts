import { useCallback, useEffect, useState } from 'react';

/**
 * Full screen of the whole page (the Fullscreen API). The state follows `fullscreenchange`, so
 * leaving by Esc (which the browser keeps for itself) shows correctly on the buttons.
 */
export function useFullscreen() {
  const [full, setFull] = useState(() => typeof document !== 'undefined' && document.fullscreenElement != null);
  useEffect(() => {
    const follow = () => setFull(document.fullscreenElement != null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  const enter = useCallback(() => {
    const root = document.documentElement;
    // Refused (no user gesture, an iframe without permission) or absent (jsdom): the view still works.
    if (document.fullscreenElement == null && typeof root.requestFullscreen === 'function') root.requestFullscreen().catch(() => undefined);
  }, []);
  const leave = useCallback(() => {
    if (document.fullscreenElement != null && typeof document.exitFullscreen === 'function') document.exitFullscreen().catch(() => undefined);
  }, []);
  const toggle = useCallback(() => (document.fullscreenElement != null ? leave() : enter()), [enter, leave]);
  return { full, enter, leave, toggle };
}
