import type { PointerEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ellipsePolyline, QUADRANTS } from '../../charts/window-geometry';
import { MIDDLE_ZONE } from '../../model/scoring/score';
import type { SpreadEllipse, TeamPoint } from '../../model/team/types';
import { BOX, groupDots, PLOT, scoresAt, xOf, yOf } from './wall-geometry';

interface WallWindowProps {
  /** The members' dots (identical points are drawn as one dot with a count). */
  dots?: readonly TeamPoint[];
  ellipse?: SpreadEllipse;
  centre?: TeamPoint;
  /** An earlier centre (then and now), as a dashed ring. */
  earlierCentre?: TeamPoint;
  wanted?: TeamPoint;
  /** Click or drag sets the wanted point; the parent keeps it. */
  onPick?: (point: TeamPoint) => void;
  /** Controls drawn over the window (the wanted point's handle). */
  children?: ReactNode;
}

const LABEL_AT: Record<string, { x: number; y: number; anchor: 'start' | 'end' }> = {
  DOOR: { x: PLOT.left + 24, y: PLOT.top + 64, anchor: 'start' },
  MET: { x: PLOT.right - 24, y: PLOT.top + 64, anchor: 'end' },
  NIET: { x: PLOT.left + 24, y: PLOT.bottom - 28, anchor: 'start' },
  VOOR: { x: PLOT.right - 24, y: PLOT.bottom - 28, anchor: 'end' },
};

/**
 * The window for the wall: large words (52+ units, at least 24 px at 1280 × 720), dots of 44
 * units (at least 20 px), identical points as one dot with a count, and the centre as a ring so
 * it never hides a dot. Colours come from the theme (presenter.css). Purely visual: the step
 * around it carries the text alternative with team figures only.
 */
export function WallWindow({ dots = [], ellipse, centre, earlierCentre, wanted, onPick, children }: WallWindowProps) {
  const { t } = useTranslation(['presenter', 'modes']);
  const pick = (event: PointerEvent<SVGSVGElement>) => {
    if (!onPick) return;
    const svg = event.currentTarget;
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    onPick(scoresAt(((event.clientX - box.left) / box.width) * BOX, ((event.clientY - box.top) / box.height) * BOX));
  };
  const band = { from: MIDDLE_ZONE.centre - MIDDLE_ZONE.halfWidth, to: MIDDLE_ZONE.centre + MIDDLE_ZONE.halfWidth };
  return (
    <svg
      className={`wall-window${onPick ? ' wall-window-pick' : ''}`}
      viewBox={`0 0 ${BOX} ${BOX}`}
      aria-hidden="true"
      focusable="false"
      onPointerDown={
        onPick
          ? (e) => {
              e.currentTarget.setPointerCapture?.(e.pointerId);
              pick(e);
            }
          : undefined
      }
      onPointerMove={onPick ? (e) => e.buttons === 1 && pick(e) : undefined}
    >
      {QUADRANTS.map((q) => (
        <rect key={q.mode} className={`quadrant q-${q.mode}`} x={xOf(q.x1)} y={yOf(q.y2)} width={xOf(q.x2) - xOf(q.x1)} height={yOf(q.y1) - yOf(q.y2)} />
      ))}
      <rect className="middle-zone" x={xOf(band.from)} y={PLOT.top} width={xOf(band.to) - xOf(band.from)} height={PLOT.bottom - PLOT.top} />
      <rect className="middle-zone" x={PLOT.left} y={yOf(band.to)} width={PLOT.right - PLOT.left} height={yOf(band.from) - yOf(band.to)} />
      <line className="midline" x1={xOf(50)} x2={xOf(50)} y1={PLOT.top} y2={PLOT.bottom} />
      <line className="midline" x1={PLOT.left} x2={PLOT.right} y1={yOf(50)} y2={yOf(50)} />
      {QUADRANTS.map((q) => {
        const at = LABEL_AT[q.mode] ?? { x: 0, y: 0, anchor: 'start' as const };
        return (
          <text key={q.mode} className="quadrant-label" x={at.x} y={at.y} textAnchor={at.anchor}>
            {t(`modes:${q.mode}.display`)}
          </text>
        );
      })}
      <text className="axis-label" x={(PLOT.left + PLOT.right) / 2} y={BOX - 40} textAnchor="middle">
        {t('presenter:window.axisSupport')} →
      </text>
      <text className="axis-label" x={-(PLOT.top + PLOT.bottom) / 2} y={70} transform="rotate(-90)" textAnchor="middle">
        {t('presenter:window.axisExpectations')} →
      </text>
      <text className="axis-end" x={PLOT.left} y={BOX - 40} textAnchor="start">
        {t('presenter:window.low')}
      </text>
      <text className="axis-end" x={PLOT.right} y={BOX - 40} textAnchor="end">
        {t('presenter:window.high')}
      </text>
      {ellipse && <polyline className="ellipse" points={ellipsePolyline(ellipse).map((p) => `${xOf(p.support)},${yOf(p.expectations)}`).join(' ')} />}
      {groupDots(dots).map((dot) => (
        <g key={`${dot.support}|${dot.expectations}`} className="dot">
          <circle cx={xOf(dot.support)} cy={yOf(dot.expectations)} r={dot.count > 1 ? 30 : 22} />
          {dot.count > 1 && (
            <text x={xOf(dot.support)} y={yOf(dot.expectations)} dy="0.35em" textAnchor="middle" className="dot-count">
              {dot.count}
            </text>
          )}
        </g>
      ))}
      {earlierCentre && <circle className="earlier-centre" cx={xOf(earlierCentre.support)} cy={yOf(earlierCentre.expectations)} r={34} />}
      {centre && <circle className="centre" cx={xOf(centre.support)} cy={yOf(centre.expectations)} r={36} />}
      {wanted && (
        <rect
          className="wanted"
          x={xOf(wanted.support) - 26}
          y={yOf(wanted.expectations) - 26}
          width={52}
          height={52}
          transform={`rotate(45 ${xOf(wanted.support)} ${yOf(wanted.expectations)})`}
        />
      )}
      {children}
    </svg>
  );
}
