import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { CLI_BUNDLE_FILE, freshCliBundle, writeSourceStamp } from '../../../bin/cliBundle.js';
import { threadScriptFiles } from '../../../build/threadScripts';
import { createServices } from '../../../src/main/core/services';
import { THREADED_FROM_PAGES, type SiteExportSummary } from '../../../src/main/core/site/exportSite';
import { useTempDirs } from '../helpers/tempDir';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const tempDir = useTempDirs();

/** A repository in miniature: two sources, and a bundle built from them with its stamp. */
function builtTree() {
  const root = tempDir('cli-bundle');
  const source = (name: string): string => {
    const file = path.join(root, 'src', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `export const name = '${name}';\n`);
    return file;
  };
  const sources = [source('cli/main.ts'), source('core/services.ts')];
  const bundleDir = path.join(root, 'out', 'cli');
  fs.mkdirSync(bundleDir, { recursive: true });
  fs.writeFileSync(path.join(bundleDir, CLI_BUNDLE_FILE), '// built\n');
  writeSourceStamp(bundleDir, root, sources);
  return { root, bundleDir, sources, bundle: path.join(bundleDir, CLI_BUNDLE_FILE) };
}

describe('freshCliBundle', () => {
  it('gives the bundle while every source it was built from is as it was', () => {
    const { root, bundleDir, bundle } = builtTree();
    expect(freshCliBundle(bundleDir, root)).toBe(bundle);
  });

  it('refuses a bundle older than a source changed since (the sources run instead)', () => {
    const { root, bundleDir, sources } = builtTree();
    const later = new Date(fs.statSync(sources[1] as string).mtimeMs + 1_000);
    fs.utimesSync(sources[1] as string, later, later);
    expect(freshCliBundle(bundleDir, root)).toBeNull();
  });

  it('refuses a bundle when a source it was built from is gone', () => {
    const { root, bundleDir, sources } = builtTree();
    fs.rmSync(sources[0] as string);
    expect(freshCliBundle(bundleDir, root)).toBeNull();
  });

  it('refuses a bundle with no stamp, an unreadable one, or a stamp with no bundle', () => {
    const stampless = builtTree();
    fs.rmSync(path.join(stampless.bundleDir, 'inkpress.sources.json'));
    expect(freshCliBundle(stampless.bundleDir, stampless.root)).toBeNull();

    const garbled = builtTree();
    fs.writeFileSync(path.join(garbled.bundleDir, 'inkpress.sources.json'), '{"format": 1, "sources": ');
    expect(freshCliBundle(garbled.bundleDir, garbled.root)).toBeNull();

    const bundleless = builtTree();
    fs.rmSync(bundleless.bundle);
    expect(freshCliBundle(bundleless.bundleDir, bundleless.root)).toBeNull();

    expect(freshCliBundle(path.join(stampless.root, 'never-built'), stampless.root)).toBeNull();
  });
});

/** The bundle's files that `file` (relative to the bundle's folder) loads before it runs: itself and its static imports. */
function loadedBefore(outDir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(path.join(outDir, file), 'utf8');
  for (const match of code.matchAll(/^(?:import|export)\b[^;]*?\bfrom "(\.{1,2}\/[^"]+)";$|^import "(\.{1,2}\/[^"]+)";$/gm)) {
    loadedBefore(outDir, path.posix.join(path.posix.dirname(file), match[1] ?? match[2] ?? ''), seen);
  }
  return seen;
}

