import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ModeRadar } from '../../charts/mode-radar';
import { MODES, type Mode } from '../../model/instruments/types';
import type { SelfCheckScore } from '../../model/scoring/types';

/** The radar from the statements each mode's spoke is made of, with its table and a one-sentence reading. */
export function ResultRadar({ score }: { score: SelfCheckScore }) {
  const { t } = useTranslation(['results', 'modes']);
  const { spokes } = score;
  if (!spokes) return null;
  const rounded = (m: Mode) => (spokes[m] === null ? null : Math.round(spokes[m] ?? 0));
  const values = Object.fromEntries(MODES.map((m) => [m, rounded(m) ?? 0])) as Record<Mode, number>;
  const name = (m: Mode) => t(`modes:${m}.display`);
  const valueText = (m: Mode) => {
    const v = rounded(m);
    return v === null ? t('results:spokeMissing') : t('results:spokeValue', { value: v });
  };
  const list = MODES.map((m) => `${name(m)} ${valueText(m)}`).join(', ');

  return (
    <ChartFigure
      caption={t('results:radarCaption')}
      summary={t('results:radarSummary', { list })}
      chart={<ModeRadar series={[{ key: 'self', values, colour: '#1d4e5f', fillOpacity: 0.35 }]} />}
      table={
        <>
          <p className="hint">{t('results:radarExplain')}</p>
          <table className="data-table">
            <caption>{t('results:radarTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results:column.mode')}</th>
                <th scope="col">{t('results:column.share')}</th>
              </tr>
            </thead>
            <tbody>
              {MODES.map((m) => (
                <tr key={m}>
                  <th scope="row">{name(m)}</th>
                  <td>{valueText(m)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      }
    />
  );
}
