#!/usr/bin/env node
// The inkpress command line. It runs the prebuilt bundle (`npm run build`) when that is up to
// date with the sources, and otherwise the TypeScript sources through tsx: so it works right
// after `npm ci` on a fresh clone with no build step, and always matches the app's core.
// The bundle is not minified and has a source map: NODE_OPTIONS=--enable-source-maps makes
// stack traces name the TypeScript files (not on by default: it slows every start by some 50 ms).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_BUNDLE_DIR, freshCliBundle } from './cliBundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = freshCliBundle(path.join(root, CLI_BUNDLE_DIR), root);
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('../src/main/cli/main.ts', import.meta.url);
}
