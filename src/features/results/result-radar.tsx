import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ModeRadar } from '../../charts/mode-radar';
import { MODES, type Mode } from '../../model/instruments/types';
import { weightPercent } from '../../model/scoring/percent';
import type { SelfCheckScore } from '../../model/scoring/types';

export function ResultRadar({ score }: { score: SelfCheckScore }) {
  const { t } = useTranslation(['results', 'modes']);
  const { weights } = score;
  if (!weights) return null;
  const percents = Object.fromEntries(MODES.map((m) => [m, weightPercent(weights[m])])) as Record<Mode, number>;
  const name = (m: Mode) => t(`modes:${m}.display`);
  const list = MODES.map((m) => `${name(m)} ${t('results:percent', { value: percents[m] })}`).join(', ');

  return (
    <ChartFigure
      caption={t('results:radarCaption')}
      summary={t('results:radarSummary', { list })}
      chart={<ModeRadar series={[{ key: 'self', values: percents, colour: '#1d4e5f', fillOpacity: 0.35 }]} />}
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
                  <td>{t('results:percent', { value: percents[m] })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      }
    />
  );
}
