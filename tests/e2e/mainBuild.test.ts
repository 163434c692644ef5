import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { threadScriptFiles } from '../../build/threadScripts';
import { RENDERER_DIR } from './harness/launchApp';

/** The main process's build, beside the renderer's (electron-vite build). */
const MAIN_DIR = path.resolve(RENDERER_DIR, '..', 'main');
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

describe('the built main process', () => {
  it('carries the page-writing thread\'s scripts beside the code that starts it', () => {
    const main = fs.readFileSync(path.join(MAIN_DIR, 'index.js'), 'utf8');
    expect(main).toContain('new URL("./siteFileWriterThread.mjs", import.meta.url)');
    for (const script of threadScriptFiles(REPO_ROOT)) {
      expect(fs.readFileSync(path.join(MAIN_DIR, path.basename(script)), 'utf8')).toBe(fs.readFileSync(script, 'utf8'));
    }
  });
});
