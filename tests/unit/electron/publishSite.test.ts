import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it, expect } from 'vitest';
import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron';
import { createServices } from '../../../src/main/core/services';
import type { SiteExportSummary } from '../../../src/shared/site';
import { docWith } from '../helpers/docs';
import { useFakeMainProcess } from './fakeMainProcess';
import { type FakeBrowserWindow, type FakeElectron, type FakeFrame } from './fakeElectron';

const APP_FRAME: FakeFrame = { url: 'app://inkpress/index.html', parent: null };

let fake: FakeElectron;
let tempRoot: string;
let dataDir: string;
useFakeMainProcess('inkpress-publish-', (context) => {
  ({ fake, tempRoot, dataDir } = context);
});

/** A library with a site set up and one published post, as an earlier run would leave it. */
function storeSite(): void {
  const services = createServices({ dataDir });
  services.site.updateConfig({ title: 'Night trains', baseUrl: 'https://blog.example/' });
  services.drafts.create({ title: 'Sleeper to Vienna', date: '2026-01-10', doc: docWith('The train leaves at nine.'), status: 'published' });
  services.close();
}

async function startApp(): Promise<FakeBrowserWindow> {
  await import('../../../src/main/electron/main');
  await fake.app.markReady();
  await new Promise(setImmediate);
  const [window] = fake.windows;
  if (!window) throw new Error('no window');
  return window;
}

const invoke = <T>(channel: string, args?: unknown) => fake.ipcMain.invoke(channel, args, APP_FRAME) as Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>;

async function exportInto(folder: string): Promise<SiteExportSummary> {
  fake.dialogState.openDialogResult = { canceled: false, filePaths: [folder] };
  const result = await invoke<{ summary: SiteExportSummary | null }>('site:export', {});
  if (!result.ok || !result.value.summary) throw new Error(`export failed: ${JSON.stringify(result)}`);
  return result.value.summary;
}

describe('File > Publish Site…', () => {
  it('is in the File menu with Ctrl/Cmd+Shift+P, and asks the window to open the publish dialog', async () => {
    const window = await startApp();
    const template = fake.menuState.applicationMenu?.template as MenuItemConstructorOptions[];
    const file = template.find((item) => item.label === '&File');
    const item = (Array.isArray(file?.submenu) ? file.submenu : []).find((entry) => entry.label === 'Publish Site…');
    expect(item?.accelerator).toBe('CmdOrCtrl+Shift+P');
    item?.click?.({} as MenuItem, undefined, {} as KeyboardEvent);
    expect(window.webContents.sent).toEqual([{ channel: 'menu:command', args: ['publish-site'] }]);
  });
});

describe('publishing the site through the shell', () => {
  it('asks for the folder in a folder dialog parented to the window, starting in Documents', async () => {
    const window = await startApp();
    const folder = path.join(tempRoot, 'Sites', 'blog');
    fake.dialogState.openDialogResult = { canceled: false, filePaths: [folder] };
    expect(await invoke('site:choose-folder')).toEqual({ ok: true, value: { outDir: folder } });
    const [call] = fake.dialogState.openDialogCalls;
    expect(call?.[0]).toBe(window);
    expect(call?.[1]).toEqual({
      title: 'Choose the folder for your site',
      buttonLabel: 'Export Here',
      defaultPath: path.join(tempRoot, 'Documents'),
      properties: ['openDirectory', 'createDirectory'],
    });

    fake.dialogState.openDialogResult = { canceled: true, filePaths: [] };
    expect(await invoke('site:choose-folder')).toEqual({ ok: true, value: { outDir: null } });
    expect(fake.dialogState.openDialogCalls[1]?.[1]).toMatchObject({ defaultPath: folder });
  });

  it('exports into the chosen folder and sends the progress to the window', async () => {
    storeSite();
    const window = await startApp();
    const folder = path.join(tempRoot, 'Sites', 'blog');
    const summary = await exportInto(folder);
    expect(summary).toMatchObject({ outDir: folder, posts: 1, cancelled: false });
    expect(fs.existsSync(path.join(folder, 'sleeper-to-vienna', 'index.html'))).toBe(true);
    const progress = window.webContents.sent.filter((message) => message.channel === 'site:export-progress').map((message) => message.args[0]);
    expect(progress[0]).toEqual({ phase: 'preparing', done: 0, total: 1 });
    expect(progress.at(-1)).toEqual({ phase: 'pages', done: summary.written, total: summary.written });
  });

  it('shows the exported folder with shell.openPath, and says when the file manager fails', async () => {
    storeSite();
    await startApp();
    const folder = path.join(tempRoot, 'blog');
    await exportInto(folder);
    expect(await invoke('site:open-folder')).toEqual({ ok: true, value: { path: folder } });
    expect(fake.openedPaths).toEqual([folder]);
    fake.shellState.openPathProblem = 'No application is registered for folders';
    expect(await invoke('site:open-folder')).toEqual({
      ok: false,
      error: { code: 'IO', message: `Could not open the folder ${folder}: No application is registered for folders` },
    });
  });

  it('opens only the exported home page in the browser, as a file:// URL', async () => {
    storeSite();
    await startApp();
    const folder = path.join(tempRoot, 'blog');
    expect(await invoke('site:open-in-browser')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await exportInto(folder);
    const url = pathToFileURL(path.join(folder, 'index.html')).href;
    expect(await invoke('site:open-in-browser')).toEqual({ ok: true, value: { url } });
    expect(fake.openedExternally).toEqual([url]);
  });
});

describe('the Electron shell ports', () => {
  async function electronShell() {
    const { createElectronShell } = await import('../../../src/main/electron/shellPorts');
    return createElectronShell({
      session: fake.session.defaultSession as never,
      platform: 'linux',
      locale: () => 'en-US',
      documentsDir: () => '/home/ada/Documents',
      window: () => null,
      broadcast: () => undefined,
      onSettingsApplied: () => undefined,
      log: () => undefined,
    });
  }

  it.each(['https://evil.example/', 'javascript:alert(1)', 'not a url', 'app://inkpress/index.html'])('refuses to open %s in the browser', async (url) => {
    const shell = await electronShell();
    await expect(shell.openInBrowser(url)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(fake.openedExternally).toEqual([]);
  });

  it('asks for a folder without a parent window when none is open', async () => {
    const shell = await electronShell();
    fake.dialogState.openDialogResult = { canceled: false, filePaths: ['/home/ada/site'] };
    expect(await shell.chooseFolder({ title: 'T', buttonLabel: 'B' })).toBe('/home/ada/site');
    expect(fake.dialogState.openDialogCalls[0]).toEqual([{ title: 'T', buttonLabel: 'B', defaultPath: '/home/ada/Documents', properties: ['openDirectory', 'createDirectory'] }]);
  });
});
