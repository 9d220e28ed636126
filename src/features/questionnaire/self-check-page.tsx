import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProgressStore } from '../../stores/progress-store';
import { useHistoryStore } from '../../stores/history-store';
import { SELF_CHECK } from '../../model/instruments/self-check';
import { scoreAnswers } from '../../model/scoring/score';
import { requestPersistentStorage } from '../../lib/storage';
import { usePageTitle } from '../../components/use-page-title';
import { StatementQuestion } from './statement-question';
import { QuestionProgress } from './question-progress';

const instrument = SELF_CHECK;

export default function SelfCheckPage() {
  const { t } = useTranslation(['questionnaire', 'instrument']);
  usePageTitle(t('questionnaire:pageTitle'));
  const navigate = useNavigate();
  const current = useProgressStore((s) => s.current);
  const { start, answer, goTo, discard } = useProgressStore.getState();
  const addResult = useHistoryStore((s) => s.add);
  const [notEnough, setNotEnough] = useState(false);
  // Set while a finished check is handed to the history: no new check may start behind it.
  const finished = useRef(false);

  // Start, or start over when the saved progress belongs to another instrument version.
  const stale = current !== null && (current.instrumentId !== instrument.id || current.instrumentVersion !== instrument.version);
  useEffect(() => {
    if (!finished.current && (current === null || stale)) start(instrument.id, instrument.version, new Date());
  }, [current, stale, start]);

  if (current === null || stale) return null;

  const total = instrument.items.length;
  const index = Math.min(current.index, total - 1);
  const item = instrument.items[index];
  if (!item) return null;
  const value = current.answers[item.id];
  const isLast = index === total - 1;

  const finish = () => {
    const score = scoreAnswers(instrument, current.answers);
    if (!score.complete) {
      setNotEnough(true);
      return;
    }
    finished.current = true;
    const id = crypto.randomUUID();
    addResult({
      id,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      answers: current.answers,
      completedAt: new Date().toISOString(),
    });
    discard();
    void requestPersistentStorage();
    void navigate(`/result/${id}`, { replace: true });
  };

  const firstOpen = instrument.items.findIndex((i) => current.answers[i.id] === undefined);

  return (
    <section className="questionnaire">
      <h1 className="page-kicker">{t('instrument:selfCheck.title')}</h1>
      <QuestionProgress current={index + 1} total={total} />
      <StatementQuestion
        itemId={item.id}
        text={t(`instrument:selfCheck.items.${item.id}` as never)}
        value={value}
        onAnswer={(v) => {
          answer(item.id, v);
          setNotEnough(false);
        }}
      />
      {notEnough && (
        <div role="alert" className="notice notice-warning">
          <p>{t('questionnaire:notEnough', { open: total - Object.keys(current.answers).length })}</p>
          {firstOpen >= 0 && (
            <button type="button" onClick={() => { setNotEnough(false); goTo(firstOpen); }}>
              {t('questionnaire:goToOpen')}
            </button>
          )}
        </div>
      )}
      <div className="question-nav">
        <button type="button" onClick={() => goTo(index - 1)} disabled={index === 0}>
          {t('questionnaire:previous')}
        </button>
        {isLast ? (
          <button type="button" className="primary" onClick={finish}>
            {t('questionnaire:finish')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => goTo(index + 1)}>
            {value === undefined ? t('questionnaire:skip') : t('questionnaire:next')}
          </button>
        )}
      </div>
      <p className="hint">{t('questionnaire:savedNote')}</p>
      <p>
        <Link to="/">{t('questionnaire:toHome')}</Link>
      </p>
    </section>
  );
}
