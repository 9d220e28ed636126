import { useTranslation } from 'react-i18next';
import { CELL, type DensityCell } from '../../model/team/density';

/** The text alternative of the density view: each occupied square and how many people are in it. */
export function TeamDensityTable({ cells }: { cells: readonly DensityCell[] }) {
  const { t } = useTranslation(['density', 'team']);
  const range = (from: number) => t('density:range', { from, to: from + CELL });
  return (
    <table className="data-table team-dots-table">
      <caption>{t('density:tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('team:column.support')}</th>
          <th scope="col">{t('team:column.expectations')}</th>
          <th scope="col">{t('density:count')}</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((cell) => (
          <tr key={`${cell.support},${cell.expectations}`}>
            <td>{range(cell.support)}</td>
            <td>{range(cell.expectations)}</td>
            <td>{cell.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
