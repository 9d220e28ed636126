import { lazy, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useWorkshopStore } from '../stores/workshop-store';

const KeptReportPage = lazy(() => import('../features/team-report/kept-report-page'));

/**
 * A workshop that keeps only its team report (decision 80) shows that report on every page of
 * the workshop: its page, report, presenter and shared device have no answers left to show or
 * take in. Here, in the app, so that the workshop, presenter and report features stay apart;
 * loaded with those pages, because the workshop store it reads would cost the first screen 35 kB.
 */
export default function KeptReportSwitch({ children }: { children: ReactNode }) {
  const { id } = useParams();
  const kept = useWorkshopStore((s) => s.workshops.some((w) => w.id === id && w.keptReport !== undefined));
  return kept ? <KeptReportPage /> : children;
}
