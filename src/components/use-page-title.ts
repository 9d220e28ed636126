import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each page names itself in the tab title, so a screen reader user knows where they landed. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const app = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
