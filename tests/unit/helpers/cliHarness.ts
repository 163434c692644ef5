import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { runCli } from '../../../src/main/cli/runCli';
import { createServices, type Services } from '../../../src/main/core/services';
import { createFakeClock, type FakeClock } from './fakeClock';
import { useTempDirs } from './tempDir';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const MINUTE = 60_000;

/** What one run of the command line left: its exit code and everything it wrote. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface CliHarness {
  /** The temp folder of the test: HOME for the CLI, and where `file` writes. */
  root: string;
  /** The library, `<root>/library`; nothing is created there until something opens it. */
  dataDir: string;
  clock: FakeClock;
  /** Runs the CLI in-process with exactly these arguments, capturing stdout and stderr. */
  run(argv: string[], env?: Record<string, string | undefined>): Promise<CliRun>;
  /** Runs the CLI in-process on this library (`--data-dir` first, then `argv`). */
  inkpress(...argv: string[]): Promise<CliRun>;
  /** Opens the real services on this library with the fake clock, uses them, and closes them. */
  withServices<T>(use: (services: Services) => T): T;
  /** Writes a file into the test's folder and returns its path. */
  file(name: string, content: string): string;
  /** Runs the real `bin/inkpress.js` on this library as a child process and returns its stdout. */
  bin(...argv: string[]): string;
}

/**
 * Call once at the top of a test file: returns a function that sets up the command line, run
 * in-process on a fresh library (in a temp folder named after `label`) with a fake clock.
 * The folders are removed after each test.
 */
export function useCliHarness(label: string): () => CliHarness {
  const tempDir = useTempDirs();
  return () => {
    const root = tempDir(label);
    const dataDir = path.join(root, 'library');
    const clock = createFakeClock();
    const run = async (argv: string[], env: Record<string, string | undefined> = { HOME: root }): Promise<CliRun> => {
      let out = '';
      let err = '';
      const code = await runCli(argv, {
        stdout: (text) => void (out += text),
        stderr: (text) => void (err += text),
        env,
        clock,
      });
      return { code, out, err };
    };
    const withServices = <T>(use: (services: Services) => T): T => {
      const services = createServices({ dataDir, clock });
      try {
        return use(services);
      } finally {
        services.close();
      }
    };
    return {
      root,
      dataDir,
      clock,
      run,
      inkpress: (...argv) => run(['--data-dir', dataDir, ...argv]),
      withServices,
      file: (name, content) => {
        const target = path.join(root, name);
        fs.writeFileSync(target, content);
        return target;
      },
      bin: (...argv) =>
        execFileSync(process.execPath, ['bin/inkpress.js', '--data-dir', dataDir, ...argv], {
          cwd: REPO_ROOT,
          encoding: 'utf8',
        }),
    };
  };
}

/** Expects a run that succeeded with nothing on stderr, and returns its stdout parsed as JSON. */
export function jsonOf<T>(result: CliRun): T {
  expect(result).toMatchObject({ code: 0, err: '' });
  return JSON.parse(result.out) as T;
}

/** An error is one line on stderr that starts with "inkpress: ", and nothing on stdout. */
export function expectOneErrorLine(result: CliRun, code: number, message?: RegExp): void {
  expect(result.code).toBe(code);
  expect(result.out).toBe('');
  expect(result.err).toMatch(/^inkpress: [^\n]+\n$/);
  if (message) expect(result.err).toMatch(message);
}
