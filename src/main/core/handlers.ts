import type { Channel, ChannelArgs, ChannelResult } from '../../shared/ipc/contract';
import type { Services } from './services';

export type Handler<C extends Channel> = (args: ChannelArgs<C>) => ChannelResult<C> | Promise<ChannelResult<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

/** What only the shell can do (native dialogs); the app, tests and e2e each supply their own. */
export interface ShellPorts {
  /** Asks the user where to save; null when they cancel. */
  chooseSavePath(options: { title: string; defaultName: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
}

/** The one handler table behind ipcMain, the unit tests and the e2e bridge. */
export function createHandlers(services: Services, shell: ShellPorts): HandlerTable {
  const { drafts, exporter } = services;
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
    'preview:render': (post) => ({ html: services.renderPostDocument(post) }),
    'export:html': async ({ id }) => {
      const defaultName = exporter.suggestedFileName(id);
      const target = await shell.chooseSavePath({
        title: 'Export as HTML',
        defaultName,
        filters: [{ name: 'Web page', extensions: ['html'] }],
      });
      if (target === null) return { path: null };
      return { path: exporter.writePostHtml(id, target) };
    },
  };
}
