import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepKey } from '../../model/presenter/steps';
import type { Workshop } from '../../model/workshop/workshop';
import type { WallData } from './use-wall-data';
import type { PresenterTheme } from './use-presenter-theme';
import { WallView } from './wall-view';

/** The size the copy is drawn at before it is scaled down to the width it has. */
const WIDTH = 1280;
const HEIGHT = 720;

interface LeadPreviewProps {
  workshop: Workshop;
  data: WallData;
  step: StepKey;
  index: number;
  blank: boolean;
  theme: PresenterTheme;
}

/**
 * The step as the room sees it, small. One image for assistive technology, named by what it
 * shows: the copy inside is inert, so its step bar and headings are neither reached by Tab nor
 * read a second time beside the facilitator's own controls.
 */
export function LeadPreview({ workshop, data, step, index, blank, theme }: LeadPreviewProps) {
  const { t } = useTranslation(['facilitator', 'presenter']);
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.4);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => setScale(el.clientWidth / WIDTH || 0.4));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const label = blank
    ? t('lead.previewBlank')
    : t('lead.preview', { step: index + 1, total: data.steps.length, name: t(`presenter:steps.${step}`) });
  return (
    <div ref={box} role="img" aria-label={label} className="lead-preview" style={{ height: HEIGHT * scale }}>
      <div inert className={`wall wall-${theme}`} style={{ width: WIDTH, height: HEIGHT, transform: `scale(${scale})` }}>
        <WallView workshop={workshop} data={data} step={step} index={index} onGo={() => undefined} preview />
        {blank && <div className="wall-blank" />}
      </div>
    </div>
  );
}
