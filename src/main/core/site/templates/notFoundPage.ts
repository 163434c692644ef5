import { escapeHtml } from './escape';
import type { SiteBuild } from '../siteModel';
import { linkTo, pageShell } from './pageShell';
import { LIST_PAGE_POLICY } from './postParts';

/**
 * 404.html. A server shows it at whatever address was missing, however deep, so its links
 * start from the site's absolute path ("/" or "/blog/" of the base URL), not from a folder.
 */
export function notFoundPageHtml(site: SiteBuild): string {
  const { labels, config } = site;
  const root = config.baseUrl ? new URL(config.baseUrl).pathname : '/';
  return pageShell(site, {
    root,
    title: labels.notFoundTitle,
    description: labels.notFoundText,
    canonical: null,
    bodyClass: 'page-error',
    securityPolicy: LIST_PAGE_POLICY,
    extraHead: ['<meta name="robots" content="noindex">'],
    main: `<section class="error-page">
<p class="error-code">404</p>
<h1 class="error-title">${escapeHtml(labels.notFoundTitle)}</h1>
<p class="error-text">${escapeHtml(labels.notFoundText)}</p>
<p><a class="button" href="${escapeHtml(linkTo(root, ''))}">${escapeHtml(labels.backHome)}</a></p>
</section>`,
  });
}
