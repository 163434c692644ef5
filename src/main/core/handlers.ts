import path from 'node:path';
import type { Channel, ChannelArgs, ChannelResult } from '../../shared/ipc/contract';
import type { Settings, SpellingLanguages } from '../../shared/settings';
import type { SiteExportProgress } from '../../shared/site';
import { renderPostMarkdown } from './export/postMarkdown';
import { writeFileAtomically } from './export/writeFileAtomically';
import { readPostFile } from './import/importFile';
import type { Services } from './services';
import { createSiteHandlers } from './siteHandlers';

export type Handler<C extends Channel> = (args: ChannelArgs<C>) => ChannelResult<C> | Promise<ChannelResult<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What only the shell can do (native dialogs, the window); the app, tests and e2e each supply their own. */
export interface ShellPorts {
  /** Asks the user where to save; null when they cancel. */
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Asks the user for one file to open; null when they cancel. */
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** The spelling dictionaries this system offers. */
  spellingLanguages(): SpellingLanguages;
  /** Puts the window in full screen or takes it out; says whether it was in full screen before. */
  setFullScreen(fullScreen: boolean): { wasFullScreen: boolean };
  /** The settings were saved: apply what the shell owns (theme, spell checker) and tell every window. */
  settingsChanged(settings: Settings): void;
  /** Asks the user for a folder (they may make a new one); null when they cancel. */
  chooseFolder(options: { title: string; buttonLabel: string; defaultPath?: string }): Promise<string | null>;
  /** Shows a folder in the system's file manager. */
  openFolder(dir: string): Promise<void>;
  /** Opens a local page (a file:// URL) in the default browser. */
  openInBrowser(fileUrl: string): Promise<void>;
  /** Tells the window how the running site export is going. */
  siteExportProgress(progress: SiteExportProgress): void;
}

/** A post file as a new draft; a file that names no title gives its own name instead. */
function importPostFile(services: Services, file: string) {
  const post = readPostFile(file);
  const title = post.title?.trim() || path.basename(file, path.extname(file));
  return services.drafts.create({ ...post, title });
}

/** The one handler table behind ipcMain, the unit tests and the e2e bridge. */
export function createHandlers(services: Services, shell: ShellPorts): HandlerTable {
  const { drafts, site } = services;
  return {
    'drafts:list': () => drafts.list(),
    'drafts:get': ({ id }) => drafts.get(id),
    'drafts:create': (args) => drafts.create(args),
    'drafts:save': (args) => drafts.save(args),
    'drafts:delete': ({ id }) => drafts.delete(id),
    'drafts:trash': ({ id }) => drafts.trash(id),
    'drafts:untrash': ({ id }) => drafts.untrash(id),
    'drafts:empty-trash': () => {
      const result = drafts.emptyTrash();
      try {
        // Images only the deleted drafts used can go now (recent imports are kept regardless).
        services.assets.collectGarbage();
      } catch {
        // The trash is empty either way; the app's collection at startup tries again.
      }
      return result;
    },
    'library:page': (query) => services.library.page(query),
    'library:counts': () => services.library.counts(),
    'tags:list': () => services.tags.list(),
    'tags:rename': ({ from, to }) => services.tags.rename(from, to),
    'tags:merge': ({ from, into }) => services.tags.merge(from, into),
    'tags:delete': ({ name }) => services.tags.delete(name),
    'search:query': (query) => services.search.query(query),
    'revisions:list': ({ draftId }) => services.revisions.list(draftId),
    'revisions:diff': ({ draftId, revisionId }) => services.revisions.diff(draftId, revisionId),
    'revisions:save-named': ({ draftId, name }) => services.revisions.saveNamed(draftId, name),
    'revisions:restore': ({ draftId, revisionId }) => services.revisions.restore(draftId, revisionId),
    'revisions:checkpoint': ({ draftId }) => services.revisions.checkpoint(draftId),
    'assets:import': (args) => services.assets.importBase64(args),
    'preview:render': (post) => ({ html: site.previewDocument(post) }),
    'export:html': async ({ id }) => {
      const defaultName = `${drafts.getForOutput(id).slug}.html`;
      const target = await shell.chooseSavePath({
        title: 'Export as HTML',
        defaultName,
        filters: [{ name: 'Web page', extensions: ['html'] }],
      });
      if (target === null) return { path: null };
      // The post's page in the site's theme, pictures embedded: the file opens anywhere on its own.
      return { path: site.writePostDocument(id, target) };
    },
    'export:markdown': async ({ id }) => {
      const draft = drafts.get(id);
      const target = await shell.chooseSavePath({
        title: 'Export as Markdown',
        defaultName: `${draft.slug || 'post'}.md`,
        filters: [{ name: 'Markdown', extensions: ['md'] }],
      });
      if (target === null) return { path: null };
      const absolute = path.resolve(target);
      writeFileAtomically(absolute, renderPostMarkdown(draft));
      return { path: absolute };
    },
    'import:file': async () => {
      const file = await shell.chooseOpenPath({
        title: 'Import a post',
        filters: [
          { name: 'Markdown or HTML', extensions: ['md', 'markdown', 'mdown', 'mkd', 'txt', 'html', 'htm'] },
          { name: 'Markdown', extensions: ['md', 'markdown', 'mdown', 'mkd', 'txt'] },
          { name: 'Web page', extensions: ['html', 'htm'] },
        ],
      });
      return { draft: file === null ? null : importPostFile(services, file) };
    },
    'settings:get': () => services.settings.get(),
    'settings:update': (patch) => {
      const settings = services.settings.update(patch);
      shell.settingsChanged(settings);
      return settings;
    },
    'settings:spelling-languages': () => shell.spellingLanguages(),
    'window:set-full-screen': ({ fullScreen }) => shell.setFullScreen(fullScreen),
    ...createSiteHandlers(services, shell),
  };
}
