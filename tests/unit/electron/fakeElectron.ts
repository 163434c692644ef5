/**
 * A small stand-in for the parts of 'electron' the shell and the preload use. The Electron
 * binary cannot run on our build machines, so the shell is tested against this fake:
 *
 *   const fake = createFakeElectron();
 *   vi.resetModules();
 *   vi.doMock('electron', () => fake.module);
 *   await import('../../../src/main/electron/main');
 *
 * It records what the code under test asks of Electron and lets the test drive events
 * (app ready, window close, IPC messages). Where real Electron refuses a call (a second
 * ipcMain.handle for a channel, registering schemes after ready, protocol.handle before
 * ready), the fake refuses it too, so such mistakes show up here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Any listener; the emitter hands it whatever arguments the test emits. */
export type Listener = (...args: never[]) => unknown;

/** The event object Electron passes to 'close', 'will-navigate', ... listeners. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(): FakeEvent {
  const event: FakeEvent = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** Just enough of Node's EventEmitter: on / once / removeListener / emit. */
export class FakeEmitter {
  private readonly listeners = new Map<string, { listener: Listener; once: boolean }[]>();

  on(event: string, listener: Listener): this {
    this.listenersOf(event).push({ listener, once: false });
    return this;
  }

  once(event: string, listener: Listener): this {
    this.listenersOf(event).push({ listener, once: true });
    return this;
  }

  removeListener(event: string, listener: Listener): this {
    const list = this.listenersOf(event);
    const index = list.findIndex((entry) => entry.listener === listener);
    if (index >= 0) list.splice(index, 1);
    return this;
  }

  off(event: string, listener: Listener): this {
    return this.removeListener(event, listener);
  }

  emit(event: string, ...args: unknown[]): boolean {
    const list = [...this.listenersOf(event)];
    for (const entry of list) {
      if (entry.once) this.removeListener(event, entry.listener);
      (entry.listener as (...callArgs: unknown[]) => unknown)(...args);
    }
    return list.length > 0;
  }

  listenerCount(event: string): number {
    return this.listenersOf(event).length;
  }

  private listenersOf(event: string): { listener: Listener; once: boolean }[] {
    let list = this.listeners.get(event);
    if (!list) {
      list = [];
      this.listeners.set(event, list);
    }
    return list;
  }
}

// ---------------------------------------------------------------------------------------------
// Windows and their web contents

export interface WindowOpenDetails {
  url: string;
}
export type WindowOpenHandler = (details: WindowOpenDetails) => { action: 'allow' | 'deny' };

let nextWebContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextWebContentsId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  destroyed = false;
  /** A window's contents share the fake's default session (createFakeElectron sets it). */
  session: FakeSession = new FakeSession();
  readonly replacedMisspellings: string[] = [];

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  replaceMisspelling(text: string): void {
    this.replacedMisspellings.push(text);
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export interface FakeWebPreferences {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInWorker?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  webSecurity?: boolean;
  allowRunningInsecureContent?: boolean;
  experimentalFeatures?: boolean;
  webviewTag?: boolean;
  navigateOnDragDrop?: boolean;
  [key: string]: unknown;
}

export interface FakeWindowOptions {
  webPreferences?: FakeWebPreferences;
  show?: boolean;
  [key: string]: unknown;
}

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  destroyed = false;
  visible = false;
  focusCount = 0;
  restoreCount = 0;
  minimized = false;
  fullScreen = false;

  constructor(readonly options: FakeWindowOptions = {}) {
    super();
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  /** Like Electron: no 'close' event, straight to 'closed'. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  show(): void {
    this.visible = true;
  }

  focus(): void {
    this.focusCount += 1;
  }

  restore(): void {
    this.restoreCount += 1;
    this.minimized = false;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  /** Like Electron, a change emits 'enter-full-screen' or 'leave-full-screen' (at once, here). */
  setFullScreen(flag: boolean): void {
    if (this.fullScreen === flag) return;
    this.fullScreen = flag;
    this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
  }

  isFullScreen(): boolean {
    return this.fullScreen;
  }
}

// ---------------------------------------------------------------------------------------------
// ipcMain

/** What a test says about the frame that sent an IPC request. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export interface FakeInvokeEvent {
  senderFrame: FakeFrame | null;
  sender: FakeWebContents;
}

export type InvokeHandler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpcMain extends FakeEmitter {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    // Electron throws on a second handler for one channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** What ipcRenderer.invoke(channel, args) from `frame` would get back. */
  async invoke(channel: string, args: unknown, frame: FakeFrame | null, sender = new FakeWebContents()): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frame, sender }, args);
  }

  /** A fire-and-forget ipcRenderer.send(channel, ...args) from `sender`. */
  receive(channel: string, sender: FakeWebContents, ...args: unknown[]): void {
    this.emit(channel, { sender }, ...args);
  }
}

