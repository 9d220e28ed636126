import { useEffect, useEffectEvent } from 'react';

export type PresenterCommand = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'blank' | 'start' | 'resume' | 'unblank';

/**
 * A key as a slide deck reads it, or null when the key is not ours. Remotes send → / PageDown /
 * Space for next and ← / PageUp for back, F5 (start) and Shift+F5 (resume here), and "." or B
 * for a blank screen. With Ctrl, Alt or Meta a key belongs to the browser.
 */
export function commandOf(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): PresenterCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'F5':
      return event.shiftKey ? 'resume' : 'start';
    case 'Escape':
      return 'unblank';
    default:
      return null;
  }
}

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="slider"]';
const PRESSABLE = 'button, a[href], summary, [role="button"]';

/**
 * Whether a key pressed with focus on `target` is left to that element: every key in a text
 * field, select or slider (typing an action, moving the wanted point); Space and Enter on a
 * button or link, which press it (a mouse click on a control lets go of the focus, see
 * presenter-page.tsx, so a remote's Space after a click still means "next"). F5 is always ours:
 * a remote's "start" must never reload the page.
 */
export function leftToTarget(target: EventTarget | null, key: string): boolean {
  if (key === 'F5') return false;
  if (!(target instanceof Element)) return false;
  if (target.closest(TYPING)) return true;
  return (key === ' ' || key === 'Enter') && target.closest(PRESSABLE) !== null;
}

/**
 * Listens on the whole window, so a remote works wherever the focus is (except in a field).
 * `skip`: commands this screen leaves to the browser (the two windows leave F5 to it).
 */
export function usePresenterKeys(onCommand: (command: PresenterCommand) => void, skip: readonly PresenterCommand[] = []): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    const command = commandOf(event);
    if (!command || skip.includes(command) || leftToTarget(event.target, event.key)) return;
    // Esc also leaves full screen; the browser does that itself, we only take the blank away.
    if (command !== 'unblank') event.preventDefault();
    onCommand(command);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

/**
 * A control of the top or bottom bar clicked with the mouse (detail > 0; a key press gives 0)
 * lets go of the focus: otherwise a remote's Space would press that control again (the theme,
 * full screen) instead of stepping on. Keyboard users keep their focus where it is.
 */
export function useReleaseClickedControls(): void {
  useEffect(() => {
    const release = (event: MouseEvent) => {
      if (event.detail === 0 || !(event.target instanceof Element)) return;
      const control = event.target.closest('.wall-top button, .wall-bottom button');
      if (control instanceof HTMLElement) control.blur();
    };
    document.addEventListener('click', release);
    return () => document.removeEventListener('click', release);
  }, []);
}
