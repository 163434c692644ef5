import { escapeHtml } from './escape';
import type { SiteBuild } from '../siteModel';
import { FEED_PATHS } from '../siteFeeds';

export interface PageParts {
  /**
   * How this page reaches the site root: "" at the root, "../" one folder down, or an absolute
   * path ("/blog/") for 404.html, which a server shows at any depth.
   */
  root: string;
  /** The page's own title; the site's title follows it (or stands alone on the home page). */
  title: string | null;
  description: string;
  /** The page's absolute address, or null when the site has no base URL. */
  canonical: string | null;
  bodyClass: string;
  main: string;
  /** What the page may load beyond its own stylesheet and images (see pageSecurityPolicy). */
  securityPolicy: string | null;
  /** Open Graph type and picture, for link previews. */
  ogType?: 'website' | 'article';
  ogImage?: string | null;
  /** More elements for the head. */
  extraHead?: string[];
}

/** A link from a page to a path under the site root ("" is the home page). */
export function linkTo(root: string, target: string): string {
  const href = `${root}${target}`;
  return href === '' ? './' : href;
}

/**
 * Every page of the site: the head (title, description, canonical address, feeds, link
 * previews, the stylesheet), the site's header and footer around the page's main content.
 */
export function pageShell(site: SiteBuild, page: PageParts): string {
  const { config, labels } = site;
  const siteTitle = escapeHtml(config.title);
  const title = page.title === null ? siteTitle : `${escapeHtml(page.title)} · ${siteTitle}`;
  const link = (target: string): string => escapeHtml(linkTo(page.root, target));
  const head = [
    '<meta charset="utf-8">',
    page.securityPolicy ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(page.securityPolicy)}">` : '',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    page.description ? `<meta name="description" content="${escapeHtml(page.description)}">` : '',
    page.canonical ? `<link rel="canonical" href="${escapeHtml(page.canonical)}">` : '',
    `<link rel="stylesheet" href="${link(site.stylesheet)}">`,
    `<link rel="icon" type="image/svg+xml" href="${link(site.icon)}">`,
    `<link rel="alternate" type="application/rss+xml" title="${siteTitle}" href="${link(FEED_PATHS.rss)}">`,
    `<link rel="alternate" type="application/atom+xml" title="${siteTitle}" href="${link(FEED_PATHS.atom)}">`,
    `<meta property="og:site_name" content="${siteTitle}">`,
    `<meta property="og:title" content="${page.title === null ? siteTitle : escapeHtml(page.title)}">`,
    `<meta property="og:type" content="${page.ogType ?? 'website'}">`,
    page.canonical ? `<meta property="og:url" content="${escapeHtml(page.canonical)}">` : '',
    page.description ? `<meta property="og:description" content="${escapeHtml(page.description)}">` : '',
    page.ogImage ? `<meta property="og:image" content="${escapeHtml(page.ogImage)}">` : '',
    ...(page.extraHead ?? []),
    '<meta name="generator" content="Inkpress">',
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${escapeHtml(site.locale)}">
<head>
${head.join('\n')}
</head>
<body class="${escapeHtml(page.bodyClass)}">
<a class="skip-link" href="#main">${escapeHtml(labels.skipToContent)}</a>
<header class="site-header">
<div class="site-header-inner">
<a class="site-title" href="${link('')}">${siteTitle}</a>
<nav class="site-nav" aria-label="${escapeHtml(labels.siteNavigation)}">
<a href="${link('')}">${escapeHtml(labels.home)}</a>
<a href="${link('tags/')}">${escapeHtml(labels.tags)}</a>
<a href="${link(FEED_PATHS.rss)}">RSS</a>
</nav>
</div>
</header>
<main id="main" class="site-main">
${page.main}
</main>
<footer class="site-footer">
<div class="site-footer-inner">
<p class="site-footer-title"><a href="${link('')}">${siteTitle}</a></p>
<p class="site-footer-links"><a href="${link(FEED_PATHS.rss)}">${escapeHtml(labels.subscribe)}</a><span>${escapeHtml(labels.publishedWith)}</span></p>
</div>
</footer>
</body>
</html>
`;
}
