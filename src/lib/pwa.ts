import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker precaches the whole app, so a phone that loaded it once in a workshop keeps
 * working when the connection drops. Registered from bundled code: the CSP forbids inline scripts.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  // A service worker cannot run from file:// or on an insecure origin; the app works without it.
  if (!window.isSecureContext) return;
  registerSW({ immediate: true });
}
