import { ReferenceArea, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis, Label } from 'recharts';
import { useTranslation } from 'react-i18next';
import { QUADRANTS, type XY } from './window-geometry';
import { WINDOW_BOX } from './chart-boxes';
import { MIDDLE_FILL, QUADRANT_FILL } from './window-colours';

/** A point of a series; `label` is drawn beside a dot (a merged dot's "×2"). */
export type WindowPoint = XY & { readonly label?: string; readonly count?: number };

export interface WindowSeries {
  readonly key: string;
  readonly points: readonly WindowPoint[];
  /** `dot` draws points; `line` connects them (movement arrows, ellipses). */
  readonly kind: 'dot' | 'line';
  readonly colour: string;
  readonly size?: number;
  /** A ring instead of a filled dot: a goal, not a measurement. */
  readonly hollow?: boolean;
  /**
   * A ring with nothing inside, on top of other dots: the team's centre. Unlike `hollow` it
   * has no fill at all, so a dot under it always shows through.
   */
  readonly ring?: boolean;
}

/** A merged dot grows with its count, up to 1.6 times: it stays inside the centre ring's hole. */
export function dotRadius(size: number, count = 1): number {
  return size * Math.min(Math.sqrt(Math.max(1, count)), 1.6);
}

export interface WindowChartProps {
  series: readonly WindowSeries[];
  /** Shade the middle zone where a result reads as "between modes". */
  middleZone?: { readonly centre: number; readonly halfWidth: number };
  /** Largest width in px; a projector view passes more. */
  maxWidth?: number;
}

/** Axis lines, ticks and axis names: 10:1 on white. */
const AXIS_INK = '#3d4247';
const LABEL_POSITION = { DOOR: 'insideTopLeft', MET: 'insideTopRight', NIET: 'insideBottomLeft', VOOR: 'insideBottomRight' } as const;

/**
 * The social discipline window: support on the horizontal axis, expectations on the vertical,
 * the four quadrants labelled. Purely visual; the figure around it carries the table alternative.
 */
export function WindowChart({ series, middleZone, maxWidth = WINDOW_BOX.maxWidth }: WindowChartProps) {
  const { t } = useTranslation(['results', 'modes', 'instrument']);
  return (
    <ScatterChart
      responsive
      style={{ width: '100%', maxWidth, aspectRatio: WINDOW_BOX.aspectRatio }}
      margin={{ top: 10, right: 20, bottom: 28, left: 12 }}
      accessibilityLayer={false}
    >
      {/* recharts' default greys for axis names (#808080) fall below 4.5:1 on white. interval={0}:
          the five fixed ticks never collide, and recharts then skips measuring each one in the
          DOM (a forced layout per tick while the result page loads). The right margin leaves
          room for half of the last tick, "100", which recharts no longer shifts inwards; the top margin
          for the upper half of the top tick, "100", which 8 px cut by a pixel. */}
      <XAxis type="number" dataKey="support" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} interval={0} stroke={AXIS_INK} tick={{ fill: AXIS_INK }}>
        <Label value={t('results:axisSupport')} position="insideBottom" offset={-18} fill={AXIS_INK} />
      </XAxis>
      <YAxis type="number" dataKey="expectations" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} interval={0} width={44} stroke={AXIS_INK} tick={{ fill: AXIS_INK }}>
        <Label value={t('results:axisExpectations')} angle={-90} position="insideLeft" offset={4} style={{ textAnchor: 'middle' }} fill={AXIS_INK} />
      </YAxis>
      {QUADRANTS.map((q) => (
        <ReferenceArea
          key={q.mode}
          x1={q.x1}
          x2={q.x2}
          y1={q.y1}
          y2={q.y2}
          fill={QUADRANT_FILL[q.mode]}
          fillOpacity={1}
          ifOverflow="visible"
          label={{
            value: t(`modes:${q.mode}.display`),
            content: (props: QuadrantLabelProps) => <QuadrantLabel {...props} corner={LABEL_POSITION[q.mode]} />,
          }}
        />
      ))}
      {middleZone && (
        <>
          {/* The cross-shaped band where a result reads as "between modes", in one neutral grey
              over the quadrant colours: a point in it never sits on a mode's colour, so the
              drawing and the words agree at a glance (the legend names it). */}
          <ReferenceArea x1={middleZone.centre - middleZone.halfWidth} x2={middleZone.centre + middleZone.halfWidth} y1={0} y2={100} fill={MIDDLE_FILL} fillOpacity={1} />
          <ReferenceArea x1={0} x2={100} y1={middleZone.centre - middleZone.halfWidth} y2={middleZone.centre + middleZone.halfWidth} fill={MIDDLE_FILL} fillOpacity={1} />
        </>
      )}
      <ReferenceLine x={50} stroke="#6b6b6b" />
      <ReferenceLine y={50} stroke="#6b6b6b" />
      {series.map((s) =>
        s.kind === 'line' ? (
          <Scatter
            key={s.key}
            data={[...s.points]}
            line={{ stroke: s.colour, strokeWidth: 2 }}
            shape={() => <g />}
            isAnimationActive={false}
          />
        ) : (
          <Scatter
            key={s.key}
            data={[...s.points]}
            fill={s.colour}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; payload?: WindowPoint }) => <DotShape series={s} cx={props.cx} cy={props.cy} point={props.payload} />}
          />
        ),
      )}
    </ScatterChart>
  );
}

