import { isClientFormVersion, type ClientFormVersion } from '../instruments/client-check';

/**
 * The client form's version in a client's or a colleague's link (`#/client/K7MQ4X/coach/v2`,
 * `#/mirror/K7MQ4X/v2`). Links made before version 2 existed have no such segment and stay
 * version 1, so a client who opens an old link answers the form of the conversation it belongs
 * to (decision 88). Version 1 is still written without the segment: such a link must read the
 * same on a phone whose app is older.
 */
export function formLinkSegment(version: ClientFormVersion): string {
  return version === 1 ? '' : `/v${version}`;
}

/** The version a link's segment names (absent: version 1), or null for a segment that names none. */
export function formVersionOfSegment(segment: string | undefined): ClientFormVersion | null {
  if (segment === undefined || segment === '') return 1;
  const match = /^v(\d{1,2})$/.exec(segment);
  const version = match ? Number(match[1]) : NaN;
  return version !== 1 && isClientFormVersion(version) ? version : null;
}
