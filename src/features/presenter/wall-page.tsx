import { useEffect, useEffectEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import type { Workshop } from '../../model/workshop/workshop';
import { useWorkshop } from '../../stores/workshop-store';
import { useFullscreen } from './use-fullscreen';
import { usePresenterTheme } from './use-presenter-theme';
import { useSessionKeys } from './use-session-keys';
import { useSharedSteps } from './use-shared-steps';
import { useWallData } from './use-wall-data';
import { WallView } from './wall-view';
import './presenter.css';
import './two-windows.css';

/**
 * The wall of a two-window presentation (`#/workshops/:id/wall`), in its own window on the
 * projector: what the room sees and nothing else. Its keys and clicker step both windows; B or
 * "." blanks this window only. Full screen needs a key or a tap here (browsers allow it only
 * from this window's own gesture), so until then a line says so.
 */
export default function WallPage() {
  const { t } = useTranslation(['facilitator', 'presenter']);
  const { id } = useParams();
  const workshop = useWorkshop(id);
  usePageTitle(workshop ? t('wall.pageTitle', { name: workshop.name }) : t('presenter:notFound'));
  if (!workshop) {
    return (
      <main className="wall wall-light">
        <p role="alert" className="wall-lead">
          {t('presenter:notFound')}
        </p>
        <Link to="/workshops">{t('presenter:back')}</Link>
      </main>
    );
  }
  return <Wall workshop={workshop} />;
}

function Wall({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation(['facilitator', 'presenter']);
  const data = useWallData(workshop);
  const { state, step, index, command, go } = useSharedSteps(workshop.id, 'wall', data);
  const { theme } = usePresenterTheme();
  const fullscreen = useFullscreen();
  useSessionKeys((c) => (c === 'fullscreen' ? fullscreen.toggle() : command(c)));

  // A tap anywhere on the wall (not on a step button) asks for full screen: a gesture in this
  // window is the only way a browser lets a page fill the projector.
  const enter = useEffectEvent((event: MouseEvent) => {
    if (!(event.target instanceof Element && event.target.closest('button, a'))) fullscreen.enter();
  });
  useEffect(() => {
    const listener = (event: MouseEvent) => enter(event);
    document.addEventListener('click', listener);
    return () => document.removeEventListener('click', listener);
  }, []);

  return (
    <div className={`wall wall-${theme} wall-room`} data-theme={theme} data-testid="wall">
      <WallView workshop={workshop} data={data} step={step} index={index} onGo={go} />
      {!fullscreen.full && (
        <p className="wall-room-hint" data-testid="wall-hint">
          {t('wall.fullscreenHint')}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {state.blank ? t('presenter:blanked') : t('presenter:status', { step: index + 1, total: data.steps.length, name: t(`presenter:steps.${step}`) })}
      </p>
      {state.blank && <div className="wall-blank" data-testid="blank" onClick={() => command('unblank')} aria-hidden="true" />}
    </div>
  );
}
