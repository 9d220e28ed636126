import type { ElementLevel } from '../model/climate/types';
import { CLIMATE_LEVELS, scaleMarkAt } from '../model/climate/temperature';
import { CLIMATE_COLOURS, LEVEL_COLOUR } from './climate-colours';

export interface ClimateBar {
  readonly key: string;
  readonly name: string;
  /** 0–100. */
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  readonly level: ElementLevel;
  /** The level in words with the mean, drawn beside the bar: "Koud 32". */
  readonly valueText: string;
}

interface ClimateBarsProps {
  bars: readonly ClimateBar[];
  maxWidth?: number;
}

const WIDTH = 720;
const LEFT = 12;
// The words and value stand on the name's line, right-aligned, so long Dutch words are never cut.
const TRACK_END = WIDTH - 12;
const TRACK = TRACK_END - LEFT;
const ROW = 64;
const x = (score: number) => LEFT + (Math.min(100, Math.max(0, score)) / 100) * TRACK;

/**
 * One row per element: its name, a track from cold (0) to hot (100) with a blue zone up to 40
 * and an orange zone from 60, the band of one SD around the mean as a line, the mean as a dot
 * (at the mean as shown, `scaleMarkAt`, so it stands in the zone of its level), and the level in
 * words with the mean beside it, so no colour stands without a word. Purely visual: the figure
 * around it carries the summary, the legend and the table.
 */
export function ClimateBars({ bars, maxWidth = 720 }: ClimateBarsProps) {
  const { coldTo, warmFrom } = CLIMATE_LEVELS;
  const height = bars.length * ROW + 28;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} style={{ width: '100%', maxWidth, display: 'block' }} aria-hidden="true" focusable="false">
      {bars.map((bar, i) => {
        const top = i * ROW + 24;
        const mid = top + 12;
        return (
          <g key={bar.key}>
            <text x={LEFT} y={top - 6} fontSize={16} fontWeight={700} fill="#1f2328">
              {bar.name}
            </text>
            <rect x={x(0)} y={top} width={x(coldTo) - x(0)} height={24} fill={CLIMATE_COLOURS.coldFill} />
            <rect x={x(coldTo)} y={top} width={x(warmFrom) - x(coldTo)} height={24} fill={CLIMATE_COLOURS.middleFill} />
            <rect x={x(warmFrom)} y={top} width={x(100) - x(warmFrom)} height={24} fill={CLIMATE_COLOURS.warmFill} />
            <line x1={x(bar.min)} x2={x(bar.max)} y1={mid} y2={mid} stroke={CLIMATE_COLOURS.mark} strokeWidth={4} strokeLinecap="round" />
            <circle cx={x(scaleMarkAt(bar.mean))} cy={mid} r={8} fill={CLIMATE_COLOURS.mark} stroke="#fff" strokeWidth={2} />
            <text x={TRACK_END} y={top - 6} textAnchor="end" fontSize={16} fontWeight={700} fill={LEVEL_COLOUR[bar.level]}>
              {bar.valueText}
            </text>
          </g>
        );
      })}
      {[0, coldTo, warmFrom, 100].map((tick) => (
        <text key={tick} x={x(tick)} y={height - 4} textAnchor="middle" fontSize={13} fill="#444">
          {tick}
        </text>
      ))}
    </svg>
  );
}
