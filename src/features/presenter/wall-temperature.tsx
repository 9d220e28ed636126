import { CLIMATE_LEVELS, scaleMarkAt } from '../../model/climate/temperature';
import { sdBand } from '../../model/team-report/sd-band';

const W = 1000;
const PAD = 30;
const x = (score: number) => PAD + (Math.min(100, Math.max(0, score)) / 100) * (W - 2 * PAD);

/**
 * The temperature for the wall: three zones with their band word under them (outside the zones, so a
 * long word such as "Lukewarm" is neither cut by its narrow zone nor crossed by the mark), the
 * team's temperature as a large mark with its number above, drawn at the number as shown
 * (`scaleMarkAt`) so it stands in the zone of the band on the wall, and a thick line
 * over the zones from one SD below to one SD above it. Never the members' coldest and warmest:
 * on a wall those ends would be two people's temperatures (docs/decisions.md, item 43).
 */
export function WallTemperature({
  temperature,
  sd,
  valueText,
  zones,
}: {
  temperature: number;
  sd: number;
  valueText: string;
  zones: { cold: string; middle: string; warm: string };
}) {
  const { low, high } = sdBand(temperature, sd);
  const { coldTo, warmFrom } = CLIMATE_LEVELS;
  const top = 90;
  const height = 110;
  return (
    <svg className="wall-temperature" viewBox={`0 0 ${W} 270`} aria-hidden="true" focusable="false">
      {(
        [
          ['cold', 0, coldTo, zones.cold],
          ['middle', coldTo, warmFrom, zones.middle],
          ['warm', warmFrom, 100, zones.warm],
        ] as const
      ).map(([key, from, to, word]) => (
        <g key={key}>
          <rect className={`zone zone-${key}`} x={x(from)} y={top} width={x(to) - x(from)} height={height} />
          <text className="zone-word" x={(x(from) + x(to)) / 2} y={top + height + 52} textAnchor="middle">
            {word}
          </text>
        </g>
      ))}
      <line className="temperature-band" x1={x(low)} x2={x(high)} y1={top + 28} y2={top + 28} />
      <line className="temperature-mark" x1={x(scaleMarkAt(temperature))} x2={x(scaleMarkAt(temperature))} y1={top - 6} y2={top + height + 6} />
      <text className="temperature-value" x={Math.min(W - 60, Math.max(60, x(scaleMarkAt(temperature))))} y={top - 18} textAnchor="middle">
        {valueText}
      </text>
    </svg>
  );
}
