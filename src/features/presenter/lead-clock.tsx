import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elapsed } from '../../model/presenter/session';

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const pad = (n: number) => String(n).padStart(2, '0');
const span = (from: number, now: number) => {
  const { minutes, seconds } = elapsed(from, now);
  return `${minutes}:${pad(seconds)}`;
};

/**
 * The clock and two timers, for the facilitator only: this step and the whole workshop, counted
 * from the stored start times, so a reload of either window keeps them running.
 */
export function LeadClock({ startedAt, stepStartedAt }: { startedAt: number; stepStartedAt: number }) {
  const { t, i18n } = useTranslation('facilitator');
  const now = useNow();
  const clock = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'nl', { hour: '2-digit', minute: '2-digit' }).format(now);
  return (
    <dl className="lead-clock">
      <div>
        <dt>{t('lead.clock')}</dt>
        <dd>{clock}</dd>
      </div>
      <div>
        <dt>{t('lead.stepTimer')}</dt>
        <dd>
          <span role="timer">{span(stepStartedAt, now)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('lead.workshopTimer')}</dt>
        <dd>
          <span role="timer">{span(startedAt, now)}</span>
        </dd>
      </div>
    </dl>
  );
}
