/**
 * Revisions benchmark: disk taken by the revisions of 1,000 autosaves of a 5,000-word draft,
 * each autosave changing a few words (target: under 5 MB), and the time to read revisions back.
 *
 * Two figures, because the policy decides how many autosaves become revisions at all:
 *  (a) through the real save path and policy, with a simulated clock 30 s apart per autosave;
 *  (b) the worst case, every one of the 1,000 autosaves stored, by calling the storage directly.
 * "Stored" is the sum of the revisions' own column bytes (compressed content and hash); the
 * database file growth (after a WAL checkpoint and VACUUM) adds row, page and index overhead.
 *
 * Prints one JSON object per line: {"metric","value","unit","target"}. Run: npx tsx bench/revisions.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import type { JSONContent } from '@tiptap/core';
import { libraryPath } from '../src/main/core/db/openDatabase';
import { createRevisionsRepository } from '../src/main/core/revisions/revisionsRepository';
import { serializeState, stateOfDraft } from '../src/main/core/revisions/revisionState';
import { createServices, type Services } from '../src/main/core/services';
import { seededRandom } from './libraryGenerator';

const WORDS = 5_000;
const AUTOSAVES = 1_000;
const SECONDS_BETWEEN_AUTOSAVES = 30;
const MB = 1024 * 1024;

function report(metric: string, value: number, unit: string, target: string | null = null): void {
  console.log(JSON.stringify({ metric, value: Math.round(value * 1000) / 1000, unit, target }));
}


const rand = seededRandom(20261129);
const SYLLABLES = ['ta', 'ri', 'mon', 'el', 'sa', 'ver', 'lo', 'ka', 'ne', 'dor', 'an', 'is', 'pe', 'lu', 'stra', 'gen', 'o', 'mi', 'ther', 'wa'];
// A Zipf-like vocabulary: a few words are very common, as in real prose, so compression is realistic.
const VOCABULARY = Array.from({ length: 3_000 }, (_, i) => {
  const length = 1 + (i % 3) + Math.floor(rand() * 2);
  return Array.from({ length }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
});
const word = (): string => VOCABULARY[Math.floor(VOCABULARY.length * Math.pow(rand(), 3))] as string;

/** 5,000 words in paragraphs of 60-140 words, with a heading every few paragraphs. */
function makeParagraphs(): string[][] {
  const paragraphs: string[][] = [];
  let total = 0;
  while (total < WORDS) {
    const length = Math.min(60 + Math.floor(rand() * 80), WORDS - total);
    paragraphs.push(Array.from({ length }, (_, i) => (i === length - 1 ? `${word()}.` : word())));
    total += length;
  }
  return paragraphs;
}

function toDoc(paragraphs: string[][]): JSONContent {
  return {
    type: 'doc',
    content: paragraphs.map((words, i) =>
      i % 6 === 0
        ? { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: words.slice(0, 6).join(' ') }] }
        : { type: 'paragraph', content: [{ type: 'text', text: words.join(' ') }] },
    ),
  };
}

/** One autosave's worth of writing: two to four words replaced somewhere in the post. */
function editAFewWords(paragraphs: string[][]): void {
  const changes = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < changes; i++) {
    const paragraph = paragraphs[Math.floor(rand() * paragraphs.length)] as string[];
    paragraph[Math.floor(rand() * paragraph.length)] = word();
  }
}

