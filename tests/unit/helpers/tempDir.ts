import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * Call once at the top of a test file (or a describe block): returns a function that makes a
 * fresh folder under the system temp dir. Every folder made is removed after each test.
 */
export function useTempDirs(): (label?: string) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return (label = 'test') => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `inkpress-${label}-`));
    made.push(dir);
    return dir;
  };
}
