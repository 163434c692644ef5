import type { Draft, DraftSave, DraftSummary, PostContent, SavedDraft } from '../draft';
import type {
  DraftPage,
  DraftQuery,
  ImportedAsset,
  LibraryCounts,
  RevisionDiff,
  RevisionSummary,
  SearchHit,
  SearchQuery,
  TagCount,
} from '../library';
import type { Settings, SettingsPatch, SpellingLanguages } from '../settings';
import type { SiteConfig, SiteConfigPatch, SiteExportProgress, SiteExportRequest, SiteExportSummary } from '../site';
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
  /** Deletes for good; only a draft already in the trash. */
  'drafts:delete': (args: { id: number }) => { id: number };
  'drafts:trash': (args: { id: number }) => DraftSummary;
  'drafts:untrash': (args: { id: number }) => DraftSummary;
  'drafts:empty-trash': (args: void) => { deleted: number };
  'library:page': (args: DraftQuery) => DraftPage;
  'library:counts': (args: void) => LibraryCounts;
  'tags:list': (args: void) => TagCount[];
  'tags:rename': (args: { from: string; to: string }) => TagCount[];
  'tags:merge': (args: { from: string[]; into: string }) => TagCount[];
  'tags:delete': (args: { name: string }) => TagCount[];
  'search:query': (args: SearchQuery) => SearchHit[];
  'revisions:list': (args: { draftId: number }) => RevisionSummary[];
  'revisions:diff': (args: { draftId: number; revisionId: number }) => RevisionDiff;
  'revisions:save-named': (args: { draftId: number; name: string }) => RevisionSummary;
  /** The current text becomes a revision first, so a restore can itself be undone. */
  'revisions:restore': (args: { draftId: number; revisionId: number }) => Draft;
  /** Called when a draft is closed: keeps a revision if the text changed since the last one. */
  'revisions:checkpoint': (args: { draftId: number }) => RevisionSummary | null;
  'assets:import': (args: { fileName: string; mimeType: string; dataBase64: string }) => ImportedAsset;
  'preview:render': (args: PostContent) => { html: string };
  /** Asks where to save (a save dialog), then writes one standalone HTML file. */
  'export:html': (args: { id: number }) => { path: string | null };
  /** Asks where to save, then writes the draft as Markdown with YAML front matter. */
  'export:markdown': (args: { id: number }) => { path: string | null };
  /** Asks for a Markdown or HTML file (an open dialog) and makes it a new draft; null when cancelled. */
  'import:file': (args: void) => { draft: Draft | null };
  'settings:get': (args: void) => Settings;
  /** Changes the given settings only; every window hears 'settings:changed'. */
  'settings:update': (args: SettingsPatch) => Settings;
  'settings:spelling-languages': (args: void) => SpellingLanguages;
  /** Distraction-free writing: the window fills the screen, or leaves it. */
  'window:set-full-screen': (args: { fullScreen: boolean }) => { wasFullScreen: boolean };
  'site:get-config': (args: void) => SiteConfig;
  /** Changes the named site settings; an invalid one is refused (VALIDATION, naming it) and nothing is saved. */
  'site:update-config': (args: SiteConfigPatch) => SiteConfig;
  /** The folder the site is exported to, once the writer has chosen one. */
  'site:get-folder': (args: void) => { outDir: string | null };
  /** Asks for the site folder (a folder dialog); null when cancelled, and the folder stays as it was. */
  'site:choose-folder': (args: void) => { outDir: string | null };
  /**
   * Exports the site into the chosen folder (asking for one first if there is none; summary null
   * when that is cancelled). Progress arrives as 'site:export-progress' events.
   */
  'site:export': (args: SiteExportRequest) => { summary: SiteExportSummary | null };
  /** Stops the running export between two files; its summary then says cancelled. */
  'site:cancel-export': (args: void) => { cancelled: boolean };
  /** Shows the folder of the last export in the file manager. */
  'site:open-folder': (args: void) => { path: string };
  /** Opens the home page of the last export in the default browser. */
  'site:open-in-browser': (args: void) => { url: string };
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
  'drafts:trash': true,
  'drafts:untrash': true,
  'drafts:empty-trash': true,
  'library:page': true,
  'library:counts': true,
  'tags:list': true,
  'tags:rename': true,
  'tags:merge': true,
  'tags:delete': true,
  'search:query': true,
  'revisions:list': true,
  'revisions:diff': true,
  'revisions:save-named': true,
  'revisions:restore': true,
  'revisions:checkpoint': true,
  'assets:import': true,
  'preview:render': true,
  'export:html': true,
  'export:markdown': true,
  'import:file': true,
  'settings:get': true,
  'settings:update': true,
  'settings:spelling-languages': true,
  'window:set-full-screen': true,
  'site:get-config': true,
  'site:update-config': true,
  'site:get-folder': true,
  'site:choose-folder': true,
  'site:export': true,
  'site:cancel-export': true,
  'site:open-folder': true,
  'site:open-in-browser': true,
};
export const CHANNELS = Object.keys(channelSet) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(channelSet, value);
}

/** Messages the main process sends to the window (menu commands, the close handshake). */
export type MenuCommand =
  | 'new-draft'
  | 'export-html'
  | 'delete-draft'
  | 'quick-open'
  | 'import-file'
  | 'export-markdown'
  | 'preferences'
  | 'toggle-focus-mode'
  | 'toggle-typewriter-scrolling'
  | 'toggle-distraction-free'
  | 'publish-site';
export interface AppEvents {
  'menu:command': MenuCommand;
  /** The window is closing: save now, then call api.app.readyToClose(). */
  'app:before-close': null;
  /** The settings changed (in this window or another): apply them. */
  'settings:changed': Settings;
  /** The window left full screen by other means than the page (the title bar, the OS). */
  'window:left-full-screen': null;
  /** How the running site export is going (at most every 50 ms, and at the end of each phase). */
  'site:export-progress': SiteExportProgress;
}
export type AppEvent = keyof AppEvents;
export const APP_EVENTS: AppEvent[] = ['menu:command', 'app:before-close', 'settings:changed', 'window:left-full-screen', 'site:export-progress'];
/** The one message the window sends without expecting an answer. */
export const READY_TO_CLOSE = 'app:ready-to-close';

/** 'save-named' -> 'saveNamed', as buildRequestApi names the functions. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;
type Invoker<C extends Channel> =
  ChannelArgs<C> extends void
    ? () => Promise<Result<ChannelResult<C>>>
    : (args: ChannelArgs<C>) => Promise<Result<ChannelResult<C>>>;

/** window.api: one named function per channel, grouped by domain (api.drafts.list()). */
export type RequestApi = {
  [D in DomainOf<Channel>]: { [V in VerbOf<Channel, D> as CamelCase<V>]: Invoker<Extract<Channel, `${D}:${V}`>> };
};

export interface EventApi {
  events: {
    on<E extends AppEvent>(event: E, listener: (payload: AppEvents[E]) => void): () => void;
  };
  app: { readyToClose(): void };
}

export type InkpressApi = RequestApi & EventApi;
