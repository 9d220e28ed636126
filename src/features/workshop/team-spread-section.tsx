import { useTranslation } from 'react-i18next';
import { AxesTable } from '../../components/team/axes-table';
import { TableScroll } from '../../components/table-scroll';
import { formatNumber } from '../../lib/format';
import { AXES, type Axis } from '../../model/instruments/types';
import { scaleSummary } from '../../model/team/aggregate';
import type { ShownTeamProfile } from '../../model/team/types';
import { TeamWindowFigure } from './team-window-figure';

interface TeamSpreadSectionProps {
  profile: ShownTeamProfile;
  showCentre: boolean;
  headingId: string;
  heading: string;
}

/** Step 1: how the team is spread, and how much it agrees per axis, in words before numbers. */
export function TeamSpreadSection({ profile, showCentre, headingId, heading }: TeamSpreadSectionProps) {
  const { t, i18n } = useTranslation(['team', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const window = profile.window;
  if (!window) return null;
  const agreement = (axis: Axis) => scaleSummary(profile, window.axes[axis]).agreement;
  return (
    <section aria-labelledby={headingId} className="team-step team-step-spread">
      <h3 id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      <p className="team-intro">{t('team:spread.intro')}</p>
      <div className="team-spread-grid">
        <TeamWindowFigure profile={window} showCentre={showCentre} />
        <div className="team-agreement">
          <h4>{t('team:spread.agreementTitle')}</h4>
          <ul className="team-agreement-lines">
            {AXES.map((axis) => (
              <li key={axis} className={`band-${agreement(axis).band}`}>
                <strong>{t(`instrument:axis.${axis}`)}</strong> {t(`team:spread.agreement.${agreement(axis).band}`)}
              </li>
            ))}
          </ul>
          <p className="team-note">{t('team:spread.agreementNote')}</p>
          {/* Axes as columns and numbers only, so the table fits a phone as well as a projector; the
              bands in words are in the list above. Its row headers still need ~340 px: at 320 px
              it scrolls in its own box. */}
          <TableScroll label={t('team:spread.agreementTableCaption')}>
            <AxesTable
              caption={t('team:spread.agreementTableCaption')}
              rows={[
                { key: 'sd', label: t('team:column.sd'), cell: (axis) => formatNumber(window.spread[axis], lng) },
                { key: 'rwg', label: t('team:column.rwg'), cell: (axis) => formatNumber(agreement(axis).rwg, lng, 2) },
              ]}
            />
          </TableScroll>
          <p className="hint">
            {t('team:spread.rwgExplain')} {t('team:spread.smallTeam')}
          </p>
        </div>
      </div>
    </section>
  );
}
