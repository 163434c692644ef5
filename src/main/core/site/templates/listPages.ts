import { escapeHtml } from './escape';
import { homePath, postPath, tagPath, type SiteBuild, type SitePost, type SiteTag } from '../siteModel';
import { linkTo, pageShell } from './pageShell';
import { coverSrc, LIST_PAGE_POLICY, postMeta } from './postParts';

/** One page of a paginated list: which page it is, of how many, and the posts on it. */
export interface ListPage {
  page: number;
  pages: number;
  posts: readonly SitePost[];
}

function postCard(site: SiteBuild, root: string, post: SitePost, featured: boolean): string {
  const href = escapeHtml(linkTo(root, postPath(post)));
  const cover = coverSrc(site, root, post.coverImage);
  const primaryTag = post.tags[0];
  const classes = ['post-card', cover ? 'has-cover' : 'no-cover', featured ? 'is-featured' : ''].filter(Boolean).join(' ');
  return `<article class="${classes}">
${cover ? `<a class="post-card-cover" href="${href}" tabindex="-1" aria-hidden="true"><img src="${escapeHtml(cover)}" alt="" loading="lazy" decoding="async"></a>\n` : ''}<div class="post-card-body">
${primaryTag ? `<p class="post-card-tag"><a href="${escapeHtml(linkTo(root, tagPath(primaryTag)))}">${escapeHtml(primaryTag.name)}</a></p>\n` : ''}<h2 class="post-card-title"><a href="${href}">${escapeHtml(post.title)}</a></h2>
${post.summary ? `<p class="post-card-summary">${escapeHtml(post.summary)}</p>\n` : ''}${postMeta(site, post, 'post-card-meta')}
</div>
</article>`;
}

function pagination(site: SiteBuild, root: string, list: ListPage, pathOf: (page: number) => string): string {
  if (list.pages <= 1) return '';
  const { labels } = site;
  const newer =
    list.page > 1
      ? `<a class="pagination-newer" href="${escapeHtml(linkTo(root, pathOf(list.page - 1)))}" rel="prev"><span aria-hidden="true">←</span> ${escapeHtml(labels.newerPosts)}</a>`
      : '<span class="pagination-newer" aria-hidden="true"></span>';
  const older =
    list.page < list.pages
      ? `<a class="pagination-older" href="${escapeHtml(linkTo(root, pathOf(list.page + 1)))}" rel="next">${escapeHtml(labels.olderPosts)} <span aria-hidden="true">→</span></a>`
      : '<span class="pagination-older" aria-hidden="true"></span>';
  return `<nav class="pagination" aria-label="${escapeHtml(labels.pagination)}">
${newer}
<span class="pagination-status">${escapeHtml(labels.pageOf(list.page, list.pages))}</span>
${older}
</nav>`;
}

function postFeed(site: SiteBuild, root: string, list: ListPage, featureFirst: boolean): string {
  if (list.posts.length === 0) return `<p class="empty-feed">${escapeHtml(site.labels.noPosts)}</p>`;
  const cards = list.posts.map((post, i) => postCard(site, root, post, featureFirst && i === 0));
  return `<div class="post-feed">\n${cards.join('\n')}\n</div>`;
}

/** How deep a path's index.html sits: "page/2/" is two folders down. */
export const rootOf = (pagePath: string): string => '../'.repeat(pagePath.split('/').filter(Boolean).length);

/** The home page (page 1: the site's title and description above the newest posts) and its later pages. */
export function homePageHtml(site: SiteBuild, list: ListPage): string {
  const { config, labels } = site;
  const root = rootOf(homePath(list.page));
  const first = list.page === 1;
  const hero = first
    ? `<section class="home-hero">
<h1 class="home-title">${escapeHtml(config.title)}</h1>
${config.description ? `<p class="home-description">${escapeHtml(config.description)}</p>\n` : ''}</section>`
    : `<header class="list-header">
<h1 class="list-title">${escapeHtml(config.title)}</h1>
<p class="list-subtitle">${escapeHtml(labels.pageOf(list.page, list.pages))}</p>
</header>`;
  return pageShell(site, {
    root,
    title: first ? null : labels.pageOf(list.page, list.pages),
    description: config.description,
    canonical: config.baseUrl ? `${config.baseUrl}${homePath(list.page)}` : null,
    bodyClass: first ? 'page-home' : 'page-home page-home-later',
    main: `${hero}\n${postFeed(site, root, list, first)}\n${pagination(site, root, list, homePath)}`,
    securityPolicy: LIST_PAGE_POLICY,
  });
}

/** One page of the posts with a tag, newest first. */
export function tagPageHtml(site: SiteBuild, tag: SiteTag, total: number, list: ListPage): string {
  const { config, labels } = site;
  const root = rootOf(tagPath(tag, list.page));
  const subtitle = list.pages > 1 ? `${labels.postCount(total)} · ${labels.pageOf(list.page, list.pages)}` : labels.postCount(total);
  return pageShell(site, {
    root,
    title: list.page === 1 ? tag.name : `${tag.name} (${labels.pageOf(list.page, list.pages)})`,
    description: `${labels.tag}: ${tag.name}`,
    canonical: config.baseUrl ? `${config.baseUrl}${tagPath(tag, list.page)}` : null,
    bodyClass: 'page-tag',
    main: `<header class="list-header">
<p class="list-kicker">${escapeHtml(labels.tag)}</p>
<h1 class="list-title">${escapeHtml(tag.name)}</h1>
<p class="list-subtitle">${escapeHtml(subtitle)}</p>
</header>
${postFeed(site, root, list, false)}
${pagination(site, root, list, (page) => tagPath(tag, page))}`,
    securityPolicy: LIST_PAGE_POLICY,
  });
}

/** Every tag with its number of posts, by name. */
export function tagIndexHtml(site: SiteBuild, tags: readonly { tag: SiteTag; count: number }[]): string {
  const { config, labels } = site;
  const root = '../';
  const items = tags.map(
    ({ tag, count }) =>
      `<li><a href="${escapeHtml(linkTo(root, tagPath(tag)))}"><span class="tag-name">${escapeHtml(tag.name)}</span><span class="tag-count">${escapeHtml(labels.postCount(count))}</span></a></li>`,
  );
  return pageShell(site, {
    root,
    title: labels.tags,
    description: `${labels.tags} · ${config.title}`,
    canonical: config.baseUrl ? `${config.baseUrl}tags/` : null,
    bodyClass: 'page-tags',
    main: `<header class="list-header">
<h1 class="list-title">${escapeHtml(labels.tags)}</h1>
</header>
${items.length ? `<ul class="tag-cloud">\n${items.join('\n')}\n</ul>` : `<p class="empty-feed">${escapeHtml(labels.noPosts)}</p>`}`,
    securityPolicy: LIST_PAGE_POLICY,
  });
}
