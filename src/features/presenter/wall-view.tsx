import { useTranslation } from 'react-i18next';
import { shownProfile } from '../../model/workshop/wall';
import type { Workshop } from '../../model/workshop/workshop';
import type { StepKey } from '../../model/presenter/steps';
import { StepBar } from './step-bar';
import { StepContent } from './step-content';
import type { WallData } from './use-wall-data';
import { ActionsShown, WantedShown } from './wall-shown-steps';

interface WallViewProps {
  workshop: Workshop;
  data: WallData;
  step: StepKey;
  index: number;
  onGo: (index: number) => void;
  /** The small copy in the facilitator's view: no second main landmark or level-1 heading there. */
  preview?: boolean;
}

/**
 * The room's part of the wall in a two-window presentation: the name, the step bar and the
 * step, nothing of the facilitator's (no late count, notes, timer or update). The wall window
 * shows it full size; the facilitator's view shows the same, small.
 */
export function WallView({ workshop, data, step, index, onGo, preview = false }: WallViewProps) {
  const { t } = useTranslation('presenter');
  const { wall, live, thenNow, steps } = data;
  const profile = shownProfile(wall);
  const headingId = `${preview ? 'preview' : 'wall'}-step-${step}`;
  const Main = preview ? 'div' : 'main';
  const Heading = preview ? 'h2' : 'h1';
  return (
    <>
      <header className="wall-top">
        <p className="wall-name">
          {workshop.demo === true && <span className="wall-badge">{t('demoBadge')}</span>}
          <span>{workshop.name}</span>
        </p>
        {/* The small copy leaves the step bar out: the facilitator's own is beside it, and one navigation "Stappen" per page. */}
        {!preview && <StepBar steps={steps} index={index} onGo={onGo} />}
      </header>
      <Main className="wall-main">
        <section aria-labelledby={headingId} className={`wall-step wall-step-${step}`}>
          <Heading id={headingId} className="wall-heading">
            {t(`steps.${step}`)}
          </Heading>
          {step === 'wanted' ? (
            profile && <WantedShown workshop={workshop} profile={profile} />
          ) : step === 'actions' ? (
            <ActionsShown workshop={workshop} />
          ) : (
            <StepContent step={step} workshop={workshop} wall={wall} live={live} thenNow={thenNow} />
          )}
        </section>
      </Main>
    </>
  );
}
