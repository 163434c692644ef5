import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { createFakeElectron, fakeEvent, type FakeElectron } from './fakeElectron';

export interface MainProcessContext {
  fake: FakeElectron;
  /** A fresh folder per test, removed after it; the library is dataDir inside it. */
  tempRoot: string;
  dataDir: string;
}

const ENV_KEYS = ['INKPRESS_DATA_DIR', 'ELECTRON_RENDERER_URL'] as const;

/**
 * For a file of tests that run the Electron shell (src/main/electron/main.ts) on the fake
 * electron module: before each test a fresh fake, a temporary library (INKPRESS_DATA_DIR) and
 * no dev server URL, handed to `ready`; after it the shell quits, the mocks and the
 * environment are restored and the folder is removed.
 */
export function useFakeMainProcess(prefix: string, ready: (context: MainProcessContext) => void): void {
  let savedEnv: Record<(typeof ENV_KEYS)[number], string | undefined>;
  let context: MainProcessContext;

  beforeEach(() => {
    savedEnv = { INKPRESS_DATA_DIR: process.env.INKPRESS_DATA_DIR, ELECTRON_RENDERER_URL: process.env.ELECTRON_RENDERER_URL };
    const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const dataDir = path.join(tempRoot, 'library');
    process.env.INKPRESS_DATA_DIR = dataDir;
    delete process.env.ELECTRON_RENDERER_URL;
    const fake = createFakeElectron();
    fake.app.paths.documents = path.join(tempRoot, 'Documents');
    fake.app.appPath = path.join(tempRoot, 'app');
    // The shell logs refusals and failures to stderr; the tests look at what it did instead.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.resetModules();
    vi.doMock('electron', () => fake.module);
    context = { fake, tempRoot, dataDir };
    ready(context);
  });

  afterEach(() => {
    // 'will-quit' is where the shell closes the library.
    context.fake.app.emit('will-quit', fakeEvent());
    vi.doUnmock('electron');
    vi.restoreAllMocks();
    for (const key of ENV_KEYS) {
      const value = savedEnv[key];
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(context.tempRoot, { recursive: true, force: true });
  });
}