// ---------------------------------------------------------------------------------------------
// app

export class FakeApp extends FakeEmitter {
  /** What requestSingleInstanceLock() answers; a test sets it before importing main. */
  singleInstanceLock = true;
  isPackaged = false;
  name = 'Inkpress';
  /** What getLocale() answers. */
  locale = 'en-US';
  /** What getAppPath() answers: the folder holding the app's package.json. */
  appPath = '/nonexistent/inkpress-fake-app';
  isReadyNow = false;
  quitCount = 0;
  readonly exitCodes: number[] = [];
  readonly paths: Record<string, string> = {
    userData: '/nonexistent/inkpress-fake-userData',
    documents: '/nonexistent/inkpress-fake-documents',
  };
  private readonly ready: Promise<void>;
  private resolveReady: () => void = () => undefined;

  constructor() {
    super();
    this.ready = new Promise<void>((resolve) => {
      this.resolveReady = resolve;
    });
  }

  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }

  quit(): void {
    this.quitCount += 1;
  }

  exit(code = 0): void {
    this.exitCodes.push(code);
  }

  getPath(name: string): string {
    const value = this.paths[name];
    if (value === undefined) throw new Error(`Fake app has no path '${name}'`);
    return value;
  }

  getAppPath(): string {
    return this.appPath;
  }

  getName(): string {
    return this.name;
  }

  getLocale(): string {
    return this.locale;
  }

  isReady(): boolean {
    return this.isReadyNow;
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Resolves whenReady() and emits 'ready', as Electron does once it has started. */
  markReady(): Promise<void> {
    this.isReadyNow = true;
    this.resolveReady();
    this.emit('ready');
    return this.ready;
  }
}

// ---------------------------------------------------------------------------------------------
// protocol, net, session

export interface FakeCustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

export type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class FakeProtocol {
  readonly privilegedSchemes: FakeCustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();

  constructor(private readonly app: FakeApp) {}

  registerSchemesAsPrivileged(schemes: FakeCustomScheme[]): void {
    if (this.app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged must be called before app is ready');
    this.privilegedSchemes.push(...schemes);
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    if (!this.app.isReady()) throw new Error('protocol.handle must be called after app is ready');
    this.handlers.set(scheme, handler);
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

/** net.fetch for file:// URLs, read with fs; a missing file fails as in Chromium. */
export async function fetchFileUrl(url: string): Promise<Response> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'file:') throw new Error(`The fake net.fetch only reads file:// URLs, not ${url}`);
  const file = fileURLToPath(parsed);
  let body: Buffer;
  try {
    body = fs.readFileSync(file);
  } catch {
    throw new Error(`net::ERR_FILE_NOT_FOUND ${url}`);
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  return new Response(new Uint8Array(body), { status: 200, headers: { 'Content-Type': type } });
}

export interface HeadersReceivedDetails {
  url: string;
  responseHeaders?: Record<string, string[]>;
}
export type HeadersReceivedListener = (
  details: HeadersReceivedDetails,
  callback: (response: { responseHeaders?: Record<string, string[] | string> }) => void,
) => void;

export type PermissionRequestHandler = (
  contents: FakeWebContents | null,
  permission: string,
  callback: (granted: boolean) => void,
  details: Record<string, unknown>,
) => void;
export type PermissionCheckHandler = (
  contents: FakeWebContents | null,
  permission: string,
  origin: string,
  details: Record<string, unknown>,
) => boolean;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  headersReceivedListener: HeadersReceivedListener | null = null;
  /** What this "system" has dictionaries for. */
  availableSpellCheckerLanguages: string[] = ['de-DE', 'en-GB', 'en-US', 'fr', 'pt-BR'];
  spellCheckerLanguages: string[] = [];
  spellCheckerEnabled = true;
  readonly dictionaryWords: string[] = [];
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersReceivedListener | null): void => {
      this.headersReceivedListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }

  /** Electron throws for a code not in availableSpellCheckerLanguages; so does the fake. */
  setSpellCheckerLanguages(languages: string[]): void {
    const unknown = languages.find((code) => !this.availableSpellCheckerLanguages.includes(code));
    if (unknown !== undefined) throw new Error(`Invalid language code provided: "${unknown}" is not a valid language code`);
    this.spellCheckerLanguages = [...languages];
  }

  setSpellCheckerEnabled(enable: boolean): void {
    this.spellCheckerEnabled = enable;
  }

  addWordToSpellCheckerDictionary(word: string): boolean {
    this.dictionaryWords.push(word);
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Menu, dialog, shell, nativeTheme

export interface FakeMenu {
  template: unknown[];
  /** The options of every popup() of this menu. */
  popups: unknown[];
  popup(options?: unknown): void;
}

export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string;
}

export interface OpenDialogResult {
  canceled: boolean;
  filePaths: string[];
}

// ---------------------------------------------------------------------------------------------
// Renderer side: contextBridge, ipcRenderer

export class FakeIpcRenderer extends FakeEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  readonly sent: { channel: string; args: unknown[] }[] = [];
  /** What invoke() resolves to; a test may replace it. */
  respond: (channel: string, args: unknown[]) => unknown = (channel) => ({ ok: true, value: channel });

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve(this.respond(channel, args));
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  /** A message from the main process, as webContents.send(channel, payload) delivers it. */
  deliver(channel: string, payload: unknown): void {
    this.emit(channel, { sender: this, senderId: 0 }, payload);
  }
}

