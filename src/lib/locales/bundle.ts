/** The texts of one language: namespace → nested keys. */
export type Bundle = Record<string, unknown>;
export type LanguageBundle = Record<string, Bundle>;

/** Turns `{ '…/locales/nl/home.json': {...} }` into `{ home: {...} }`. */
export function byNamespace(files: Record<string, Bundle>): LanguageBundle {
  const bundle: LanguageBundle = {};
  for (const [path, json] of Object.entries(files)) {
    const ns = /([^/]+)\.json$/.exec(path)?.[1];
    if (ns) bundle[ns] = json;
  }
  return bundle;
}

/** The namespaces of the start chunks (start-<lng>.ts): what the layout and the home page use. */
export const START_NAMESPACES = ['common', 'home', 'modes'] as const;
