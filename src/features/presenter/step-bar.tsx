import { useTranslation } from 'react-i18next';
import type { StepKey } from '../../model/presenter/steps';

/**
 * The step bar: every step of this workshop as a button, the shown one marked with
 * aria-current="step". Each shows its number; the name of the shown step is written out, the
 * others carry it for screen readers and as a tooltip, so ten steps fit on a 1024 px wall.
 */
export function StepBar({ steps, index, onGo }: { steps: readonly StepKey[]; index: number; onGo: (index: number) => void }) {
  const { t } = useTranslation('presenter');
  return (
    <nav aria-label={t('steps.label')} className="wall-steps">
      <ol>
        {steps.map((key, i) => {
          const name = t(`steps.${key}`);
          const current = i === index;
          return (
            <li key={key}>
              <button type="button" aria-current={current ? 'step' : undefined} title={name} onClick={() => onGo(i)}>
                <span className="step-number">{i + 1}</span>{' '}
                <span className={current ? 'step-name' : 'visually-hidden'}>{name}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
