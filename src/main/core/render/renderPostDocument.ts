import type { PostContent } from '../../../shared/draft';
import { docStats } from '../../../shared/editor/docStats';
import { formatPostDate } from '../../../shared/postDate';
import { readingTimeLabel } from '../../../shared/readingTime';
import { rewriteAssetSrcs } from '../assets/rewriteAssetSrcs';
import { escapeHtml } from './escapeHtml';
import { numberFootnotes } from './footnotes';
import { POST_THEME_CSS } from './postTheme';
import { parseDoc, renderBodyHtml } from './renderBodyHtml';

// Exported pages carry no script and load nothing but images; say so to the browser too.
const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:";
// The preview also loads library images from the app's own origin (app://inkpress, or
// 127.0.0.1 in e2e), which no scheme source above covers.
const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: http: data:";

export const UNTITLED = 'Untitled';

export interface PostDocumentOptions {
  description?: string;
  lang?: string;
  /**
   * How library images (src `library-assets/<hash>.<ext>`) are written. Left out (the
   * preview): as stored, relative, so the frame loads them from the app's own origin and no
   * keystroke re-encodes a picture. Given (export, publish): each such src becomes what it
   * returns, a data: URL, so the page stands alone; null keeps the src.
   */
  embedAsset?: (src: string) => string | null;
}

/**
 * One standalone HTML page for a post, CSS inlined, that opens from disk in any browser.
 * The live preview shows exactly this document, so preview and export cannot drift.
 */
export function renderPostDocument(post: PostContent, options: PostDocumentOptions = {}): string {
  const { embedAsset } = options;
  const node = parseDoc(embedAsset ? rewriteAssetSrcs(post.doc, embedAsset) : post.doc);
  const body = numberFootnotes(renderBodyHtml(node));
  const minutes = docStats(post.doc).readingMinutes;
  const title = escapeHtml(post.title.trim() || UNTITLED);
  const author = post.author.trim();
  const lang = escapeHtml(options.lang ?? 'en');
  const meta = [
    author ? `<span class="post-writer">Writer: ${escapeHtml(author)}</span>` : '',
    `<time class="post-date" datetime="${escapeHtml(post.date)}">${escapeHtml(formatPostDate(post.date))}</time>`,
    `<span class="post-reading-time">${readingTimeLabel(minutes)}</span>`,
  ].filter(Boolean);
  const tags = post.tags.length
    ? `\n<footer class="post-tags"><ul>${post.tags.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul></footer>`
    : '';
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${embedAsset ? EXPORT_CSP : PREVIEW_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    author ? `<meta name="author" content="${escapeHtml(author)}">` : '',
    options.description ? `<meta name="description" content="${escapeHtml(options.description)}">` : '',
    '<meta name="generator" content="Inkpress">',
    `<style>${POST_THEME_CSS}</style>`,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${lang}">
<head>
${head.join('\n')}
</head>
<body>
<article class="post">
<header class="post-header">
<h1 class="post-title">${title}</h1>
<p class="post-meta">${meta.join('')}</p>
</header>
<div class="post-body">
${body}
</div>${tags}
</article>
</body>
</html>
`;
}
