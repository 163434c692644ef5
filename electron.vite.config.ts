import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import { CONTENT_SECURITY_POLICY } from './src/shared/contentSecurityPolicy';
import { assetFilePath, assetsDirOf, matchAssetRequestPath } from './src/main/core/assets/assetNames';
import { resolveDataDir } from './src/main/core/dataDir';
import { threadScripts } from './build/threadScripts';

/**
 * Puts the app's CSP into the built index.html. Only in builds: the dev server's hot reload
 * needs an inline script, and in dev the Electron shell sends a looser header instead.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'inkpress-csp-meta',
    apply: 'build',
    // Right after <meta charset>: a CSP meta only governs what follows it.
    transformIndexHtml: (html) => {
      const charset = /(<meta charset="UTF-8" \/>)/i;
      // A build without its CSP must never ship silently.
      if (!charset.test(html)) throw new Error('index.html needs <meta charset="UTF-8" /> for the CSP to follow');
      return html.replace(charset, `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}

const root = dirname(fileURLToPath(import.meta.url));

/**
 * In dev the page comes from the Vite server, so the relative library-assets/ image URLs go
 * there: serve them from the library, by the same strict rule as the app:// protocol.
 */
function libraryAssetsInDev(): Plugin {
  return {
    name: 'inkpress-library-assets',
    apply: 'serve',
    configureServer(server) {
      const assetsDir = assetsDirOf(resolveDataDir(undefined));
      server.middlewares.use((request, response, next) => {
        const asset = matchAssetRequestPath(new URL(request.url ?? '/', 'http://localhost').pathname);
        if (asset === null) return next();
        const file = asset === 'not-found' ? null : assetFilePath(assetsDir, asset.hash, asset.ext);
        if (!file || asset === 'not-found' || !fs.existsSync(file)) {
          response.statusCode = 404;
          response.end('Not found');
          return;
        }
        response.setHeader('Content-Type', asset.mimeType);
        response.setHeader('X-Content-Type-Options', 'nosniff');
        fs.createReadStream(file).pipe(response);
      });
    },
  };
}

export default defineConfig({
  main: {
    plugins: [threadScripts(root)],
    build: {
      rollupOptions: { input: { index: resolve(root, 'src/main/electron/main.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be CommonJS (an ESM preload would require sandbox: false).
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    plugins: [react(), contentSecurityPolicyMeta(), libraryAssetsInDev()],
    build: {
      minify: true,
      // A desktop app loads its bundle from disk; one chunk is simplest and fast enough.
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
  },
});
