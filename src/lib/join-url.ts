/**
 * The address a participant's phone opens: this same static app, with the workshop code in the
 * fragment. A fragment is never sent to any server, so the code stays on the devices.
 */
export function joinUrl(code: string, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}#/join/${code}`;
}
