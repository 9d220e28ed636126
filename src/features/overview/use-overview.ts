import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findInstrument } from '../../model/instruments/registry';
import { buildOverview, type Overview } from '../../model/overview/overview';
import type { TeamReport } from '../../model/team-report/types';
import { linkedReportOf, workshopsWithoutReportId } from '../../model/workshop/report-link';
import { useWorkshopStore } from '../../stores/workshop-store';
import { revealShown, shownWorkshop } from '../../components/shown-update/use-shown-team';
import { readReportFiles, type RefusedFile } from './read-report-files';

export interface OverviewState {
  readonly overview: Overview;
  /** Reports read from files this visit (the app stores none of them). */
  readonly fileCount: number;
  /** While files are read: how many of how many. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  /** The files of the last batch, when it is done. */
  readonly lastRead: number;
  readonly refused: readonly RefusedFile[];
  readonly chosen: ReadonlySet<string>;
  addFiles: (files: readonly File[]) => void;
  choose: (workshopId: string, on: boolean) => void;
  clear: () => void;
}

/**
 * The overview's sources: reports read from files (kept in memory for this visit only, like an
 * opened team report) and workshops of this device the facilitator ticked. A ticked workshop gets
 * its report id first (decision 95), so its report and a file of it count once.
 */
export function useOverview(): OverviewState {
  const [fileReports, setFileReports] = useState<readonly TeamReport[]>([]);
  const [progress, setProgress] = useState<OverviewState['progress']>(null);
  const [lastRead, setLastRead] = useState(0);
  const [refused, setRefused] = useState<readonly RefusedFile[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  // Batches are read one after the other: a drop while a batch is read waits its turn.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const workshops = useWorkshopStore(useShallow((s) => s.workshops));

  const deviceReports = useMemo(
    // As the wall and the report show it (decision 73): a result taken in since the last update
    // would otherwise be worked out from the overview and the wall side by side.
    () => workshops.filter((w) => chosen.has(w.id)).map((w) => linkedReportOf(workshops, shownWorkshop(w), findInstrument)),
    [workshops, chosen],
  );
  const overview = useMemo(() => buildOverview([...fileReports, ...deviceReports], findInstrument), [fileReports, deviceReports]);

  const addFiles = (files: readonly File[]) => {
    if (files.length === 0) return;
    queue.current = queue.current.then(async () => {
      setProgress({ done: 0, total: files.length });
      const outcome = await readReportFiles(files, (done) => setProgress({ done, total: files.length }));
      setFileReports((before) => [...before, ...outcome.reports]);
      setRefused(outcome.refused);
      setLastRead(files.length);
      setProgress(null);
    });
  };

  const choose = (workshopId: string, on: boolean) => {
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(workshopId);
      else next.delete(workshopId);
      return next;
    });
    if (!on) return;
    const store = useWorkshopStore.getState();
    const workshop = store.workshops.find((w) => w.id === workshopId);
    if (workshop) revealShown(workshop);
    const missing = workshop ? workshopsWithoutReportId(store.workshops, workshop) : [];
    if (missing.length > 0) void store.giveReportIds(missing);
  };

  const clear = () => {
    setFileReports([]);
    setRefused([]);
    setLastRead(0);
    setChosen(new Set());
  };

  return { overview, fileCount: fileReports.length, progress, lastRead, refused, chosen, addFiles, choose, clear };
}
