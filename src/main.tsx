import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from './lib/i18n';
import { registerServiceWorker } from './lib/pwa';
import { syncStoresAcrossTabs } from './stores/sync-tabs';
import { App } from './app/app';
import './app/styles.css';

setupI18n();
registerServiceWorker();
syncStoresAcrossTabs();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
