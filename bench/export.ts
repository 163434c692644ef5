/**
 * Static-site export benchmark (issue 5), side by side in one run with Hugo and Eleventy
 * building the same posts:
 *  - full export at 1,000 and 10,000 posts: Inkpress, `hugo` (Debian package) and Eleventy
 *    (@11ty/eleventy) full builds; targets at 10,000: Inkpress at most 0.4 x Hugo's time, for
 *    the export itself and for the whole process;
 *  - Inkpress re-export after one post changed, at 10,000 posts (target under 100 ms, for the
 *    median and for the worst of nine);
 *  - peak memory of the full export at 10,000 posts (target under 500 MB; the first export's
 *    is reported on its own, without a target).
 *
 * The corpus comes from ../shared/bench/gen.mjs; the comparison sites from bench/sites (copies
 * of ../shared/bench/sites). Each corpus is imported into a fresh library first, through the
 * core importer and the drafts service in one transaction, and the library then prepares the
 * posts' bodies for the site, as the app does in the background after an import
 * (prepare_post_bodies; none of this is timed against the others: the Markdown is parsed in
 * two child processes, as that is slow). Every timed build runs in its own process, one after
 * another, three times each, interleaved, and the median is reported:
 *  - Inkpress "export": the export itself (the summary's durationMs: what the app waits);
 *  - Inkpress "process": the whole `node bin/inkpress.js export --site` process (start, loading
 *    the command line, the prebuilt bundle when it is up to date with the sources, the
 *    export), as Hugo and Eleventy are timed; inkpress_cli_bundle says which ran;
 *  - Inkpress "first export" of a library: no post body prepared yet (the cost of the first
 *    export after upgrading, reported without a target; see src/main/core/site/preparedBodies.ts);
 *    "full export" means every file written into an empty folder with bodies prepared.
 *
 * The machine is shared: run-to-run noise is large, so compare the tools within one run, as
 * ratios. The disk matters as much: see DELETED_AT below for why a run waits until files it
 * deleted before have settled (disk_settle_wait), and why it reports what creating files costs
 * before the timed builds (disk_new_folder_and_file_before_*); run it some six minutes after
 * anything else deleted many files. Prints one JSON object per line: {"metric","value","unit","target"}.
 * Run: npm run bench:export [-- --keep DIR] [-- --reuse DIR] [-- --sizes 1000,10000] [-- --no-compare]
 *  --keep DIR     build the libraries and comparison sites in DIR and leave them there;
 *  --reuse DIR    use those built by --keep (a missing one is built);
 *  --no-compare   leave Hugo and Eleventy out (quicker, while working on Inkpress; no ratios).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { JSONContent } from '@tiptap/core';
import type { NewDraft } from '../src/main/core/drafts/draftsService';
import { CLI_BUNDLE_DIR, freshCliBundle } from '../bin/cliBundle.js';
import { readPostFile } from '../src/main/core/import/importFile';
import { createServices } from '../src/main/core/services';
import { seededRandom } from './libraryGenerator';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = fileURLToPath(import.meta.url);
const GENERATOR = path.resolve(REPO, '../shared/bench/gen.mjs');
const SITES = path.join(REPO, 'bench', 'sites');
const ELEVENTY = path.join(REPO, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
const INKPRESS = path.join(REPO, 'bin', 'inkpress.js');
const TIME = '/usr/bin/time';
const BASE_URL = 'https://example.com/';
const RUNS = 3;
const REEXPORTS = 9;
const PARSERS = 2;
const PARSE_BATCH = 500;

type Target = number | string | null;

function report(metric: string, value: number, unit: string, target: Target = null): void {
  console.log(JSON.stringify({ metric, value: Math.round(value * 1000) / 1000, unit, target }));
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Runs this script again in a child process (same TypeScript loader) with `args`. */
function childArgs(args: string[]): string[] {
  return [...process.execArgv, SCRIPT, ...args];
}

