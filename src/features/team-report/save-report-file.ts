import { downloadText } from '../../lib/download';
import { toTeamReportFile } from '../../model/team-report/file';
import type { TeamReport } from '../../model/team-report/types';
import { reportIdsOf, workshopsWithoutReportId } from '../../model/workshop/report-link';
import { useWorkshopStore } from '../../stores/workshop-store';

/**
 * Saves a workshop's team report as a version-5 file: the workshop (and the earlier workshop it
 * is linked to) first gets its report id when it has none (decision 95). False when the workshop
 * is gone.
 */
export async function saveReportFile(workshopId: string, report: TeamReport, fileName: string): Promise<boolean> {
  const before = useWorkshopStore.getState();
  const workshop = before.workshops.find((w) => w.id === workshopId);
  if (!workshop) return false;
  const missing = workshopsWithoutReportId(before.workshops, workshop);
  if (missing.length > 0) await before.giveReportIds(missing);
  const all = useWorkshopStore.getState().workshops;
  const current = all.find((w) => w.id === workshopId);
  const ids = current && reportIdsOf(all, current);
  if (!ids) return false;
  downloadText(fileName, toTeamReportFile(report, ids, new Date()));
  return true;
}
