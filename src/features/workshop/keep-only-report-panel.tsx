import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { findInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { buildTeamReport } from '../../model/team-report/build';
import { reportExtrasOf } from '../../model/team-report/extras';
import { clampMinRespondents } from '../../model/team/anonymity';
import { keepReportPrompt, type KeepReportPrompt } from '../../model/workshop/keep-only-report';
import type { Workshop } from '../../model/workshop/workshop';
import { useWorkshopStore } from '../../stores/workshop-store';
import { forgetShown } from '../../stores/shown-store';
import { useShownTeam } from '../../components/shown-update/use-shown-team';

/**
 * After the workshop, one step to keep only the team report and erase the raw answers (decision
 * 80). A reminder near the top once the workshop's day is over; on the day itself a quiet offer
 * at the end of the page, out of the way while the workshop runs. `shows` says which this place is.
 */
export function KeepOnlyReportPanel({ workshop, shows }: { workshop: Workshop; shows: Exclude<KeepReportPrompt, 'none'> }) {
  const { t } = useTranslation('workshop');
  const [asking, setAsking] = useState(false);
  const prompt = keepReportPrompt(workshop, new Date());
  // The report exactly as the report page builds it, over the shown results (decision 73): what
  // is kept is what the team took home, never a state the room did not see.
  const shownResults = useShownTeam(workshop).results;
  const report = useMemo(
    () => (prompt !== shows ? null : buildTeamReport({ ...workshop, results: shownResults }, findInstrument, TEAM_CLIMATE.id, reportExtrasOf(workshop))),
    [workshop, shownResults, prompt, shows],
  );
  if (prompt !== shows) return null;
  return (
    <section aria-labelledby="keep-report-title" className={prompt === 'remind' ? 'panel notice notice-warning' : 'panel'}>
      <h2 id="keep-report-title">{t('keepReport.title')}</h2>
      {report ? (
        <>
          <p>{t(prompt === 'remind' ? 'keepReport.remind' : 'keepReport.offer')}</p>
          <button type="button" onClick={() => setAsking(true)}>
            {t('keepReport.button')}
          </button>
        </>
      ) : (
        <p>{t('keepReport.tooFew', { min: clampMinRespondents(workshop.minRespondents) })}</p>
      )}
      <ConfirmDialog
        open={asking}
        title={t('keepReport.confirmTitle')}
        confirmLabel={t('keepReport.confirm')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          if (!report) return;
          // The shown snapshot holds result codes, which are answers: it goes with them, once they are gone.
          void useWorkshopStore
            .getState()
            .keepOnlyReport(workshop.id, report)
            .then((outcome) => outcome.written && forgetShown(workshop.id));
        }}
      >
        <p>{t('keepReport.confirmBody', { count: workshop.results.length })}</p>
        <p>{t('keepReport.fileHint')}</p>
      </ConfirmDialog>
    </section>
  );
}
