import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/language-switch';
import { StorageNotices } from '../../components/storage-notices';
import './clients.css';

/**
 * The frame of every screen a client (or a colleague with a mirror form) sees: the app's name,
 * the language and nothing to navigate to. On the professional's own device this is what keeps
 * the professional's history and workshops out of the client's reach.
 */
export function ClientFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="client-frame">
      <header className="app-header">
        <span className="brand">{t('appName')}</span>
        <LanguageSwitch />
      </header>
      <StorageNotices />
      <main id="main" tabIndex={-1} className="client-main">
        {children}
      </main>
    </div>
  );
}