/** The library file's size once the WAL is folded in and free pages are dropped. */
function compactFileBytes(db: Database.Database, dataDir: string): number {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return fs.statSync(libraryPath(dataDir)).size;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function timeRead(services: Services, revisionId: number): number {
  const repo = createRevisionsRepository(services.db);
  return median(Array.from({ length: 15 }, () => {
    const start = performance.now();
    repo.readState(revisionId);
    return performance.now() - start;
  }));
}

function withLibrary<T>(label: string, run: (services: Services, clock: { now: number }, dataDir: string) => T): T {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `inkpress-bench-${label}-`));
  const clock = { now: Date.UTC(2026, 10, 29, 9, 0, 0) };
  const services = createServices({ dataDir, clock: () => new Date(clock.now) });
  try {
    return run(services, clock, dataDir);
  } finally {
    services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const initial = makeParagraphs();

// (a) The real path: drafts.save -> policy -> storage, 30 simulated seconds per autosave.
withLibrary('policy', (services, clock, dataDir) => {
  const paragraphs = initial.map((p) => [...p]);
  const draft = services.drafts.create({ title: 'A long post', author: 'Bench', doc: toDoc(paragraphs) });
  const before = compactFileBytes(services.db, dataDir);
  let version = draft.version;
  for (let i = 0; i < AUTOSAVES; i++) {
    clock.now += SECONDS_BETWEEN_AUTOSAVES * 1000;
    editAFewWords(paragraphs);
    version = services.drafts.save({ id: draft.id, baseVersion: version, title: draft.title, author: draft.author, date: draft.date, doc: toDoc(paragraphs) }).version;
  }
  const revisions = services.revisions.list(draft.id);
  const stored = createRevisionsRepository(services.db).storedBytes(draft.id);
  report('revisions_policy_count', revisions.length, 'revisions');
  report('revisions_policy_stored', stored.bytes / MB, 'MB', '< 5');
  // The draft row itself did not grow: every autosave rewrote it in place.
  report('revisions_policy_db_growth', (compactFileBytes(services.db, dataDir) - before) / MB, 'MB', '< 5');
});

// (b) Worst case: every autosave becomes a revision, straight through the storage layer.
withLibrary('every', (services, clock, dataDir) => {
  const paragraphs = initial.map((p) => [...p]);
  const draft = services.drafts.create({ title: 'A long post', author: 'Bench', doc: toDoc(paragraphs) });
  const repo = createRevisionsRepository(services.db);
  const before = compactFileBytes(services.db, dataDir);
  const writeTimes: number[] = [];
  let plainBytes = 0;
  for (let i = 0; i < AUTOSAVES; i++) {
    clock.now += SECONDS_BETWEEN_AUTOSAVES * 1000;
    editAFewWords(paragraphs);
    const state = stateOfDraft({ ...draft, doc: toDoc(paragraphs) });
    plainBytes += Buffer.byteLength(serializeState(state));
    const start = performance.now();
    repo.insert({ draftId: draft.id, kind: 'auto', state, wordCount: WORDS, createdAt: new Date(clock.now).toISOString() });
    writeTimes.push(performance.now() - start);
  }
  const stored = repo.storedBytes(draft.id);
  report('revisions_every_autosave_count', stored.count, 'revisions');
  report('revisions_every_autosave_stored', stored.bytes / MB, 'MB', '< 5');
  // For scale: the same 1,000 states stored whole and uncompressed.
  report('revisions_every_autosave_uncompressed_full_copies', plainBytes / MB, 'MB');
  report('revisions_every_autosave_db_growth', (compactFileBytes(services.db, dataDir) - before) / MB, 'MB', '< 5');
  report('revisions_write_p95', writeTimes.sort((a, b) => a - b)[Math.floor(writeTimes.length * 0.95)] as number, 'ms');

  const ids = repo.list(draft.id).map((r) => r.id);
  const oldest = ids.at(-1) as number;
  report('revisions_read_oldest', timeRead(services, oldest), 'ms');
  // The slowest to read is the one at the end of the longest delta chain.
  const deepest = ids.reduce((best, id) => (repo.chainLength(id) > repo.chainLength(best) ? id : best), oldest);
  report('revisions_read_deepest_chain', timeRead(services, deepest), 'ms');
  report('revisions_longest_chain', repo.chainLength(deepest), 'deltas');
});

// Writing a revision of a 100,000-word draft, at every chain depth: the cost a save pays when
// the policy keeps one (every few minutes at most), beside the library's save-time target.
withLibrary('book', (services, clock) => {
  const paragraphs = Array.from({ length: 20 }, () => makeParagraphs()).flat();
  const draft = services.drafts.create({ title: 'A book', author: 'Bench', doc: toDoc(paragraphs) });
  const repo = createRevisionsRepository(services.db);
  const writeTimes: number[] = [];
  for (let i = 0; i < 60; i++) {
    clock.now += 5 * 60_000;
    editAFewWords(paragraphs);
    const state = stateOfDraft({ ...draft, doc: toDoc(paragraphs) });
    const start = performance.now();
    repo.insert({ draftId: draft.id, kind: 'auto', state, wordCount: WORDS * 20, createdAt: new Date(clock.now).toISOString() });
    writeTimes.push(performance.now() - start);
  }
  writeTimes.sort((a, b) => a - b);
  report('revisions_write_100k_words_median', median(writeTimes), 'ms');
  report('revisions_write_100k_words_max', writeTimes.at(-1) as number, 'ms');
});
