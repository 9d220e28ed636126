import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { setupI18n } from '../lib/i18n';
import start from '../lib/locales/start-nl';
import { Layout } from './layout';
import { HomePage } from '../features/home/home-page';

/**
 * The start screen as HTML, in Dutch, written into index.html at build time (vite.config.ts), so
 * the first screen paints before any script runs. A static host cannot choose a language, so it
 * is Dutch, the product's first language; the app renders over it when its script has run (in
 * English when that is the visitor's language, or the screen the address names).
 */
export function prerenderHome(): string {
  setupI18n({ lng: 'nl', resources: { nl: start } });
  return renderToString(
    <MemoryRouter hashHrefs>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}