interface Measured {
  /** Whole-process wall time, ms. */
  wallMs: number;
  /** Peak resident memory, MB (from /usr/bin/time -f %M; NaN when it is not installed). */
  peakMb: number;
  stdout: string;
}

/** Runs a command to completion, timing it and, where /usr/bin/time exists, measuring its peak memory. */
function measure(command: string, args: string[], cwd: string): Measured {
  const withTime = fs.existsSync(TIME);
  const rssFile = path.join(os.tmpdir(), `inkpress-bench-rss-${process.pid}`);
  const start = performance.now();
  const result = withTime
    ? spawnSync(TIME, ['-f', '%M', '-o', rssFile, command, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  const peakMb = withTime ? Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) / 1024 : NaN;
  fs.rmSync(rssFile, { force: true });
  return { wallMs, peakMb, stdout: result.stdout };
}

// ---------------------------------------------------------------------------------------------
// Corpus and libraries (not timed)

function generateCorpus(work: string, size: number): string {
  const out = path.join(work, `corpus-${size}`);
  const result = spawnSync(process.execPath, [GENERATOR, '--n', String(size), '--out', out], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`gen.mjs failed: ${result.stderr}`);
  return path.join(out, 'posts');
}

/** Parses post files with the core importer, in child processes: one JSON draft per line. */
async function parseCorpus(files: readonly string[], work: string): Promise<NewDraft[]> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += PARSE_BATCH) batches.push(files.slice(i, i + PARSE_BATCH));
  const results: NewDraft[][] = new Array(batches.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const index = next++;
      const list = path.join(work, `parse-${index}.json`);
      const out = path.join(work, `parsed-${index}.jsonl`);
      fs.writeFileSync(list, JSON.stringify(batches[index]));
      await new Promise<void>((resolve, reject) => {
        // A fresh process per batch: the HTML parser behind the importer keeps memory per call.
        const child = spawn(process.execPath, childArgs(['--parse', list, out]), { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`parsing batch ${index} failed`))));
      });
      results[index] = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as NewDraft);
      fs.rmSync(list);
      fs.rmSync(out);
    }
  };
  await Promise.all(Array.from({ length: PARSERS }, worker));
  return results.flat();
}

/**
 * A fresh library holding these posts, all published, written in one transaction; then, as
 * the app does after an import, the bodies prepared for the site (reported on its own).
 */
async function buildLibrary(dataDir: string, drafts: readonly NewDraft[], size: number): Promise<void> {
  const services = createServices({ dataDir });
  try {
    const started = performance.now();
    services.db.transaction(() => {
      for (const draft of drafts) services.drafts.create({ ...draft, status: 'published' });
    })();
    services.site.updateConfig({ title: 'Synthetic Blog', baseUrl: BASE_URL });
    report(`import_library_${size}`, (performance.now() - started) / 1000, 's');
    const preparing = performance.now();
    await services.site.preparePostBodies();
    report(`prepare_post_bodies_${size}`, (performance.now() - preparing) / 1000, 's');
    services.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    services.close();
  }
}

