import { Suspense, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { restorePrerenderFocus } from './prerender-focus';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SiteHeader } from './site-header';
import { StorageNotices } from '../components/storage-notices';
import { UpdateOfferNotice } from '../components/update-offer';
import { Loading } from '../components/loading';
import { ErrorBoundary } from './error-boundary';
import { useLockedPath } from '../stores/shared-device-lock';

export function Layout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  // A device handed round: no menu, and every other address leads back to the one screen it is
  // locked to (a workshop's shared screen, or a client's form at the table outside this layout).
  const sharedPath = useLockedPath();

  // After client-side navigation, move focus to the new page so screen readers announce it,
  // unless the page already put focus somewhere inside itself (the questionnaire focuses the
  // answers; a child's effect runs before this one).
  // The app has replaced the prerendered start screen: give focus back if it was lost.
  useLayoutEffect(restorePrerenderFocus, []);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!main.current?.contains(document.activeElement)) main.current?.focus();
  }, [pathname]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <SiteHeader locked={sharedPath !== null} />
      <StorageNotices />
      <UpdateOfferNotice />
      <main id="main" ref={main} tabIndex={-1}>
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<Loading />}>
            {sharedPath && pathname !== sharedPath ? <Navigate to={sharedPath} replace /> : <Outlet />}
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('privacy')}</p>
        {/* While the shared device is locked no link leads away from its screen. */}
        {!sharedPath && (
          <p>
            <Link to="/privacy">{t('privacyLink')}</Link>
          </p>
        )}
      </footer>
    </>
  );
}

/**
 * A screen outside the layout (the presenter, a client's form) obeys the device's lock too:
 * while someone else uses this device, no address leads anywhere but the screen it is locked to,
 * the client's form at the table included (the Back button from it leads back to it).
 */
export function SharedLockGuard({ children }: { children: ReactNode }) {
  const lockedPath = useLockedPath();
  const { pathname } = useLocation();
  return lockedPath === null || lockedPath === pathname ? children : <Navigate to={lockedPath} replace />;
}
