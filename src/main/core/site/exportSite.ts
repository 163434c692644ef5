import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { toPostDate } from '../../../shared/postDate';
import type { SiteExportPhase, SiteExportProgress, SiteExportSummary } from '../../../shared/site';
import { parseAssetSrc } from '../assets/assetNames';
import { AppError, notFound } from '../errors';
import type { PreparedBodies } from './preparedBodies';
import type { SiteConfig } from './siteConfig';
import { siteDateFormatter, siteLabels } from './siteLabels';
import { emptyManifest, type ManifestStore, type SiteManifest } from './siteManifest';
import { createSiteEntries, sitePostOf } from './siteEntries';
import type { SiteBuild, SiteEntry, SitePost } from './siteModel';
import { SITE_FOLDERS } from './sitePaths';
import { createSitePlanMemo, keyOf, planSite, SITE_TEMPLATE_VERSION, type PageSources, type PlannedFile, type SitePlan, type SitePlanMemo } from './sitePlan';
import type { PostIdentity, SitePostsRepository } from './sitePostsRepository';
import { createSiteWriter, type SiteWriter } from './siteWriter';
import { createThreadedSiteWriter } from './threadedSiteWriter';
import { siteIcon, siteStylesheet } from './themes/siteThemes';

export type { SiteExportPhase, SiteExportProgress, SiteExportSummary };

export interface SiteExportRequest {
  outDir: string;
  config: SiteConfig;
  /** Only these posts (the writer's choice), whatever their status; left out, the published ones. */
  postIds?: readonly number[];
  /** Rewrite every file, even those the manifest says are unchanged. */
  force?: boolean;
}

/**
 * What an export keeps for the next one in the same process: the posts' places and the keys
 * of the pages, by the objects they were made from (see siteEntries.ts and sitePlan.ts), so an
 * export after one edit redoes only what that edit touched.
 */
export interface SiteExportMemo {
  entries: ReturnType<typeof createSiteEntries>;
  plan: SitePlanMemo;
}

export const createSiteExportMemo = (): SiteExportMemo => ({ entries: createSiteEntries(), plan: createSitePlanMemo() });

export interface SiteExportSources {
  posts: SitePostsRepository;
  memo: SiteExportMemo;
  bodies: PreparedBodies;
  manifests: ManifestStore;
  /** The file of a library image src, or null when the src names none. */
  assetFileOf: (src: string) => string | null;
  clock: () => Date;
  isCancelled: () => boolean;
}

/** Where a library image is on the site: images/<its SHA-256>.<ext>, the name it has in the library. */
export function siteImagePath(src: string): string | null {
  const asset = parseAssetSrc(src);
  return asset ? `${SITE_FOLDERS.images}/${asset.hash}.${asset.ext}` : null;
}

/** What every page of a site with this config shares, and its stylesheet and icon. */
export function siteBuildOf(config: SiteConfig): { build: SiteBuild; css: string; icon: string } {
  const css = siteStylesheet(config.theme, config.customCss);
  const icon = siteIcon(config.theme, config.title);
  const build: SiteBuild = {
    config,
    locale: config.language,
    labels: siteLabels(config.language),
    formatDate: siteDateFormatter(config.language),
    // Named by their content, so a browser never keeps an old copy after a change of theme.
    stylesheet: `${SITE_FOLDERS.assets}/site-${crypto.hash('sha1', css).slice(0, 12)}.css`,
    icon: `${SITE_FOLDERS.assets}/icon-${crypto.hash('sha1', icon).slice(0, 12)}.svg`,
    imagePath: siteImagePath,
  };
  return { build, css, icon };
}

/** Everything one export writes, decided before the first file is touched. */
interface ExportPlan {
  outDir: string;
  config: SiteConfig;
  entries: SiteEntry[];
  site: SitePlan;
  folderWasEmpty: boolean;
  manifest: SiteManifest;
}

