import { escapeHtml } from './escape';
import type { CommentsConfig } from '../siteConfig';
import type { SiteBuild, SitePost } from '../siteModel';
import { linkTo } from './pageShell';

/**
 * What a page may load, as a Content-Security-Policy: its own stylesheet, and pictures from
 * the site or the web. No script at all, unless the writer configured a comments embed, whose
 * origins are then allowed on post pages (and only those).
 */
const BASE_POLICY = ["default-src 'none'", "style-src 'self'", "img-src 'self' https: http: data:", "base-uri 'none'", "form-action 'none'"];

export const LIST_PAGE_POLICY = BASE_POLICY.join('; ');

export function postPagePolicy(comments: CommentsConfig): string | null {
  switch (comments.kind) {
    case 'none':
      return LIST_PAGE_POLICY;
    case 'giscus':
      return [...BASE_POLICY.slice(0, 1), "style-src 'self' https://giscus.app", ...BASE_POLICY.slice(2), 'script-src https://giscus.app', 'frame-src https://giscus.app'].join('; ');
    case 'disqus': {
      // Disqus loads from the site's own subdomain and its CDN, and styles its frame inline.
      const sources = `https://${comments.shortname.toLowerCase()}.disqus.com https://*.disqus.com https://*.disquscdn.com`;
      return [
        ...BASE_POLICY.slice(0, 1),
        `style-src 'self' 'unsafe-inline' ${sources}`,
        ...BASE_POLICY.slice(2),
        `script-src ${sources}`,
        'frame-src https://disqus.com https://*.disqus.com',
        `connect-src ${sources}`,
      ].join('; ');
    }
    case 'custom':
      // The writer's own embed may need anything; the page then has no policy but the browser's.
      return null;
  }
}

/** A cover image's src from a page: the site's copy of a library image, or a web address as given. */
export function coverSrc(site: SiteBuild, root: string, coverImage: string): string | null {
  if (!coverImage) return null;
  const local = site.imagePath(coverImage);
  if (local !== null) return linkTo(root, local);
  return /^https?:\/\//i.test(coverImage) ? coverImage : null;
}

/** The byline, date and reading time, as lists and post pages show them. */
export function postMeta(site: SiteBuild, post: SitePost, className: string): string {
  const { labels } = site;
  const parts = [
    post.author ? `<span class="post-writer">${escapeHtml(labels.writer(post.author))}</span>` : '',
    `<time class="post-date" datetime="${escapeHtml(post.date)}">${escapeHtml(site.formatDate(post.date))}</time>`,
    `<span class="post-reading-time">${escapeHtml(labels.minRead(post.readingMinutes))}</span>`,
  ].filter(Boolean);
  return `<p class="${className}">${parts.join('')}</p>`;
}
