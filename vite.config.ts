import { createServer, defineConfig, type Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { viteSingleFile } from 'vite-plugin-singlefile';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { PRERENDER_TEMPLATE_ID, prerenderLanguageScript } from './src/app/prerender-language.ts';
import { LANGUAGE_STORAGE_KEY } from './src/lib/language-key.ts';

/** Chooses the prerendered start screen's language before the first paint (src/app/prerender-language.ts). */
const LANGUAGE_SCRIPT = prerenderLanguageScript(LANGUAGE_STORAGE_KEY);
const LANGUAGE_SCRIPT_HASH = `'sha256-${createHash('sha256').update(LANGUAGE_SCRIPT).digest('base64')}'`;

/**
 * The Content-Security-Policy is injected at build time only: Vite's dev server needs an inline
 * preamble and a websocket for hot reload, which a strict policy would block. Everything the
 * built app loads comes from its own origin; `blob:`/`data:` images are QR codes and chart
 * exports made in the page itself, and the camera stream is a `blob:`/mediastream.
 */
const CSP = [
  "default-src 'self'",
  // The one inline script, the start screen's language, by its hash: no other inline script runs.
  `script-src 'self' ${LANGUAGE_SCRIPT_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The single file starts its workers from blob: URLs (INLINE_WORKERS): only a script the policy
 * already lets run can make one, and the worker inherits this policy (connect-src 'self').
 */
const SINGLE_FILE_CSP = CSP.replace("worker-src 'self'", "worker-src 'self' blob:");

/**
 * Headers a static host should send (docs/hosting.md). A meta tag cannot carry `frame-ancestors`
 * (browsers ignore it there), so framing is only forbidden when the host sends these: the build
 * writes them as `_headers` (Netlify, Cloudflare Pages and similar read that file).
 */
const HEADERS = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
};

function contentSecurityPolicy(single: boolean): Plugin {
  return {
    name: 'modusspiegel-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${single ? SINGLE_FILE_CSP : CSP}" />`,
      );
    },
    generateBundle() {
      if (single) return;
      const lines = Object.entries(HEADERS).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}

/**
 * The single file (`npm run build:single`) carries its script inline, which `script-src 'self'`
 * forbids: the policy names that one script by its hash instead, so it stays as strict as the
 * hosted app's (no other inline script can run). The icon becomes a data: URL, as there are no
 * other files. Runs after vite-plugin-singlefile has inlined everything.
 */
function singleFilePolicy(): Plugin {
  let outDir = '';
  return {
    name: 'modusspiegel-single-file-csp',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After every generateBundle hook, vite-plugin-singlefile's included: the file on disk is final.
    writeBundle() {
      const file = `${outDir}/index.html`;
      const source = readFileSync(file, 'utf8');
      const hashes = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
        .filter(([, code]) => code)
        .map(([, code]) => `'sha256-${createHash('sha256').update(code as string).digest('base64')}'`);
      if (hashes.length === 0) throw new Error('single file: no inline script found to allow in the CSP');
      const icon = `data:image/svg+xml;base64,${readFileSync(new URL('./public/icon.svg', import.meta.url)).toString('base64')}`;
      writeFileSync(file, source.replace(/script-src [^;"]*/, `script-src ${hashes.join(' ')}`).replace('href="./icon.svg"', `href="${icon}"`));
    },
  };
}

/**
 * The start screen (Dutch, and English in a template) written into index.html, so it paints before the scripts have run
 * and nothing moves when the app renders the same screen over it (src/app/prerender.tsx).
 */
function prerenderStartScreen(): Plugin {
  return {
    name: 'modusspiegel-prerender',
    apply: 'build',
    async transformIndexHtml(html) {
      const server = await createServer({
        configFile: false,
        root: fileURLToPath(new URL('.', import.meta.url)),
        logLevel: 'error',
        plugins: [react()],
        resolve: { alias: [ROUTER_ALIAS] },
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { prerenderHome } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as { prerenderHome: (lng: 'nl' | 'en') => string };
        const nl = prerenderHome('nl');
        const en = prerenderHome('en');
        return html.replace(
          '<div id="root"></div>',
          `<div id="root">${nl}</div><template id="${PRERENDER_TEMPLATE_ID}">${en}</template><script>${LANGUAGE_SCRIPT}</script>`,
        );
      } finally {
        await server.close();
      }
    },
  };
}

/** The entry chunk's stylesheet (the entry is `index`; lazy chunks' styles carry their own names). */
const ENTRY_CSS = /(^|\/)index-[^/]*\.css$/;

/**
 * The start's stylesheet inline in index.html: the prerendered screen paints as soon as the HTML
 * has arrived, without waiting a round trip for a render-blocking CSS file (about 3 kB gzip).
 * The CSP allows inline styles. The single file inlines everything itself.
 */
function inlineStartStyles(): Plugin {
  return {
    name: 'modusspiegel-inline-start-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*href="(?:\.\/)?([^"]+\.css)"[^>]*>/g, (tag, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset' || !ENTRY_CSS.test(fileName)) return tag;
          // The file stays, named by a disabled link, which browsers do not fetch: Vite's loader of
          // lazy chunks looks for that link before adding the entry's stylesheet again (a second
          // copy late in the cascade would override the lazy chunks' own styles).
          return `<style>${String(asset.source)}</style><link rel="stylesheet" href="./${fileName}" disabled>`;
        });
      },
    },
  };
}

