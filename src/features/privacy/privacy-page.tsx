import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';

const STORED = ['progress', 'history', 'participations', 'workshops', 'settings', 'keptAside'] as const;
const CHECKS = ['network', 'offline', 'policy'] as const;

/**
 * What is stored where, how to see, save and erase it, what a facilitator can and cannot learn,
 * and how anyone checks that nothing leaves the device. The technical detail is in docs/privacy.md.
 */
export default function PrivacyPage() {
  const { t } = useTranslation('privacy');
  usePageTitle(t('pageTitle'));
  return (
    <article className="privacy">
      <h1>{t('pageTitle')}</h1>
      <p className="lead">{t('lead')}</p>

      <section aria-labelledby="privacy-stored">
        <h2 id="privacy-stored">{t('stored.title')}</h2>
        <p>{t('stored.intro')}</p>
        <ul>
          {STORED.map((key) => (
            <li key={key}>{t(`stored.${key}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy-control">
        <h2 id="privacy-control">{t('control.title')}</h2>
        <p>{t('control.see')}</p>
        <p>{t('control.export')}</p>
        <p>{t('control.erase')}</p>
        <p>{t('control.browser')}</p>
        <p>
          <Link to="/history">{t('control.historyLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="privacy-facilitator">
        <h2 id="privacy-facilitator">{t('facilitator.title')}</h2>
        <p>{t('facilitator.can')}</p>
        <p>{t('facilitator.minimum')}</p>
        <p>{t('facilitator.cannot')}</p>
        <p>{t('facilitator.limit')}</p>
      </section>

      <section aria-labelledby="privacy-check">
        <h2 id="privacy-check">{t('check.title')}</h2>
        <p>{t('check.intro')}</p>
        <ul>
          {CHECKS.map((key) => (
            <li key={key}>{t(`check.${key}`)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
