import type { PostContent } from '../../../shared/draft';
import { docStats } from '../../../shared/editor/docStats';
import { parseAssetSrc } from '../assets/assetNames';
import { cleanTags } from '../drafts/draftFields';
import { renderBodyHtml } from '../render/renderBodyHtml';
import { siteBuildOf } from './exportSite';
import { prepareBody } from './preparedBodies';
import type { SiteConfig } from './siteConfig';
import { sitePostOf } from './siteEntries';
import type { SiteBuild, SiteEntry } from './siteModel';
import { standalonePostHtml } from './templates/standalonePost';

/**
 * The standalone page's policy, but pictures may also come from the app's own origin
 * (app://inkpress, or 127.0.0.1 in e2e): the preview's library images stay relative.
 */
export const PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https: http:; base-uri 'none'; form-action 'none'";

const isWebAddress = (value: string): boolean => /^https?:\/\//i.test(value);

/** The cover as the preview shows it: a library image by its relative src, a web address as given. */
function previewCover(coverImage: string): string | null {
  if (!coverImage) return null;
  return parseAssetSrc(coverImage) || isWebAddress(coverImage) ? coverImage : null;
}

/**
 * The live preview: the post as the writer has it now, saved or not, shown as the standalone
 * page of the site's theme (site.postDocument) will show it once saved — the same article
 * markup, the theme's stylesheet with the writer's custom CSS, the site's language for the
 * labels and dates, the site's default author when the post names none, and the body
 * numbered and sanitised as the export does. Two things differ, both so that a keystroke
 * costs no more than it must: library images keep their relative src (the frame loads them
 * from the app; nothing is re-encoded as a data: URL), and the meta description is the
 * post's description alone (the excerpt, which nobody sees in the frame, is not worked out).
 *
 * `getConfig` is asked on every render, so a change of the settings (in the app or by the
 * command line) shows at the next one; the stylesheet and what else the site's pages share
 * are made again only when the settings changed.
 */
export function createSitePreview(getConfig: () => SiteConfig) {
  let shared: { key: string; build: SiteBuild; css: string } | null = null;
  const siteOf = (config: SiteConfig): { build: SiteBuild; css: string } => {
    const key = JSON.stringify(config);
    if (shared?.key !== key) {
      const { build, css } = siteBuildOf(config);
      shared = { key, build, css };
    }
    return shared;
  };

  return function previewDocument(post: PostContent): string {
    const config = getConfig();
    const { build, css } = siteOf(config);
    // A post not yet on the site has no folder, id or version; a standalone page uses none.
    const entry: SiteEntry = {
      id: 0,
      folder: '',
      date: post.date,
      tags: cleanTags(post.tags).map((name) => ({ name, folder: '' })),
      coverImage: post.coverImage ?? '',
      version: '',
      updatedAt: '',
    };
    const details = {
      title: post.title,
      author: post.author,
      description: post.description ?? '',
      excerpt: '',
      readingMinutes: docStats(post.doc).readingMinutes,
      language: post.language ?? '',
      canonicalUrl: '',
    };
    const body = prepareBody(renderBodyHtml(post.doc)).html;
    return standalonePostHtml(build, sitePostOf(entry, details, config), body, css, previewCover(entry.coverImage), PREVIEW_POLICY);
  };
}
