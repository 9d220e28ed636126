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
const polygon = (values: Readonly<Record<Mode, number>>) =>
  MODES.map((m) => {
    const p = at(m, values[m]);
    return `${p.x},${p.y}`;
  }).join(' ');

const LABEL: Record<Mode, { x: number; y: number; anchor: 'start' | 'middle' | 'end' }> = {
  MET: { x: C, y: C - R - 40, anchor: 'middle' },
  VOOR: { x: C + R + 24, y: C + 18, anchor: 'start' },
  NIET: { x: C, y: C + R + 70, anchor: 'middle' },
  DOOR: { x: C - R - 24, y: C + 18, anchor: 'end' },
};

/**
 * The team's modes for the wall: the band of one SD around the mean (`low`–`high`) as a coloured
 * area, the team together as a bold line, large words (48 units) and a scale in dark grey that passes 4.5:1 in
 * both themes. Purely visual; the step carries the text alternative. Never the lowest or highest
 * spoke: each is one person's number (docs/decisions.md, items 30 and 43).
 */
export function WallRadar({ percents }: { percents: RadarFigures['shape'] }) {
  const { t } = useTranslation('modes');
  return (
    <svg className="wall-radar" viewBox="0 0 1000 1000" aria-hidden="true" focusable="false">
      {[25, 50, 75, 100].map((ring) => (
        <polygon key={ring} className="radar-grid" points={polygon({ MET: ring, VOOR: ring, NIET: ring, DOOR: ring })} />
      ))}
      {MODES.map((m) => {
        const end = at(m, 100);
        return <line key={m} className="radar-grid" x1={C} y1={C} x2={end.x} y2={end.y} />;
      })}
      <polygon className="radar-band" points={polygon(percents.high)} />
      <polygon className="radar-inside" points={polygon(percents.low)} />
      <polygon className="radar-mean" points={polygon(percents.mean)} />
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
