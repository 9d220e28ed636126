import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { setupI18n, type Language } from '../lib/i18n';
import startEn from '../lib/locales/start-en';
import startNl from '../lib/locales/start-nl';
import { Layout } from './layout';
import { HomePage } from '../features/home/home-page';

/**
 * The start screen as HTML in one language, written into index.html at build time
 * (vite.config.ts): Dutch in the page, English in a template that a small inline script puts in
 * place for an English visitor (src/app/prerender-language.ts). So the first screen paints in the
 * visitor's language before any bundle runs, and the app renders the same screen over it (or the
 * screen the address names).
 */
export function prerenderHome(lng: Language): string {
  const i18n = setupI18n({ lng: 'nl', resources: { nl: startNl, en: startEn } });
  void i18n.changeLanguage(lng);
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
