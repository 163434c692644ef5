// Where the prebuilt command line lives, and whether it is up to date with its sources.
// Plain JavaScript: bin/inkpress.js reads it before anything could compile TypeScript.
import fs from 'node:fs';
import path from 'node:path';

/** The bundle's folder, from the repository root (vite.cli.config.ts builds into it). */
export const CLI_BUNDLE_DIR = 'out/cli';
export const CLI_BUNDLE_FILE = 'inkpress.mjs';
const STAMP_FILE = 'inkpress.sources.json';
const STAMP_FORMAT = 1;

/**
 * Writes into the bundle's folder the files it was built from (relative to `root`, the
 * repository) with the time each was last changed.
 */
export function writeSourceStamp(bundleDir, root, files) {
  const sources = Object.fromEntries(
    [...new Set(files)].sort().map((file) => [path.relative(root, file).split(path.sep).join('/'), fs.statSync(file).mtimeMs]),
  );
  fs.writeFileSync(path.join(bundleDir, STAMP_FILE), JSON.stringify({ format: STAMP_FORMAT, sources }, null, 1) + '\n');
}

/**
 * The bundle's path when it is there with its stamp and every file it was built from is
 * unchanged since (same modification time, still there); otherwise null, and the caller
 * runs the sources instead. A file read and a stat per source: it runs on every start.
 */
export function freshCliBundle(bundleDir, root) {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(bundleDir, STAMP_FILE), 'utf8'));
  } catch {
    return null;
  }
  if (stamp?.format !== STAMP_FORMAT || typeof stamp.sources !== 'object' || stamp.sources === null) return null;
  const bundle = path.join(bundleDir, CLI_BUNDLE_FILE);
  if (!fs.existsSync(bundle)) return null;
  for (const [file, mtimeMs] of Object.entries(stamp.sources)) {
    const stats = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
    if (stats?.mtimeMs !== mtimeMs) return null;
  }
  return bundle;
}
