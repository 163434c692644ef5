#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into .electron-native/, next to (never over) the
 * Node build in node_modules that the CLI and the tests use. Rebuilding in place, as
 * electron-builder's install-app-deps does, would break `npm test` (Node 20 is ABI 115,
 * Electron 45 is ABI 140). Packaged apps are rebuilt in place by electron-builder instead.
 *
 * First the prebuilt binary for this Electron (prebuild-install), else a compile against
 * Electron's headers (node-gyp). Needs the network once; later runs see the stamp and return.
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
const packageDir = path.join(target, 'node_modules', 'better-sqlite3');
const binary = path.join(packageDir, 'build', 'Release', 'better_sqlite3.node');
const stampFile = path.join(target, 'stamp.json');
const stamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });
const isWindows = process.platform === 'win32';

if (fs.existsSync(binary) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) process.exit(0);

// A machine-wide nodedir (npmrc) would make node-gyp build against Node's headers instead.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|runtime|target|disturl)$/i.test(key)));

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit', shell: isWindows });
  return result.status === 0;
}

function fail(message) {
  console.error(`\nInkpress: ${message}`);
  process.exit(1);
}

/** True when the addon is built for Electron: plain Node must refuse it (ABI mismatch). */
function isBuiltForElectron(file) {
  const probe = spawnSync(process.execPath, ['-e', `process.dlopen({ exports: {} }, ${JSON.stringify(file)})`], { encoding: 'utf8' });
  return probe.status !== 0 && /NODE_MODULE_VERSION/.test(probe.stderr);
}

function nodeGypScript() {
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((candidate) => candidate && fs.existsSync(candidate));
}

console.log(`Preparing better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} in .electron-native/ …`);
fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(target, { recursive: true });
fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify({ private: true, description: 'Electron-ABI native modules for running Inkpress unpackaged' }, null, 2));

const npm = isWindows ? 'npm.cmd' : 'npm';
if (!run(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', `better-sqlite3@${sqliteVersion}`], target)) {
  fail('could not fetch better-sqlite3 from the npm registry.');
}

const electronArgs = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];
const prebuildInstall = path.join(target, 'node_modules', 'prebuild-install', 'bin.js');
let built = fs.existsSync(prebuildInstall) && run(process.execPath, [prebuildInstall, ...electronArgs], packageDir);
if (!built) {
  const nodeGyp = nodeGypScript();
  const gyp = nodeGyp ? [process.execPath, [nodeGyp]] : [isWindows ? 'npx.cmd' : 'npx', ['--yes', 'node-gyp']];
  built = run(gyp[0], [...gyp[1], 'rebuild', '--release', ...electronArgs, '--dist-url=https://electronjs.org/headers'], packageDir);
}
if (!built || !fs.existsSync(binary)) {
  fail('could not build better-sqlite3 for Electron. It needs the network once, and a C++ toolchain (Debian/Ubuntu: sudo apt-get install -y build-essential python3).');
}
if (!isBuiltForElectron(binary)) {
  fail('the SQLite module was built for Node instead of Electron (is a global npm "nodedir" setting in the way?).');
}
fs.writeFileSync(stampFile, stamp);
console.log('Done.');
