import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import type { Net, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from '../../../src/shared/contentSecurityPolicy';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  registerAppScheme,
  resolveAppFile,
  resolveRendererFile,
  serveRenderer,
} from '../../../src/main/electron/rendererProtocol';
import { asElectron, createFakeElectron, type FakeElectron, type ProtocolHandler } from './fakeElectron';

let tempRoot: string;
let rendererDir: string;
/** A 1 x 1 PNG. */
const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

beforeEach(() => {
  tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'inkpress-renderer-'));
  rendererDir = path.join(tempRoot, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Inkpress</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log("inkpress");');
  // A file right next to the renderer folder, which no app:// URL may reach.
  fs.writeFileSync(path.join(tempRoot, 'secret.txt'), 'not for the page');
  fs.mkdirSync(path.join(tempRoot, 'renderer-evil'));
  fs.writeFileSync(path.join(tempRoot, 'renderer-evil', 'index.html'), 'sibling with a shared prefix');
});

afterEach(() => {
  fs.rmSync(tempRoot, { recursive: true, force: true });
});

describe('the app origin', () => {
  it('is app://inkpress, and the window starts at its index.html', () => {
    expect(APP_ORIGIN).toBe('app://inkpress');
    expect(APP_ENTRY_URL).toBe('app://inkpress/index.html');
  });

  it('registers app: as a standard, secure scheme that supports fetch', () => {
    const fake = createFakeElectron();
    registerAppScheme(asElectron<Protocol>(fake.protocol));
    expect(fake.protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
  });
});

describe('resolveRendererFile', () => {
  it('maps the root and index.html to the renderer index.html', () => {
    const index = path.join(rendererDir, 'index.html');
    expect(resolveRendererFile('app://inkpress/', rendererDir)).toBe(index);
    expect(resolveRendererFile('app://inkpress', rendererDir)).toBe(index);
    expect(resolveRendererFile('app://inkpress/index.html', rendererDir)).toBe(index);
  });

  it('maps asset paths into the renderer folder, ignoring query and hash', () => {
    const script = path.join(rendererDir, 'assets', 'x.js');
    expect(resolveRendererFile('app://inkpress/assets/x.js', rendererDir)).toBe(script);
    expect(resolveRendererFile('app://inkpress/assets/x.js?v=1#top', rendererDir)).toBe(script);
    expect(resolveRendererFile('app://inkpress/assets/my%20font.woff2', rendererDir)).toBe(path.join(rendererDir, 'assets', 'my font.woff2'));
  });

  it('works with a relative renderer folder too', () => {
    const relative = path.relative(process.cwd(), rendererDir);
    expect(resolveRendererFile('app://inkpress/index.html', relative)).toBe(path.join(rendererDir, 'index.html'));
  });

  it('keeps plain dot segments inside the folder (the URL parser collapses them)', () => {
    for (const url of ['app://inkpress/../secret.txt', 'app://inkpress/assets/../../secret.txt', 'app://inkpress/%2e%2e/secret.txt']) {
      expect(resolveRendererFile(url, rendererDir), url).toBe(path.join(rendererDir, 'secret.txt'));
    }
  });

  it('refuses malformed percent-encoding instead of throwing', () => {
    expect(resolveRendererFile('app://inkpress/%E0%A4%A', rendererDir)).toBeNull();
  });

  it('refuses percent-encoded paths that climb out of the renderer folder', () => {
    for (const url of [
      'app://inkpress/%2e%2e%2fsecret.txt',
      'app://inkpress/%2E%2E%2Fsecret.txt',
      'app://inkpress/assets/..%2f..%2fsecret.txt',
      'app://inkpress/%2e%2e%2frenderer-evil/index.html',
      'app://inkpress/%2f..%2fsecret.txt',
    ]) {
      expect(resolveRendererFile(url, rendererDir), url).toBeNull();
    }
  });

  it('keeps an absolute path smuggled in with encoded slashes inside the renderer folder', () => {
    const resolved = resolveRendererFile(`app://inkpress/${encodeURIComponent(path.join(tempRoot, 'secret.txt'))}`, rendererDir);
    expect(resolved?.startsWith(rendererDir + path.sep)).toBe(true);
  });

  it('refuses other hosts and other schemes', () => {
    for (const url of [
      'app://other/index.html',
      'app://inkpress.evil.example/index.html',
      'app://inkpress:8080/index.html',
      'https://inkpress/index.html',
      'file:///index.html',
      `file://${path.join(rendererDir, 'index.html')}`,
      'not a url',
    ]) {
      expect(resolveRendererFile(url, rendererDir), url).toBeNull();
    }
  });
});

describe('serveRenderer', () => {
  let fake: FakeElectron;

  function serve(): ProtocolHandler {
    fake = createFakeElectron();
    void fake.app.markReady();
    serveRenderer(asElectron<Protocol>(fake.protocol), asElectron<Net>(fake.net), rendererDir);
    const handler = fake.protocol.handlers.get('app');
    if (!handler) throw new Error('serveRenderer did not handle the app scheme');
    return handler;
  }

  const get = async (handler: ProtocolHandler, url: string): Promise<Response> => handler(new Request(url));

  it('serves renderer files with the CSP header and nosniff', async () => {
    const handler = serve();
    const response = await get(handler, 'app://inkpress/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Inkpress</title>');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES);
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/html');
  });

  it('serves assets with their own content type and the same headers', async () => {
    const handler = serve();
    const response = await get(handler, 'app://inkpress/assets/index.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("inkpress");');
    expect(response.headers.get('Content-Type')).toBe('text/javascript');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers 404 for anything outside the renderer folder, without reading it', async () => {
    const handler = serve();
    const fetchSpy = vi.spyOn(fake.net, 'fetch');
    for (const url of ['app://inkpress/%2e%2e%2fsecret.txt', 'app://inkpress/..%2fsecret.txt', 'app://other/index.html']) {
      const response = await get(handler, url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('not for the page');
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('reads files through net.fetch with a file:// URL of the resolved path', async () => {
    const handler = serve();
    const fetchSpy = vi.spyOn(fake.net, 'fetch');
    await get(handler, 'app://inkpress/');
    expect(fetchSpy.mock.calls).toEqual([[pathToFileURL(path.join(rendererDir, 'index.html')).toString()]]);
  });
});

describe('library images at app://inkpress/library-assets/', () => {
  const HASH = crypto.createHash('sha256').update(PNG_BYTES).digest('hex');
  let assetsDir: string;
  let fake: FakeElectron;

  beforeEach(() => {
    assetsDir = path.join(tempRoot, 'library', 'assets');
    fs.mkdirSync(path.join(assetsDir, HASH.slice(0, 2)), { recursive: true });
    fs.writeFileSync(path.join(assetsDir, HASH.slice(0, 2), `${HASH}.png`), PNG_BYTES);
    fs.writeFileSync(path.join(tempRoot, 'library', 'library.sqlite'), 'the database');
  });

  function serve(options: { assetsDir?: string } = { assetsDir }): ProtocolHandler {
    fake = createFakeElectron();
    void fake.app.markReady();
    serveRenderer(asElectron<Protocol>(fake.protocol), asElectron<Net>(fake.net), rendererDir, options);
    const handler = fake.protocol.handlers.get('app');
    if (!handler) throw new Error('serveRenderer did not handle the app scheme');
    return handler;
  }

  it('resolves an asset name to its file in the assets folder, with its type', () => {
    expect(resolveAppFile(`app://inkpress/library-assets/${HASH}.png`, rendererDir, assetsDir)).toEqual({
      file: path.join(assetsDir, HASH.slice(0, 2), `${HASH}.png`),
      contentType: 'image/png',
    });
    expect(resolveAppFile(`app://inkpress/library-assets/${HASH}.webp?v=2#x`, rendererDir, assetsDir)).toMatchObject({ contentType: 'image/webp' });
    expect(resolveAppFile('app://inkpress/index.html', rendererDir, assetsDir)).toEqual({ file: path.join(rendererDir, 'index.html') });
  });

  it('resolves nothing for a /library-assets/ path that is not exactly an asset name, or on another host', () => {
    for (const url of [
      'app://inkpress/library-assets/',
      'app://inkpress/library-assets/..%2flibrary.sqlite',
      'app://inkpress/library-assets/%2e%2e%2f%2e%2e%2flibrary%2flibrary.sqlite',
      `app://inkpress/library-assets/${HASH.slice(0, 2)}/${HASH}.png`,
      `app://inkpress/library-assets/${HASH.toUpperCase()}.png`,
      `app://inkpress/library-assets/${HASH}.svg`,
      `app://inkpress/library-assets/${HASH}.png%00.html`,
      `app://other/library-assets/${HASH}.png`,
    ]) {
      expect(resolveAppFile(url, rendererDir, assetsDir), url).toBeNull();
    }
    expect(resolveAppFile(`app://inkpress/library-assets/${HASH}.png`, rendererDir, undefined)).toBeNull();
  });

  it('serves an image with its Content-Type, the CSP header and nosniff', async () => {
    const handler = serve();
    const response = await handler(new Request(`app://inkpress/library-assets/${HASH}.png`));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG_BYTES);
    expect(response.headers.get('Content-Type')).toBe('image/png');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers 404 for a missing image, a bad name or a climb out, reading nothing it should not', async () => {
    const handler = serve();
    const fetchSpy = vi.spyOn(fake.net, 'fetch');
    expect((await handler(new Request(`app://inkpress/library-assets/${'0'.repeat(64)}.png`))).status).toBe(404);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    for (const url of [
      'app://inkpress/library-assets/..%2flibrary.sqlite',
      'app://inkpress/library-assets/..%2f..%2flibrary%2flibrary.sqlite',
      `app://inkpress/library-assets/${HASH}.txt`,
    ]) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('the database');
    }
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('serves no images when it was not given the assets folder', async () => {
    const handler = serve({});
    expect((await handler(new Request(`app://inkpress/library-assets/${HASH}.png`))).status).toBe(404);
    expect((await handler(new Request('app://inkpress/index.html'))).status).toBe(200);
  });
});
