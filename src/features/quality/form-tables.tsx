import { TableScroll } from '../../components/table-scroll';
import type { ScaleQuality } from '../../model/quality/quality-report';
import type { Estimate } from '../../model/quality/reliability';
import { useQualityNames } from './use-quality-names';

/** Per scale: statements, n, alpha and omega with their 95 % ranges. */
export function ScalesTable({ form, scales }: { form: string; scales: readonly ScaleQuality[] }) {
  const { t, scaleName, coefficient, count } = useQualityNames();
  const caption = t('quality:scales.caption', { form });
  const range = (e: Estimate | null) => (e ? t('quality:scales.range', { lower: coefficient(e.lower), upper: coefficient(e.upper) }) : '–');
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quality:scales.scale')}</th>
            <th scope="col">{t('quality:scales.statements')}</th>
            <th scope="col">{t('quality:scales.n')}</th>
            <th scope="col">{t('quality:scales.alpha')}</th>
            <th scope="col">{t('quality:scales.alphaRange')}</th>
            <th scope="col">{t('quality:scales.omega')}</th>
            <th scope="col">{t('quality:scales.omegaRange')}</th>
          </tr>
        </thead>
        <tbody>
          {scales.map((s) => (
            <tr key={s.scale}>
              <th scope="row">{scaleName(s.scale)}</th>
              <td>{count(s.statements)}</td>
              <td>{count(s.n)}</td>
              <td>{coefficient(s.alpha?.value)}</td>
              <td>{range(s.alpha)}</td>
              <td>{coefficient(s.omega?.value)}</td>
              <td>{range(s.omega)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Per scale with an ICC (the self-check and the climate): ICC(1), ICC(2) and the teams and people behind them. */
export function IccTable({ form, scales }: { form: string; scales: readonly ScaleQuality[] }) {
  const { t, scaleName, coefficient, count } = useQualityNames();
  const caption = t('quality:icc.caption', { form });
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quality:scales.scale')}</th>
            <th scope="col">{t('quality:csv.icc1')}</th>
            <th scope="col">{t('quality:csv.icc2')}</th>
            <th scope="col">{t('quality:icc.teams')}</th>
            <th scope="col">{t('quality:icc.people')}</th>
          </tr>
        </thead>
        <tbody>
          {scales.map((s) =>
            s.icc ? (
              <tr key={s.scale}>
                <th scope="row">{scaleName(s.scale)}</th>
                <td>{coefficient(s.icc.icc1)}</td>
                <td>{coefficient(s.icc.icc2)}</td>
                <td>{count(s.icc.teams)}</td>
                <td>{count(s.icc.people)}</td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
