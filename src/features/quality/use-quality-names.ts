import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { instrumentTextKey } from '../../model/instruments/registry';

/** Coefficients with two decimals on screen (the CSV keeps three). */
const DECIMALS = 2;

/** The names the page and its CSV give forms, scales and statements, and the page's number format. */
export function useQualityNames() {
  const { t, i18n } = useTranslation(['quality', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  return {
    t,
    lng,
    formName: (instrumentId: string, version: number) => t('quality:csv.formName', { name: t(`quality:forms.${instrumentId}` as never), version }),
    scaleName: (scaleId: string) => t(`instrument:scales.${scaleId}` as never),
    // The client's statements name their care worker: one word stands in for the word each collection chose.
    statement: (instrumentId: string, itemId: string) =>
      t(`instrument:${instrumentTextKey(instrumentId)}.items.${itemId}` as never, { word: t('quality:statements.word') }),
    /** A coefficient, or a dash when it could not be computed. */
    coefficient: (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatNumber(value, lng, DECIMALS)),
    count: (value: number) => formatNumber(value, lng),
  };
}
