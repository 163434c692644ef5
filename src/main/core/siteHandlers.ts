import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SiteExportSummary } from '../../shared/site';
import { AppError, notFound } from './errors';
import type { HandlerTable, ShellPorts } from './handlers';
import type { Services } from './services';

type SiteChannel = Extract<keyof HandlerTable, `site:${string}`>;
export type SiteHandlers = Pick<HandlerTable, SiteChannel>;

/**
 * Publishing the site from the window. Paths never come from the page: the folder is the one
 * the writer picked in the native dialog, and "Open folder" / "Open in browser" act on the
 * export that just finished in this process.
 */
export function createSiteHandlers(services: Pick<Services, 'site'>, shell: ShellPorts): SiteHandlers {
  const { site } = services;
  /** The folder the writer chose last; remembered in the library, so the next session exports there too. */
  let folder: string | null = site.lastOutDir();
  /** The export running now, to cancel it; only one at a time. */
  let running: AbortController | null = null;
  /** The last export that ran to its end or was stopped, for the summary's buttons. */
  let lastExport: SiteExportSummary | null = null;

  const chooseFolder = async (): Promise<string | null> => {
    const chosen = await shell.chooseFolder({ title: 'Choose the folder for your site', buttonLabel: 'Export Here', defaultPath: folder ?? undefined });
    if (chosen === null) return null;
    if (!path.isAbsolute(chosen)) throw new AppError('VALIDATION', `The site folder must be an absolute path, not "${chosen}".`);
    folder = path.resolve(chosen);
    site.rememberOutDir(folder);
    return folder;
  };

  /** The folder of the last export, checked to be there still. */
  const exportedFolder = (): SiteExportSummary => {
    if (!lastExport) throw notFound('An exported site (export one first)');
    if (!fs.existsSync(lastExport.outDir)) throw notFound(`The site folder ${lastExport.outDir}`);
    return lastExport;
  };

  return {
    'site:get-config': () => site.getConfig(),
    'site:update-config': (patch) => site.updateConfig(patch),
    'site:get-folder': () => ({ outDir: folder }),
    'site:choose-folder': async () => ({ outDir: await chooseFolder() }),

    'site:export': async ({ postIds, force }) => {
      if (running) throw new AppError('CONFLICT', 'The site is already being exported; wait for it to finish or cancel it.');
      const controller = new AbortController();
      // Claimed before the folder dialog, so a second click cannot start a second export.
      running = controller;
      try {
        const outDir = folder ?? (await chooseFolder());
        if (outDir === null) return { summary: null };
        const summary = await site.exportSite({
          outDir,
          postIds,
          force,
          signal: controller.signal,
          onProgress: (progress) => shell.siteExportProgress({ phase: progress.phase, done: progress.done, total: progress.total }),
        });
        lastExport = summary;
        return { summary };
      } finally {
        running = null;
      }
    },

    'site:cancel-export': () => {
      if (!running || running.signal.aborted) return { cancelled: false };
      running.abort();
      return { cancelled: true };
    },

    'site:open-folder': async () => {
      const { outDir } = exportedFolder();
      await shell.openFolder(outDir);
      return { path: outDir };
    },

    'site:open-in-browser': async () => {
      const { outDir, indexFile } = exportedFolder();
      // Only ever the home page of the site just exported, as a file:// URL.
      const homePage = path.join(outDir, 'index.html');
      if (path.resolve(indexFile) !== homePage) throw new AppError('FORBIDDEN', 'Only the home page of the exported site can be opened in the browser.');
      if (!fs.existsSync(homePage)) throw notFound(`The home page ${homePage} (export the site again)`);
      const url = pathToFileURL(homePage).href;
      await shell.openInBrowser(url);
      return { url };
    },
  };
}
