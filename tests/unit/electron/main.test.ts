import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, vi, beforeEach } from 'vitest';
import type { MenuItemConstructorOptions, KeyboardEvent, MenuItem } from 'electron';
import { CHANNELS } from '../../../src/shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/contentSecurityPolicy';
import { LIBRARY_FILE_NAME } from '../../../src/main/core/db/openDatabase';
import { createServices } from '../../../src/main/core/services';
import type { SettingsPatch } from '../../../src/shared/settings';
import { useFakeMainProcess } from './fakeMainProcess';
import { fakeEvent, FakeWebContents, type FakeBrowserWindow, type FakeElectron, type FakeFrame } from './fakeElectron';

const DEV_SERVER = 'http://localhost:5173';
const APP_FRAME: FakeFrame = { url: 'app://inkpress/index.html', parent: null };
const DEV_FRAME: FakeFrame = { url: `${DEV_SERVER}/`, parent: null };
const EVIL_FRAME: FakeFrame = { url: 'https://evil.example/', parent: null };

let fake: FakeElectron;
let tempRoot: string;
let dataDir: string;
useFakeMainProcess('inkpress-main-', (context) => {
  ({ fake, tempRoot, dataDir } = context);
});

/** Runs main.ts as Electron would: the module first, then app 'ready'. */
async function importMain(): Promise<void> {
  await import('../../../src/main/electron/main');
}

async function startApp(): Promise<FakeBrowserWindow> {
  await importMain();
  await fake.app.markReady();
  // Let the whenReady().then(...) callback run.
  await new Promise(setImmediate);
  expect(fake.windows).toHaveLength(1);
  const [window] = fake.windows;
  if (!window) throw new Error('no window');
  return window;
}

function fileMenuItem(label: string): MenuItemConstructorOptions {
  const template = fake.menuState.applicationMenu?.template as MenuItemConstructorOptions[] | undefined;
  const file = template?.find((item) => item.label === '&File');
  const submenu = Array.isArray(file?.submenu) ? file.submenu : [];
  const item = submenu.find((entry) => entry.label === label);
  if (!item) throw new Error(`no File > ${label} in the application menu`);
  return item;
}

