import { useTranslation } from 'react-i18next';

/**
 * `id` names the visible "7 van 16" so the statement's group can point to it as its description.
 * `label` replaces the bar's name where a statement has another word ("vraag", for clients).
 */
export function QuestionProgress({ current, total, id, label }: { current: number; total: number; id: string; label?: string }) {
  const { t } = useTranslation('questionnaire');
  return (
    <div className="question-progress">
      <p id={id} aria-hidden="true">{t('progress', { current, total })}</p>
      <progress value={current} max={total} aria-label={label ?? t('progressLabel', { current, total })} />
    </div>
  );
}
