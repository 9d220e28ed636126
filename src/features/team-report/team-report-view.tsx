import { useTranslation } from 'react-i18next';
import { locale } from '../../lib/format';
import { findInstrument } from '../../model/instruments/registry';
import type { TeamReport } from '../../model/team-report/types';
import { ReportAgendaSection } from './report-agenda';
import { ReportClimateSection } from './report-climate';
import { ReportDisputedSection } from './report-disputed';
import { ReportActionsSection, ReportWantedSection } from './report-plans';
import { ReportRadarSection } from './report-radar';
import { ReportWindowSection } from './report-window';

/**
 * The team report, the same from a workshop and from a file: it is drawn from the report alone
 * (aggregates only), so what is printed is exactly what the file holds. The wanted point and the
 * actions appear only when the report has them.
 */
/** The report's day (YYYY-MM-DD) in words, as that day wherever the reader is: read and shown in UTC. */
function reportDay(date: string, lng: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? date : new Intl.DateTimeFormat(locale(lng), { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

export function TeamReportView({ report, fileStem }: { report: TeamReport; fileStem: string }) {
  const { t, i18n } = useTranslation('report');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const { selfCheck, climate } = report;
  const instrument = selfCheck ? findInstrument(selfCheck.instrumentId, selfCheck.instrumentVersion) : undefined;
  const window = selfCheck?.window ?? null;
  return (
    <article className="team-report-body">
      <header className="report-header">
        <h1>{t('title')}</h1>
        <dl className="report-meta">
          <div>
            <dt>{t('meta.workshop')}</dt>
            <dd>{report.name}</dd>
          </div>
          <div>
            <dt>{t('meta.date')}</dt>
            <dd>{reportDay(report.date, lng)}</dd>
          </div>
          {selfCheck && (
            <div>
              <dt>{t('meta.selfCheck')}</dt>
              <dd>{t('meta.results', { count: selfCheck.count })}</dd>
            </div>
          )}
          {climate && (
            <div>
              <dt>{t('meta.climate')}</dt>
              <dd>{t('meta.results', { count: climate.count })}</dd>
            </div>
          )}
        </dl>
        <p className="hint">
          {t('intro')} {t('meta.minimum', { min: report.minRespondents })}
        </p>
      </header>
      {selfCheck && window && instrument?.window && (
        <ReportWindowSection window={window} scales={selfCheck.scales} axes={instrument.window} wanted={report.wanted} fileStem={fileStem} />
      )}
      {selfCheck && window && <ReportRadarSection radar={window.radar} fileStem={fileStem} min={report.minRespondents} />}
      {climate && <ReportClimateSection climate={climate} fileStem={fileStem} min={report.minRespondents} />}
      {(selfCheck || climate) && <ReportDisputedSection differences={report.differences} personWord={report.personWord} />}
      {report.agenda && report.agenda.length > 0 && <ReportAgendaSection agenda={report.agenda} several={selfCheck !== null && climate !== null} personWord={report.personWord} />}
      {report.wanted && window && <ReportWantedSection wanted={report.wanted} centre={window.centre} />}
      {report.actions && report.actions.length > 0 && <ReportActionsSection actions={report.actions} />}
    </article>
  );
}
