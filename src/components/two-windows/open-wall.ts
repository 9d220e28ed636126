/** The wall's window name per workshop: a second click (or the facilitator's "open again" link, lead-page.tsx) reuses that window instead of opening another. */
const wallWindowName = (workshopId: string) => `modusspiegel-wall-${workshopId}`;

/**
 * Opens the wall of a two-window presentation in its own window, to drag to the projector.
 * The address is this page's with another fragment, so it works from a host and from the single
 * file alike. False when the browser refused (a pop-up blocker): the caller says so.
 */
export function openWallWindow(workshopId: string): boolean {
  const url = `${window.location.href.split('#')[0]}#/workshops/${encodeURIComponent(workshopId)}/wall`;
  let opened: Window | null = null;
  try {
    // Not 'noopener': then the browser answers null even when it opened the window, and a block could not be told apart.
    opened = window.open(url, wallWindowName(workshopId), 'popup,width=1280,height=720');
  } catch {
    opened = null;
  }
  if (!opened) return false;
  try {
    opened.focus();
  } catch {
    /* focus is a courtesy */
  }
  return true;
}
