import { useTranslation } from 'react-i18next';
import { AXES, type Axis } from '../../model/instruments/types';

/** One row of team figures; `cell` gives each axis's cell, already formatted (a number or words). */
export interface AxesRow {
  readonly key: string;
  readonly label: string;
  readonly cell: (axis: Axis) => string;
}

interface AxesTableProps {
  caption: string;
  rows: readonly AxesRow[];
  className?: string;
}

/** A table with the window's axes as columns: fits a phone as well as a projector. */
export function AxesTable({ caption, rows, className = 'data-table' }: AxesTableProps) {
  const { t } = useTranslation(['instrument']);
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td />
          {AXES.map((axis) => (
            <th key={axis} scope="col">
              {t(`instrument:axis.${axis}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {AXES.map((axis) => (
              <td key={axis}>{row.cell(axis)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
