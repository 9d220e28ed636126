import startNl from '../lib/locales/start-nl';
import restNl from '../lib/locales/rest-nl';
import startEn from '../lib/locales/start-en';
import restEn from '../lib/locales/rest-en';

/** Both languages with every namespace at once, for tests that switch without waiting for a chunk. */
export const ALL_RESOURCES = { nl: { ...startNl, ...restNl }, en: { ...startEn, ...restEn } };
