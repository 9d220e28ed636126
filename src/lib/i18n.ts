import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_NS = 'common';
export const LANGUAGE_STORAGE_KEY = 'modusspiegel:language';

type Bundle = Record<string, unknown>;

/**
 * Every locale file is bundled (eager glob): the app never fetches a text at run time, so it
 * works offline and makes no request that could leave the device.
 */
const files = import.meta.glob<Bundle>('../../locales/*/*.json', { eager: true, import: 'default' });

export function bundledResources(): Record<string, Record<string, Bundle>> {
  const resources: Record<string, Record<string, Bundle>> = {};
  for (const [path, bundle] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng, ns] = match as unknown as [string, string, string];
    (resources[lng] ??= {})[ns] = bundle;
  }
  return resources;
}

export function setupI18n(options: { lng?: Language } = {}) {
  const resources = bundledResources();
  // The detector also remembers each change of language (localStorage), even when a test fixes it.
  i18n.use(LanguageDetector);
  void i18n.use(initReactI18next).init({
    resources,
    lng: options.lng,
    fallbackLng: 'nl',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    ns: Object.keys(resources.nl ?? {}),
    defaultNS: DEFAULT_NS,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = i18n.resolvedLanguage ?? 'nl';
  return i18n;
}

export function currentLanguage(lng: string | undefined): Language {
  return lng?.startsWith('en') ? 'en' : 'nl';
}
