// Storage keys and the personal session's name, apart from the stores so that the start of the
// app can name them without loading the stores (src/stores/start-summary.ts).
export const PROGRESS_KEY = 'modusspiegel:progress';
export const HISTORY_KEY = 'modusspiegel:history';
/** The session of the personal self-check in the progress store. */
export const SELF_SESSION = 'self';
/** The session of the personal team climate check ("jouw beeld van je team", decision 87). */
export const CLIMATE_SESSION = 'climate';
