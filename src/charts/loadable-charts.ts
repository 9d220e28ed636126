import type { ComponentType } from 'react';
import type { WindowChartProps } from './window-chart';
import type { ModeRadarProps } from './mode-radar';

/**
 * A chart whose code (and recharts with it) is loaded on demand, and kept once loaded, so that a
 * later render can draw it synchronously: printing cannot wait for a download (when-near.tsx).
 */
export interface LoadableChart<P> {
  /** The component once its code is here, else null. */
  loaded: ComponentType<P> | null;
  load(): Promise<ComponentType<P>>;
}

function loadable<P>(load: () => Promise<ComponentType<P>>): LoadableChart<P> {
  let pending: Promise<ComponentType<P>> | null = null;
  const chart: LoadableChart<P> = {
    loaded: null,
    load: () =>
      (pending ??= load().then((component) => {
        chart.loaded = component;
        return component;
      })),
  };
  return chart;
}

export const windowChart = loadable<WindowChartProps>(() => import('./window-chart').then((m) => m.WindowChart));
export const modeRadar = loadable<ModeRadarProps>(() => import('./mode-radar').then((m) => m.ModeRadar));

/** Before printing from the app's own button: every deferred chart's code, so each can draw at once. */
export function loadAllCharts(): Promise<unknown> {
  return Promise.all([windowChart.load(), modeRadar.load()]);
}
