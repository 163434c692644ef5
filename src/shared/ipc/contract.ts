import type { Draft, DraftSave, DraftSummary, PostContent, SavedDraft } from '../draft';
import type { Result } from './result';

/**
 * Every request the renderer can make, declared once: 'domain:verb' -> (args) => result.
 * The handler table (src/main/core/handlers.ts), the argument schemas (./schemas.ts), the
 * preload and the e2e bridge are all checked against this map by the compiler.
 */
export interface Contract {
  'drafts:list': (args: void) => DraftSummary[];
  'drafts:get': (args: { id: number }) => Draft;
  'drafts:create': (args: { title?: string; author?: string }) => Draft;
  'drafts:save': (args: DraftSave) => SavedDraft;
  'drafts:delete': (args: { id: number }) => { id: number };
  'preview:render': (args: PostContent) => { html: string };
  /** Asks where to save (a save dialog), then writes one standalone HTML file. */
  'export:html': (args: { id: number }) => { path: string | null };
}

export type Channel = keyof Contract;
export type ChannelArgs<C extends Channel> = Parameters<Contract[C]>[0];
export type ChannelResult<C extends Channel> = ReturnType<Contract[C]>;

// A record (not an array) so the compiler rejects a missing or a stray channel.
const channelSet: { [C in Channel]: true } = {
  'drafts:list': true,
  'drafts:get': true,
  'drafts:create': true,
  'drafts:save': true,
  'drafts:delete': true,
  'preview:render': true,
  'export:html': true,
};
export const CHANNELS = Object.keys(channelSet) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(channelSet, value);
}

/** Messages the main process sends to the window (menu commands, the close handshake). */
export type MenuCommand = 'new-draft' | 'export-html' | 'delete-draft';
export interface AppEvents {
  'menu:command': MenuCommand;
  /** The window is closing: save now, then call api.app.readyToClose(). */
  'app:before-close': null;
}
export type AppEvent = keyof AppEvents;
export const APP_EVENTS: AppEvent[] = ['menu:command', 'app:before-close'];
/** The one message the window sends without expecting an answer. */
export const READY_TO_CLOSE = 'app:ready-to-close';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;
type Invoker<C extends Channel> =
  ChannelArgs<C> extends void
    ? () => Promise<Result<ChannelResult<C>>>
    : (args: ChannelArgs<C>) => Promise<Result<ChannelResult<C>>>;

/** window.api: one named function per channel, grouped by domain (api.drafts.list()). */
export type RequestApi = {
  [D in DomainOf<Channel>]: { [V in VerbOf<Channel, D>]: Invoker<Extract<Channel, `${D}:${V}`>> };
};

export interface EventApi {
  events: {
    on<E extends AppEvent>(event: E, listener: (payload: AppEvents[E]) => void): () => void;
  };
  app: { readyToClose(): void };
}

export type InkpressApi = RequestApi & EventApi;