/** The npm packages bundled into those files, from their source maps. */
function packagesLoadedBy(outDir: string, ...files: string[]): string[] {
  const loaded = new Set(files.flatMap((file) => [...loadedBefore(outDir, file)]));
  const packages = [...loaded].flatMap((file) => {
    // The bundler's own runtime helpers come with no source map (and from no package).
    const mapFile = path.join(outDir, `${file}.map`);
    if (!fs.existsSync(mapFile)) return [];
    const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as { sources: string[] };
    return map.sources.flatMap((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? []);
  });
  return [...new Set(packages)].sort();
}

describe('the prebuilt command line (vite.cli.config.ts)', () => {
  // A build and several runs of Node: seconds on a busy machine.
  it('builds files that run under plain Node, with the npm packages bundled but the native SQLite module', { timeout: 60_000 }, () => {
    const outDir = tempDir('cli-bundle-build');
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts', '--outDir', outDir, '--logLevel', 'error'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(fs.readdirSync(outDir).sort()).toEqual(['chunks', CLI_BUNDLE_FILE, `${CLI_BUNDLE_FILE}.map`, 'inkpress.sources.json']);
    // The page-writing thread's scripts, as they are, beside the chunk that starts it.
    const starter = fs.readdirSync(path.join(outDir, 'chunks')).filter((file) => file.endsWith('.mjs') && fs.readFileSync(path.join(outDir, 'chunks', file), 'utf8').includes('new URL("./siteFileWriterThread.mjs", import.meta.url)'));
    expect(starter).toHaveLength(1);
    for (const script of threadScriptFiles(REPO_ROOT)) {
      expect(fs.readFileSync(path.join(outDir, 'chunks', path.basename(script)), 'utf8')).toBe(fs.readFileSync(script, 'utf8'));
    }
    expect(freshCliBundle(outDir, REPO_ROOT)).toBe(path.join(outDir, CLI_BUNDLE_FILE));
    const stamp = JSON.parse(fs.readFileSync(path.join(outDir, 'inkpress.sources.json'), 'utf8')) as { sources: Record<string, number> };
    expect(Object.keys(stamp.sources)).toEqual(
      expect.arrayContaining(['src/main/cli/main.ts', 'src/main/core/services.ts', 'src/main/core/site/siteFileWriterThread.mjs', 'vite.cli.config.ts', 'package-lock.json']),
    );
    // The bundled packages are stamped through the lock file, not file by file.
    expect(Object.keys(stamp.sources).filter((source) => source.includes('node_modules'))).toEqual([]);

    const code = [CLI_BUNDLE_FILE, ...fs.readdirSync(path.join(outDir, 'chunks')).filter((file) => file.endsWith('.mjs')).map((file) => `chunks/${file}`)];
    const bareImports = code.flatMap((file) =>
      [...fs.readFileSync(path.join(outDir, file), 'utf8').matchAll(/^import\b[^;]*?\bfrom "([^".][^"]*)";$/gm)].map((m) => m[1] as string),
    );
    // From node_modules only the native module; everything else is Node's own.
    expect([...new Set(bareImports.filter((specifier) => !/^node:|^[a-z_]+(\/[a-z_]+)?$/.test(specifier) || specifier === 'better-sqlite3'))]).toEqual(['better-sqlite3']);
    // `--help` loads no package at all, and `export` not the importer's HTML parser.
    const chunk = (name: string): string => `chunks/${code.map((file) => path.basename(file)).find((file) => file.startsWith(`${name}-`))}`;
    expect(packagesLoadedBy(outDir, CLI_BUNDLE_FILE)).toEqual([]);
    expect(packagesLoadedBy(outDir, chunk('services'), chunk('export'))).not.toContain('happy-dom');
    expect(packagesLoadedBy(outDir, chunk('importFile'))).toContain('happy-dom');

    // Where the bundle finds the native module, as out/cli finds the repository's node_modules.
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(outDir, 'node_modules'), 'junction');
    const inkpress = (...argv: string[]): string =>
      execFileSync(process.execPath, [path.join(outDir, CLI_BUNDLE_FILE), '--data-dir', path.join(outDir, 'library'), ...argv], { encoding: 'utf8' });
    expect(inkpress('--help')).toMatch(/^Usage: inkpress /);
    const post = path.join(outDir, 'post.md');
    fs.writeFileSync(post, '---\ntitle: Night train\nstatus: published\n---\n\nThe last train ran late.\n\n```js\nconst late = true;\n```\n');
    expect(JSON.parse(inkpress('new', '--file', post))).toMatchObject({ id: 1, title: 'Night train', status: 'published' });
    const page = path.join(outDir, 'page.html');
    fs.writeFileSync(page, '<html><head><title>Harbour</title></head><body><p>Gulls <b>everywhere</b>.</p></body></html>');
    expect(JSON.parse(inkpress('new', '--file', page))).toMatchObject({ id: 2, title: 'Harbour' });
    // Enough posts for the export to write its pages on a second thread.
    const services = createServices({ dataDir: path.join(outDir, 'library') });
    try {
      services.db.transaction(() => {
        for (let i = 0; i < THREADED_FROM_PAGES; i += 1) services.drafts.create({ title: `Note ${i}`, status: 'published', date: '2026-11-01' });
      })();
    } finally {
      services.close();
    }
    const summary = JSON.parse(inkpress('export', '--site', path.join(outDir, 'site'), '--base-url', 'https://ann.example.com/', '--json')) as SiteExportSummary;
    expect(summary).toMatchObject({ posts: 1 + THREADED_FROM_PAGES, warnings: [] });
    expect(summary.written).toBeGreaterThan(THREADED_FROM_PAGES);
    expect(fs.readFileSync(path.join(outDir, 'site', `note-${THREADED_FROM_PAGES - 1}`, 'index.html'), 'utf8')).toContain(`Note ${THREADED_FROM_PAGES - 1}`);
    const html = fs.readFileSync(path.join(outDir, 'site', 'night-train', 'index.html'), 'utf8');
    expect(html).toContain('The last train ran late.');
    expect(html).toContain('<span class="hljs-keyword">const</span>');
  });
});
