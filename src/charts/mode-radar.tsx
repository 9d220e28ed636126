import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { useTranslation } from 'react-i18next';
import { MODES, type Mode } from '../model/instruments/types';
import { RADAR_BOX } from './chart-boxes';
import { DASHES } from './chart-dashes';

export interface RadarSeries {
  readonly key: string;
  /** Percentages 0–100 per mode; null where a team's spoke is withheld: recharts leaves a gap there, never a point at 0. */
  readonly values: Readonly<Record<Mode, number | null>>;
  readonly colour: string;
  readonly fillOpacity: number;
  readonly dashed?: boolean;
  /** Line width; the team mean is drawn bolder than its band. */
  readonly strokeWidth?: number;
  /** Fill colour when it differs from the line colour. */
  readonly fill?: string;
}

/** The radar's grid and scale lines: at least 4.5:1 against white, unlike recharts' #ccc. */
export const RADAR_GRID = '#6b6b6b';

/**
 * The four mode weights on a radar, in the fixed order MET, VOOR, NIET, DOOR so that charts can
 * be compared; radius as a percentage so labels do not clip on a phone.
 */
export interface ModeRadarProps {
  series: readonly RadarSeries[];
  maxWidth?: number;
}

export function ModeRadar({ series, maxWidth = RADAR_BOX.maxWidth }: ModeRadarProps) {
  const { t } = useTranslation(['results', 'modes']);
  const data = MODES.map((mode) => ({
    mode: t(`modes:${mode}.display`),
    ...Object.fromEntries(series.map((s) => [s.key, s.values[mode]])),
  }));
  // "DOOR (TO)" on one line sticks out of a phone-wide chart at the left and right ends; the gloss
  // goes on a second line. At the top (MET) both lines stand above the spoke's end: hanging down,
  // "(WITH)" lay on the scale's "75" in a chart drawn at printed width (print-charts.e2e.ts).
  const tick = ({ x, y, textAnchor, payload, index }: { x?: number | string; y?: number | string; textAnchor?: string; payload?: { value?: unknown }; index?: number }) => {
    const [name, ...gloss] = String(payload?.value ?? '').split(' (');
    const above = index === 0 && gloss.length > 0;
    return (
      <text x={x} y={y} textAnchor={textAnchor as 'start' | 'middle' | 'end' | undefined} fill="#1f2328" fontWeight={700} fontSize={14}>
        <tspan x={x} dy={above ? '-1.15em' : '0'}>
          {name}
        </tspan>
        {gloss.length > 0 && (
          <tspan x={x} dy="1.15em" fontWeight={400}>
            ({gloss.join(' (')}
          </tspan>
        )}
      </text>
    );
  };
  return (
    <RadarChart
      responsive
      style={{ width: '100%', maxWidth, aspectRatio: RADAR_BOX.aspectRatio }}
      data={data}
      outerRadius="78%"
      margin={{ top: 16, right: 36, bottom: 16, left: 36 }}
      accessibilityLayer={false}
    >
      {/* recharts' default grid (#ccc) is too faint on a projector: 5.3:1 on white. */}
      <PolarGrid stroke={RADAR_GRID} />
      <PolarAngleAxis dataKey="mode" tick={tick} stroke={RADAR_GRID} />
      {/* Along the MET spoke, in a dark grey: readable on a phone, and off the coloured shape. */}
      <PolarRadiusAxis
        domain={[0, 100]}
        tickCount={5}
        angle={90}
        tick={{ fontSize: 12, fill: '#3d4247' }}
        stroke={RADAR_GRID}
        tickFormatter={(value: number) => (value === 0 || value === 100 ? '' : String(value))}
        axisLine={false}
      />
      {series.map((s) => (
        <Radar
          key={s.key}
          dataKey={s.key}
          stroke={s.colour}
          fill={s.fill ?? s.colour}
          strokeWidth={s.strokeWidth ?? 2}
          fillOpacity={s.fillOpacity}
          strokeDasharray={s.dashed ? DASHES.earlierRadar : undefined}
          isAnimationActive={false}
        />
      ))}
    </RadarChart>
  );
}
