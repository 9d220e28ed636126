import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PointSliders } from '../../components/point-sliders';
import { useHistoryStore } from '../../stores/history-store';
import { MAX_FIRST_STEP, type SavedResult } from '../../model/results/saved-result';

/**
 * "Where do I want to be in half a year": a point in the window, set with two sliders (keyboard
 * and screen-reader friendly; the window above draws it), and one first step. Kept with the
 * result, shown in the history and on the next result.
 */
interface WantedPointPanelProps {
  saved: SavedResult;
  /** Told of every change, so the window above can draw the point while it is being chosen. */
  onChange: (point: { support: number; expectations: number }) => void;
}

export function WantedPointPanel({ saved, onChange }: WantedPointPanelProps) {
  const { t } = useTranslation(['results', 'instrument']);
  const setWanted = useHistoryStore((s) => s.setWanted);
  const ids = { title: useId(), step: useId() };
  const start = saved.wanted ?? { support: 70, expectations: 70, firstStep: '' };
  const [support, setSupport] = useState(start.support);
  const [expectations, setExpectations] = useState(start.expectations);
  const [firstStep, setFirstStep] = useState(start.firstStep);
  const [status, setStatus] = useState('');

  const save = async () => {
    const { written } = await setWanted(saved.id, { support, expectations, firstStep: firstStep.trim() });
    setStatus(written ? t('results:wantedSaved') : t('results:wantedNotSaved'));
  };

  return (
    <section aria-labelledby={ids.title} className="panel wanted">
      <h2 id={ids.title}>{t('results:wantedTitle')}</h2>
      <p>{t('results:wantedIntro')}</p>
      <PointSliders
        value={{ support, expectations }}
        labels={{ support: t('instrument:scales.support'), expectations: t('instrument:scales.expectations') }}
        step={5}
        rowClassName="slider-row"
        onChange={(next) => {
          setSupport(next.support);
          setExpectations(next.expectations);
          onChange(next);
        }}
      />
      <label htmlFor={ids.step}>{t('results:wantedFirstStep')}</label>
      <textarea id={ids.step} rows={2} maxLength={MAX_FIRST_STEP} value={firstStep} onChange={(e) => setFirstStep(e.target.value)} />
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void save()}>
          {t('results:wantedSave')}
        </button>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
