import { useTranslation } from 'react-i18next';
import { MODES, type Mode } from '../../model/instruments/types';

type PerMode<T> = Readonly<Record<Mode, T>>;

interface ModesTableProps {
  /** Whole points per mode; null where withheld. */
  mean: PerMode<number | null>;
  /** Null where it is not known (a report from a version-1 file): shown as a dash. */
  sd: PerMode<number | null>;
  /** True where the disclosure rule withholds the spoke: the row says why instead of a number. */
  withheld: PerMode<boolean>;
  /** The minimum number of people, for the reason. */
  min: number;
}

/** The team radar's table: mean and SD per mode, never lowest or highest (one person's spoke). */
export function ModesTable({ mean, sd, withheld, min }: ModesTableProps) {
  const { t } = useTranslation(['team', 'modes']);
  return (
    <table className="data-table">
      <caption>{t('team:modes.tableCaptionSd')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('team:column.mode')}</th>
          <th scope="col">{t('team:column.mean')}</th>
          <th scope="col">{t('team:column.sd')}</th>
        </tr>
      </thead>
      <tbody>
        {MODES.map((m) => (
          <tr key={m}>
            <th scope="row">{t(`modes:${m}.display`)}</th>
            {withheld[m] ? (
              <td colSpan={2}>{t('team:withheld.fewPeople', { min })}</td>
            ) : (
              <>
                <td>{mean[m] === null ? '–' : String(mean[m])}</td>
                <td>{sd[m] === null ? '–' : String(sd[m])}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
