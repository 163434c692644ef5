import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { dispatch } from '../../../src/main/core/dispatch';
import { createHandlers } from '../../../src/main/core/handlers';
import { createServices, type Services } from '../../../src/main/core/services';
import type { AppEvent, AppEvents } from '../../../src/shared/ipc/contract';
import type { SpellingLanguages } from '../../../src/shared/settings';
import { bridgeInitScript, EMIT_FUNCTION, INVOKE_BINDING, READY_TO_CLOSE_BINDING } from './bridgeScript';
import { serveStatic, type StaticServer } from './serveStatic';

export const CHROMIUM_PATH = process.env.INKPRESS_CHROMIUM ?? '/usr/bin/chromium';
// Overridable so that several builds (e.g. `electron-vite build --outDir out-x`) can be tested side by side.
export const RENDERER_DIR = path.resolve(process.env.INKPRESS_RENDERER_DIR ?? path.resolve(import.meta.dirname, '../../../out/renderer'));
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

// Flags seen to work on these machines; background networking off, since nothing may leave.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

/** Starts at 2026-11-29 10:00 UTC and moves one second per reading, so edits have an order. */
export function steppingClock(start = Date.parse('2026-11-29T10:00:00Z')): () => Date {
  let tick = 0;
  return () => new Date(start + 1000 * tick++);
}

/** The dictionaries the e2e "system" offers (Electron's list depends on the machine). */
export const FAKE_SPELLING_LANGUAGES: SpellingLanguages = { available: ['de-DE', 'en-GB', 'en-US', 'fr-FR', 'pt-BR'], systemManaged: false };

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  dataDir?: string;
}

export interface AppHarness {
  page: Page;
  services: Services;
  dataDir: string;
  /** Where the next save dialog (Export as HTML or Markdown) answers; null means the user cancels. */
  nextSavePath: string | null;
  savePathsAsked: string[];
  /** What the next open dialog (File > Import…) answers; null means the user cancels. */
  nextOpenPath: string | null;
  /** The title of every open dialog shown. */
  openDialogsShown: string[];
  /** What the next folder dialog (the site's folder) answers; null means the user cancels. */
  nextFolderPath: string | null;
  /** The title of every folder dialog shown. */
  folderDialogsShown: string[];
  /** Folders shown in the file manager, and pages opened in the browser (file:// URLs). */
  openedFolders: string[];
  openedInBrowser: string[];
  /** Whether the page asked for the window to be in full screen. */
  fullScreen: boolean;
  readyToCloseCalls: number;
  /** Uncaught page errors, CSP violations and unexpected handler failures (should stay empty). */
  errors: string[];
  emit<E extends AppEvent>(event: E, payload: AppEvents[E]): Promise<void>;
  screenshot(name: string): Promise<string>;
  reload(): Promise<void>;
  /** Resolves once the library has loaded: a draft is open or the empty state shows. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

let browser: Browser | undefined;

async function sharedBrowser(): Promise<Browser> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_DIR}); run "npm run build" first.`);
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}; install the Debian package "chromium".`);
  }
  browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return browser;
}

export async function stopBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/**
 * Opens the built renderer in Chromium with window.api wired to the real handler table over
 * a Playwright binding: the same contract, validation and services as the Electron app.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<AppHarness> {
  const instance = await sharedBrowser();
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'inkpress-e2e-'));
  const services = createServices({ dataDir, clock: steppingClock() });
  // One server per harness, like one app per library: it serves this library's images at
  // /library-assets/, where the page's relative image URLs point.
  const server: StaticServer = await serveStatic(RENDERER_DIR, { assetsDir: services.assets.dir });
  const context: BrowserContext = await instance.newContext({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const harness: AppHarness = {
    page: await context.newPage(),
    services,
    dataDir,
    nextSavePath: null,
    savePathsAsked: [],
    nextOpenPath: null,
    openDialogsShown: [],
    nextFolderPath: null,
    folderDialogsShown: [],
    openedFolders: [],
    openedInBrowser: [],
    fullScreen: false,
    readyToCloseCalls: 0,
    errors: [],
    async emit(event, payload) {
      await harness.page.evaluate(([name, value]) => {
        (window as unknown as Record<string, (e: unknown, p: unknown) => void>)[name]?.(value[0], value[1]);
      }, [EMIT_FUNCTION, [event, payload]] as const);
    },
    async screenshot(name) {
      fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const file = path.join(ARTIFACTS_DIR, `${name}.png`);
      await harness.page.screenshot({ path: file });
      return file;
    },
    async reload() {
      await harness.page.reload();
      await harness.ready();
    },
    async ready() {
      await harness.page.locator('.workspace .prose-editor, .empty-library').first().waitFor();
    },
    async close() {
      await context.close();
      await server.close();
      services.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  const handlers = createHandlers(services, {
    async chooseSavePath({ defaultName }) {
      harness.savePathsAsked.push(defaultName);
      return harness.nextSavePath;
    },
    async chooseOpenPath({ title }) {
      harness.openDialogsShown.push(title);
      return harness.nextOpenPath;
    },
    async chooseFolder({ title }) {
      harness.folderDialogsShown.push(title);
      return harness.nextFolderPath;
    },
    async openFolder(dir) {
      harness.openedFolders.push(dir);
    },
    async openInBrowser(fileUrl) {
      harness.openedInBrowser.push(fileUrl);
    },
    siteExportProgress(progress) {
      void harness.emit('site:export-progress', progress).catch(() => undefined);
    },
    spellingLanguages: () => FAKE_SPELLING_LANGUAGES,
    setFullScreen(fullScreen) {
      const wasFullScreen = harness.fullScreen;
      harness.fullScreen = fullScreen;
      return { wasFullScreen };
    },
    settingsChanged(settings) {
      // As the app's shell does: every window hears of the change. A page that is reloading
      // or closing misses it, and reads the saved settings when it loads.
      void harness.emit('settings:changed', settings).catch(() => undefined);
    },
  });
  const { errors } = harness;
  harness.page.on('pageerror', (error) => errors.push(error.message));
  harness.page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  harness.page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await context.exposeBinding(INVOKE_BINDING, ({ frame }, channel: unknown, args: unknown) => {
    // The same rule as the app's IPC: only the page's own main frame may call.
    if (frame.parentFrame() !== null) return { ok: false, error: { code: 'FORBIDDEN', message: 'Not from a subframe' } };
    return dispatch(handlers, channel, args, (message, error) => errors.push(`${message}: ${String(error)}`));
  });
  await context.exposeBinding(READY_TO_CLOSE_BINDING, () => {
    harness.readyToCloseCalls += 1;
  });
  await context.addInitScript(bridgeInitScript());
  await harness.page.goto(`${server.url}/index.html`);
  await harness.ready();
  return harness;
}
