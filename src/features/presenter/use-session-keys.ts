import { useEffect, useEffectEvent } from 'react';
import { commandOf, leftToTarget, type PresenterCommand } from './use-presenter-keys';

/**
 * The presenter's keys in the two windows. Unlike the single screen, F5 is left to the browser
 * here: it reloads the window, and the shared state brings back the step (docs/presenter.md, "Two
 * windows"); a remote's "start" key therefore reloads instead of going to step 1.
 */
export function useSessionKeys(onCommand: (command: Exclude<PresenterCommand, 'start' | 'resume'>) => void): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    const command = commandOf(event);
    if (!command || command === 'start' || command === 'resume' || leftToTarget(event.target, event.key)) return;
    if (command !== 'unblank') event.preventDefault();
    onCommand(command);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
