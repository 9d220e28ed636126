import { useTranslation } from 'react-i18next';
import { formatFigure, locale } from '../../lib/format';
import type { MeanChange } from '../../model/workshop/then-and-now';
import { shownProfile, type WallFigures } from '../../model/workshop/wall';
import type { LinkedThenAndNow } from '../../model/workshop/same-team';
import { WallWindow } from './wall-window';

/** A day as YYYY-MM-DD, in words, read as that day wherever the wall stands. */
function day(date: string, lng: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? date : new Intl.DateTimeFormat(locale(lng), { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}

/**
 * Then and now: this workshop beside the earlier one the facilitator linked as the same team. The
 * earlier time is named by its date only: a workshop's name may be another team's, and the wall
 * never shows it. The centre's move and the temperature's change are named as a change only
 * beyond the measurement error of a team mean (src/model/workshop/then-and-now.ts).
 */
export function ThenNowStep({ now, thenNow }: { now: WallFigures; thenNow: LinkedThenAndNow }) {
  const { t, i18n } = useTranslation('presenter');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const { comparison } = thenNow;
  const verdict = (c: MeanChange) => (!c.changed ? t('thenNow.same') : c.difference > 0 ? t('thenNow.changedUp') : t('thenNow.changedDown'));
  const line = (key: 'support' | 'expectations' | 'temperature', c: MeanChange) => (
    <li key={key} className={c.changed ? 'changed' : undefined}>
      {t(`thenNow.${key}`, { then: formatFigure(c.then, lng), now: formatFigure(c.now, lng) })} <strong>{verdict(c)}</strong>
    </li>
  );

  return (
    <div className="wall-split">
      {comparison.centre && (
        <div className="wall-chart">
          <WallWindow centre={shownProfile(now)?.window?.centre} earlierCentre={thenNow.then.selfCheck?.window?.centre} />
        </div>
      )}
      <div className="wall-side">
        <p className="wall-lead">{t('thenNow.earlier', { date: day(thenNow.then.date, lng) })}</p>
        {comparison.centre && (
          <ul className="wall-legend">
            <li className="wl-earlier">{t('thenNow.legendThen')}</li>
            <li className="wl-centre">{t('thenNow.legendNow')}</li>
          </ul>
        )}
        <ul className="wall-changes">
          {comparison.centre && [line('support', comparison.centre.support), line('expectations', comparison.centre.expectations)]}
          {comparison.temperature && line('temperature', comparison.temperature)}
        </ul>
        <p className="wall-small">{t('thenNow.rule')}</p>
      </div>
    </div>
  );
}