// ---------------------------------------------------------------------------------------------

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** A fresh, independent fake for one test. */
export function createFakeElectron() {
  const app = new FakeApp();
  const windows: FakeBrowserWindow[] = [];

  const ipcMain = new FakeIpcMain();
  const protocol = new FakeProtocol(app);
  const net = { fetch: fetchFileUrl };
  const defaultSession = new FakeSession();
  const session = { defaultSession };

  class BrowserWindow extends FakeBrowserWindow {
    constructor(options: FakeWindowOptions = {}) {
      super(options);
      this.webContents.session = defaultSession;
      windows.push(this);
    }

    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((window) => !window.isDestroyed());
    }
  }

  const menuState: { applicationMenu: FakeMenu | null; built: FakeMenu[] } = { applicationMenu: null, built: [] };
  const Menu = {
    buildFromTemplate: (template: unknown[]): FakeMenu => {
      const menu: FakeMenu = {
        template,
        popups: [],
        popup(options?: unknown) {
          menu.popups.push(options);
        },
      };
      menuState.built.push(menu);
      return menu;
    },
    setApplicationMenu: (menu: FakeMenu | null): void => {
      menuState.applicationMenu = menu;
    },
  };

  const dialogState = {
    saveDialogCalls: [] as unknown[][],
    saveDialogResult: { canceled: true } as SaveDialogResult,
    openDialogCalls: [] as unknown[][],
    openDialogResult: { canceled: true, filePaths: [] } as OpenDialogResult,
    errorBoxes: [] as { title: string; content: string }[],
  };
  const dialog = {
    showSaveDialog: (...args: unknown[]): Promise<SaveDialogResult> => {
      dialogState.saveDialogCalls.push(args);
      return Promise.resolve(dialogState.saveDialogResult);
    },
    showOpenDialog: (...args: unknown[]): Promise<OpenDialogResult> => {
      dialogState.openDialogCalls.push(args);
      return Promise.resolve(dialogState.openDialogResult);
    },
    showErrorBox: (title: string, content: string): void => {
      dialogState.errorBoxes.push({ title, content });
    },
  };

  const openedExternally: string[] = [];
  /** Folders shown with shell.openPath; `openPathProblem` is what it answers ('' when it worked). */
  const openedPaths: string[] = [];
  const shellState = { openPathProblem: '' };
  const shell = {
    openExternal: (url: string): Promise<void> => {
      openedExternally.push(url);
      return Promise.resolve();
    },
    openPath: (target: string): Promise<string> => {
      openedPaths.push(target);
      return Promise.resolve(shellState.openPathProblem);
    },
  };

  const nativeTheme = { shouldUseDarkColors: false, themeSource: 'system' as 'system' | 'light' | 'dark' };

  const exposedInMainWorld = new Map<string, unknown>();
  const contextBridge = {
    exposeInMainWorld: (key: string, api: unknown): void => {
      if (exposedInMainWorld.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
      exposedInMainWorld.set(key, api);
    },
  };
  const ipcRenderer = new FakeIpcRenderer();

  return {
    app,
    BrowserWindow,
    /** Every window created so far, destroyed or not. */
    windows,
    ipcMain,
    protocol,
    net,
    session,
    Menu,
    menuState,
    dialog,
    dialogState,
    shell,
    openedExternally,
    openedPaths,
    shellState,
    nativeTheme,
    contextBridge,
    exposedInMainWorld,
    ipcRenderer,
    /** What `import { ... } from 'electron'` yields while this fake is mocked in. */
    module: { app, BrowserWindow, ipcMain, protocol, net, session, Menu, dialog, shell, nativeTheme, contextBridge, ipcRenderer },
  };
}

/**
 * Hands a fake to code typed against Electron's own interfaces (IpcMain, Protocol, ...).
 * The fake implements only what the shell calls; the tests are what check that is enough.
 */
export function asElectron<T>(fake: unknown): T {
  return fake as T;
}
