import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { DASHES } from './chart-dashes';

export interface TrendPoint {
  /** The label under the point (a short date). */
  readonly label: string;
  readonly support: number | null;
  readonly expectations: number | null;
}

export const TREND_COLOURS = { support: '#1d4e5f', expectations: '#a0522d' } as const;

/** Both scales over time, oldest first, 0–100; small enough for a phone. */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  return (
    <LineChart responsive style={{ width: '100%', maxWidth: 560, aspectRatio: 2 }} data={[...points]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid stroke="#e2e2de" />
      <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#3d4247' }} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} interval={0} width={36} tick={{ fontSize: 12, fill: '#3d4247' }} />
      <Line dataKey="support" stroke={TREND_COLOURS.support} strokeWidth={3} dot={{ r: 4 }} isAnimationActive={false} connectNulls />
      <Line dataKey="expectations" stroke={TREND_COLOURS.expectations} strokeWidth={3} strokeDasharray={DASHES.trendExpectations} dot={{ r: 4 }} isAnimationActive={false} connectNulls />
    </LineChart>
  );
}
