import { shownClimate, shownProfile, type WallFigures } from '../../model/workshop/wall';
import type { LinkedThenAndNow } from '../../model/workshop/same-team';
import type { Workshop } from '../../model/workshop/workshop';
import { ActionsStep } from './actions-step';
import { AgendaStep } from './agenda-step';
import { ClimateStep } from './climate-step';
import { CountStep } from './count-step';
import { DifferStep } from './differ-step';
import { JoinStep } from './join-step';
import { ModesStep } from './modes-step';
import type { StepKey } from '../../model/presenter/steps';
import { ThenNowStep } from './then-now-step';
import { WantedStep } from './wanted-step';
import { WindowStep } from './window-step';

interface StepContentProps {
  step: StepKey;
  workshop: Workshop;
  /** The team as the wall shows it (the snapshot). */
  wall: WallFigures;
  /** The team as it stands now, for the live count. */
  live: WallFigures;
  /** Then and now with the linked earlier workshop; null without a link (the step is left out then). */
  thenNow: LinkedThenAndNow | null;
}

/** The one step on the wall; a team step renders nothing without its data (presenterSteps leaves it out then). */
export function StepContent({ step, workshop, wall, live, thenNow }: StepContentProps) {
  const profile = shownProfile(wall);
  const climate = shownClimate(wall);
  switch (step) {
    case 'join':
      return <JoinStep workshop={workshop} />;
    case 'count':
      return <CountStep workshop={workshop} live={live} />;
    case 'window':
      return profile && <WindowStep profile={profile} />;
    case 'modes':
      return profile && <ModesStep profile={profile} />;
    case 'climate':
      return climate && <ClimateStep climate={climate} />;
    case 'thenNow':
      return thenNow && <ThenNowStep now={wall} thenNow={thenNow} />;
    case 'differ':
      return <DifferStep differences={wall.differences} personWord={workshop.personWord} />;
    case 'agenda':
      return <AgendaStep agenda={wall.agenda} several={workshop.questionnaires.length > 1} personWord={workshop.personWord} />;
    case 'wanted':
      return profile && <WantedStep workshop={workshop} profile={profile} />;
    case 'actions':
      return <ActionsStep workshop={workshop} />;
  }
}
