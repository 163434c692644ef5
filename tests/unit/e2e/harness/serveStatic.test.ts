import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from '../../../../src/shared/contentSecurityPolicy';
import { serveStatic, type StaticServer } from '../../../e2e/harness/serveStatic';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();
const servers: StaticServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A 1 x 1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const HASH = crypto.createHash('sha256').update(PNG).digest('hex');

/** A built renderer and a library beside it, as the e2e harness has them. */
async function start(withAssets = true): Promise<{ url: string; root: string }> {
  const root = tempDir('serve-static');
  fs.mkdirSync(path.join(root, 'renderer'));
  fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>Inkpress</title>');
  const assetsDir = path.join(root, 'library', 'assets');
  fs.mkdirSync(path.join(assetsDir, HASH.slice(0, 2)), { recursive: true });
  fs.writeFileSync(path.join(assetsDir, HASH.slice(0, 2), `${HASH}.png`), PNG);
  fs.writeFileSync(path.join(root, 'library', 'library.sqlite'), 'the database');
  const server = await serveStatic(path.join(root, 'renderer'), withAssets ? { assetsDir } : {});
  servers.push(server);
  return { url: server.url, root };
}

describe('the e2e static server', () => {
  it('serves library images at /library-assets/ like app:// does, with the same headers', async () => {
    const { url } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The page is <url>/index.html, so the stored relative src resolves here.
    const response = await fetch(new URL(`library-assets/${HASH}.png`, `${url}/index.html`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
  });

  it('still serves the renderer', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/index.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Inkpress</title>');
  });

  it('answers 404 for a missing image, a bad name or a climb out of the assets folder', async () => {
    const { url } = await start();
    for (const pathname of [
      `/library-assets/${'0'.repeat(64)}.png`,
      `/library-assets/${HASH}.svg`,
      `/library-assets/${HASH.slice(0, 2)}/${HASH}.png`,
      '/library-assets/..%2flibrary.sqlite',
      '/library-assets/..%2f..%2flibrary%2flibrary.sqlite',
      '/%E0%A4%A',
    ]) {
      const response = await fetch(`${url}${pathname}`);
      expect(response.status, pathname).toBe(404);
      expect(await response.text(), pathname).not.toContain('the database');
    }
  });

  it('serves no images without an assets folder', async () => {
    const { url } = await start(false);
    expect((await fetch(`${url}/library-assets/${HASH}.png`)).status).toBe(404);
  });
});
