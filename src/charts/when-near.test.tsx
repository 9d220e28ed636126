import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

function chart() {
  return render(
    <WhenNear maxWidth={560} aspectRatio={1}>
      <svg role="img" aria-label="the window" />
    </WhenNear>,
  );
}

beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
afterEach(() => {
  vi.unstubAllGlobals();
  observed = null;
});

describe('a chart below the first screen', () => {
  it('keeps its box free and draws when the box comes into view', () => {
    const { container } = chart();
    expect(screen.queryByRole('img', { name: 'the window' })).toBeNull();
    const box = container.querySelector<HTMLElement>('.chart-waiting');
    // Its box is the chart's own (jsdom cannot read aspect-ratio; the browser tests check CLS 0).
    expect(box?.style.maxWidth).toBe('560px');
    enter();
    expect(screen.getByRole('img', { name: 'the window' })).toBeInTheDocument();
  });

  it('is drawn before printing goes on, without being scrolled to', () => {
    chart();
    // flushSync in the handler: when dispatchEvent returns (as when the browser prints), the chart is there.
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByRole('img', { name: 'the window' })).toBeInTheDocument();
  });

  it('is drawn at once where the browser cannot tell what is in view', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    chart();
    expect(screen.getByRole('img', { name: 'the window' })).toBeInTheDocument();
  });
});
