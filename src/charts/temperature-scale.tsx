import { CLIMATE_LEVELS, scaleMarkAt } from '../model/climate/temperature';
import { CLIMATE_COLOURS } from './climate-colours';

interface TemperatureScaleProps {
  /** The team's temperature, 0–100. */
  temperature: number;
  /** Lowest and highest of the members' own temperatures. */
  min: number;
  max: number;
  /** The words on the three zones, cold to hot: the band words ("Cold spot", "Lauw", "Hot spot"). */
  zones: { readonly cold: string; readonly middle: string; readonly warm: string };
  /** The team's temperature as text, shown above its dot. */
  valueText: string;
  /** Largest width in px. */
  maxWidth?: number;
}

const WIDTH = 640;
const LEFT = 20;
const RIGHT = 20;
const TRACK = WIDTH - LEFT - RIGHT;
const x = (score: number) => LEFT + (Math.min(100, Math.max(0, score)) / 100) * TRACK;

/**
 * One horizontal scale from cold (0) to hot (100): a blue zone up to 40, a grey middle, an
 * orange zone from 60, each with its band word; the band around the team's temperature as a
 * thick line, the team's temperature as a dot with its number, drawn at the number as shown
 * (`scaleMarkAt`), so the dot always stands in the zone of the band named beside it. Purely
 * visual: the figure around it carries the summary, the legend and the table.
 */
export function TemperatureScale({ temperature, min, max, zones, valueText, maxWidth = 720 }: TemperatureScaleProps) {
  const { coldTo, warmFrom } = CLIMATE_LEVELS;
  const top = 44;
  const height = 44;
  const mid = top + height / 2;
  const zone = (from: number, to: number, fill: string, colour: string, word: string) => (
    <g>
      <rect x={x(from)} y={top} width={x(to) - x(from)} height={height} fill={fill} />
      <text x={(x(from) + x(to)) / 2} y={top + height + 22} textAnchor="middle" fontSize={17} fontWeight={700} fill={colour}>
        {word}
      </text>
    </g>
  );
  return (
    <svg viewBox={`0 0 ${WIDTH} 150`} style={{ width: '100%', maxWidth, display: 'block' }} aria-hidden="true" focusable="false">
      {zone(0, coldTo, CLIMATE_COLOURS.coldFill, CLIMATE_COLOURS.cold, zones.cold)}
      {zone(coldTo, warmFrom, CLIMATE_COLOURS.middleFill, CLIMATE_COLOURS.middle, zones.middle)}
      {zone(warmFrom, 100, CLIMATE_COLOURS.warmFill, CLIMATE_COLOURS.warm, zones.warm)}
      <rect x={LEFT} y={top} width={TRACK} height={height} fill="none" stroke="#8a8a86" />
      {[0, coldTo, warmFrom, 100].map((tick) => (
        <text key={tick} x={x(tick)} y={top + height + 44} textAnchor="middle" fontSize={13} fill="#444">
          {tick}
        </text>
      ))}
      <line x1={x(min)} x2={x(max)} y1={mid} y2={mid} stroke={CLIMATE_COLOURS.mark} strokeWidth={7} strokeLinecap="round" />
      <circle cx={x(scaleMarkAt(temperature))} cy={mid} r={11} fill={CLIMATE_COLOURS.mark} stroke="#fff" strokeWidth={3} />
      <text x={x(scaleMarkAt(temperature))} y={top - 12} textAnchor="middle" fontSize={22} fontWeight={800} fill={CLIMATE_COLOURS.mark}>
        {valueText}
      </text>
    </svg>
  );
}
