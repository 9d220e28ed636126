import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import i18n from 'i18next';
import { setupI18n, type Language } from '../lib/i18n';
import { ALL_RESOURCES } from './resources';

let ready = false;

/** The app's real i18n with bundled texts, in a fixed language (no detection in tests). */
export async function setTestLanguage(lng: Language): Promise<void> {
  if (!ready) {
    setupI18n({ lng, resources: ALL_RESOURCES });
    ready = true;
  }
  await i18n.changeLanguage(lng);
}

/** Renders one page at a route, with the app's i18n, in Dutch unless told otherwise. */
export async function renderAt(path: string, routes: { path: string; element: ReactElement }[], lng: Language = 'nl') {
  await setTestLanguage(lng);
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        {routes.map((r) => (
          <Route key={r.path} path={r.path} element={r.element} />
        ))}
        <Route path="*" element={<p>elsewhere</p>} />
      </Routes>
    </MemoryRouter>,
  );
}
