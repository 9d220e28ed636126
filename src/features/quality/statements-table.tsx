import { TableScroll } from '../../components/table-scroll';
import { formatNumber } from '../../lib/format';
import type { NotApplicableShare, ScaleQuality } from '../../model/quality/quality-report';
import { useQualityNames } from './use-quality-names';

interface StatementsTableProps {
  form: string;
  instrumentId: string;
  scale: ScaleQuality;
  notApplicable: readonly NotApplicableShare[];
}

/** One scale's statements in words: direction, how each goes with the rest, alpha without it, and how often it did not apply. */
export function StatementsTable({ form, instrumentId, scale, notApplicable }: StatementsTableProps) {
  const { t, lng, scaleName, statement, coefficient } = useQualityNames();
  const caption = t('quality:statements.caption', { form, scale: scaleName(scale.scale) });
  const share = (item: string) => {
    const value = notApplicable.find((s) => s.item === item)?.share;
    return value === null || value === undefined ? '–' : t('quality:statements.share', { value: formatNumber(value * 100, lng, 1) });
  };
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quality:statements.statement')}</th>
            <th scope="col">{t('quality:statements.keying')}</th>
            <th scope="col">{t('quality:statements.itemRest')}</th>
            <th scope="col">{t('quality:statements.alphaIfDeleted')}</th>
            <th scope="col">{t('quality:statements.notApplicable')}</th>
          </tr>
        </thead>
        <tbody>
          {scale.items.map((item) => (
            <tr key={item.item}>
              <th scope="row">{statement(instrumentId, item.item)}</th>
              <td>{t(`quality:csv.${item.keying}`)}</td>
              <td>{coefficient(item.itemRest)}</td>
              <td>{coefficient(item.alphaIfDeleted)}</td>
              <td>{share(item.item)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
