import { lazy, Suspense } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import { Layout } from './layout';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from './not-found-page';
import { Loading } from '../components/loading';

// Hash routes: the app is a static site that any host can serve, and a fragment is never sent
// to a server, so a workshop code in the address stays on the device.
// Charts (recharts) are heavy: the result and history pages load lazily, after the questions.
const SelfCheckPage = lazy(() => import('../features/questionnaire/self-check-page'));
const ResultPage = lazy(() => import('../features/results/result-page'));
const HistoryPage = lazy(() => import('../features/history/history-page'));

export function App() {
  return (
    <HashRouter>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="self-check" element={<SelfCheckPage />} />
            <Route path="result/:id" element={<ResultPage />} />
            <Route path="history" element={<HistoryPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </HashRouter>
  );
}
