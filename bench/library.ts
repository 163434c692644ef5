/**
 * Library benchmark, on a generated library of 10,000 drafts of about 800 words each:
 *  - open the library and list the first page (target under 50 ms);
 *  - full-text query, p95 over 100 varied queries (target under 10 ms);
 *  - save of a 100,000-word draft with its search-index update, p99 (target under 30 ms).
 * The drafts are written through the real drafts service (one transaction), so the derived
 * fields and the FTS rows are the ones the app stores. Runs in a temporary folder it removes.
 * Besides the targets it prints where a big save's time goes, and how long the work the drafts
 * service leaves until a save has returned (merging the search index, checkpointing the WAL)
 * holds the event loop.
 *
 * Prints one JSON object per line: {"metric","value","unit","target"}. Run: npm run bench:library
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { JSONContent } from '@tiptap/core';
import type { DraftSave } from '../src/shared/draft';
import type { SearchQuery } from '../src/shared/library';
import { createDraftContentDeriver, deriveDraftContent } from '../src/main/core/drafts/draftContent';
import { libraryPath } from '../src/main/core/db/openDatabase';
import { createSearchIndex } from '../src/main/core/search/searchIndex';
import { createServices, type Services } from '../src/main/core/services';
import { createLibraryGenerator, type LibraryGenerator } from './libraryGenerator';

const DRAFTS = 10_000;
const WORDS_PER_DRAFT = 800;
const BIG_DRAFT_WORDS = 100_000;
const QUERIES = 100;
const BIG_SAVES = 100;
const OPENS = 5;

function report(metric: string, value: number, unit: string, target: number | null = null): void {
  console.log(JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit, target }));
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function timed<T>(action: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = action();
  return { ms: performance.now() - start, result };
}

/** How long the next turn of the event loop takes to come: the work queued before it runs first. */
async function timedTurn(): Promise<number> {
  const start = performance.now();
  await new Promise((resolve) => setImmediate(resolve));
  return performance.now() - start;
}

/** A clock one minute further on at every call, so the library has a real edit order. */
function steppingClock(start = Date.UTC(2020, 0, 1)): () => Date {
  let now = start;
  return () => new Date((now += 60_000));
}

function generateLibrary(services: Services, generator: LibraryGenerator): void {
  services.db.transaction(() => {
    for (let i = 0; i < DRAFTS; i += 1) {
      services.drafts.create({
        title: generator.title(),
        author: 'Bench Writer',
        tags: generator.tags(),
        status: generator.status(),
        doc: generator.doc(WORDS_PER_DRAFT),
      });
    }
  })();
}

/** 100 queries of the kinds people type: words, two words, prefixes, accents, filters. */
function makeQueries(generator: LibraryGenerator): SearchQuery[] {
  const { vocabulary, pick, tagPool } = generator;
  const common = vocabulary.slice(0, 50);
  const middle = vocabulary.slice(200, 2_000);
  const rare = vocabulary.slice(4_000);
  const kinds: (() => SearchQuery)[] = [
    () => ({ query: pick(middle) }),
    () => ({ query: `${pick(middle)} ${pick(middle)}` }),
    () => ({ query: pick(middle).slice(0, 3) }),
    () => ({ query: `${pick(common)} ${pick(middle).slice(0, 4)}` }),
    () => ({ query: pick(rare) }),
    () => ({ query: pick(common) }),
    () => ({ query: pick(['cafe', 'naive', 'zurich', 'krakow', 'resume', 'uber', 'facade']) }),
    () => ({ query: pick(middle), status: 'published' }),
    () => ({ query: pick(middle), tag: pick(tagPool) }),
    () => ({ query: `"${pick(middle)} ${pick(common)}" -${pick(middle)} OR NEAR(` }),
  ];
  return Array.from({ length: QUERIES }, (_, i) => (kinds[i % kinds.length] as () => SearchQuery)());
}

