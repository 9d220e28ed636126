/**
 * The start screen is prerendered (docs/performance.md) and the app renders over it when its
 * JavaScript has run. Someone who pressed Tab in between would lose their place: the element
 * with focus is replaced. The last element focused in the prerendered page is remembered and,
 * if focus was lost, the same element of the app's page gets it back.
 */
let lastKey: string | null = null;

const keyOf = (el: Element) => `${el.tagName}|${el.getAttribute('href') ?? ''}|${el.textContent?.trim() ?? ''}`;
const remember = (event: FocusEvent) => {
  if (event.target instanceof Element) lastKey = keyOf(event.target);
};

export function watchPrerenderFocus(): void {
  // Tab may have been pressed before this script ran.
  const active = document.activeElement;
  if (active !== null && active !== document.body) lastKey = keyOf(active);
  document.addEventListener('focusin', remember);
}

/** Once, when the app's first screen is in place. */
export function restorePrerenderFocus(): void {
  document.removeEventListener('focusin', remember);
  const active = document.activeElement;
  if (lastKey === null || (active !== null && active !== document.body)) return;
  const root = document.getElementById('root');
  const match = [...(root?.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]') ?? [])].find((el) => keyOf(el) === lastKey);
  lastKey = null;
  match?.focus();
}
