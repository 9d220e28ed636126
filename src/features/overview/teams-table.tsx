import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/table-scroll';
import { formatFigure, formatNumber, locale } from '../../lib/format';
import { reportDay } from './report-day';
import { visibleText } from '../../lib/visible-text';
import { sortRows, TEAM_COLUMNS, type SortDirection, type TeamColumn } from '../../model/overview/sort-rows';
import type { TeamRow } from '../../model/overview/teams';

/**
 * The table of all teams, sortable: each column heading is a button (the keyboard path), and the
 * sorted column says so with `aria-sort`, which screen readers announce with the heading.
 */
export function TeamsTable({ rows }: { rows: readonly TeamRow[] }) {
  const { t, i18n } = useTranslation(['overview', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const [sort, setSort] = useState<{ column: TeamColumn; direction: SortDirection } | null>(null);
  const collator = new Intl.Collator(locale(lng));
  const sorted = sort ? sortRows(rows, sort.column, sort.direction, collator.compare) : rows;
  const sortBy = (column: TeamColumn) =>
    setSort((s) => ({ column, direction: s?.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  const cell = (r: TeamRow, column: TeamColumn): string => {
    switch (column) {
      case 'name':
        return visibleText(r.name);
      case 'date':
        return reportDay(r.date, lng);
      case 'count':
        return formatNumber(r.count, lng);
      case 'band':
        return r.band ? t(`instrument:teamClimate.bands.${r.band}`) : '–';
      case 'support':
      case 'expectations':
      case 'energy':
      case 'temperature':
        return formatFigure(r[column], lng);
      default:
        return formatFigure(r.elements[column], lng);
    }
  };
  const caption = t('overview:table.caption');
  return (
    <section className="overview-section" aria-labelledby="overview-table">
      <h2 id="overview-table">{t('overview:table.title')}</h2>
      <p className="hint no-print">{t('overview:table.sortHint')}</p>
      <TableScroll label={caption}>
        <table className="data-table overview-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {TEAM_COLUMNS.map((column) => {
                const label = t(`overview:table.columns.${column}`);
                const current = sort?.column === column ? sort.direction : undefined;
                return (
                  <th key={column} scope="col" aria-sort={current ?? 'none'}>
                    <button type="button" className="sort-button" onClick={() => sortBy(column)}>
                      {label}
                      <span aria-hidden="true" className="sort-mark">
                        {current === 'ascending' ? ' ▲' : current === 'descending' ? ' ▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.key}>
                {TEAM_COLUMNS.map((column) =>
                  column === 'name' ? (
                    <th key={column} scope="row">
                      {cell(r, column)}
                    </th>
                  ) : (
                    <td key={column}>{cell(r, column)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
