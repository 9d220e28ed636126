import { useTranslation } from 'react-i18next';
import { formatFigure } from '../../lib/format';
import type { ReportAction } from '../../model/team-report/types';
import type { TeamPoint } from '../../model/team/types';

/** Where the team wants to be, beside where its centre is now. Rendered only when the team set a point. */
export function ReportWantedSection({ wanted, centre }: { wanted: TeamPoint; centre: TeamPoint | null }) {
  const { t, i18n } = useTranslation('report');
  const num = (value: number) => formatFigure(value, i18n.resolvedLanguage ?? 'nl');
  return (
    <section className="report-section report-keep" aria-labelledby="report-wanted">
      <h2 id="report-wanted">{t('wanted.title')}</h2>
      <p>
        {t('wanted.line', {
          support: num(wanted.support),
          expectations: num(wanted.expectations),
          nowSupport: num(centre?.support ?? Number.NaN),
          nowExpectations: num(centre?.expectations ?? Number.NaN),
        })}
      </p>
    </section>
  );
}

/** What the team agreed to do: what, who, by when. Rendered only when there are actions. */
export function ReportActionsSection({ actions }: { actions: readonly ReportAction[] }) {
  const { t } = useTranslation('report');
  return (
    <section className="report-section report-keep" aria-labelledby="report-actions">
      <h2 id="report-actions">{t('plan.title')}</h2>
      <table className="data-table report-actions">
        <thead>
          <tr>
            <th scope="col">{t('plan.what')}</th>
            <th scope="col">{t('plan.who')}</th>
            <th scope="col">{t('plan.when')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action, index) => (
            <tr key={index}>
              <td>{action.what}</td>
              <td>{action.who}</td>
              <td>{action.when}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
