#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into .electron-native/, next to (never over) the
 * Node build in node_modules that the CLI and the tests use. Rebuilding in place, as
 * electron-builder's install-app-deps does, would break `npm test` (Node 20 is ABI 115,
 * Electron 45 is ABI 140). Packaged apps are rebuilt in place by electron-builder instead.
 *
 * Uses Electron's documented npm settings (runtime, target, disturl): npm fetches the
 * prebuilt binary for this Electron or compiles it against Electron's headers. Needs the
 * network once; later runs see the stamp and return at once.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const target = path.join(root, '.electron-native');
const binary = path.join(target, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const stampFile = path.join(target, 'stamp.json');
const stamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });

if (fs.existsSync(binary) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) process.exit(0);

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} in .electron-native/ …`);
fs.mkdirSync(target, { recursive: true });
fs.writeFileSync(
  path.join(target, 'package.json'),
  JSON.stringify({ private: true, description: 'Electron-ABI native modules for running Inkpress unpackaged', allowScripts: { 'better-sqlite3': true } }, null, 2),
);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `better-sqlite3@${sqliteVersion}`], {
  cwd: target,
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: {
    ...process.env,
    npm_config_runtime: 'electron',
    npm_config_target: electronVersion,
    npm_config_disturl: 'https://electronjs.org/headers',
  },
});
if (result.status !== 0 || !fs.existsSync(binary)) {
  console.error('Could not build better-sqlite3 for Electron. Check the network connection and a C++ toolchain (build-essential, python3).');
  process.exit(1);
}
fs.writeFileSync(stampFile, stamp);
