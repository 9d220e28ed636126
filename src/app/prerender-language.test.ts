import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from '../lib/i18n';
import { PRERENDER_TEMPLATE_ID, prerenderLanguageScript } from './prerender-language';

/** Runs the inline script on a page with the Dutch screen in #root and the English one in its template. */
function runScript(): { lang: string; heading: string | null | undefined } {
  document.documentElement.lang = 'nl';
  document.body.innerHTML = `<div id="root"><h1>Welkom</h1></div><template id="${PRERENDER_TEMPLATE_ID}"><h1>Welcome</h1></template>`;
  new Function(prerenderLanguageScript(LANGUAGE_STORAGE_KEY))();
  return { lang: document.documentElement.lang, heading: document.querySelector('#root h1')?.textContent };
}

function browser(languages: readonly string[], stored: string | null | 'throws') {
  vi.stubGlobal('navigator', { languages, language: languages[0] });
  localStorage.clear();
  if (stored === 'throws') {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
  } else if (stored !== null) {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, stored);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the prerendered start screen chooses its language as the app will', () => {
  const cases: [readonly string[], string | null | 'throws'][] = [
    [['en-US', 'en'], null],
    [['nl-NL'], null],
    [['de-DE', 'en-GB'], null],
    [['fr-FR'], null],
    [[], null],
    [['en-US'], 'nl'],
    [['nl-BE'], 'en'],
    [['en-US'], 'klingon'],
    [['en-US'], 'throws'],
    [['de'], 'throws'],
  ];

  it.each(cases)('languages %j, stored %j', (languages, stored) => {
    browser(languages, stored);
    const app = detectLanguage();
    const page = runScript();
    expect(page.lang).toBe(app);
    expect(page.heading).toBe(app === 'en' ? 'Welcome' : 'Welkom');
  });
});
