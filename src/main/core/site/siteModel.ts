import type { SiteConfig } from './siteConfig';
import type { SiteLabels, SiteLocale } from './siteLabels';

/** A tag as the site shows it: its name, and its folder under tags/. */
export interface SiteTag {
  name: string;
  folder: string;
}

/**
 * A post's place on the site, known for every post in every export: where it goes, its date,
 * tags and cover, and its version, which any save changes. Pages are keyed by these.
 */
export interface SiteEntry {
  id: number;
  /** The post's folder at the root of the site (its URL is `<folder>/`). */
  folder: string;
  /** YYYY-MM-DD. */
  date: string;
  tags: SiteTag[];
  /** The stored cover image: a library src or a web address; '' for none. */
  coverImage: string;
  /** Names the stored post, body included: it changes whenever the post may have. */
  version: string;
  updatedAt: string;
}

/** A post as pages show it: its entry and the details read for the pages being written. */
export interface SitePost extends SiteEntry {
  title: string;
  /** The post's writer, or the site's default author. */
  author: string;
  description: string;
  /** The description, else the excerpt: what lists and feeds say about the post. */
  summary: string;
  readingMinutes: number;
  /** BCP 47, '' for the site's language. */
  language: string;
  canonicalUrl: string;
}

/** What every page of one export shares. */
export interface SiteBuild {
  config: SiteConfig;
  locale: SiteLocale;
  labels: SiteLabels;
  formatDate: (date: string) => string;
  /** The stylesheet's and the icon's paths from the site root (their names carry their hash). */
  stylesheet: string;
  icon: string;
  /** Where a library image src is on the site, from its root; null if the src is not one. */
  imagePath: (src: string) => string | null;
}

/** A post's URL path from the site root. */
export const postPath = (post: SiteEntry): string => `${post.folder}/`;
export const tagPath = (tag: SiteTag, page = 1): string => (page === 1 ? `tags/${tag.folder}/` : `tags/${tag.folder}/page/${page}/`);
export const homePath = (page: number): string => (page === 1 ? '' : `page/${page}/`);
