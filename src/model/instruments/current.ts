import { SELF_CHECK_V2 } from './self-check-v2';
import type { Instrument } from './types';

/**
 * The self-check a new questionnaire uses: always the newest version. Its own file, so the home
 * page can count its statements without loading every instrument at start.
 */
export const CURRENT_SELF_CHECK: Instrument = SELF_CHECK_V2;
