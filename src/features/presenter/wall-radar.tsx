import { useTranslation } from 'react-i18next';
import { MODES, type Mode } from '../../model/instruments/types';
import type { RadarFigures } from '../../model/team-report/radar-figures';

const C = 500;
const R = 280;
/** MET up, then clockwise VOOR, NIET, DOOR: the order of every radar in the app. */
const ANGLE: Record<Mode, number> = { MET: -90, VOOR: 0, NIET: 90, DOOR: 180 };
const at = (mode: Mode, value: number) => {
  const a = (ANGLE[mode] * Math.PI) / 180;
  const r = (Math.min(100, Math.max(0, value)) / 100) * R;
  return { x: C + r * Math.cos(a), y: C + r * Math.sin(a) };
};
const points = (list: readonly { mode: Mode; value: number }[]) =>
  list
    .map(({ mode, value }) => {
      const p = at(mode, value);
      return `${p.x},${p.y}`;
    })
    .join(' ');
const polygon = (values: Readonly<Record<Mode, number>>) => points(MODES.map((mode) => ({ mode, value: values[mode] })));
type Shape = RadarFigures['shape'];
/** Each pair of neighbouring spokes, clockwise from MET: the sectors of the radar. */
const SECTORS = MODES.map((m, i) => [m, MODES[(i + 1) % MODES.length] ?? m] as const);

const LABEL: Record<Mode, { x: number; y: number; anchor: 'start' | 'middle' | 'end' }> = {
  MET: { x: C, y: C - R - 40, anchor: 'middle' },
  VOOR: { x: C + R + 24, y: C + 18, anchor: 'start' },
  NIET: { x: C, y: C + R + 70, anchor: 'middle' },
  DOOR: { x: C - R - 24, y: C + 18, anchor: 'end' },
};

/**
 * The team's modes for the wall: the band of one SD around the mean (`low`–`high`) as a coloured
 * area, the team together as a bold line, large words (56 units; the scale 52, at least 24 px at 1280 × 720) and a scale that passes 4.5:1 in
 * both themes. Purely visual; the step carries the text alternative. Never the lowest or highest
 * spoke: each is one person's number (docs/decisions.md, items 30 and 43). A withheld spoke
 * (fewer than the minimum have it, decision 71) has no point at all, never one at 0: its axis is
 * dashed, and the band and line are drawn only between neighbouring spokes that have a figure.
 */
export function WallRadar({ percents }: { percents: Shape }) {
  const { t } = useTranslation('modes');
  const complete = complete4(percents);
  return (
    <svg className="wall-radar" viewBox="0 0 1000 1000" aria-hidden="true" focusable="false">
      {[25, 50, 75, 100].map((ring) => (
        <polygon key={ring} className="radar-grid" points={polygon({ MET: ring, VOOR: ring, NIET: ring, DOOR: ring })} />
      ))}
      {MODES.map((m) => {
        const end = at(m, 100);
        return <line key={m} className={percents.mean[m] === null ? 'radar-grid radar-withheld' : 'radar-grid'} x1={C} y1={C} x2={end.x} y2={end.y} />;
      })}
      {complete ? (
        <>
          <polygon className="radar-band" points={polygon(complete.high)} />
          <polygon className="radar-inside" points={polygon(complete.low)} />
          <polygon className="radar-mean" points={polygon(complete.mean)} />
        </>
      ) : (
        <PartialRadar percents={percents} />
      )}
      {[25, 50, 75].map((ring) => (
        <text key={ring} className="radar-scale" x={C + 14} y={at('MET', ring).y + 12}>
          {ring}
        </text>
      ))}
      {MODES.map((m) => {
        // "DOOR (TO)" does not fit beside the radar in one line: the gloss goes under the name.
        const [name, gloss] = t(`${m}.display`).split(/ (?=\()/);
        const side = m === 'VOOR' || m === 'DOOR';
        return (
          <text key={m} className="radar-label" x={LABEL[m].x} y={LABEL[m].y - (side && gloss ? 30 : 0)} textAnchor={LABEL[m].anchor}>
            {side && gloss ? (
              <>
                <tspan x={LABEL[m].x}>{name}</tspan>
                <tspan x={LABEL[m].x} dy={60}>
                  {gloss}
                </tspan>
              </>
            ) : (
              t(`${m}.display`)
            )}
          </text>
        );
      })}
    </svg>
  );
}

/** The shape when every spoke has a figure, else null. */
function complete4(percents: Shape): { mean: Record<Mode, number>; low: Record<Mode, number>; high: Record<Mode, number> } | null {
  const mean: Partial<Record<Mode, number>> = {};
  const low: Partial<Record<Mode, number>> = {};
  const high: Partial<Record<Mode, number>> = {};
  for (const m of MODES) {
    const [v, l, h] = [percents.mean[m], percents.low[m], percents.high[m]];
    if (v === null || l === null || h === null) return null;
    mean[m] = v;
    low[m] = l;
    high[m] = h;
  }
  return { mean, low, high } as { mean: Record<Mode, number>; low: Record<Mode, number>; high: Record<Mode, number> };
}

/**
 * A radar with withheld spokes: per sector between two spokes that both have a figure, the band
 * as a quadrilateral and the mean as a line; a spoke with a figure gets its band along the spoke
 * and a dot at its mean, so a spoke without figured neighbours still shows. Nothing is drawn on a
 * withheld spoke.
 */
function PartialRadar({ percents }: { percents: Shape }) {
  const figure = (m: Mode) => {
    const [mean, low, high] = [percents.mean[m], percents.low[m], percents.high[m]];
    return mean === null || low === null || high === null ? null : { mean, low, high };
  };
  return (
    <>
      {SECTORS.map(([a, b]) => {
        const fa = figure(a);
        const fb = figure(b);
        if (!fa || !fb) return null;
        return (
          <g key={`${a}-${b}`}>
            <polygon
              className="radar-band"
              points={points([
                { mode: a, value: fa.high },
                { mode: b, value: fb.high },
                { mode: b, value: fb.low },
                { mode: a, value: fa.low },
              ])}
            />
            <polyline className="radar-mean" points={points([{ mode: a, value: fa.mean }, { mode: b, value: fb.mean }])} />
          </g>
        );
      })}
      {MODES.map((m) => {
        const f = figure(m);
        if (!f) return null;
        const [from, to, dot] = [at(m, f.low), at(m, f.high), at(m, f.mean)];
        return (
          <g key={m}>
            <line className="radar-spoke-band" x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
            <circle className="radar-point" cx={dot.x} cy={dot.y} r={14} />
          </g>
        );
      })}
    </>
  );
}
