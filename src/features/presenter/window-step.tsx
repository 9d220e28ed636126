import { useTranslation } from 'react-i18next';
import { formatFigure } from '../../lib/format';
import type { ShownTeamProfile } from '../../model/team/types';
import { ModeLines } from './mode-lines';
import { TeamFiguresTable } from './team-figures-table';
import { WallWindow } from './wall-window';

/** The team in the window: dots, where most people are, the centre as a ring, and the modes in one line each. */
export function WindowStep({ profile }: { profile: ShownTeamProfile }) {
  const { t, i18n } = useTranslation(['presenter', 'modes']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const window = profile.window;
  if (!window) return null;
  const num = (v: number) => formatFigure(v, lng);
  const centre = { support: num(window.centre.support), expectations: num(window.centre.expectations) };
  return (
    <div className="wall-split">
      <div className="wall-chart" role="img" aria-label={t('presenter:window.figureLabel', centre)}>
        <WallWindow dots={window.dots} ellipse={window.spread.ellipse} centre={window.centre} />
      </div>
      <div className="wall-side">
        <p className="wall-lead">
          {window.placement === 'between'
            ? t('presenter:window.placementBetween')
            : t('presenter:window.placement', { name: t(`modes:${window.placement}.display`) })}
        </p>
        <p>{t('presenter:window.centre', centre)}</p>
        <ul className="wall-legend">
          <li className="wl-dot">{t('presenter:window.legendDot')}</li>
          <li className="wl-centre">{t('presenter:window.legendCentre')}</li>
          <li className="wl-ellipse">{t('presenter:window.legendEllipse')}</li>
        </ul>
        <ModeLines />
        <p className="wall-small">{t('presenter:window.averageNote')}</p>
        <TeamFiguresTable profile={profile} />
      </div>
    </div>
  );
}
