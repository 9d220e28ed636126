import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';

export interface ProfileRow {
  /** The statement's number as shown in the table beside the chart (1, 2, …). */
  readonly number: number;
  readonly mirror: number | null;
  readonly clients: number | null;
}

export const PROFILE_COLOURS = { mirror: '#1d4e5f', clients: '#a0522d' } as const;

/**
 * Two profiles over the same statements: per statement (rows, numbered as in the table) the
 * mirror answer (filled dot) and the client answer or mean (ring) on the 1–5 answer scale, joined
 * by a line, so a long line is a large difference. Purely visual; the figure carries the table.
 */
export function StatementProfileChart({ rows }: { rows: readonly ProfileRow[] }) {
  const mirror = rows.filter((r) => r.mirror !== null).map((r) => ({ x: r.mirror, y: r.number }));
  const clients = rows.filter((r) => r.clients !== null).map((r) => ({ x: r.clients, y: r.number }));
  const links = rows.filter((r) => r.mirror !== null && r.clients !== null);
  return (
    <ScatterChart
      responsive
      style={{ width: '100%', maxWidth: 560, aspectRatio: 0.9 }}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#d5d5d0" />
      <XAxis type="number" dataKey="x" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} interval={0} tick={{ fontSize: 13, fill: '#3d4247' }} />
      <YAxis type="number" dataKey="y" reversed domain={[0.5, rows.length + 0.5]} ticks={rows.map((r) => r.number)} interval={0} width={32} tick={{ fontSize: 13, fill: '#3d4247' }} />
      {links.map((r) => (
        <Scatter
          key={`link-${r.number}`}
          data={[
            { x: r.mirror, y: r.number },
            { x: r.clients, y: r.number },
          ]}
          line={{ stroke: '#6b6b6b', strokeWidth: 2 }}
          shape={() => <g />}
          isAnimationActive={false}
        />
      ))}
      <Scatter
        data={mirror}
        isAnimationActive={false}
        shape={(p: { cx?: number; cy?: number }) => <circle cx={p.cx} cy={p.cy} r={7} fill={PROFILE_COLOURS.mirror} stroke="#ffffff" strokeWidth={2} />}
      />
      <Scatter
        data={clients}
        isAnimationActive={false}
        shape={(p: { cx?: number; cy?: number }) => <circle cx={p.cx} cy={p.cy} r={7} fill="#ffffff" stroke={PROFILE_COLOURS.clients} strokeWidth={3} />}
      />
    </ScatterChart>
  );
}
