/**
 * The published site's shape: its settings and what an export reports. The contract and the
 * renderer may not import src/main, so the one definition lives here; the core's site engine
 * (src/main/core/site) imports it and checks the values (siteConfig.ts).
 */

/** The languages a site can be published in (every label and date follows it). */
export const SITE_LOCALES = ['en', 'pt-BR', 'es', 'fr', 'de', 'zh-CN', 'ja'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

/** Each language by its own name, as a language menu shows it. */
export const SITE_LOCALE_NAMES: Record<SiteLocale, string> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'zh-CN': '中文 (简体)',
  ja: '日本語',
};

/** The built-in themes: harbor (a magazine-like grid) and margin (a quiet serif journal). */
export const SITE_THEME_NAMES = ['harbor', 'margin'] as const;
export type SiteThemeName = (typeof SITE_THEME_NAMES)[number];

export const SITE_LIMITS = {
  titleLength: 200,
  descriptionLength: 500,
  authorLength: 200,
  urlLength: 2000,
  postsPerPage: 100,
  customCssLength: 100_000,
  commentsHtmlLength: 20_000,
} as const;

/** How giscus maps a page to its discussion. */
export const GISCUS_MAPPINGS = ['pathname', 'url', 'title', 'og:title'] as const;
export type GiscusMapping = (typeof GISCUS_MAPPINGS)[number];

export type CommentsConfig =
  | { kind: 'none' }
  | { kind: 'giscus'; repo: string; repoId: string; category: string; categoryId: string; mapping: GiscusMapping }
  | { kind: 'disqus'; shortname: string }
  | { kind: 'custom'; html: string };
export type CommentsKind = CommentsConfig['kind'];

export interface SiteConfig {
  title: string;
  description: string;
  /** '' until the writer gives it; feeds and the sitemap need it, so an export asks for it. */
  baseUrl: string;
  language: SiteLocale;
  /** The byline of posts that name no writer. */
  author: string;
  postsPerPage: number;
  theme: SiteThemeName;
  /** Appended to the theme's stylesheet. */
  customCss: string;
  comments: CommentsConfig;
}

export type SiteConfigPatch = Partial<SiteConfig>;

export type SiteExportPhase = 'preparing' | 'pages' | 'images' | 'cleanup';

export interface SiteExportProgress {
  phase: SiteExportPhase;
  done: number;
  total: number;
}

export interface SiteExportSummary {
  /** The site folder, absolute. */
  outDir: string;
  /** The home page, for "Open in browser". */
  indexFile: string;
  posts: number;
  /** Files written, left as they were because unchanged, and removed as stale. */
  written: number;
  skipped: number;
  removed: number;
  durationMs: number;
  /** True when the export was stopped; the next export carries on from what it wrote. */
  cancelled: boolean;
  /** Problems that did not stop the export, e.g. an image missing from the library. */
  warnings: string[];
}

/** What to export: left out, the published posts (and scheduled ones now due). */
export interface SiteExportRequest {
  /** Exactly these posts, whatever their status. */
  postIds?: number[];
  /** Rewrite every file, even the unchanged ones. */
  force?: boolean;
}
