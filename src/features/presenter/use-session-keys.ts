import { usePresenterKeys, type PresenterCommand } from './use-presenter-keys';

type SessionCommand = Exclude<PresenterCommand, 'start' | 'resume'>;
const LEFT_TO_THE_BROWSER: readonly PresenterCommand[] = ['start', 'resume'];

/**
 * The presenter's keys in the two windows. Unlike the single screen, F5 is left to the browser
 * here: it reloads the window, and the shared state brings back the step (docs/presenter.md, "Two
 * windows"); a remote's "start" key therefore reloads instead of going to step 1.
 */
export function useSessionKeys(onCommand: (command: SessionCommand) => void): void {
  usePresenterKeys((command) => onCommand(command as SessionCommand), LEFT_TO_THE_BROWSER);
}
