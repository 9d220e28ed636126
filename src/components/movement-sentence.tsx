import { useTranslation } from 'react-i18next';
import { formatNumber, formatSigned } from '../lib/format';
import type { Comparison } from '../model/scoring/movement';

/**
 * Two results of one person in words, as the model compares them (`compareResults`): the change
 * and whether it is beyond chance (one joint criterion), with the sizes that count for these two
 * results; or, for two versions of the questionnaire, that they are only put side by side.
 * The result page and the history page say it with the same words. Nothing for `none`.
 */
export function MovementSentence({ comparison, since }: { comparison: Comparison; since: string }) {
  const { t, i18n } = useTranslation('results');
  const lng = i18n.resolvedLanguage ?? 'nl';
  if (comparison.kind === 'none') return null;
  if (comparison.kind === 'versions') {
    return <p className="movement">{t('movement.versions', { previous: comparison.previousVersion, current: comparison.currentVersion })}</p>;
  }
  const { movement } = comparison;
  // Rounded up: a change on one scale alone shown at this size or more is called a shift.
  const size = (x: number) => formatNumber(Math.ceil(x - 1e-9), lng);
  const same = size(movement.needed.support) === size(movement.needed.expectations);
  return (
    <p className="movement">
      {t('movement.change', { since, support: formatSigned(movement.support, lng), expectations: formatSigned(movement.expectations, lng) })}{' '}
      {t(movement.reliable ? 'movement.moved' : 'movement.notMoved')}{' '}
      {same
        ? t('movement.rule', { one: size(movement.needed.support), both: size(movement.needed.both) })
        : t('movement.ruleSplit', {
            support: size(movement.needed.support),
            expectations: size(movement.needed.expectations),
            both: size(movement.needed.both),
          })}
    </p>
  );
}
