import { useTranslation } from 'react-i18next';
import { reflectionQuestionIds } from '../../model/scoring/reflection';
import type { SelfCheckScore } from '../../model/scoring/types';
import { usePersonText } from '../../components/person-word/use-person-word';

export function ReflectionQuestions({ score }: { score: SelfCheckScore }) {
  const { t } = useTranslation(['results', 'modes']);
  const pt = usePersonText();
  const ids = reflectionQuestionIds(score);
  return (
    <section aria-labelledby="reflection-title" className="reflection">
      <h2 id="reflection-title">{t('results:reflectionTitle')}</h2>
      <p>{t('results:reflectionIntro')}</p>
      <ol>
        {ids.map((id) => (
          <li key={id}>{pt(`results:reflection.${id}`)}</li>
        ))}
      </ol>
    </section>
  );
}
