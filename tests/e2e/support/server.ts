import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { preview } from 'vite';

export interface StaticServer {
  /** The origin the build is served from, without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the production build in `dist/` with Vite's own preview server (the same one
 * `npm run preview` uses, so the project's vite.config.ts applies) on a free port of 127.0.0.1.
 */
export async function startStaticServer(root = process.cwd()): Promise<StaticServer> {
  const outDir = resolve(root, 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`${outDir}/index.html is missing: run npm run build first.`);
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  // Port 0 lets the OS choose; the bound address is the only reliable source of the port.
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address) {
    await server.close();
    throw new Error('The preview server did not start listening.');
  }
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
