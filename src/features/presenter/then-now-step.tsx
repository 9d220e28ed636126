import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../lib/format';
import { findInstrument } from '../../model/instruments/registry';
import { thenAndNow, type MeanChange } from '../../model/workshop/then-and-now';
import { shownClimate, shownProfile, wallFigures, type WallFigures } from '../../model/workshop/wall';
import type { Workshop } from '../../model/workshop/workshop';
import { WallWindow } from './wall-window';

/**
 * Then and now: this workshop beside an earlier one with the same questionnaires. The centre's
 * move and the temperature's change are named as a change only beyond the measurement error of a
 * team mean (src/model/workshop/then-and-now.ts).
 */
export function ThenNowStep({ now, earlier }: { now: WallFigures; earlier: readonly Workshop[] }) {
  const { t, i18n } = useTranslation('presenter');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const selectId = useId();
  const [chosenId, setChosenId] = useState(earlier[0]?.id ?? '');
  const chosen = earlier.find((w) => w.id === chosenId) ?? earlier[0];
  const then = useMemo(() => (chosen ? wallFigures(chosen, chosen.results, findInstrument) : null), [chosen]);
  if (!chosen || !then) return <p className="wall-lead">{t('thenNow.none')}</p>;

  const comparison = thenAndNow(
    { profile: shownProfile(then), climate: shownClimate(then) },
    { profile: shownProfile(now), climate: shownClimate(now) },
  );
  const num = (v: number) => formatNumber(v, lng);
  const verdict = (c: MeanChange) => (!c.changed ? t('thenNow.same') : c.difference > 0 ? t('thenNow.changedUp') : t('thenNow.changedDown'));
  const line = (key: 'support' | 'expectations' | 'temperature', c: MeanChange) => (
    <li key={key} className={c.changed ? 'changed' : undefined}>
      {t(`thenNow.${key}`, { then: num(c.then), now: num(c.now) })} <strong>{verdict(c)}</strong>
    </li>
  );
  const nothing = !comparison.centre && !comparison.temperature;

  return (
    <div className="wall-split">
      {comparison.centre && (
        <div className="wall-chart">
          <WallWindow centre={shownProfile(now)?.window?.centre} earlierCentre={shownProfile(then)?.window?.centre} />
        </div>
      )}
      <div className="wall-side">
        <div className="wall-field">
          <label htmlFor={selectId}>{t('thenNow.choose')}</label>
          <select id={selectId} value={chosen.id} onChange={(e) => setChosenId(e.target.value)}>
            {earlier.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name} ({formatDate(w.createdAt, lng)})
              </option>
            ))}
          </select>
        </div>
        {nothing ? (
          <p className="wall-lead">{t('thenNow.tooFew')}</p>
        ) : (
          <>
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
          </>
        )}
      </div>
    </div>
  );
}
