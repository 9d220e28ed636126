import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadableChart } from './loadable-charts';
import { WhenNear } from './when-near';

/** An IntersectionObserver the test drives: `enter()` reports the box as in view. */
let observed: { callback: IntersectionObserverCallback } | null = null;
class FakeObserver {
  constructor(callback: IntersectionObserverCallback) {
    observed = { callback };
  }
  observe() {}
  disconnect() {}
}
const enter = () =>
  act(() => observed?.callback([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver));

function Window({ label }: { label: string }) {
  return <svg role="img" aria-label={label} />;
}

/** A chart whose code arrives when the test says so, as a download would. */
function slowChart() {
  let arrive = () => {};
  const chart: LoadableChart<{ label: string }> & { loads: number } = {
    loaded: null,
    loads: 0,
    load: () => {
      chart.loads += 1;
      return new Promise((resolve) => {
        arrive = () => {
          chart.loaded = Window;
          resolve(Window);
        };
      });
    },
  };
  return { chart, arrive: () => act(async () => arrive()) };
}

function draw(chart: LoadableChart<{ label: string }>) {
  return render(<WhenNear maxWidth={560} aspectRatio={1} chart={chart} props={{ label: 'the window' }} />);
}

beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
afterEach(() => {
  vi.unstubAllGlobals();
  observed = null;
});

describe('a chart below the first screen', () => {
  it('keeps its box free, fetches nothing, and draws once the box is in view and the code is here', async () => {
    const { chart, arrive } = slowChart();
    const { container } = draw(chart);
    expect(screen.queryByRole('img', { name: 'the window' })).toBeNull();
    // Its box is the chart's own (jsdom cannot read aspect-ratio; the browser tests check CLS 0).
    expect(container.querySelector<HTMLElement>('.chart-waiting')?.style.maxWidth).toBe('560px');
    expect(chart.loads).toBe(0);
    enter();
    expect(chart.loads).toBe(1);
    expect(screen.queryByRole('img', { name: 'the window' })).toBeNull();
    await arrive();
    expect(screen.getByRole('img', { name: 'the window' })).toBeInTheDocument();
  });

  it('fetches its code at the first tap, so that printing from the browser menu draws it at once', async () => {
    const { chart, arrive } = slowChart();
    draw(chart);
    window.dispatchEvent(new Event('pointerdown'));
    expect(chart.loads).toBe(1);
    await arrive();
    // flushSync in the handler: when dispatchEvent returns (as when the browser prints), the chart is there.
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByRole('img', { name: 'the window' })).toBeInTheDocument();
  });

  it('draws as soon as its code is here where the browser cannot tell what is in view', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { chart, arrive } = slowChart();
    draw(chart);
    await arrive();
    expect(screen.getByRole('img', { name: 'the window' })).toBeInTheDocument();
  });
});
