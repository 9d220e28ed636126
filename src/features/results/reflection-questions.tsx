import { useTranslation } from 'react-i18next';
import { reflectionQuestionIds } from '../../model/scoring/reflection';
import type { SelfCheckScore } from '../../model/scoring/types';

export function ReflectionQuestions({ score }: { score: SelfCheckScore }) {
  const { t } = useTranslation(['results', 'modes']);
  const ids = reflectionQuestionIds(score);
  return (
    <section aria-labelledby="reflection-title" className="reflection">
      <h2 id="reflection-title">{t('results:reflectionTitle')}</h2>
      <p>{t('results:reflectionIntro')}</p>
      <ol>
        {ids.map((id) => (
          <li key={id}>{t(`modes:reflection.${id}` as never)}</li>
        ))}
      </ol>
    </section>
  );
}
