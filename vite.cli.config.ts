import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CLI_BUNDLE_DIR, CLI_BUNDLE_FILE, writeSourceStamp } from './bin/cliBundle.js';
import { threadScriptFiles, threadScripts } from './build/threadScripts';

/**
 * The `inkpress` command line prebuilt into ESM files, so the command starts without
 * compiling the TypeScript sources first (bin/inkpress.js runs it when it is up to date).
 * Built by `npm run build`. The npm packages are bundled in too: Node loads one file much
 * faster than the hundreds a package spreads over (`inkpress --help` 0.8 s -> 0.1 s of CPU),
 * and unused parts such as highlight.js's rarer grammars are left out. Only native modules
 * stay in node_modules. Each command is its own chunk (runCli imports it when it runs).
 */
const root = dirname(fileURLToPath(import.meta.url));

/** Packages loaded from node_modules at run time rather than bundled: native code. */
const NATIVE_PACKAGES = ['better-sqlite3'];

/**
 * Records which of our own files the bundle was built from, and when each was last changed,
 * so bin/inkpress.js can tell a bundle older than its sources and run the sources instead.
 * Written after the bundle, so an interrupted build leaves no stamp (emptyOutDir removed the old one).
 */
function sourceStamp(): Plugin {
  let sources: string[] = [];
  let bundleDir = '';
  return {
    name: 'inkpress-cli-source-stamp',
    apply: 'build',
    configResolved(config) {
      bundleDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const ids = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? output.moduleIds : []));
      // Our own files; virtual modules have no file (a \0 or a "name:" prefix). The bundled
      // npm packages change only with the lock file, so that stands in for all of them.
      sources = ids.filter((id) => isAbsolute(id) && !/[\\/]node_modules[\\/]/.test(id));
      sources.push(fileURLToPath(import.meta.url), resolve(root, 'package-lock.json'), ...threadScriptFiles(root));
    },
    writeBundle() {
      writeSourceStamp(bundleDir, root, sources);
    },
  };
}

export default defineConfig({
  root,
  // Nothing from public/ belongs in a command-line bundle.
  publicDir: false,
  plugins: [threadScripts(root), sourceStamp()],
  ssr: { target: 'node', noExternal: true, external: NATIVE_PACKAGES },
  build: {
    ssr: resolve(root, 'src/main/cli/main.ts'),
    outDir: resolve(root, CLI_BUNDLE_DIR),
    emptyOutDir: true,
    target: 'node20',
    // Unminified, with a source map: under NODE_OPTIONS=--enable-source-maps a stack trace
    // names the TypeScript file and line.
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: CLI_BUNDLE_FILE, chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
