import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { START_NAMESPACES, type LanguageBundle } from './locales/bundle';
import { LANGUAGE_STORAGE_KEY } from './language-key';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_NS = 'common';
export { LANGUAGE_STORAGE_KEY };

/**
 * The texts are bundled, never fetched from elsewhere, and precached by the service worker. Per
 * language there are two chunks: the first screen's namespaces (loaded before the first render)
 * and all the others (loaded right after it; every screen but the home page waits for them, see
 * `useAllTexts`). The other language is loaded only when someone switches.
 */
type Loader = () => Promise<{ default: LanguageBundle }>;
const START: Record<Language, Loader> = {
  nl: () => import('./locales/start-nl'),
  en: () => import('./locales/start-en'),
};
const REST: Record<Language, Loader> = {
  nl: () => import('./locales/rest-nl'),
  en: () => import('./locales/rest-en'),
};

export function currentLanguage(lng: string | undefined): Language {
  return lng?.startsWith('en') ? 'en' : 'nl';
}

function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The remembered choice, else the first language the browser asks for that we have, else Dutch. */
export function detectLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    /* storage disabled: fall through to the browser's languages */
  }
  const asked = globalThis.navigator?.languages ?? [globalThis.navigator?.language];
  for (const tag of asked) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'nl';
}

/** The first screen's texts of a language. */
export async function loadLanguage(lng: Language): Promise<LanguageBundle> {
  return (await START[lng]()).default;
}

const rest = new Map<Language, Promise<void>>();

/**
 * Adds every other namespace of the language; one promise per language, so React's `use` can
 * wait for it. Resolves at once where the texts are already there (tests bundle everything).
 */
export function allTexts(lng: Language): Promise<void> {
  let loading = rest.get(lng);
  if (!loading) {
    loading = REST[lng]().then(({ default: bundle }) => {
      for (const [ns, texts] of Object.entries(bundle)) i18n.addResourceBundle(lng, ns, texts, true, true);
    });
    rest.set(lng, loading);
  }
  return loading;
}

function remember(lng: string) {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    /* the choice then lasts for this visit only */
  }
}

/**
 * Starts i18n with the given texts. `resources` may hold one language (the app) or all of them
 * (tests); a language that is not there is loaded by `switchLanguage`.
 */
export function setupI18n(options: { lng: Language; resources: Partial<Record<Language, LanguageBundle>> }) {
  const { lng, resources } = options;
  for (const [given, bundle] of Object.entries(resources)) {
    const complete = Object.keys(bundle).some((ns) => !(START_NAMESPACES as readonly string[]).includes(ns));
    if (complete) rest.set(given as Language, Promise.resolve());
  }
  void i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'nl',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    ns: Object.keys(resources[lng] ?? {}),
    defaultNS: DEFAULT_NS,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  // No document when the start screen is rendered at build time (src/app/prerender.tsx).
  if (typeof document === 'undefined') return i18n;
  i18n.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
    // Every change of language is remembered, a test's fixed language too.
    remember(changed);
  });
  document.documentElement.lang = i18n.resolvedLanguage ?? lng;
  return i18n;
}

/** Loads the language's texts when they are not there yet, then switches every text to it. */
export async function switchLanguage(lng: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lng, DEFAULT_NS)) {
    const bundle = await loadLanguage(lng);
    for (const [ns, texts] of Object.entries(bundle)) i18n.addResourceBundle(lng, ns, texts, true, true);
  }
  await allTexts(lng);
  await i18n.changeLanguage(lng);
}
