import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PointSliders } from '../../components/point-sliders';
import { formatNumber } from '../../lib/format';
import type { ShownTeamProfile, TeamPoint } from '../../model/team/types';
import type { Workshop } from '../../model/workshop/workshop';
import type { PresentingDraft } from '../../stores/presenting-drafts';
import { useWorkshopStore } from '../../stores/workshop-store';
import { WallWindow } from './wall-window';
import { WantedIntro } from './wall-shown-steps';

/** How long the point rests before it is written: a drag is one write, not a hundred. */
const SAVE_AFTER_MS = 400;

/** Where a point not yet written is kept, so a reload gives it back (the facilitator's view). */
export interface WantedDraft {
  readonly initial: PresentingDraft['wanted'];
  readonly keep: (pending: PresentingDraft['wanted']) => void;
}

/**
 * Where we want to be: the team places one point together, by clicking or dragging in the window
 * (mouse, pen, touch) or with two sliders (keyboard, screen reader). It is kept with the workshop
 * (a locked read–change–write) and drawn beside the team's centre.
 */
export function WantedStep({ workshop, profile, draft }: { workshop: Workshop; profile: ShownTeamProfile; draft?: WantedDraft }) {
  const { t, i18n } = useTranslation('presenter');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const setWanted = useWorkshopStore((s) => s.setWanted);
  const statusId = useId();
  const centre = profile.window?.centre;
  const [point, setPoint] = useState<TeamPoint | undefined>(draft?.initial ? draft.initial.point : workshop.wanted);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The point not yet written: written at once when the step is left before the timer fires.
  const pending = useRef<{ next: TeamPoint | undefined } | null>(null);
  const start = point ?? { support: Math.round(centre?.support ?? 50), expectations: Math.round(centre?.expectations ?? 50) };

  const save = (next: TeamPoint | undefined) => {
    clearTimeout(timer.current);
    pending.current = { next };
    draft?.keep({ point: next });
    timer.current = setTimeout(() => {
      pending.current = null;
      void setWanted(workshop.id, next).then(({ written }) => {
        setStatus(written ? t('wanted.saved') : t('wanted.notSaved'));
        if (written && pending.current === null) draft?.keep(undefined);
      });
    }, SAVE_AFTER_MS);
  };
  // A point moved just before a reload comes back from the draft: write it now.
  const restored = useRef(draft?.initial);
  useEffect(() => {
    if (restored.current) save(restored.current.point);
    restored.current = undefined;
    // Once, on mount: `save` is this render's and reads nothing that changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const workshopId = workshop.id;
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current) void setWanted(workshopId, pending.current.next);
    },
    [workshopId, setWanted],
  );
  const change = (next: TeamPoint | undefined) => {
    setPoint(next);
    setStatus('');
    save(next);
  };

  return (
    <div className="wall-split">
      <div className="wall-chart">
        <WallWindow dots={profile.window?.dots} centre={centre} wanted={point} onPick={change} />
      </div>
      <div className="wall-side">
        <WantedIntro />
        <PointSliders
          value={start}
          labels={{ support: t('wanted.support'), expectations: t('wanted.expectations') }}
          step={1}
          rowClassName="wall-slider"
          onChange={change}
        />
        <p>
          {point
            ? t('wanted.summary', { support: formatNumber(point.support, lng), expectations: formatNumber(point.expectations, lng) })
            : t('wanted.none')}
        </p>
        <div className="wall-row">
          <button type="button" onClick={() => change(undefined)} disabled={!point}>
            {t('wanted.clear')}
          </button>
          <p role="status" id={statusId} className="wall-small">
            {status}
          </p>
        </div>
      </div>
    </div>
  );
}
