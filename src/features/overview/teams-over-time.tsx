import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/table-scroll';
import { formatFigure, formatNumber, formatSigned } from '../../lib/format';
import { reportDay } from './report-day';
import { visibleText } from '../../lib/visible-text';
import type { TeamPath } from '../../model/overview/over-time';
import type { MeanChange, ThenAndNow } from '../../model/workshop/then-and-now';

/** Teams over time: per linked team its path from old to new, each change judged by the then-and-now rule. */
export function TeamsOverTime({ paths }: { paths: readonly TeamPath[] }) {
  const { t, i18n } = useTranslation(['overview', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const judged = (scale: string, m: MeanChange) =>
    t(m.changed ? 'overview:time.moved' : 'overview:time.within', {
      scale,
      difference: formatSigned(Math.round(m.difference), lng),
      margin: Number.isFinite(m.margin) ? formatNumber(Math.round(m.margin), lng) : '∞',
    });
  const changes = (c: ThenAndNow | null): string[] => {
    if (!c) return [t('overview:time.first')];
    const lines = [
      ...(c.centre ? [judged(t('overview:table.columns.support'), c.centre.support), judged(t('overview:table.columns.expectations'), c.centre.expectations)] : []),
      ...(c.temperature ? [judged(t('overview:time.temperature'), c.temperature)] : []),
    ];
    return lines.length > 0 ? lines : [t('overview:time.notCompared')];
  };
  return (
    <section className="overview-section" aria-labelledby="overview-time">
      <h2 id="overview-time">{t('overview:time.title')}</h2>
      <p>{t('overview:time.intro')}</p>
      {paths.length === 0 && <p>{t('overview:time.none')}</p>}
      {paths.map((path) => {
        const caption = t('overview:time.caption', { name: visibleText(path.name) });
        return (
          <TableScroll key={path.key} label={caption}>
            <table className="data-table overview-path">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview:time.when')}</th>
                  <th scope="col">{t('overview:table.columns.name')}</th>
                  <th scope="col">{t('overview:table.columns.support')}</th>
                  <th scope="col">{t('overview:table.columns.expectations')}</th>
                  <th scope="col">{t('overview:table.columns.temperature')}</th>
                  <th scope="col">{t('overview:time.change')}</th>
                </tr>
              </thead>
              <tbody>
                {path.steps.map((step) => (
                  <tr key={step.team.key}>
                    <th scope="row">{reportDay(step.team.row.date, lng)}</th>
                    <td>{visibleText(step.team.row.name)}</td>
                    <td>{formatFigure(step.team.row.support, lng)}</td>
                    <td>{formatFigure(step.team.row.expectations, lng)}</td>
                    <td>{formatFigure(step.team.row.temperature, lng)}</td>
                    <td>
                      {changes(step.change).map((line) => (
                        <span key={line} className="overview-change">
                          {line}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        );
      })}
    </section>
  );
}
