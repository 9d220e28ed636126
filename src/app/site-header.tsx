import { useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/language-switch';

const LINKS = [
  { to: '/self-check', key: 'nav.selfCheck' },
  { to: '/history', key: 'nav.history' },
  { to: '/join', key: 'nav.join' },
  { to: '/workshops', key: 'nav.workshops' },
  { to: '/clients', key: 'nav.clients' },
  { to: '/about', key: 'nav.about' },
] as const;

/**
 * The app's header. On a phone the menu and the language buttons took 206 of 812 px (issue 21),
 * so below 40rem they fold behind one disclosure button ("Menu", aria-expanded) and the header is
 * one row; from 40rem the button is not drawn and everything stands open, as before. The fold is
 * CSS only (styles.css, `.site-menu`), so the DOM order is the reading order at every width:
 * brand, button, menu, language. Escape closes the menu and gives focus back to the button; a
 * new page closes it. On a shared device (`locked`) there is no menu, only the language.
 */
export function SiteHeader({ locked }: { locked: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Open on the page where it was opened: a new page closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  const header = useRef<HTMLElement>(null);

  // Escape inside the header closes the open menu and puts focus back on its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !header.current?.contains(document.activeElement)) return;
      setOpenOn(null);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  if (locked) {
    return (
      <header className="app-header">
        <span className="brand">{t('appName')}</span>
        <LanguageSwitch />
      </header>
    );
  }
  return (
    <header ref={header} className="app-header">
      <Link to="/" className="brand">
        {t('appName')}
      </Link>
      <button ref={toggle} type="button" className="menu-toggle" aria-expanded={open} aria-controls={menuId} onClick={() => setOpenOn(open ? null : pathname)}>
        <span aria-hidden="true" className="menu-icon">
          {open ? '✕' : '☰'}
        </span>
        {t('nav.menu')}
      </button>
      <div id={menuId} className={`site-menu${open ? ' open' : ''}`}>
        <nav aria-label={t('nav.label')}>
          <ul>
            {LINKS.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to}>{t(link.key)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