/** A few words of one paragraph changed, as between two autosaves. */
function editFewWords(doc: JSONContent, generator: LibraryGenerator): JSONContent {
  const blocks = [...(doc.content ?? [])];
  const index = blocks.findIndex((block, i) => i >= Math.floor(generator.random() * blocks.length) && block.type === 'paragraph');
  const at = index === -1 ? 0 : index;
  const block = blocks[at] as JSONContent;
  const [first, ...rest] = block.content ?? [];
  blocks[at] = { ...block, content: [{ ...first, text: `${generator.words(3).join(' ')} ${first?.text ?? ''}` }, ...rest] };
  return { ...doc, content: blocks };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkpress-bench-library-'));
  let services: Services | undefined;
  try {
    const generator = createLibraryGenerator(20261129);
    services = createServices({ dataDir, clock: steppingClock() });
    const generation = timed(() => generateLibrary(services as Services, generator));
    services.db.pragma('wal_checkpoint(TRUNCATE)');
    services.close();
    report('generate_library_10000_drafts', generation.ms / 1000, 's');
    report('library_file_size', fs.statSync(libraryPath(dataDir)).size / (1024 * 1024), 'MB');

    // Open the library and list its first page, as the app does at start.
    const opens: number[] = [];
    for (let i = 0; i < OPENS; i += 1) {
      const open = timed(() => {
        const opened = createServices({ dataDir });
        const page = opened.library.page({});
        return { opened, page };
      });
      if (open.result.page.items.length !== 100 || open.result.page.total !== DRAFTS) throw new Error('the first page is not what was generated');
      opens.push(open.ms);
      if (i < OPENS - 1) open.result.opened.close();
      else services = open.result.opened;
    }
    report('open_library_and_list_first_page_worst_of_5', Math.max(...opens), 'ms', 50);
    report('library_counts', timed(() => (services as Services).library.counts()).ms, 'ms', 50);

    // Full-text queries.
    const queries = makeQueries(generator);
    for (const query of queries.slice(0, 10)) services.search.query(query); // warm the statements
    const queryTimes = queries.map((query) => timed(() => (services as Services).search.query(query)).ms);
    report('search_query_p95_of_100', percentile(queryTimes, 95), 'ms', 10);
    report('search_query_p50_of_100', percentile(queryTimes, 50), 'ms');

    // Saves of a 100,000-word draft.
    let doc = generator.doc(BIG_DRAFT_WORDS);
    const big = services.drafts.create({ title: 'The long book', doc });
    let version = big.version;
    const saveTimes: number[] = [];
    const afterSaveTimes: number[] = [];
    for (let i = 0; i < BIG_SAVES; i += 1) {
      // Autosaves are seconds apart: the event loop turns between them, as it does in the app.
      // The drafts service merges the search index and checkpoints the WAL then, once the save
      // has returned; how long that holds the event loop is measured on its own.
      const turn = await timedTurn();
      if (i > 0) afterSaveTimes.push(turn);
      doc = editFewWords(doc, generator);
      // The document as IPC brings it to the main process: a fresh copy, no object shared with the last save.
      const save: DraftSave = { id: big.id, baseVersion: version, title: big.title, author: big.author, date: big.date, doc: structuredClone(doc) };
      const saved = timed(() => (services as Services).drafts.save(save));
      version = saved.result.version;
      saveTimes.push(saved.ms);
    }
    afterSaveTimes.push(await timedTurn());
    report('save_100000_word_draft_p99', percentile(saveTimes, 99), 'ms', 30);
    report('save_100000_word_draft_p50', percentile(saveTimes, 50), 'ms');
    report('save_100000_word_draft_after_save_work_p99', percentile(afterSaveTimes, 99), 'ms');

    // Where a big save's time goes: deriving the stored fields (as the service does, with the
    // blocks of the previous save remembered; and from scratch), and rewriting the FTS chunks.
    const deriver = createDraftContentDeriver();
    deriver.derive(doc);
    const deriveTimes = Array.from({ length: 20 }, () => {
      doc = editFewWords(doc, generator);
      const received = structuredClone(doc);
      return timed(() => deriver.derive(received)).ms;
    });
    report('save_100000_word_draft_derive_p50', percentile(deriveTimes, 50), 'ms');
    const uncachedTimes = Array.from({ length: 5 }, () => timed(() => deriveDraftContent(doc)).ms);
    report('save_100000_word_draft_derive_uncached_p50', percentile(uncachedTimes, 50), 'ms');
    const index = createSearchIndex(services.db);
    const indexTimes = Array.from({ length: 20 }, () => {
      doc = editFewWords(doc, generator);
      const entry = { title: big.title, tags: [], body: deriver.derive(doc).searchBody };
      return timed(() => (services as Services).db.transaction(() => index.put(big.id, entry))()).ms;
    });
    report('save_100000_word_draft_search_index_p50', percentile(indexTimes, 50), 'ms');
  } finally {
    services?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
