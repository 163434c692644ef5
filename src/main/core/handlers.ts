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