describe('before the app is ready', () => {
  it('registers app:// as a privileged scheme', async () => {
    await importMain();
    expect(fake.app.isReady()).toBe(false);
    expect(fake.protocol.privilegedSchemes.map((scheme) => scheme.scheme)).toEqual(['app']);
    expect(fake.windows).toEqual([]);
  });

  it('leaves, without a window, when another Inkpress holds the single-instance lock', async () => {
    fake.app.singleInstanceLock = false;
    await importMain();
    expect(fake.app.quitCount).toBe(1);
    await fake.app.markReady();
    await new Promise(setImmediate);
    expect(fake.windows).toEqual([]);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.app.listenerCount('second-instance')).toBe(0);
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});

describe('once the app is ready', () => {
  it('opens one secure window on app://inkpress with the CommonJS preload', async () => {
    const window = await startApp();
    const preferences = window.options.webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(preferences?.preload?.split(path.sep).join('/')).toMatch(/(^|\/)preload\/index\.cjs$/);
    expect(path.isAbsolute(preferences?.preload ?? '')).toBe(true);
    expect(window.loadedUrls).toEqual(['app://inkpress/index.html']);
  });

  it('opens the library in INKPRESS_DATA_DIR', async () => {
    await startApp();
    expect(fs.existsSync(path.join(dataDir, LIBRARY_FILE_NAME))).toBe(true);
  });

  it('serves every channel of the contract over IPC', async () => {
    await startApp();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('hardens the session, serves app:// from the renderer folder and sends no dev CSP', async () => {
    await startApp();
    expect(fake.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(fake.session.defaultSession.permissionCheckHandler?.(null, 'media', 'app://inkpress', {})).toBe(false);
    expect(fake.protocol.handlers.has('app')).toBe(true);
    expect(fake.session.defaultSession.headersReceivedListener).toBeNull();
  });

  it('serves an image imported over IPC at its relative src, from the library in INKPRESS_DATA_DIR', async () => {
    await startApp();
    // A 1 x 1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const answer = (await fake.ipcMain.invoke('assets:import', { fileName: 'dot.png', mimeType: 'image/png', dataBase64: png.toString('base64') }, APP_FRAME)) as {
      ok: true;
      value: { src: string; hash: string };
    };
    expect(answer).toMatchObject({ ok: true, value: { src: expect.stringMatching(/^library-assets\/[0-9a-f]{64}\.png$/) } });
    expect(fs.existsSync(path.join(dataDir, 'assets', answer.value.hash.slice(0, 2), `${answer.value.hash}.png`))).toBe(true);

    const handler = fake.protocol.handlers.get('app');
    if (!handler) throw new Error('app:// is not served');
    // The page is app://inkpress/index.html, so the relative src resolves on the same origin.
    const response = await handler(new Request(new URL(answer.value.src, 'app://inkpress/index.html')));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(png);
  });

  it('sets an application menu whose commands reach the window', async () => {
    const window = await startApp();
    expect(fake.menuState.applicationMenu).not.toBeNull();
    fileMenuItem('New Draft').click?.({} as MenuItem, undefined, {} as KeyboardEvent);
    expect(window.webContents.sent).toEqual([{ channel: 'menu:command', args: ['new-draft'] }]);
  });

  it("answers the app's own main frame", async () => {
    await startApp();
    expect(await fake.ipcMain.invoke('drafts:list', undefined, APP_FRAME)).toEqual({ ok: true, value: [] });
  });

  it('refuses IPC from another origin, a subframe or the dev server origin', async () => {
    await startApp();
    for (const frame of [EVIL_FRAME, { url: APP_FRAME.url, parent: APP_FRAME }, DEV_FRAME, null]) {
      const answer = await fake.ipcMain.invoke('drafts:create', { title: 'Injected' }, frame);
      expect(answer, frame?.url ?? 'no frame').toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('hardens every new web contents', async () => {
    await importMain();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', fakeEvent(), contents);

    const away = fakeEvent();
    contents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.defaultPrevented).toBe(true);
    const home = fakeEvent();
    contents.emit('will-navigate', home, 'app://inkpress/index.html');
    expect(home.defaultPrevented).toBe(false);

    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);

    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.openedExternally).toEqual(['https://example.com/']);
  });

  it('focuses the window when a second Inkpress starts, restoring it if minimized', async () => {
    const window = await startApp();
    fake.app.emit('second-instance', fakeEvent(), [], tempRoot);
    expect(window.focusCount).toBe(1);
    expect(window.restoreCount).toBe(0);

    window.minimized = true;
    fake.app.emit('second-instance', fakeEvent(), [], tempRoot);
    expect(window.restoreCount).toBe(1);
    expect(window.focusCount).toBe(2);
  });

  it('ignores a second instance after the window has closed', async () => {
    const window = await startApp();
    window.destroy();
    expect(() => fake.app.emit('second-instance', fakeEvent(), [], tempRoot)).not.toThrow();
    expect(window.focusCount).toBe(0);
  });

  it("opens a new window on 'activate' only when none is open", async () => {
    const window = await startApp();
    fake.app.emit('activate');
    expect(fake.windows).toHaveLength(1);
    window.destroy();
    fake.app.emit('activate');
    expect(fake.windows).toHaveLength(2);
    expect(fake.windows[1]?.loadedUrls).toEqual(['app://inkpress/index.html']);
  });

  it('quits when the last window closes, except on macOS', async () => {
    await startApp();
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCount).toBe(process.platform === 'darwin' ? 0 : 1);
  });

  it('quits after the window has saved and closed when a quit was asked for (Cmd+Q)', async () => {
    const window = await startApp();
    fake.app.emit('before-quit', fakeEvent());
    window.destroy(); // the close handshake finished
    expect(fake.app.quitCount).toBeGreaterThanOrEqual(1);
  });

  it('does not quit when only the window closed', async () => {
    const window = await startApp();
    const before = fake.app.quitCount;
    window.emit('closed');
    expect(fake.app.quitCount).toBe(before);
  });

  it("closes the library on 'will-quit'", async () => {
    await startApp();
    const wal = path.join(dataDir, `${LIBRARY_FILE_NAME}-wal`);
    expect(fs.existsSync(wal)).toBe(true);
    fake.app.emit('will-quit', fakeEvent());
    // SQLite removes the write-ahead log when the last connection closes.
    expect(fs.existsSync(wal)).toBe(false);
  });

  it('shows an error and exits when the library cannot be opened', async () => {
    fs.writeFileSync(dataDir, 'a file where the library folder should be');
    await importMain();
    await fake.app.markReady();
    await new Promise(setImmediate);
    expect(fake.windows).toEqual([]);
    expect(fake.dialogState.errorBoxes).toEqual([{ title: 'Inkpress could not start', content: expect.any(String) }]);
    expect(fake.app.exitCodes).toEqual([1]);
  });
});

describe('in development (ELECTRON_RENDERER_URL)', () => {
  beforeEach(() => {
    process.env.ELECTRON_RENDERER_URL = DEV_SERVER;
  });

  it('loads the dev server and answers its main frame', async () => {
    const window = await startApp();
    expect(window.loadedUrls).toEqual([DEV_SERVER]);
    expect(await fake.ipcMain.invoke('drafts:create', { title: 'Dev post' }, DEV_FRAME)).toMatchObject({
      ok: true,
      value: { title: 'Dev post' },
    });
    expect(await fake.ipcMain.invoke('drafts:list', undefined, EVIL_FRAME)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('does not serve app:// and loosens the CSP only for hot reload', async () => {
    await startApp();
    expect(fake.protocol.handlers.has('app')).toBe(false);
    const listener = fake.session.defaultSession.headersReceivedListener;
    if (!listener) throw new Error('no onHeadersReceived listener in development');
    const answers: { responseHeaders?: Record<string, string[] | string> }[] = [];
    listener({ url: `${DEV_SERVER}/`, responseHeaders: { 'Content-Type': ['text/html'] } }, (answer) => answers.push(answer));
    expect(answers).toHaveLength(1);
    const headers = answers[0]?.responseHeaders;
    expect(headers?.['Content-Type']).toEqual(['text/html']);
    const [policy] = (headers?.['Content-Security-Policy'] as string[] | undefined) ?? [];
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' ws:");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toBe(CONTENT_SECURITY_POLICY);
  });

  it('offers devtools in the menu', async () => {
    await startApp();
    const template = (fake.menuState.applicationMenu?.template ?? []) as MenuItemConstructorOptions[];
    const roles = template.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu.map((entry) => entry.role) : []));
    expect(roles).toContain('toggleDevTools');
  });

  it('exports through the save dialog, parented to the window', async () => {
    const window = await startApp();
    const created = await fake.ipcMain.invoke('drafts:create', { title: 'Hello world' }, DEV_FRAME);
    const id = (created as { value: { id: number } }).value.id;
    const target = path.join(tempRoot, 'hello.html');
    fake.dialogState.saveDialogResult = { canceled: false, filePath: target };

    expect(await fake.ipcMain.invoke('export:html', { id }, DEV_FRAME)).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toContain('Hello world');
    const [call] = fake.dialogState.saveDialogCalls;
    expect(call?.[0]).toBe(window);
    expect(call?.[1]).toMatchObject({ title: 'Export as HTML', defaultPath: expect.stringContaining(fake.app.paths.documents ?? '?') });
  });

  it('is ignored by a packaged app', async () => {
    fake.app.isPackaged = true;
    const window = await startApp();
    expect(window.loadedUrls).toEqual(['app://inkpress/index.html']);
    expect(fake.protocol.handlers.has('app')).toBe(true);
    expect(fake.session.defaultSession.headersReceivedListener).toBeNull();
    expect(await fake.ipcMain.invoke('drafts:list', undefined, DEV_FRAME)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('settings, spelling, full screen and files in the shell', () => {
  /** Saves settings in the library before the app starts, as a previous run would have. */
  function storeSettings(patch: SettingsPatch): void {
    const services = createServices({ dataDir });
    services.settings.update(patch);
    services.close();
  }

  function viewMenuItem(label: string): MenuItemConstructorOptions | undefined {
    const template = (fake.menuState.applicationMenu?.template ?? []) as MenuItemConstructorOptions[];
    const view = template.find((item) => item.label === '&View');
    return (Array.isArray(view?.submenu) ? view.submenu : []).find((entry) => entry.label === label);
  }

  it('opens the window in the stored theme, with the stored spelling and the menu marks set', async () => {
    storeSettings({ theme: 'dark', focusMode: true, spellcheck: { languages: ['fr', 'de-DE'] } });
    let themeWhenWindowOpened: string | undefined;
    const open = fake.BrowserWindow.prototype.loadURL;
    vi.spyOn(fake.BrowserWindow.prototype, 'loadURL').mockImplementation(function (this: FakeBrowserWindow, url: string) {
      themeWhenWindowOpened ??= fake.nativeTheme.themeSource;
      return open.call(this, url);
    });
    await startApp();
    expect(themeWhenWindowOpened).toBe('dark');
    expect(fake.session.defaultSession.spellCheckerLanguages).toEqual(['fr', 'de-DE']);
    expect(viewMenuItem('Focus Mode')?.checked).toBe(true);
    expect(viewMenuItem('Typewriter Scrolling')?.checked).toBe(false);
  });

  it('applies a settings change to the theme, the spell checker and the menu, and tells the window', async () => {
    const window = await startApp();
    const patch: SettingsPatch = { theme: 'light', typewriterScrolling: true, spellcheck: { enabled: false } };
    const answer = (await fake.ipcMain.invoke('settings:update', patch, APP_FRAME)) as { ok: true; value: unknown };
    expect(answer).toMatchObject({ ok: true, value: { theme: 'light', typewriterScrolling: true, spellcheck: { enabled: false } } });
    expect(fake.nativeTheme.themeSource).toBe('light');
    expect(fake.session.defaultSession.spellCheckerEnabled).toBe(false);
    expect(viewMenuItem('Typewriter Scrolling')?.checked).toBe(true);
    expect(window.webContents.sent).toEqual([{ channel: 'settings:changed', args: [answer.value] }]);
  });

  it('refuses an invalid settings change and applies nothing', async () => {
    const window = await startApp();
    expect(await fake.ipcMain.invoke('settings:update', { theme: 'sepia' }, APP_FRAME)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fake.nativeTheme.themeSource).toBe('system');
    expect(window.webContents.sent).toEqual([]);
  });

  it("lists the session's spelling dictionaries (on macOS the system picks them)", async () => {
    await startApp();
    const expected = process.platform === 'darwin' ? { available: [], systemManaged: true } : { available: ['de-DE', 'en-GB', 'en-US', 'fr', 'pt-BR'], systemManaged: false };
    expect(await fake.ipcMain.invoke('settings:spelling-languages', undefined, APP_FRAME)).toEqual({ ok: true, value: expected });
  });

  it('puts the window in full screen and back, saying whether it was', async () => {
    const window = await startApp();
    expect(await fake.ipcMain.invoke('window:set-full-screen', { fullScreen: true }, APP_FRAME)).toEqual({ ok: true, value: { wasFullScreen: false } });
    expect(window.isFullScreen()).toBe(true);
    expect(await fake.ipcMain.invoke('window:set-full-screen', { fullScreen: true }, APP_FRAME)).toEqual({ ok: true, value: { wasFullScreen: true } });
    expect(await fake.ipcMain.invoke('window:set-full-screen', { fullScreen: false }, APP_FRAME)).toEqual({ ok: true, value: { wasFullScreen: true } });
    expect(window.isFullScreen()).toBe(false);
    expect(await fake.ipcMain.invoke('window:set-full-screen', { fullScreen: 'yes' }, APP_FRAME)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('imports a Markdown file chosen in the open dialog, parented to the window', async () => {
    const window = await startApp();
    const file = path.join(tempRoot, 'night-train.md');
    fs.writeFileSync(file, '---\ntitle: Night train\ntags: [rail]\n---\n\nSleeper to Vienna.\n');
    fake.dialogState.openDialogResult = { canceled: false, filePaths: [file] };
    const answer = await fake.ipcMain.invoke('import:file', undefined, APP_FRAME);
    expect(answer).toMatchObject({ ok: true, value: { draft: { title: 'Night train', tags: ['rail'] } } });
    const [call] = fake.dialogState.openDialogCalls;
    expect(call?.[0]).toBe(window);
    expect(call?.[1]).toMatchObject({ title: 'Import a post', properties: ['openFile'], filters: [{ name: 'Markdown or HTML', extensions: expect.arrayContaining(['md', 'html']) }, expect.anything(), expect.anything()] });
  });

  it('imports nothing when the open dialog is cancelled', async () => {
    await startApp();
    expect(await fake.ipcMain.invoke('import:file', undefined, APP_FRAME)).toEqual({ ok: true, value: { draft: null } });
    expect(await fake.ipcMain.invoke('drafts:list', undefined, APP_FRAME)).toEqual({ ok: true, value: [] });
  });

  it('exports Markdown through the save dialog', async () => {
    await startApp();
    const created = (await fake.ipcMain.invoke('drafts:create', { title: 'Hello world' }, APP_FRAME)) as { value: { id: number } };
    const target = path.join(tempRoot, 'hello.md');
    fake.dialogState.saveDialogResult = { canceled: false, filePath: target };
    expect(await fake.ipcMain.invoke('export:markdown', { id: created.value.id }, APP_FRAME)).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^---\ntitle: Hello world\n/);
    expect(fake.dialogState.saveDialogCalls[0]?.[1]).toMatchObject({ title: 'Export as Markdown', defaultPath: expect.stringMatching(/hello-world\.md$/) });
  });
});
