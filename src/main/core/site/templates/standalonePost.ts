import { escapeHtml } from './escape';
import type { SiteBuild, SitePost } from '../siteModel';
import { postArticleHtml } from './postPage';

// The page stands alone: its style is inline and its pictures are data: URLs (or on the web).
export const STANDALONE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; base-uri 'none'; form-action 'none'";

/**
 * One post as a single HTML file in a site theme, to open from disk or send to someone: the
 * theme's stylesheet inlined, no links to pages that are not there. The live preview shows
 * the same page with its own `securityPolicy` (see sitePreview.ts).
 */
export function standalonePostHtml(
  site: SiteBuild,
  post: SitePost,
  bodyHtml: string,
  css: string,
  cover: string | null,
  securityPolicy: string = STANDALONE_POLICY,
): string {
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(securityPolicy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(post.title)}</title>`,
    post.summary ? `<meta name="description" content="${escapeHtml(post.summary)}">` : '',
    post.author ? `<meta name="author" content="${escapeHtml(post.author)}">` : '',
    post.canonicalUrl ? `<link rel="canonical" href="${escapeHtml(post.canonicalUrl)}">` : '',
    '<meta name="generator" content="Inkpress">',
    // A stylesheet cannot end the <style> element early: "</style" never appears in valid CSS
    // outside strings and comments, and the custom CSS is the writer's own.
    `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${escapeHtml(post.language || site.locale)}">
<head>
${head.join('\n')}
</head>
<body class="page-post page-standalone">
<main id="main" class="site-main">
${postArticleHtml(site, post, bodyHtml, null, cover)}
</main>
</body>
</html>
`;
}
