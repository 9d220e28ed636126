import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import type { ShownTeamProfile } from '../../model/team/types';
import type { Workshop, WorkshopAction } from '../../model/workshop/workshop';
import { WallWindow } from './wall-window';

/**
 * The wanted point and the actions as the room sees them in a two-window presentation: they are
 * edited in the facilitator's view and shown here as stored, so the wall follows every change
 * and holds no field of its own to type into (one place to type, nothing lost between two).
 */
export function WantedShown({ workshop, profile }: { workshop: Workshop; profile: ShownTeamProfile }) {
  const { t, i18n } = useTranslation('presenter');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const point = workshop.wanted;
  return (
    <div className="wall-split">
      <div className="wall-chart">
        <WallWindow dots={profile.window?.dots} centre={profile.window?.centre} wanted={point} />
      </div>
      <div className="wall-side">
        <WantedIntro />
        <p>
          {point
            ? t('wanted.summary', { support: formatNumber(point.support, lng), expectations: formatNumber(point.expectations, lng) })
            : t('wanted.none')}
        </p>
      </div>
    </div>
  );
}

/** What the wanted-point step asks, and the legend of its window: the same in the single screen and the two windows. */
export function WantedIntro() {
  const { t } = useTranslation('presenter');
  return (
    <>
      <p>{t('wanted.intro')}</p>
      <ul className="wall-legend">
        <li className="wl-centre">{t('window.legendCentre')}</li>
        <li className="wl-wanted">{t('window.legendWanted')}</li>
      </ul>
    </>
  );
}

export function ActionsShown({ workshop }: { workshop: Workshop }) {
  return <ActionsTable actions={workshop.actions ?? []} />;
}

/**
 * The actions as the room reads them: one table for the wall of the two windows (read only) and
 * for the single-screen presenter, which adds its edit and remove buttons per row (`rowEnd`).
 */
export function ActionsTable({ actions, rowEnd }: { actions: readonly WorkshopAction[]; rowEnd?: (action: WorkshopAction, index: number) => ReactNode }) {
  const { t } = useTranslation('presenter');
  return (
    <div className="wall-actions-list">
      <p>{t('actions.intro')}</p>
      {actions.length === 0 ? (
        <p className="wall-small">{t('actions.none')}</p>
      ) : (
        <table className="wall-table">
          <caption className="visually-hidden">{t('actions.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actions.what')}</th>
              <th scope="col">{t('actions.who')}</th>
              <th scope="col">{t('actions.when')}</th>
              {rowEnd && <td />}
            </tr>
          </thead>
          <tbody>
            {actions.map((a, i) => (
              <tr key={`${i}:${a.what}`}>
                <th scope="row">{a.what}</th>
                <td>{a.who}</td>
                <td>{a.when}</td>
                {rowEnd && <td className="wall-row-buttons">{rowEnd(a, i)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
