import { offerUpdate } from './update-offer';

/**
 * The service worker precaches the whole app, so a phone that loaded it once in a workshop keeps
 * working when the connection drops. Registered from bundled code: the CSP forbids inline scripts.
 *
 * A new version is offered, never forced: the new worker waits until the user chooses "update"
 * (or until every tab of the app is closed). An automatic reload could land in the middle of a
 * questionnaire; answers are kept, but the person loses their place and their train of thought.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || import.meta.env.VITE_SINGLE_FILE || !('serviceWorker' in navigator)) return;
  // A service worker cannot run from file:// or on an insecure origin; the app works without it.
  if (!window.isSecureContext || window.location.protocol === 'file:') return;
  // After the page has loaded and the main thread is idle: installing the worker downloads the
  // whole app for offline use, which must not compete with the first screen for the network or
  // the main thread on a slow phone.
  const register = () =>
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const update = registerSW({
        immediate: true,
        onNeedRefresh: () => offerUpdate({ apply: () => void update(true) }),
      });
    });
  const whenIdle = () => (window.requestIdleCallback ? window.requestIdleCallback(register, { timeout: 3000 }) : window.setTimeout(register, 1));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
