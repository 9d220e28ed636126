import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PointSliders } from '../../components/point-sliders';
import { useHistoryStore } from '../../stores/history-store';
import { MAX_FIRST_STEP, type SavedResult } from '../../model/results/saved-result';
import type { WindowPoint } from '../../model/scoring/score';
import { GoalWindow } from './goal-window';
import './wanted-point.css';

/**
 * "Where do I want to be in half a year": a point in the window, set with two sliders (keyboard
 * and screen-reader friendly) beside a small window that draws it, and one first step. Kept with
 * the result, shown in the history and on the next result.
 */
interface WantedPointPanelProps {
  saved: SavedResult;
  /** The person's own point: where the sliders start until a goal is kept (decision 81). */
  point: WindowPoint;
  /** Told of every change, so the full window above can draw the point while it is being chosen. */
  onChange: (point: { support: number; expectations: number }) => void;
}

/**
 * Where the sliders start: a kept goal as it was kept (an earlier 70/70 stays 70/70), otherwise
 * the person's own point as the page shows it, in whole points.
 */
function goalStart(saved: SavedResult, point: WindowPoint): { support: number; expectations: number; firstStep: string } {
  return saved.wanted ?? { support: Math.round(point.support), expectations: Math.round(point.expectations), firstStep: '' };
}

export function WantedPointPanel({ saved, point, onChange }: WantedPointPanelProps) {
  const { t } = useTranslation(['results', 'instrument']);
  const setWanted = useHistoryStore((s) => s.setWanted);
  const ids = { title: useId(), step: useId() };
  const start = goalStart(saved, point);
  const [support, setSupport] = useState(start.support);
  const [expectations, setExpectations] = useState(start.expectations);
  const [firstStep, setFirstStep] = useState(start.firstStep);
  const [status, setStatus] = useState('');
  const picker = useRef<HTMLDivElement>(null);

  const save = async () => {
    const { written } = await setWanted(saved.id, { support, expectations, firstStep: firstStep.trim() });
    setStatus(written ? t('results:wantedSaved') : t('results:wantedNotSaved'));
  };

  useWindowInViewOnKeyboardFocus(picker);

  return (
    <section aria-labelledby={ids.title} className="panel wanted">
      <h2 id={ids.title}>{t('results:wantedTitle')}</h2>
      <p>{t('results:wantedIntro')}</p>
      <div className="goal-picker" ref={picker}>
        <GoalWindow point={point} goal={{ support, expectations }} />
        <div className="goal-sliders">
          <PointSliders
            value={{ support, expectations }}
            labels={{ support: t('instrument:scales.support'), expectations: t('instrument:scales.expectations') }}
            // Whole points: the sliders start on the person's own point, which is rarely a multiple of 5.
            step={1}
            rowClassName="slider-row"
            onChange={(next) => {
              setSupport(next.support);
              setExpectations(next.expectations);
              onChange(next);
            }}
          />
        </div>
      </div>
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

/**
 * Tabbing to a slider scrolls only the slider into view, which can leave the window above it off
 * the screen: bring the window and the sliders in together, when they fit. Not on a tap: the page
 * must not move under a finger that is about to drag. (A listener, not a handler on the box: the
 * box itself is no control.)
 */
function useWindowInViewOnKeyboardFocus(ref: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const keepInView = (e: FocusEvent) => {
      if (!(e.target instanceof HTMLInputElement) || !focusVisible(e.target)) return;
      if (box.getBoundingClientRect().height <= window.innerHeight) box.scrollIntoView?.({ block: 'nearest' });
    };
    box.addEventListener('focusin', keepInView);
    return () => box.removeEventListener('focusin', keepInView);
  }, [ref]);
}

function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // A browser without :focus-visible: no way to tell a key from a tap, so leave the page still.
    return false;
  }
}