interface QuadrantLabelProps {
  value?: unknown;
  viewBox?: unknown;
}

/** The quadrant's corner, 6 px in from both edges. */
const INSET = 6;
const LABEL_SIZE = 14;

/**
 * A quadrant's name in its outer corner, the gloss ("(WITH)") on a line of its own: on one line,
 * "DOOR (TO)" and "MET (WITH)" met in the middle of a window drawn at printed width
 * (tests/e2e/print-charts.e2e.ts). The top quadrants hang their lines down from the top edge,
 * the bottom ones stack them up from the bottom edge.
 */
function QuadrantLabel({ value, viewBox, corner }: QuadrantLabelProps & { corner: (typeof LABEL_POSITION)[keyof typeof LABEL_POSITION] }) {
  const box = viewBox as { x?: number; y?: number; width?: number; height?: number } | undefined;
  if (!box || box.x === undefined || box.y === undefined || box.width === undefined || box.height === undefined) return null;
  const [name = '', ...rest] = String(value ?? '').split(' (');
  const lines = rest.length > 0 ? [name, `(${rest.join(' (')}`] : [name];
  const left = corner === 'insideTopLeft' || corner === 'insideBottomLeft';
  const top = corner === 'insideTopLeft' || corner === 'insideTopRight';
  const x = left ? box.x + INSET : box.x + box.width - INSET;
  const lineHeight = LABEL_SIZE * 1.15;
  // The first line's baseline: one line down from the top edge, or as many lines up from the bottom.
  const y = top ? box.y + INSET + LABEL_SIZE * 0.85 : box.y + box.height - INSET - (lines.length - 1) * lineHeight - LABEL_SIZE * 0.2;
  return (
    <text x={x} y={y} textAnchor={left ? 'start' : 'end'} fill="#1f2328" fontSize={LABEL_SIZE} fontWeight={700}>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 0 : lineHeight} fontWeight={i === 0 ? 700 : 400}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function DotShape({ series, cx, cy, point }: { series: WindowSeries; cx?: number; cy?: number; point?: WindowPoint }) {
  const size = series.size ?? 8;
  if (series.ring) {
    // A white halo under the coloured ring keeps it visible on every quadrant colour.
    return (
      <g>
        <circle cx={cx} cy={cy} r={size} fill="none" stroke="#ffffff" strokeWidth={6} />
        <circle cx={cx} cy={cy} r={size} fill="none" stroke={series.colour} strokeWidth={3} />
      </g>
    );
  }
  if (series.hollow) return <circle cx={cx} cy={cy} r={size} fill="#ffffff" fillOpacity={0.6} stroke={series.colour} strokeWidth={3} />;
  const r = dotRadius(size, point?.count);
  return (
    <g>
      <circle cx={cx} cy={cy} r={r} fill={series.colour} stroke="#ffffff" strokeWidth={2} />
      {point?.label && cx !== undefined && cy !== undefined && (
        <text x={cx + r + 3} y={cy} dominantBaseline="central" fontSize={14} fontWeight={700} fill="#1f2328" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
          {point.label}
        </text>
      )}
    </g>
  );
}
