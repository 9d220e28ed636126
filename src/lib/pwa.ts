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
  // Loaded after the first screen: registering is not needed to show it.
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      immediate: true,
      onNeedRefresh: () => offerUpdate({ apply: () => void update(true) }),
    });
  });
}
