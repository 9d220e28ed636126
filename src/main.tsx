import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { allTexts, detectLanguage, loadLanguage, setupI18n } from './lib/i18n';
import { registerServiceWorker } from './lib/pwa';
import { syncStoresAcrossTabs } from './stores/sync-tabs';
import { App } from './app/app';
import { watchPrerenderFocus } from './app/prerender-focus';
import './app/styles.css';

watchPrerenderFocus();
registerServiceWorker();
syncStoresAcrossTabs();

// The first screen waits for its own texts in one language (a small chunk), nothing more.
const lng = detectLanguage();
void loadLanguage(lng).then((bundle) => {
  setupI18n({ lng, resources: { [lng]: bundle } });
  // The other screens' texts: fetched now, waited for only where a screen needs them.
  void allTexts(lng);
  const root = document.getElementById('root');
  if (root) {
    // A transition: React renders in slices and keeps the main thread free for input (total
    // blocking time), and the prerendered start screen stays until the app's screen is ready.
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
  }
});
