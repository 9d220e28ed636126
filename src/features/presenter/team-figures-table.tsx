import { useTranslation } from 'react-i18next';
import { formatFigure } from '../../lib/format';
import type { ShownTeamProfile } from '../../model/team/types';

/**
 * The text alternative of the wall's window: team figures only (the centre, how far apart, how
 * many people), never one person's point. Visually hidden on the wall, where it would not fit
 * beside the chart; screen readers and the workshop page have it.
 */
export function TeamFiguresTable({ profile }: { profile: ShownTeamProfile }) {
  const { t, i18n } = useTranslation('presenter');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const window = profile.window;
  if (!window) return null;
  const num = (v: number) => formatFigure(v, lng);
  return (
    <table className="visually-hidden">
      <caption>{t('window.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('window.column.what')}</th>
          <th scope="col">{t('window.column.support')}</th>
          <th scope="col">{t('window.column.expectations')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('window.row.centre')}</th>
          <td>{num(window.centre.support)}</td>
          <td>{num(window.centre.expectations)}</td>
        </tr>
        <tr>
          <th scope="row">{t('window.row.spread')}</th>
          <td>{num(window.spread.support)}</td>
          <td>{num(window.spread.expectations)}</td>
        </tr>
        <tr>
          <th scope="row">{t('window.row.people')}</th>
          <td colSpan={2}>{window.dots.length}</td>
        </tr>
      </tbody>
    </table>
  );
}
