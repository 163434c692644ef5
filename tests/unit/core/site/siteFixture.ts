import fs from 'node:fs';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import type { NewDraft } from '../../../../src/main/core/drafts/draftsService';
import type { Services } from '../../../../src/main/core/services';
import type { SiteExportSummary } from '../../../../src/main/core/site/exportSite';
import type { SiteExportOptions } from '../../../../src/main/core/site/siteService';
import type { Draft } from '../../../../src/shared/draft';
import { docWith } from '../../helpers/docs';
import type { FakeClock } from '../../helpers/fakeClock';
import { useTempDirs } from '../../helpers/tempDir';
import { saveOf, useServices } from '../../helpers/testServices';

export const BASE_URL = 'https://blog.example.com/';

export interface SiteLibrary {
  services: Services;
  clock: FakeClock;
  /** A fresh temp folder (not created inside the site folder). */
  tempDir: (label?: string) => string;
  /** Creates a published post (override anything, e.g. status). */
  publish(title: string, fields?: NewDraft): Draft;
  /** Saves changes to a post (a new version). */
  edit(id: number, changes: Partial<Parameters<typeof saveOf>[1]>): void;
  /** Exports the site (synchronously, as the command line does), with the test base URL. */
  exportTo(outDir: string, options?: Omit<SiteExportOptions, 'outDir'>): SiteExportSummary;
}

/**
 * Call once at the top of a test file: returns a function that opens a fresh library (real
 * services, fake clock at 2026-11-29 noon) with its site's base URL set.
 */
export function useSiteLibrary(): () => SiteLibrary {
  const openServices = useServices();
  const tempDir = useTempDirs();
  return () => {
    const { services, clock } = openServices();
    services.site.updateConfig({ baseUrl: BASE_URL, title: 'Field Notes' });
    return {
      services,
      clock,
      tempDir,
      publish: (title, fields = {}) =>
        services.drafts.create({ title, author: 'Ada Lovelace', date: '2026-11-01', status: 'published', doc: docWith(`${title}: the body.`), ...fields }),
      edit: (id, changes) => {
        services.drafts.save(saveOf(services.drafts.get(id), changes));
      },
      exportTo: (outDir, options = {}) => services.site.exportSiteSync({ outDir, ...options }),
    };
  };
}

/** Every file under a folder, relative, sorted (the manifest included). */
export function listFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

export const readSite = (root: string, file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

/** A document from raw block nodes. */
export const docOfBlocks = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });
