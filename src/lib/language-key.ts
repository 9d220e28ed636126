/** Where the chosen language is remembered; also read by the start screen's inline script (vite.config.ts). */
export const LANGUAGE_STORAGE_KEY = 'modusspiegel:language';