function planExport(request: SiteExportRequest, sources: SiteExportSources): ExportPlan {
  const { config } = request;
  if (!config.baseUrl) {
    throw new AppError('VALIDATION', 'The site has no base URL yet (like https://example.com/): feeds and the sitemap need absolute addresses. Set it, then export again.');
  }
  const outDir = path.resolve(request.outDir);
  const folder = sources.manifests.inspect(outDir);

  let identities: PostIdentity[];
  if (request.postIds) {
    const { posts, missing } = sources.posts.chosen(request.postIds);
    if (missing.length) throw notFound(`Draft ${missing[0]} (not in the library, or in the trash)`);
    identities = posts;
  } else {
    identities = sources.posts.due(toPostDate(sources.clock()));
  }
  const entries = sources.memo.entries(identities);

  const { build, css, icon } = siteBuildOf(config);
  const siteKey = keyOf([SITE_TEMPLATE_VERSION, JSON.stringify(config), build.stylesheet, build.icon]);
  const site = planSite(build, entries, siteKey, { css, icon }, sources.memo.plan);
  if (folder.kind === 'missing') {
    try {
      fs.mkdirSync(outDir, { recursive: true });
    } catch (error) {
      throw new AppError('IO', `Cannot create the folder ${outDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  return { outDir, config, entries, site, folderWasEmpty: folder.kind !== 'exported', manifest: folder.kind === 'exported' ? folder.manifest : emptyManifest() };
}

/**
 * What the pages about to be written need: the details of the posts they show, read in one
 * go (a re-export after one edit reads a handful; a first export, all of them), and bodies.
 */
function pageSourcesFor(plan: ExportPlan, toWrite: readonly PlannedFile[], sources: SiteExportSources): PageSources {
  // Every page written (a first export): every post is shown, no need to ask each page which.
  const shown = toWrite.length === plan.site.files.length ? plan.entries : [...new Set(toWrite.flatMap((file) => plan.site.shows(file)))];
  const details = sources.posts.details(shown.map((entry) => entry.id));
  const posts = new Map<SiteEntry, SitePost>();
  return {
    post: (entry) => {
      let post = posts.get(entry);
      if (!post) {
        const found = details.get(entry.id);
        if (!found) throw notFound(`Draft ${entry.id} (deleted while the site was being exported)`);
        posts.set(entry, (post = sitePostOf(entry, found, plan.config)));
      }
      return post;
    },
    body: (entry) => sources.bodies.get(entry.id, entry.version),
  };
}

/** The library images the site needs: every cover, and what each post page shows (as recorded). */
function imagesOf(plan: ExportPlan): Map<string, string> {
  const images = new Map<string, string>();
  const want = (src: string): void => {
    const image = siteImagePath(src);
    if (image !== null && !images.has(image)) images.set(image, src);
  };
  for (const entry of plan.entries) if (entry.coverImage) want(entry.coverImage);
  const { uses } = plan.manifest;
  if (uses.size) for (const file of plan.site.files) for (const src of uses.get(file.path) ?? []) want(src);
  return images;
}

/** Files looked at between two progress reports when none is written (writing one reports). */
const PROGRESS_EVERY = 500;

/**
 * From how many pages to write a second thread writes them (see threadedSiteWriter.ts): a
 * first export, a new theme; not the handful an edit changes, which would wait for it to start.
 */
export const THREADED_FROM_PAGES = 200;

/**
 * The export as a sequence of steps, yielding progress after each file written (and every few
 * hundred left as they were, and at the end of each phase); the caller drives it
 * (the service's exportSiteSync for the command line, exportSite for the app, which gives the
 * event loop a turn between slices). Files whose key the folder's manifest already records
 * are left as they are; files the manifest lists that the site no longer has are removed.
 */
export function* siteExportSteps(request: SiteExportRequest, sources: SiteExportSources): Generator<SiteExportProgress, SiteExportSummary> {
  const started = performance.now();
  yield { phase: 'preparing', done: 0, total: 1 };
  const plan = planExport(request, sources);
  const { outDir, manifest } = plan;
  const { files } = plan.site;
  /**
   * Whether the folder already has a file as it would be made now, given the key the manifest
   * recorded for it before its phase wrote anything (undefined: not Inkpress's yet; '': claimed
   * by an export that stopped before writing it).
   */
  const unchanged = (recorded: string | undefined, key: string): boolean => !request.force && recorded === key;
  /**
   * The keys the manifest records for these paths, looked up once per file (the plan gives the
   * same path strings export after export, so most lookups find their hash already made).
   */
  const recordedFor = (paths: readonly string[]): (string | undefined)[] => paths.map((file) => manifest.files.get(file));
  const summary = { written: 0, skipped: 0, removed: 0, cancelled: false, warnings: [] as string[] };
  let dirty = false;
  /** Whether the export was asked to stop; once it was, it stays stopped. */
  const stopped = (): boolean => (summary.cancelled ||= sources.isCancelled());

  /**
   * Stops before anything is written over a file that is there but not in the manifest (it is
   * someone else's), and records the paths about to be written before writing them, so a
   * crash leaves them claimed as Inkpress's.
   */
  const claim = (paths: readonly string[], recorded: readonly (string | undefined)[]): void => {
    const unclaimed = paths.filter((_, i) => recorded[i] === undefined);
    const foreign = plan.folderWasEmpty ? [] : unclaimed.filter((file) => writer.exists(file));
    if (foreign.length) {
      throw new AppError(
        'CONFLICT',
        `The site folder already has ${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''}, ` +
          'which Inkpress did not write; move them away (or change the slug that wants that name) and export again.',
      );
    }
    if (unclaimed.length === 0) return;
    for (const file of unclaimed) manifest.files.set(file, '');
    sources.manifests.save(outDir, manifest);
  };

  const record = (file: string, key: string, uses: readonly string[] | undefined): void => {
    manifest.files.set(file, key);
    if (uses?.length) manifest.uses.set(file, [...uses]);
    else manifest.uses.delete(file);
    dirty = true;
  };

  const filePaths = files.map((file) => file.path);
  const recorded = recordedFor(filePaths);
  const toWrite = files.filter((file, i) => !unchanged(recorded[i], file.key));
  const writer: SiteWriter = (toWrite.length >= THREADED_FROM_PAGES ? createThreadedSiteWriter : createSiteWriter)(outDir, { fresh: plan.folderWasEmpty });
  try {
    if (!stopped()) claim(filePaths, recorded);
    const pages = pageSourcesFor(plan, toWrite, sources);
    for (let i = 0; i < files.length; i += 1) {
      if (stopped()) break;
      const file = files[i] as PlannedFile;
      if (unchanged(recorded[i], file.key)) {
        summary.skipped += 1;
        if ((i + 1) % PROGRESS_EVERY && i + 1 < files.length) continue;
      } else {
        const { content, uses } = plan.site.make(file, pages);
        // Recorded once it is on disk, which may be a little later (the threaded writer).
        writer.write(file.path, content, () => {
          record(file.path, file.key, uses);
          summary.written += 1;
        });
      }
      yield { phase: 'pages', done: i + 1, total: files.length };
    }
    // Every page on disk (or the first that could not be written thrown) before going on.
    writer.flush();

    const images = [...imagesOf(plan)];
    const imagePaths = images.map(([image]) => image);
    const recordedImages = recordedFor(imagePaths);
    if (!stopped()) claim(imagePaths, recordedImages);
    for (let i = 0; i < images.length; i += 1) {
      if (stopped()) break;
      const [image, src] = images[i] as [string, string];
      // The library names an image by the SHA-256 of its bytes: the same name is the same picture.
      const key = parseAssetSrc(src)?.hash ?? src;
      const source = sources.assetFileOf(src);
      if (unchanged(recordedImages[i], key)) summary.skipped += 1;
      else if (source !== null && fs.existsSync(source)) {
        writer.copy(image, source);
        record(image, key, undefined);
        summary.written += 1;
      } else {
        summary.warnings.push(`The image ${src} is missing from the library; the pages that show it have a gap there.`);
      }
      yield { phase: 'images', done: i + 1, total: images.length };
    }

    // Every path wanted is in the manifest now (claimed, if not before): it lists more only
    // when some are no longer wanted.
    if (!stopped() && manifest.files.size > filePaths.length + imagePaths.length) {
      const wanted = new Set([...filePaths, ...imagePaths]);
      const stale = [...manifest.files.keys()].filter((file) => !wanted.has(file));
      for (let i = 0; i < stale.length; i += 1) {
        const file = stale[i] as string;
        if (writer.remove(file)) summary.removed += 1;
        manifest.files.delete(file);
        manifest.uses.delete(file);
        dirty = true;
        yield { phase: 'cleanup', done: i + 1, total: stale.length };
      }
    }
  } finally {
    // However the export ended, the manifest says which files in the folder are Inkpress's:
    // the pages still being written are waited for, so it records every one on disk.
    writer.close();
    if (dirty) sources.manifests.save(outDir, manifest);
    sources.bodies.flush();
  }
  return {
    outDir,
    indexFile: path.join(outDir, 'index.html'),
    posts: plan.entries.length,
    ...summary,
    durationMs: Math.round(performance.now() - started),
  };
}
