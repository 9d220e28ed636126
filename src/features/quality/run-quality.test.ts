import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { qualityReport } from '../../model/quality/quality-report';
import { seededWorkshops } from '../../model/quality/test-workshops';
import type { QualityMessage } from './quality-messages';
import { runQuality } from './run-quality';

/** A worker the browser refused to start (a host's policy, a broken file): it only ever reports an error. */
class RefusedWorker extends EventTarget {
  static started = 0;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  constructor() {
    super();
    RefusedWorker.started += 1;
    setTimeout(() => this.onerror?.(new Event('error', { cancelable: true })), 0);
  }
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
}

function messages(workshops: Parameters<typeof runQuality>[0]): Promise<QualityMessage[]> {
  return new Promise((done) => {
    const heard: QualityMessage[] = [];
    runQuality(workshops, (message) => {
      heard.push(message);
      if (message.type !== 'progress') done(heard);
    });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('computing without blocking', () => {
  // 9 teams: nothing passes the gate, so the steps are quick.
  const workshops = seededWorkshops(TEAM_CLIMATE, 9, 10, 7);

  it('computes on the page, step by step, where no worker can start', async () => {
    vi.stubGlobal('Worker', undefined);
    expect(await messages(workshops)).toEqual([
      { type: 'progress', done: 0, total: 0 },
      { type: 'done', report: qualityReport(workshops) },
    ]);
  });

  it('falls back to the page when the worker fails before it has said anything', async () => {
    vi.stubGlobal('Worker', RefusedWorker);
    const heard = await messages(workshops);
    expect(RefusedWorker.started).toBe(1);
    expect(heard.at(-1)).toEqual({ type: 'done', report: qualityReport(workshops) });
  });
});
