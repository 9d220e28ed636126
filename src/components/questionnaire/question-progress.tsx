import { useTranslation } from 'react-i18next';

export function QuestionProgress({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation('questionnaire');
  return (
    <div className="question-progress">
      <p aria-hidden="true">{t('progress', { current, total })}</p>
      <progress value={current} max={total} aria-label={t('progressLabel', { current, total })} />
    </div>
  );
}
