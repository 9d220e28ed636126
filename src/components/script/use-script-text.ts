import { useTranslation } from 'react-i18next';
import { usePersonText } from '../../components/person-word/use-person-word';
import type { ScriptText } from '../../model/presenter/script';
import type { PersonWord } from '../../model/people/person-word';

/** `element` and `axis` values name the coldest element or an axis in the guide's list of all questions. */
export const ANY = 'any';

/**
 * A script text in the reader's language: a value named `element` is a climate element id (its
 * name from the instrument texts), `axis` a window axis; ANY stands for "the one this team will
 * have" in the printed guide. The person worked with is the workshop's word (decision 85).
 */
export function useScriptText(personWord?: PersonWord): (text: ScriptText) => string {
  const { t } = useTranslation(['script', 'instrument']);
  const pt = usePersonText(personWord ?? 'client');
  return ({ key, values = {} }) => {
    const named: Record<string, string | number> = { ...values };
    if (typeof values.element === 'string') {
      named.element = values.element === ANY ? t('script:anyElement') : t(`instrument:scales.${values.element}` as never);
    }
    if (typeof values.axis === 'string') named.axis = values.axis === ANY ? t('script:anyAxis') : t(`script:axis.${values.axis}` as never);
    return pt(`script:${key}`, named);
  };
}