/** A working copy of a comparison site with the corpus in it (hard links: the files are only read). */
function siteCopy(work: string, name: 'hugo' | 'eleventy', size: number, posts: string): string {
  const dir = path.join(work, `${name}-${size}`);
  fs.cpSync(path.join(SITES, name), dir, { recursive: true });
  const content = name === 'hugo' ? path.join(dir, 'content', 'posts') : path.join(dir, 'posts');
  fs.mkdirSync(content, { recursive: true });
  for (const file of fs.readdirSync(posts)) fs.linkSync(path.join(posts, file), path.join(content, file));
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Child modes

/** --parse LIST OUT: parse the files LIST names, write one JSON draft per line to OUT. */
function parseChild(list: string, out: string): void {
  const files = JSON.parse(fs.readFileSync(list, 'utf8')) as string[];
  fs.writeFileSync(out, files.map((file) => JSON.stringify(readPostFile(file))).join('\n'));
}

/** --reexport DATA OUT N: as the app does: export, then N times change one post and export again. */
function reexportChild(dataDir: string, outDir: string, times: number): void {
  const services = createServices({ dataDir });
  try {
    services.site.exportSiteSync({ outDir });
    const ids = services.drafts.list().map((draft) => draft.id);
    const random = seededRandom(20261129);
    const results: { ms: number; written: number }[] = [];
    for (let i = 0; i < times; i += 1) {
      const id = ids[Math.floor(random() * ids.length)] as number;
      const draft = services.drafts.get(id);
      const doc = structuredClone(draft.doc);
      const first = (doc.content ?? []).find((block) => block.type === 'paragraph') as JSONContent;
      first.content = [{ type: 'text', text: `Edited (${i}). ` }, ...(first.content ?? [])];
      services.drafts.save({ id, baseVersion: draft.version, title: draft.title, author: draft.author, date: draft.date, doc });
      const start = performance.now();
      const summary = services.site.exportSiteSync({ outDir });
      results.push({ ms: performance.now() - start, written: summary.written });
    }
    console.log(JSON.stringify(results));
  } finally {
    services.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The timed runs

interface Setup {
  size: number;
  dataDir: string;
  hugo: string;
  eleventy: string;
}

async function prepare(work: string, sizes: readonly number[], reuse: boolean): Promise<Setup[]> {
  if (!fs.existsSync(GENERATOR)) throw new Error(`The corpus generator is missing: ${GENERATOR}`);
  const setups: Setup[] = [];
  const largest = Math.max(...sizes);
  let parsed: Map<string, NewDraft> | undefined;
  for (const size of sizes) {
    const setup = { size, dataDir: path.join(work, `library-${size}`), hugo: path.join(work, `hugo-${size}`), eleventy: path.join(work, `eleventy-${size}`) };
    setups.push(setup);
    if (reuse && fs.existsSync(setup.dataDir)) continue;
    const posts = generateCorpus(work, size);
    const files = fs.readdirSync(posts).sort();
    if (!parsed) {
      // The smaller corpus is the first posts of the larger one: parse the larger one once.
      const all = size === largest ? posts : generateCorpus(work, largest);
      const allFiles = fs.readdirSync(all).sort();
      const started = performance.now();
      const drafts = await parseCorpus(allFiles.map((file) => path.join(all, file)), work);
      parsed = new Map(allFiles.map((file, i) => [file, drafts[i] as NewDraft]));
      report(`import_parse_${largest}`, (performance.now() - started) / 1000, 's');
    }
    await buildLibrary(setup.dataDir, files.map((file) => parsed?.get(file) as NewDraft), size);
    siteCopy(work, 'hugo', size, posts);
    siteCopy(work, 'eleventy', size, posts);
  }
  return setups;
}

function clearPreparedBodies(dataDir: string): void {
  const services = createServices({ dataDir });
  try {
    services.db.prepare('DELETE FROM site_post_bodies').run();
  } finally {
    services.close();
  }
}

/**
 * Flushes what earlier builds left for the disk to write, so each timed build starts from the
 * same state (on these machines a flush of some 100 MB can slow the next build severalfold).
 */
function settleDisk(): void {
  spawnSync('sync');
}

/** One export by the command line, as a writer runs it: `inkpress export --site DIR --json`. */
function inkpressExport(setup: Setup, outDir: string): { exportMs: number; wallMs: number; peakMb: number; written: number } {
  settleDisk();
  const run = measure(process.execPath, [INKPRESS, '--data-dir', setup.dataDir, 'export', '--site', outDir, '--json'], REPO);
  const summary = JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as { durationMs: number; written: number };
  return { exportMs: summary.durationMs, wallMs: run.wallMs, peakMb: run.peakMb, written: summary.written };
}

function hugoBuild(setup: Setup, outDir: string): Measured {
  settleDisk();
  return measure('hugo', ['--quiet', '--source', setup.hugo, '--destination', outDir], setup.hugo);
}

function eleventyBuild(setup: Setup, outDir: string): Measured {
  settleDisk();
  return measure(process.execPath, [ELEVENTY, '--quiet', `--output=${outDir}`], setup.eleventy);
}

/**
 * When this benchmark last deleted what it built. These machines' disk is ext4 without a
 * journal, where the kernel keeps an inode freed in the last 60 to 360 seconds from being used
 * again, and walks past every such inode each time it creates a file: for minutes after many
 * thousands of files are deleted, creating one costs several times as much (a full export of
 * 10,000 posts took 4.5 s instead of 1.2, and Hugo 5.7 s instead of 4.1, it spreading the
 * cost over more threads). So every build writes into a new folder, the folders are deleted
 * only when the whole run is over, and a run starting within that time of the last deletion
 * waits it out first (reported as disk_settle_wait).
 */
const DELETED_AT = path.join(os.tmpdir(), 'inkpress-bench-export.deleted-at');
const FREED_INODES_HELD_MS = 360_000;

function deleteBuilt(paths: readonly string[]): void {
  const there = paths.filter((target) => fs.existsSync(target));
  for (const target of there) fs.rmSync(target, { recursive: true, force: true });
  if (there.length) fs.writeFileSync(DELETED_AT, String(Date.now()));
}

async function waitForFreedInodes(): Promise<void> {
  const deletedAt = Number(fs.existsSync(DELETED_AT) ? fs.readFileSync(DELETED_AT, 'utf8') : 0);
  const waitMs = Math.max(0, deletedAt + FREED_INODES_HELD_MS - Date.now());
  if (waitMs > 0) {
    console.error(`bench:export: waiting ${Math.ceil(waitMs / 1000)} s for the files an earlier run deleted to settle (see DELETED_AT in bench/export.ts)`);
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
  report('disk_settle_wait', waitMs / 1000, 's');
}

/**
 * What making a folder with a small file in it costs on this disk now, in microseconds (2,000
 * of them, as a site's post pages are made): reported before the timed builds, so a run on a
 * disk in the state described at DELETED_AT shows it (some 40 to 70 us settled here, 400 and more
 * right after many deletions). The files stay until the run is over.
 */
function probeFileCreation(outputs: string): number {
  const probe = path.join(outputs, 'probe');
  fs.mkdirSync(probe);
  const started = performance.now();
  for (let i = 0; i < 2000; i += 1) {
    const dir = path.join(probe, `p${i}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'index.html'), 'x'.repeat(4096));
  }
  return ((performance.now() - started) * 1000) / 2000;
}

function runSize(setup: Setup, outputs: string, compare: boolean): void {
  const { size } = setup;
  fs.mkdirSync(outputs);
  settleDisk();
  report(`disk_new_folder_and_file_before_${size}`, probeFileCreation(outputs), 'us');
  const output = (name: string): string => path.join(outputs, name);
  const first: ReturnType<typeof inkpressExport>[] = [];
  const full: ReturnType<typeof inkpressExport>[] = [];
  const hugo: Measured[] = [];
  const eleventy: Measured[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    clearPreparedBodies(setup.dataDir);
    first.push(inkpressExport(setup, output(`inkpress-first-${run}`)));
    if (compare) hugo.push(hugoBuild(setup, output(`hugo-${run}`)));
    full.push(inkpressExport(setup, output(`inkpress-full-${run}`)));
    if (compare) eleventy.push(eleventyBuild(setup, output(`eleventy-${run}`)));
  }
  const outDir = output(`inkpress-full-${RUNS - 1}`);
  const fullS = median(full.map((m) => m.exportMs)) / 1000;
  const fullProcessS = median(full.map((m) => m.wallMs)) / 1000;
  const firstS = median(first.map((m) => m.exportMs)) / 1000;
  const firstProcessS = median(first.map((m) => m.wallMs)) / 1000;
  const target = size === 10_000 ? 0.4 : null;
  report(`inkpress_full_export_${size}`, fullS, 's');
  report(`inkpress_full_export_${size}_process`, fullProcessS, 's');
  report(`inkpress_first_export_${size}`, firstS, 's');
  report(`inkpress_first_export_${size}_process`, firstProcessS, 's');
  if (compare) {
    const hugoS = median(hugo.map((m) => m.wallMs)) / 1000;
    const eleventyS = median(eleventy.map((m) => m.wallMs)) / 1000;
    report(`hugo_full_build_${size}`, hugoS, 's');
    report(`eleventy_full_build_${size}`, eleventyS, 's');
    report(`inkpress_full_export_${size}_vs_hugo`, fullS / hugoS, 'ratio', target);
    report(`inkpress_full_export_${size}_vs_eleventy`, fullS / eleventyS, 'ratio');
    report(`inkpress_full_export_${size}_process_vs_hugo`, fullProcessS / hugoS, 'ratio', target);
    report(`inkpress_full_export_${size}_process_vs_eleventy`, fullProcessS / eleventyS, 'ratio');
    report(`inkpress_first_export_${size}_vs_hugo`, firstS / hugoS, 'ratio');
    report(`inkpress_first_export_${size}_vs_eleventy`, firstS / eleventyS, 'ratio');
    report(`inkpress_first_export_${size}_process_vs_hugo`, firstProcessS / hugoS, 'ratio');
    report(`hugo_peak_rss_${size}`, Math.max(...hugo.map((m) => m.peakMb)), 'MB');
    report(`eleventy_peak_rss_${size}`, Math.max(...eleventy.map((m) => m.peakMb)), 'MB');
  }
  report(`inkpress_files_written_${size}`, median(full.map((m) => m.written)), 'files');
  const memoryTarget = size === 10_000 ? 500 : null;
  report(`inkpress_peak_rss_${size}`, Math.max(...full.map((m) => m.peakMb)), 'MB', memoryTarget);
  report(`inkpress_first_export_peak_rss_${size}`, Math.max(...first.map((m) => m.peakMb)), 'MB');

  if (size === 10_000) {
    settleDisk();
    const run = measure(process.execPath, childArgs(['--reexport', setup.dataDir, outDir, String(REEXPORTS)]), REPO);
    const results = JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as { ms: number; written: number }[];
    const times = results.map((result) => result.ms);
    report(`inkpress_reexport_one_post_changed_${size}_median`, median(times), 'ms', 100);
    report(`inkpress_reexport_one_post_changed_${size}_worst_of_${REEXPORTS}`, Math.max(...times), 'ms', 100);
    report(`inkpress_reexport_one_post_changed_${size}_files_written_median`, median(results.map((result) => result.written)), 'files');
    // Hugo's watch mode needs about 440 ms here (../shared/bench/README.md).
    report(`inkpress_reexport_one_post_changed_${size}_vs_hugo_watch_440ms`, median(times) / 440, 'ratio');
  }
}

async function main(): Promise<void> {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === '--parse') return parseChild(rest[0] as string, rest[1] as string);
  if (mode === '--reexport') return reexportChild(rest[0] as string, rest[1] as string, Number(rest[2]));

  const option = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const kept = option('--keep') ?? option('--reuse');
  const sizes = (option('--sizes') ?? '1000,10000').split(',').map(Number);
  const work = kept ? path.resolve(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'inkpress-bench-export-'));
  fs.mkdirSync(work, { recursive: true });
  const compare = !process.argv.includes('--no-compare');
  if (compare && spawnSync('hugo', ['version']).status !== 0) throw new Error('hugo is not installed (Debian: apt-get install hugo)');
  // 1 when the command line ran from its prebuilt bundle (up to date with the sources), 0 from the sources through tsx.
  report('inkpress_cli_bundle', freshCliBundle(path.join(REPO, CLI_BUNDLE_DIR), REPO) ? 1 : 0, 'boolean');
  const outputs = sizes.map((size) => path.join(work, `outputs-${size}`));
  try {
    // Left by a run that was stopped.
    deleteBuilt(outputs);
    const setups = await prepare(work, sizes, option('--reuse') !== undefined);
    await waitForFreedInodes();
    setups.forEach((setup, i) => runSize(setup, outputs[i] as string, compare));
  } finally {
    deleteBuilt(kept ? outputs : [work]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
