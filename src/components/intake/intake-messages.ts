import type { TFunction } from 'i18next';
import type { IntakeEntry } from '../../model/workshop/intake';
import { formatJoinCode } from '../../model/workshop/join-code';
import { visibleText } from '../../lib/visible-text';

/** One line per offered code or file, in the user's language. */
export function intakeMessage(t: TFunction<'workshop'>, entry: IntakeEntry): string {
  const { status } = entry;
  if (status.kind !== 'error') return t(`status.${status.kind}`);
  const d = status.detail;
  switch (d.kind) {
    case 'bad-character':
      return t('codeError.bad-character', { character: visibleText(d.character), group: d.group });
    case 'bad-group':
      return t('codeError.bad-group', { group: d.group, groupText: d.groupText });
    case 'wrong-workshop':
      return t('codeError.wrong-workshop', { expected: formatJoinCode(d.expected), actual: formatJoinCode(d.actual) });
    default:
      return t(`codeError.${d.kind}`);
  }
}
