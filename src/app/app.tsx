import { lazy, Suspense, use, type ReactNode } from 'react';
import { HashRouter, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { allTexts, currentLanguage } from '../lib/i18n';
import { Layout, SharedLockGuard } from './layout';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from './not-found-page';
import { Loading } from '../components/loading';
import { ErrorBoundary } from './error-boundary';

// Hash routes: the app is a static site that any host can serve, and a fragment is never sent
// to a server, so a workshop code in the address stays on the device.
// Charts (recharts) are heavy: the result and history pages load lazily, after the questions.
const KeptReportSwitch = lazy(() => import('./kept-report-switch'));
const SelfCheckPage = lazy(() => import('../features/questionnaire/self-check-page'));
const ClimateCheckPage = lazy(() => import('../features/questionnaire/climate-check-page'));
const ResultPage = lazy(() => import('../features/results/result-page'));
const HistoryPage = lazy(() => import('../features/history/history-page'));
const JoinPage = lazy(() => import('../features/participant/join-page'));
const AnswerPage = lazy(() => import('../features/participant/answer-page'));
const HandoverPage = lazy(() => import('../features/participant/handover-page'));
const WorkshopsPage = lazy(() => import('../features/workshop/workshops-page'));
const WorkshopPage = lazy(() => import('../features/workshop/workshop-page'));
const SharedDevicePage = lazy(() => import('../features/workshop/shared-device-page'));
const AboutPage = lazy(() => import('../features/about/about-page'));
const ClientsPage = lazy(() => import('../features/clients/clients-page'));
const CollectionPage = lazy(() => import('../features/clients/collection-page'));
const MirrorPage = lazy(() => import('../features/clients/mirror-page'));
const ClientTablePage = lazy(() => import('../features/clients/client-table-page'));
const ClientPhonePage = lazy(() => import('../features/clients/client-phone-page'));
const WorkshopReportPage = lazy(() => import('../features/team-report/workshop-report-page'));
const OpenedReportPage = lazy(() => import('../features/team-report/opened-report-page'));
const PresenterPage = lazy(() => import('../features/presenter/presenter-page'));
const ScriptPage = lazy(() => import('../features/script/script-page'));
const PrivacyPage = lazy(() => import('../features/privacy/privacy-page'));
const OverviewPage = lazy(() => import('../features/overview/overview-page'));
const QualityPage = lazy(() => import('../features/quality/quality-page'));

/**
 * The home page renders with the first screen's texts; every other route, a new one too, waits
 * here until all texts of the language are there (usually already: they load right after start).
 */
function AllTexts({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const { i18n } = useTranslation();
  if (pathname !== '/') use(allTexts(currentLanguage(i18n.resolvedLanguage)));
  return children;
}

/** A presenting screen outside the app's layout: behind the shared-device lock, with its own error boundary. */
function OwnScreen({ children }: { children: ReactNode }) {
  return (
    <SharedLockGuard>
      <ErrorBoundary>
        <KeptReportSwitch>{children}</KeptReportSwitch>
      </ErrorBoundary>
    </SharedLockGuard>
  );
}

export function App() {
  return (
    <HashRouter>
      <Suspense fallback={<Loading />}>
        <AllTexts>
        <Routes>
          {/* What a client (or a colleague with a mirror form) sees: no menu, nothing else of the app. */}
          {/* A link names the conversation's form version; one made before version 2 names none (decision 88). */}
          <Route path="client/:code/:word" element={<SharedLockGuard><ClientPhonePage form="client" /></SharedLockGuard>} />
          <Route path="client/:code/:word/:formVersion" element={<SharedLockGuard><ClientPhonePage form="client" /></SharedLockGuard>} />
          <Route path="mirror/:code" element={<SharedLockGuard><ClientPhonePage form="mirror" /></SharedLockGuard>} />
          <Route path="mirror/:code/:formVersion" element={<SharedLockGuard><ClientPhonePage form="mirror" /></SharedLockGuard>} />
          <Route path="clients/:id/table" element={<SharedLockGuard><ClientTablePage /></SharedLockGuard>} />
          {/* The presenter fills the wall: no app header, menu or footer around it. */}
          <Route path="workshops/:id/present" element={<OwnScreen><PresenterPage /></OwnScreen>} />
          {/* Two windows (issue 22): the room's wall on the projector, the facilitator's view on the laptop. */}
          <Route path="workshops/:id/wall" element={<OwnScreen><PresenterPage screen="wall" /></OwnScreen>} />
          <Route path="workshops/:id/lead" element={<OwnScreen><PresenterPage screen="lead" /></OwnScreen>} />
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="self-check" element={<SelfCheckPage />} />
            <Route path="team-climate" element={<ClimateCheckPage />} />
            <Route path="result/:id" element={<ResultPage />} />
            <Route path="history" element={<HistoryPage />} />
            <Route path="join" element={<JoinPage />} />
            <Route path="join/:code" element={<JoinPage />} />
            <Route path="join/:code/answer" element={<AnswerPage />} />
            <Route path="handover/:id" element={<HandoverPage />} />
            <Route path="workshops" element={<WorkshopsPage />} />
            <Route path="workshops/:id" element={<KeptReportSwitch><WorkshopPage /></KeptReportSwitch>} />
            <Route path="workshops/:id/shared" element={<KeptReportSwitch><SharedDevicePage /></KeptReportSwitch>} />
            <Route path="workshops/:id/report" element={<KeptReportSwitch><WorkshopReportPage /></KeptReportSwitch>} />
            <Route path="workshops/:id/script" element={<KeptReportSwitch><ScriptPage /></KeptReportSwitch>} />
            <Route path="team-report" element={<OpenedReportPage />} />
            <Route path="overview" element={<OverviewPage />} />
            <Route path="about" element={<AboutPage />} />
            <Route path="clients" element={<ClientsPage />} />
            <Route path="clients/:id" element={<CollectionPage />} />
            <Route path="clients/:id/mirror" element={<MirrorPage />} />
            <Route path="privacy" element={<PrivacyPage />} />
            <Route path="quality" element={<QualityPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
        </AllTexts>
      </Suspense>
    </HashRouter>
  );
}
