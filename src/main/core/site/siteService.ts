import path from 'node:path';
import type Database from 'better-sqlite3';
import { assetFilePath, parseAssetSrc } from '../assets/assetNames';
import type { AssetsService } from '../assets/assetsService';
import type { DraftsService } from '../drafts/draftsService';
import { toPostDate } from '../../../shared/postDate';
import { AppError, notFound } from '../errors';
import { writeFileAtomically } from '../export/writeFileAtomically';
import {
  createSiteExportMemo,
  siteBuildOf,
  siteExportSteps,
  type SiteExportProgress,
  type SiteExportSources,
  type SiteExportSummary,
} from './exportSite';
import { createPreparedBodies, pointImages } from './preparedBodies';
import { checkSiteConfigPatch, siteConfigFromStored, type SiteConfig, type SiteConfigPatch } from './siteConfig';
import { createSiteConfigRepository } from './siteConfigRepository';
import { createManifestStore } from './siteManifest';
import { siteEntriesOf, sitePostOf } from './siteEntries';
import type { SiteEntry } from './siteModel';
import { createSitePostsRepository } from './sitePostsRepository';
import { createSitePreview } from './sitePreview';
import { standalonePostHtml } from './templates/standalonePost';
import type { SiteThemeName } from './themes/themeNames';

export interface SiteExportOptions {
  /** The site folder: created if missing; refused if it holds files Inkpress did not export. */
  outDir: string;
  /** Settings for this export only, checked like saved ones (the command line's flags). */
  overrides?: SiteConfigPatch;
  /** Only these posts, whatever their status; left out, the published ones (and scheduled ones now due). */
  postIds?: readonly number[];
  /** Rewrite every file, even those the manifest says are unchanged. */
  force?: boolean;
  /** Called as the export goes: at the first and last step of each phase, and at most every 50 ms between. */
  onProgress?: (progress: SiteExportProgress) => void;
}

/** Where the stored settings row keeps the app's last site folder (not a SiteConfig field). */
const LAST_OUT_DIR_KEY = 'appLastOutDir';

/** How long the app's export works before it gives the event loop a turn (IPC, progress, a cancel click). */
const SLICE_MS = 12;
const PROGRESS_INTERVAL_MS = 50;

function throttled(onProgress: ((progress: SiteExportProgress) => void) | undefined): (progress: SiteExportProgress) => void {
  if (!onProgress) return () => {};
  let last = 0;
  let phase = '';
  return (progress) => {
    const now = Date.now();
    if (progress.phase !== phase || progress.done === progress.total || now - last >= PROGRESS_INTERVAL_MS) {
      last = now;
      phase = progress.phase;
      onProgress(progress);
    }
  };
}

const isWebAddress = (value: string): boolean => /^https?:\/\//i.test(value);

export interface SiteServiceOptions {
  db: Database.Database;
  drafts: DraftsService;
  assets: AssetsService;
  clock: () => Date;
}

