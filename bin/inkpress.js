#!/usr/bin/env node
// The inkpress command line. It runs the TypeScript sources through tsx, so it works right
// after `npm ci` on a fresh clone, with no build step, and always matches the app's core.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/main/cli/main.ts', import.meta.url);
