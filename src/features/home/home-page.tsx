import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { discardSelfCheck, useAnsweredInSelfCheck, useResultCount } from '../../stores/start-summary';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../model/instruments/current';
import { MODES } from '../../model/instruments/types';
import { usePageTitle } from '../../components/use-page-title';
import { PersonWordChoice } from '../../components/person-word/person-word-choice';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';

// Only asked after "start again": not part of the first screen's JavaScript.
const ConfirmDialog = lazy(() => import('../../components/confirm-dialog').then((m) => ({ default: m.ConfirmDialog })));

export function HomePage() {
  const { t } = useTranslation(['home', 'common', 'modes']);
  usePageTitle('');
  const navigate = useNavigate();
  const answered = useAnsweredInSelfCheck();
  const resultCount = useResultCount();
  const [confirmRestart, setConfirmRestart] = useState(false);
  const [restartAsked, setRestartAsked] = useState(false);

  return (
    <section className="home">
      <h1>{t('home:title')}</h1>
      <p className="lead">{t('home:lead')}</p>
      <p>{t('common:conversationTool')}</p>

      <div className="start-panel">
        {answered > 0 ? (
          <>
            <p>{t('home:resumeProgress', { answered, total: SELF_CHECK.items.length })}</p>
            <div className="button-row">
              <Link className="button primary" to="/self-check">
                {t('home:resume')}
              </Link>
              <button
                type="button"
                onClick={() => {
                  setRestartAsked(true);
                  setConfirmRestart(true);
                }}
              >
                {t('home:restart')}
              </button>
            </div>
          </>
        ) : (
          <>
            <Link className="button primary large" to="/self-check">
              {t('home:start')}
            </Link>
            <p className="hint">{t('home:duration')}</p>
          </>
        )}
        <PersonWordChoice />
        <p className="privacy-line">{t('common:privacy')}</p>
      </div>

      {resultCount > 0 && (
        <p>
          <Link to="/history">{t('home:history', { number: resultCount })}</Link>
        </p>
      )}

      <section aria-labelledby="climate-title">
        <h2 id="climate-title">{t('home:climateTitle')}</h2>
        <p>{t('home:climateText', { number: TEAM_CLIMATE.items.length })}</p>
        <Link className="button" to="/team-climate">
          {t('home:climateLink')}
        </Link>
      </section>

      <section aria-labelledby="team-title">
        <h2 id="team-title">{t('home:workshopTitle')}</h2>
        <p>{t('home:workshopText')}</p>
        <div className="button-row">
          <Link className="button" to="/join">
            {t('home:joinLink')}
          </Link>
          <Link className="button" to="/workshops">
            {t('home:workshopsLink')}
          </Link>
        </div>
      </section>

      <section aria-labelledby="clients-title">
        <h2 id="clients-title">{t('home:clientsTitle')}</h2>
        <p>{t('home:clientsText')}</p>
        <Link className="button" to="/clients">
          {t('home:clientsLink')}
        </Link>
      </section>

      <h2>{t('home:modesTitle')}</h2>
      <p>{t('home:modesIntro')}</p>
      <ul className="mode-list">
        {MODES.map((mode) => (
          <li key={mode} className={`mode-card mode-${mode.toLowerCase()}`}>
            <strong>{t(`modes:${mode}.name`)}</strong> <span>({t(`modes:${mode}.gloss`)})</span>
            <br />
            <span>{t(`modes:${mode}.label`)}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/about">{t('home:aboutLink')}</Link>
      </p>

      {/* Stays mounted once asked, so the browser's dialog can return focus to "start again". */}
      {restartAsked && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={confirmRestart}
            title={t('home:restartConfirmTitle')}
            confirmLabel={t('home:restartConfirm')}
            onCancel={() => setConfirmRestart(false)}
            onConfirm={() => {
              setConfirmRestart(false);
              void discardSelfCheck().then(() => navigate('/self-check'));
            }}
          >
            <p>{t('home:restartConfirmBody')}</p>
          </ConfirmDialog>
        </Suspense>
      )}
    </section>
  );
}
