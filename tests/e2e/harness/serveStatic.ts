import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from '../../../src/shared/contentSecurityPolicy';
import { assetFilePath, matchAssetRequestPath } from '../../../src/main/core/assets/assetNames';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticOptions {
  /** The library's image folder (<dataDir>/assets), served at /library-assets/ as app:// does. */
  assetsDir?: string;
}

/**
 * Serves the built renderer on 127.0.0.1 with the same CSP header the app:// protocol adds,
 * because Chromium will not run module scripts from file:// pages. Library images are routed
 * by the same strict rule as app:// (src/main/core/assets/assetNames.ts).
 */
export async function serveStatic(root: string, { assetsDir }: StaticOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const rawPathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const asset = matchAssetRequestPath(rawPathname);
    let file: string;
    let contentType: string | undefined;
    if (asset !== null) {
      if (asset === 'not-found' || !assetsDir) {
        response.writeHead(404).end('Not found');
        return;
      }
      file = assetFilePath(assetsDir, asset.hash, asset.ext);
      contentType = asset.mimeType;
    } else {
      let pathname: string;
      try {
        pathname = decodeURIComponent(rawPathname);
      } catch {
        response.writeHead(404).end('Not found');
        return;
      }
      file = path.resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
      if (!file.startsWith(base + path.sep)) {
        response.writeHead(404).end('Not found');
        return;
      }
    }
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentType ?? TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets would hold close() open; each harness closes its own server.
        server.closeAllConnections();
      }),
  };
}
