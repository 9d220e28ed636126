import type { TFunction } from 'i18next';
import { formatList } from '../../lib/format';
import type { ModeReading } from '../../model/scoring/mode-spokes';
import type { Placement } from '../../model/scoring/types';

/**
 * The sentence about the spokes, word for word what the model's reading allows (`readModes`):
 * "stands out" only for `leads`, "about equally often" only for `even`, the highest named together
 * otherwise. Kept apart from the component so the consistency test can run it over thousands of
 * results without rendering.
 */
export function modeSentence(reading: ModeReading, placement: Placement | null, t: TFunction<['results', 'modes']>, lng: string): string {
  const name = (mode: string) => t(`modes:${mode}.display` as 'modes:MET.display');
  switch (reading.kind) {
    case 'leads':
      return t('results:modeSentence.leads', { name: name(reading.mode) });
    case 'even':
      return t('results:modeSentence.even');
    case 'missing':
      return t('results:modeSentence.missing', { list: formatList(reading.modes.map(name), lng) });
    case 'highest': {
      const list = formatList(reading.modes.map(name), lng);
      if (reading.why === 'between') return t('results:modeSentence.highestBetween', { list });
      if (reading.why === 'unplaced') return t('results:modeSentence.highestUnplaced', { list });
      if (reading.why === 'otherMode') return t('results:modeSentence.highestOtherMode', { list, placement: name(placement ?? 'between') });
      return t('results:modeSentence.highest', { list });
    }
  }
}
