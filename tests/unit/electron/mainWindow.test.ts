import path from 'node:path';
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import type { IpcMain } from 'electron';
import { READY_TO_CLOSE } from '../../../src/shared/ipc/contract';
import type * as mainWindowModule from '../../../src/main/electron/mainWindow';
import { asElectron, createFakeElectron, fakeEvent, FakeWebContents, type FakeBrowserWindow, type FakeElectron } from './fakeElectron';

let fake: FakeElectron;
let shell: typeof mainWindowModule;

beforeEach(async () => {
  fake = createFakeElectron();
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  shell = await import('../../../src/main/electron/mainWindow');
});

afterEach(() => {
  vi.doUnmock('electron');
  vi.useRealTimers();
});

function openWindow(): FakeBrowserWindow {
  const window = shell.createMainWindow({
    preloadPath: 'out/preload/index.cjs',
    url: 'app://inkpress/index.html',
    ipcMain: asElectron<IpcMain>(fake.ipcMain),
  });
  const created = fake.windows.at(-1);
  if (!created || asElectron<FakeBrowserWindow>(window) !== created) throw new Error('createMainWindow did not return the window it made');
  return created;
}

/** Emits 'close' as Electron does when the user closes the window; true if it was prevented. */
function requestClose(window: FakeBrowserWindow): boolean {
  const event = fakeEvent();
  window.emit('close', event);
  return event.defaultPrevented;
}

describe('secureWebPreferences', () => {
  it('keeps every security line of the window', () => {
    const preferences = shell.secureWebPreferences('/app/preload/index.cjs');
    expect(preferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });
});

describe('createMainWindow', () => {
  it('makes one hidden window with the secure preferences and an absolute preload path', () => {
    const window = openWindow();
    expect(fake.windows).toHaveLength(1);
    const expectedPreload = path.resolve('out/preload/index.cjs');
    expect(path.isAbsolute(expectedPreload)).toBe(true);
    expect(window.options.webPreferences).toEqual(shell.secureWebPreferences(expectedPreload));
    expect(window.options.show).toBe(false);
  });

  it('loads the given URL and shows the window once it is ready to show', () => {
    const window = openWindow();
    expect(window.loadedUrls).toEqual(['app://inkpress/index.html']);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('shows the spelling menu on right-click in the page', () => {
    const window = openWindow();
    window.webContents.emit('context-menu', fakeEvent(), {
      isEditable: true,
      selectionText: '',
      misspelledWord: 'teh',
      dictionarySuggestions: ['the'],
      editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
    });
    const [menu] = fake.menuState.built;
    expect(menu?.popups).toEqual([{ window }]);
    expect((menu?.template as { label?: string }[]).map((item) => item.label)).toContain('the');
  });

  it('tells the page when the window leaves full screen by other means (so distraction-free ends too)', () => {
    const window = openWindow();
    window.setFullScreen(true);
    expect(window.webContents.sent).toEqual([]);
    window.setFullScreen(false);
    expect(window.webContents.sent).toEqual([{ channel: 'window:left-full-screen', args: [null] }]);
  });

  it('picks the background colour from the system theme', () => {
    expect(openWindow().options.backgroundColor).toBe('#fbfaf7');
    fake.nativeTheme.shouldUseDarkColors = true;
    expect(openWindow().options.backgroundColor).toBe('#1b1a18');
  });
});

describe('the close handshake', () => {
  it('holds the first close and asks the page to save', () => {
    const window = openWindow();
    expect(requestClose(window)).toBe(true);
    expect(window.isDestroyed()).toBe(false);
    expect(window.webContents.sent).toEqual([{ channel: 'app:before-close', args: [null] }]);
  });

  it("closes when that window's page answers ready-to-close", () => {
    vi.useFakeTimers();
    const window = openWindow();
    requestClose(window);
    fake.ipcMain.receive(READY_TO_CLOSE, window.webContents);
    expect(window.isDestroyed()).toBe(true);
    // The handshake cleans up after itself: no listener, no pending timer.
    expect(fake.ipcMain.listenerCount(READY_TO_CLOSE)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores ready-to-close from any other page', () => {
    vi.useFakeTimers();
    const window = openWindow();
    const other = openWindow();
    requestClose(window);
    fake.ipcMain.receive(READY_TO_CLOSE, other.webContents);
    fake.ipcMain.receive(READY_TO_CLOSE, new FakeWebContents());
    expect(window.isDestroyed()).toBe(false);
    expect(other.isDestroyed()).toBe(false);
  });

  it('ignores ready-to-close when no close was asked for', () => {
    const window = openWindow();
    fake.ipcMain.receive(READY_TO_CLOSE, window.webContents);
    expect(window.isDestroyed()).toBe(false);
  });

  it('closes anyway after the grace period when the page does not answer', () => {
    vi.useFakeTimers();
    const window = openWindow();
    requestClose(window);
    vi.advanceTimersByTime(shell.CLOSE_GRACE_MS - 1);
    expect(window.isDestroyed()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(window.isDestroyed()).toBe(true);
    expect(fake.ipcMain.listenerCount(READY_TO_CLOSE)).toBe(0);
  });

  it('does not wait for a page whose renderer is gone', () => {
    vi.useFakeTimers();
    const window = openWindow();
    window.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 1 });
    expect(requestClose(window)).toBe(false);
    expect(window.webContents.sent).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds a second close while the page is still saving', () => {
    vi.useFakeTimers();
    const window = openWindow();
    requestClose(window);
    expect(requestClose(window)).toBe(true);
    expect(window.isDestroyed()).toBe(false);
    // Still one request to save, and the page's answer still closes the window.
    expect(window.webContents.sent).toHaveLength(1);
    fake.ipcMain.receive(READY_TO_CLOSE, window.webContents);
    expect(window.isDestroyed()).toBe(true);
  });

  it('lets the close through once the handshake has destroyed the window', () => {
    const window = openWindow();
    const closed = vi.fn();
    window.on('closed', closed);
    requestClose(window);
    fake.ipcMain.receive(READY_TO_CLOSE, window.webContents);
    expect(closed).toHaveBeenCalledTimes(1);
  });
});
