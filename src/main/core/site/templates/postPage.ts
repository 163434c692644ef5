import { labelFootnotes } from '../../render/footnotes';
import { escapeHtml } from './escape';
import type { CommentsConfig } from '../siteConfig';
import type { SiteLocale } from '../siteLabels';
import { postPath, tagPath, type SiteBuild, type SitePost } from '../siteModel';
import { linkTo, pageShell } from './pageShell';
import { coverSrc, postMeta, postPagePolicy } from './postParts';

// giscus names its interface languages a little differently.
const GISCUS_LANGUAGES: Record<SiteLocale, string> = { en: 'en', 'pt-BR': 'pt', es: 'es', fr: 'fr', de: 'de', 'zh-CN': 'zh-CN', ja: 'ja' };

/** The comments embed the writer configured, or '' for none. */
export function commentsEmbed(comments: CommentsConfig, locale: SiteLocale): string {
  switch (comments.kind) {
    case 'none':
      return '';
    case 'giscus': {
      const data: [string, string][] = [
        ['repo', comments.repo],
        ['repo-id', comments.repoId],
        ['category', comments.category],
        ['category-id', comments.categoryId],
        ['mapping', comments.mapping],
        ['strict', '1'],
        ['reactions-enabled', '1'],
        ['emit-metadata', '0'],
        ['input-position', 'top'],
        ['theme', 'preferred_color_scheme'],
        ['lang', GISCUS_LANGUAGES[locale]],
        ['loading', 'lazy'],
      ];
      const attributes = data.map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`).join('');
      return `<script src="https://giscus.app/client.js"${attributes} crossorigin="anonymous" async></script>`;
    }
    case 'disqus':
      return `<div id="disqus_thread"></div>\n<script src="https://${escapeHtml(comments.shortname.toLowerCase())}.disqus.com/embed.js" async></script>`;
    case 'custom':
      return comments.html;
  }
}

export interface PostPageInput {
  post: SitePost;
  /** The body, sanitised, with its images pointed at the site's copies from this page. */
  bodyHtml: string;
  newer: SitePost | null;
  older: SitePost | null;
}

function postNavigation(site: SiteBuild, root: string, newer: SitePost | null, older: SitePost | null): string {
  if (!newer && !older) return '';
  const link = (post: SitePost, rel: 'prev' | 'next', label: string, className: string): string =>
    `<a class="${className}" rel="${rel}" href="${escapeHtml(linkTo(root, postPath(post)))}"><span class="post-nav-label">${escapeHtml(label)}</span><span class="post-nav-title">${escapeHtml(post.title)}</span></a>`;
  return `<nav class="post-nav" aria-label="${escapeHtml(`${site.labels.newerPost} / ${site.labels.olderPost}`)}">
${newer ? link(newer, 'prev', site.labels.newerPost, 'post-nav-newer') : '<span class="post-nav-newer"></span>'}
${older ? link(older, 'next', site.labels.olderPost, 'post-nav-older') : '<span class="post-nav-older"></span>'}
</nav>`;
}

/**
 * The post itself: a header like a hosted blog's (title, "Writer: ...", date, "N min read",
 * tags), the cover and the body, its footnotes labelled in the site's language. `root` leads
 * to the site's pages (tags link to theirs); null for a page that stands alone, whose tags
 * are plain text.
 */
export function postArticleHtml(site: SiteBuild, post: SitePost, bodyHtml: string, root: string | null, cover: string | null): string {
  const { labels, locale } = site;
  const tagItem = (tag: SitePost['tags'][number]): string =>
    root === null ? `<li><span>${escapeHtml(tag.name)}</span></li>` : `<li><a href="${escapeHtml(linkTo(root, tagPath(tag)))}">${escapeHtml(tag.name)}</a></li>`;
  const tags = post.tags.length ? `<ul class="post-tags" aria-label="${escapeHtml(labels.tags)}">${post.tags.map(tagItem).join('')}</ul>\n` : '';
  const lang = post.language && post.language !== locale ? ` lang="${escapeHtml(post.language)}"` : '';
  return `<article class="post"${lang}>
<header class="post-header">
<h1 class="post-title">${escapeHtml(post.title)}</h1>
${post.description ? `<p class="post-lede">${escapeHtml(post.description)}</p>\n` : ''}${postMeta(site, post, 'post-meta')}
${tags}</header>
${cover ? `<figure class="post-cover"><img src="${escapeHtml(cover)}" alt="" decoding="async"></figure>\n` : ''}<div class="post-body">
${labelFootnotes(bodyHtml, labels)}
</div>
</article>`;
}

/** A post's page on the site: the article, the comments if the site has them, links to the newer and older post. */
export function postPageHtml(site: SiteBuild, { post, bodyHtml, newer, older }: PostPageInput): string {
  const { config, labels, locale } = site;
  const root = '../';
  const cover = coverSrc(site, root, post.coverImage);
  const embed = commentsEmbed(config.comments, locale);
  const comments = embed
    ? `<section class="comments" aria-labelledby="comments-title">
<h2 class="comments-title" id="comments-title">${escapeHtml(labels.comments)}</h2>
${embed}
</section>\n`
    : '';
  const canonical = post.canonicalUrl || (config.baseUrl ? `${config.baseUrl}${postPath(post)}` : null);
  const absoluteCover = cover && config.baseUrl && !/^https?:/i.test(cover) ? `${config.baseUrl}${cover.slice(root.length)}` : cover;
  return pageShell(site, {
    root,
    title: post.title,
    description: post.summary,
    canonical,
    bodyClass: 'page-post',
    ogType: 'article',
    ogImage: absoluteCover,
    securityPolicy: postPagePolicy(config.comments),
    extraHead: [
      post.author ? `<meta name="author" content="${escapeHtml(post.author)}">` : '',
      `<meta property="article:published_time" content="${escapeHtml(post.date)}">`,
    ],
    main: `${postArticleHtml(site, post, bodyHtml, root, cover)}
${comments}${postNavigation(site, root, newer, older)}`,
  });
}