/** The writer's site: its settings, and exporting it (whole, or one post as a standalone page). */
export function createSiteService({ db, drafts, assets, clock }: SiteServiceOptions) {
  const configs = createSiteConfigRepository(db);
  const posts = createSitePostsRepository(db);
  const manifests = createManifestStore();
  const memo = createSiteExportMemo();
  const bodies = createPreparedBodies(db, (id) => {
    // The stored HTML alone: the drafts service would read and parse the whole document too.
    const html = posts.bodyHtml(id);
    if (html === null) throw notFound(`Draft ${id}`);
    return html;
  });
  /** Site folders with an export running in this process: a second export into one is refused. */
  const busy = new Set<string>();

  const getConfig = (): SiteConfig => siteConfigFromStored(configs.get());

  const sources = (isCancelled: () => boolean): SiteExportSources => ({
    posts,
    memo,
    bodies,
    manifests,
    assetFileOf: (src) => {
      const asset = parseAssetSrc(src);
      return asset ? assetFilePath(assets.dir, asset.hash, asset.ext) : null;
    },
    clock,
    isCancelled,
  });

  /**
   * Starts an export: its settings checked, its folder taken (one export per folder at a
   * time). The caller drives the steps, reports progress, and calls `release` when done.
   */
  function start(options: SiteExportOptions, isCancelled: () => boolean) {
    const outDir = path.resolve(options.outDir);
    const config = { ...getConfig(), ...checkSiteConfigPatch(options.overrides ?? {}) };
    if (busy.has(outDir)) throw new AppError('CONFLICT', `The site is already being exported to ${outDir}; wait for that export to finish.`);
    busy.add(outDir);
    const steps = siteExportSteps({ outDir, config, postIds: options.postIds, force: options.force }, sources(isCancelled));
    return {
      steps,
      progress: throttled(options.onProgress),
      release: () => {
        try {
          // Ends the steps if the driver stopped early (a progress callback threw): their own
          // cleanup records in the manifest what was written. A finished export ignores it.
          steps.return(undefined as unknown as SiteExportSummary);
        } finally {
          busy.delete(outDir);
        }
      },
    };
  }

  /** One post as a standalone HTML page in a theme of the site (the site's own by default). */
  const postDocument = (id: number, theme?: SiteThemeName): string => {
    const config: SiteConfig = { ...getConfig(), ...(theme ? { theme } : {}) };
    // Any draft, one in the trash too (the app and `inkpress show` export whatever is open).
    const { slug, date, version, createdAt, updatedAt, coverImage, tags } = drafts.getForOutput(id);
    const details = posts.details([id]).get(id);
    if (!details) throw notFound(`Draft ${id}`);
    const [entry] = siteEntriesOf([{ id, slug, date, version, createdAt, updatedAt, coverImage, tags }]);
    const post = sitePostOf(entry as SiteEntry, details, config);
    const { build, css } = siteBuildOf(config);
    const body = pointImages(bodies.get(post.id, post.version).html, (src) => assets.dataUrlOf(src));
    bodies.flush();
    const cover = post.coverImage ? (assets.dataUrlOf(post.coverImage) ?? (isWebAddress(post.coverImage) ? post.coverImage : null)) : null;
    return standalonePostHtml(build, post, body, css, cover);
  };

  return {
    getConfig,

    /**
     * Changes the settings a patch names. Every field is checked first; the first invalid one is
     * refused with a message naming it, and nothing is written.
     */
    updateConfig(patch: SiteConfigPatch): SiteConfig {
      const clean = checkSiteConfigPatch(patch);
      return db.transaction(() => {
        // Fields this version does not know (a newer Inkpress wrote them) are kept as they are.
        configs.put({ ...configs.get(), ...getConfig(), ...clean }, clock().toISOString());
        return getConfig();
      })();
    },

    /**
     * The folder the app last exported the site to, or null. Kept in the settings row beside the
     * config but outside it, so it never reaches a page, a feed or a command-line export.
     */
    lastOutDir(): string | null {
      const stored = configs.get()[LAST_OUT_DIR_KEY];
      return typeof stored === 'string' && path.isAbsolute(stored) ? stored : null;
    },

    /** Remembers the folder the writer chose for the site (an absolute path). */
    rememberOutDir(outDir: string): void {
      if (!path.isAbsolute(outDir)) throw new AppError('VALIDATION', `The site folder must be an absolute path, not "${outDir}".`);
      db.transaction(() => configs.put({ ...configs.get(), [LAST_OUT_DIR_KEY]: outDir }, clock().toISOString()))();
    },

    /**
     * Exports the site, for the app: the steps run in slices of a few milliseconds with a turn
     * of the event loop between them, so progress reaches the window and a cancel (the signal)
     * stops the export between two files. A cancelled export resolves with `cancelled: true`;
     * what it wrote is recorded, and the next export goes on from there. Exporting again into
     * the same folder writes only what changed (see exportSite.ts).
     */
    async exportSite(options: SiteExportOptions & { signal?: AbortSignal }): Promise<SiteExportSummary> {
      const { steps, progress, release } = start(options, () => options.signal?.aborted === true);
      try {
        let sliceStart = Date.now();
        for (;;) {
          const step = steps.next();
          if (step.done) return step.value;
          progress(step.value);
          if (Date.now() - sliceStart >= SLICE_MS) {
            await new Promise((resolve) => setImmediate(resolve));
            sliceStart = Date.now();
          }
        }
      } finally {
        release();
      }
    },

    /** The same export for the command line, from start to end without a pause. */
    exportSiteSync(options: SiteExportOptions): SiteExportSummary {
      const { steps, progress, release } = start(options, () => false);
      try {
        for (;;) {
          const step = steps.next();
          if (step.done) return step.value;
          progress(step.value);
        }
      } finally {
        release();
      }
    },

    /**
     * Prepares ahead of time the bodies the next export will need (published posts, and
     * scheduled ones now due, whose body changed since it was last prepared), a few
     * milliseconds at a time between turns of the event loop, so that export finds them
     * ready: sanitising is most of the work of a first export. For the app to call when it
     * is idle, or when the writer opens the publish dialog; stops early on the signal.
     */
    async preparePostBodies({ signal }: { signal?: AbortSignal } = {}): Promise<{ prepared: number; left: number }> {
      const due = siteEntriesOf(posts.due(toPostDate(clock())));
      const waiting = bodies.unprepared(due);
      let prepared = 0;
      try {
        let sliceStart = Date.now();
        for (const entry of waiting) {
          if (signal?.aborted) break;
          try {
            bodies.get(entry.id, entry.version);
          } catch (error) {
            // Deleted since the list was read (the app goes on while this waits its turn).
            if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
          }
          prepared += 1;
          if (Date.now() - sliceStart >= SLICE_MS) {
            await new Promise((resolve) => setImmediate(resolve));
            sliceStart = Date.now();
          }
        }
      } finally {
        bodies.flush();
      }
      return { prepared, left: waiting.length - prepared };
    },

    /**
     * The same, at once, for these posts whatever their status (a scheduled post's body is then
     * ready when its day comes): for the command line, right after it changed one. A body
     * already prepared for the post as it is now is left alone.
     */
    preparePostBodiesOf(ids: readonly number[]): void {
      try {
        for (const entry of siteEntriesOf(posts.chosen(ids).posts)) bodies.get(entry.id, entry.version);
      } finally {
        bodies.flush();
      }
    },

    postDocument,

    /** The live preview of a post being written (saved or not): its standalone page in the site's theme. */
    previewDocument: createSitePreview(getConfig),

    /** Writes postDocument to the file the writer chose, atomically; returns its absolute path. */
    writePostDocument(id: number, outPath: string, theme?: SiteThemeName): string {
      const absolute = path.resolve(outPath);
      writeFileAtomically(absolute, postDocument(id, theme));
      return absolute;
    },
  };
}

export type SiteService = ReturnType<typeof createSiteService>;
