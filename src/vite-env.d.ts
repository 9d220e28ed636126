/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set in the single-file build (`npm run build:single`): no service worker, a file:// page. */
  readonly VITE_SINGLE_FILE?: string;
}
