import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatNumber, formatSigned } from '../lib/format';
import type { Comparison } from '../model/scoring/movement';

/**
 * Two results of one person in words, as the model compares them (`compareResults`): the change
 * and whether it is beyond chance (one joint criterion), with the sizes that count for these two
 * results; or, for two versions of the questionnaire, that they are only put side by side. Null
 * for `none`. `since` opens the sentence ("Sinds de vorige keer", "Van … naar …").
 */
export function movementText(comparison: Comparison, since: string, t: TFunction<'results'>, lng: string): string | null {
  if (comparison.kind === 'none') return null;
  if (comparison.kind === 'versions') {
    return t('movement.versions', { previous: comparison.previousVersion, current: comparison.currentVersion });
  }
  const { movement } = comparison;
  // Rounded up: a change on one scale alone shown at this size or more is called a shift.
  const size = (x: number) => formatNumber(Math.ceil(x - 1e-9), lng);
  const same = size(movement.needed.support) === size(movement.needed.expectations);
  return [
    t('movement.change', { since, support: formatSigned(movement.support, lng), expectations: formatSigned(movement.expectations, lng) }),
    t(movement.reliable ? 'movement.moved' : 'movement.notMoved'),
    same
      ? t('movement.rule', { one: size(movement.needed.support), both: size(movement.needed.both) })
      : t('movement.ruleSplit', { support: size(movement.needed.support), expectations: size(movement.needed.expectations), both: size(movement.needed.both) }),
  ].join(' ');
}

/** The result page and the history page say a change with the same words (`movementText`). */
export function MovementSentence({ comparison, since }: { comparison: Comparison; since: string }) {
  const { t, i18n } = useTranslation('results');
  const text = movementText(comparison, since, t, i18n.resolvedLanguage ?? 'nl');
  return text === null ? null : <p className="movement">{text}</p>;
}
