import { readFileText } from '../../lib/download';
import { findInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { MAX_OVERVIEW_BYTES, parseHeldReport, readOverviewFile } from '../../model/overview/overview-file';
import { MAX_TEAM_REPORT_BYTES, parseTeamReportFile } from '../../model/team-report/file';
import type { TeamReport } from '../../model/team-report/types';

/** Why a file was not opened: a team report file's own error, or an overview file's. */
export type RefusedFile = { readonly name: string; readonly error: string; readonly count?: number };

export interface ReadOutcome {
  readonly reports: readonly TeamReport[];
  readonly refused: readonly RefusedFile[];
}

/** A slice of work between two yields: well under the 50 ms of a long task, even on a slow phone. */
const SLICE_MS = 12;

/**
 * Gives the page back to the browser: `scheduler.yield` where there is one (it keeps the work's
 * place in the queue), else a timeout, which lets input and painting in first.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads team report files and overview files one by one without blocking the page: each file is
 * read (asynchronously), parsed and checked, and whenever a slice of work has taken SLICE_MS the
 * reader yields before the next file, or the next report of an overview file. A 12 MB overview
 * file is one JSON.parse, the one step that cannot be cut. `onProgress` gets the number of files
 * done, after each.
 */
export async function readReportFiles(files: readonly File[], onProgress: (done: number) => void, pause: () => Promise<void> = yieldToPage): Promise<ReadOutcome> {
  const reports: TeamReport[] = [];
  const refused: RefusedFile[] = [];
  let sliceStart = performance.now();
  const breathe = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await pause();
    sliceStart = performance.now();
  };
  for (const [index, file] of files.entries()) {
    const read = await readFileText(file, MAX_OVERVIEW_BYTES);
    sliceStart = performance.now();
    if (!read.ok) refused.push({ name: file.name, error: read.error });
    else {
      const overview = readOverviewFile(read.text);
      if (overview.ok) {
        let bad = 0;
        for (const raw of overview.reports) {
          const report = parseHeldReport(raw, findInstrument, TEAM_CLIMATE.id);
          if (report) reports.push(report);
          else bad++;
          await breathe();
        }
        if (bad > 0) refused.push({ name: file.name, error: 'bad-report', count: bad });
      } else if (overview.error !== 'not-an-overview') refused.push({ name: file.name, error: overview.error });
      else if (read.text.length > MAX_TEAM_REPORT_BYTES) refused.push({ name: file.name, error: 'too-large' });
      else {
        const parsed = parseTeamReportFile(read.text, findInstrument, TEAM_CLIMATE.id);
        if (parsed.ok) reports.push(parsed.report);
        else refused.push({ name: file.name, error: parsed.error });
      }
    }
    onProgress(index + 1);
    await breathe();
  }
  return { reports, refused };
}