/**
 * `react-router` is the app's own small router (src/lib/router, docs/decisions.md): the same API
 * for what the app uses, 11 kB gzip less at start. vitest.config.ts and tsconfig.app.json say the same.
 */
const ROUTER_ALIAS = { find: /^react-router$/, replacement: fileURLToPath(new URL('./src/lib/router/index.ts', import.meta.url)) };

/** `import W from './x.worker?worker'` becomes `?worker&inline` in the single file. */
const INLINE_WORKERS = { find: /^(.+)\?worker$/, replacement: '$1?worker&inline' };

export default defineConfig(({ mode }) => {
  // `vite build --mode single`: one HTML file with everything inlined, for file:// (README).
  const single = mode === 'single';
  return {
    // The single file has no file beside it for a worker: there every worker is inlined and started
    // from a blob: URL (the CSP's worker-src allows blob: in that build only, contentSecurityPolicy).
    resolve: { alias: [ROUTER_ALIAS, ...(single ? [INLINE_WORKERS] : [])] },
    // Relative base: the static app can be served from any folder of any host.
    base: './',
    plugins: [
      react(),
      contentSecurityPolicy(single),
      prerenderStartScreen(),
      ...(single ? [] : [inlineStartStyles()]),
      ...(single ? [viteSingleFile(), singleFilePolicy()] : []),
      VitePWA({
        // No service worker can run from file://; the single file has no other files to cache anyway.
        disable: single,
        // A new version waits to be chosen (src/lib/pwa.ts): never a reload in the middle of a questionnaire.
        registerType: 'prompt',
        // Registration from a bundled script, not an inline one: the CSP forbids inline scripts.
        injectRegister: null,
        manifest: {
          name: 'Modusspiegel',
          short_name: 'Modusspiegel',
          description: 'Reflectie op steun en verwachtingen in zorg en welzijn',
          lang: 'nl',
          start_url: './',
          scope: './',
          display: 'standalone',
          background_color: '#fbfaf7',
          theme_color: '#1d4e5f',
          icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
        },
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
          navigateFallback: 'index.html',
        },
      }),
    ],
    // No modulepreload polyfill (0.5 kB at start): every browser the app supports preloads modules
    // itself, and one that does not still loads them, only later.
    build: { target: 'es2022', sourcemap: false, modulePreload: {
        polyfill: false,
        // The first screen lists no JavaScript to preload for each lazy page (1.7 kB of names at
        // start for 25 routes): a page's chunk fetches its own imports, which the service worker
        // serves from the device. Stylesheets are never in this list; they still load with the page.
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? [] : deps),
      }, ...(single ? { outDir: 'dist-single' } : {}) },
    // The single file has nothing beside it: the icon is inlined (singleFilePolicy), nothing copied.
    ...(single ? { publicDir: false as const, define: { 'import.meta.env.VITE_SINGLE_FILE': JSON.stringify('1') } } : {}),
    server: { port: 5173 },
  };
});
