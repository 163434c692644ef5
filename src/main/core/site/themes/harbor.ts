/**
 * Harbor: a magazine-like blog in the manner of the big hosted platforms. A clean sans-serif,
 * a large welcome on the home page, posts as cards (cover image, tag, title, summary, byline)
 * in a grid whose first card is featured, and a roomy reading column. Light and dark follow
 * the reader's system.
 */
export const HARBOR_CSS = `/* Inkpress theme: Harbor */
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --bg-soft: #f5f6f8;
  --surface: #ffffff;
  --text: #26292d;
  --heading: #15171a;
  --muted: #6b7682;
  --rule: #e5e8eb;
  --rule-soft: #eef0f2;
  --accent: #c9305f;
  --link: #b32652;
  --mark: #ffe8a3;
  --code-bg: #f4f5f7;
  --code-text: #2b2f35;
  --image-radius: 8px;
  --hl-comment: #7a8591; --hl-keyword: #b0245a; --hl-string: #21794a; --hl-number: #a05b00; --hl-title: #2457b0;
  --hl-attr: #7a3fb0; --hl-type: #0f7583; --hl-meta: #5d6873; --hl-regexp: #b02e79; --hl-added: #e2f3e5; --hl-removed: #fbe3e6;
  --font-ui: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif;
  --font-heading: var(--font-ui);
  --font-body: var(--font-ui);
  --font-mono: ui-monospace, "SF Mono", "Cascadia Code", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  --heading-weight: 750;
  --body-size: 1.1875rem;
  --body-leading: 1.72;
  --wide: 72rem;
  --narrow: 44rem;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15171a;
    --bg-soft: #1d2024;
    --surface: #1b1e22;
    --text: #d5d9de;
    --heading: #f3f5f7;
    --muted: #96a0ab;
    --rule: #2c3036;
    --rule-soft: #24282d;
    --accent: #ff6a98;
    --link: #ff8cb0;
    --mark: #5b4a12;
    --code-bg: #1f2227;
    --code-text: #dde2e7;
    --hl-comment: #8590a0; --hl-keyword: #ff7fa6; --hl-string: #8fd6a4; --hl-number: #f0b86e; --hl-title: #8ab8ff;
    --hl-attr: #cfa6ff; --hl-type: #6fd2dc; --hl-meta: #a0abb7; --hl-regexp: #ff95cc; --hl-added: #1d3524; --hl-removed: #44222a;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { background: var(--bg); -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; background: var(--bg); color: var(--text); font: 400 1rem/1.6 var(--font-ui); -webkit-font-smoothing: antialiased; text-rendering: optimizeLegibility; }
a { color: inherit; }
img { max-width: 100%; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 3px; border-radius: 3px; }
.skip-link { position: absolute; left: 1rem; top: -4rem; z-index: 10; padding: 0.6rem 1rem; background: var(--heading); color: var(--bg); border-radius: 6px; font-weight: 600; text-decoration: none; }
.skip-link:focus { top: 1rem; }

.site-header { border-bottom: 1px solid var(--rule); background: var(--bg); }
.site-header-inner { max-width: var(--wide); margin: 0 auto; padding: 1.1rem 1.5rem; display: flex; align-items: center; justify-content: space-between; gap: 1.5rem; flex-wrap: wrap; }
.site-title { font-size: 1.3rem; font-weight: 800; letter-spacing: -0.02em; color: var(--heading); text-decoration: none; }
.site-nav { display: flex; gap: 1.6rem; font-size: 0.95rem; font-weight: 550; }
.site-nav a { color: var(--muted); text-decoration: none; transition: color 0.15s; }
.site-nav a:hover { color: var(--heading); }
.site-main { flex: 1; width: 100%; max-width: var(--wide); margin: 0 auto; padding: 0 1.5rem 5rem; }

.home-hero { text-align: center; padding: 5.5rem 0 4.5rem; border-bottom: 1px solid var(--rule); margin-bottom: 3.5rem; }
.home-title { margin: 0; font-size: clamp(2.4rem, 6vw, 4rem); line-height: 1.05; font-weight: 850; letter-spacing: -0.035em; color: var(--heading); text-wrap: balance; }
.home-description { max-width: 36rem; margin: 1.1rem auto 0; font-size: 1.3rem; line-height: 1.5; color: var(--muted); text-wrap: balance; }
.list-header { text-align: center; padding: 4.5rem 0 3.5rem; border-bottom: 1px solid var(--rule); margin-bottom: 3.5rem; }
.list-kicker { margin: 0 0 0.6rem; font-size: 0.78rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.12em; color: var(--accent); }
.list-title { margin: 0; font-size: clamp(2.1rem, 5vw, 3.2rem); line-height: 1.1; font-weight: 850; letter-spacing: -0.03em; color: var(--heading); text-wrap: balance; }
.list-subtitle { margin: 0.8rem 0 0; color: var(--muted); font-size: 1.05rem; }

.post-feed { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 3.5rem 2.5rem; }
.post-card { display: flex; flex-direction: column; min-width: 0; }
.post-card-cover { display: block; overflow: hidden; border-radius: 8px; margin-bottom: 1.3rem; background: var(--bg-soft); aspect-ratio: 16 / 10; }
.post-card-cover img { width: 100%; height: 100%; object-fit: cover; display: block; transition: transform 0.4s ease; }
.post-card:hover .post-card-cover img { transform: scale(1.03); }
.post-card.no-cover { border-top: 3px solid var(--heading); padding-top: 1.3rem; }
.post-card-body { display: flex; flex-direction: column; flex: 1; }
.post-card-tag { margin: 0 0 0.55rem; font-size: 0.74rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.1em; }
.post-card-tag a { color: var(--accent); text-decoration: none; }
.post-card-title { margin: 0; font-size: 1.45rem; line-height: 1.25; font-weight: 780; letter-spacing: -0.018em; color: var(--heading); text-wrap: balance; }
.post-card-title a { text-decoration: none; background-image: linear-gradient(currentColor, currentColor); background-size: 0 1px; background-position: 0 100%; background-repeat: no-repeat; transition: background-size 0.25s; }
.post-card-title a:hover { background-size: 100% 1px; }
.post-card-summary { margin: 0.7rem 0 0; color: var(--muted); font-size: 1rem; line-height: 1.6; display: -webkit-box; -webkit-line-clamp: 3; line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.post-card-meta { margin: auto 0 0; padding-top: 1.1rem; display: flex; flex-wrap: wrap; gap: 0.2rem 0.5rem; font-size: 0.85rem; color: var(--muted); }
/* The dot ends the part before it, so a line that wraps ends with one rather than starts with one. */
.post-card-meta > :not(:last-child)::after, .post-meta > :not(:last-child)::after { content: "\\00B7"; margin-left: 0.5rem; color: var(--muted); font-weight: 400; }
.post-writer { color: var(--heading); font-weight: 600; }
@media (min-width: 60rem) {
  .post-card.is-featured { grid-column: 1 / -1; display: grid; grid-template-columns: 1.55fr 1fr; gap: 2.75rem; align-items: center; }
  .post-card.is-featured.no-cover { grid-template-columns: 1fr; border-top: 0; padding: 3rem 3.5rem; background: var(--bg-soft); border-radius: 12px; }
  .post-card.is-featured .post-card-cover { margin: 0; }
  .post-card.is-featured .post-card-title { font-size: 2.3rem; letter-spacing: -0.03em; line-height: 1.15; }
  .post-card.is-featured .post-card-summary { font-size: 1.15rem; -webkit-line-clamp: 4; line-clamp: 4; }
}
.empty-feed { text-align: center; color: var(--muted); font-size: 1.15rem; padding: 3rem 0; }

.pagination { display: grid; grid-template-columns: 1fr auto 1fr; align-items: center; gap: 1rem; margin-top: 4.5rem; padding-top: 2rem; border-top: 1px solid var(--rule); font-size: 0.95rem; }
.pagination-status { color: var(--muted); }
.pagination-older { justify-self: end; }
.pagination a { font-weight: 650; color: var(--heading); text-decoration: none; padding: 0.55rem 1.05rem; border: 1px solid var(--rule); border-radius: 999px; transition: border-color 0.15s, background 0.15s; }
.pagination a:hover { border-color: var(--heading); }

.post > * { max-width: var(--narrow); margin-left: auto; margin-right: auto; }
.post-header { padding: 4.5rem 0 2.5rem; text-align: center; }
.post-title { margin: 0; font-size: clamp(2.2rem, 5.5vw, 3.3rem); line-height: 1.1; font-weight: 850; letter-spacing: -0.035em; color: var(--heading); text-wrap: balance; }
.post-lede { margin: 1.2rem auto 0; max-width: 38rem; font-size: 1.3rem; line-height: 1.5; color: var(--muted); text-wrap: balance; }
.post-meta { margin: 1.6rem 0 0; display: flex; flex-wrap: wrap; justify-content: center; gap: 0.2rem 0.5rem; font-size: 0.95rem; color: var(--muted); }
.post-tags { list-style: none; margin: 1.4rem 0 0; padding: 0; display: flex; flex-wrap: wrap; justify-content: center; gap: 0.5rem; }
.post-tags a, .post-tags span { display: inline-block; font-size: 0.8rem; font-weight: 650; color: var(--heading); text-decoration: none; background: var(--bg-soft); border: 1px solid var(--rule); padding: 0.3rem 0.8rem; border-radius: 999px; transition: border-color 0.15s; }
.post-tags a:hover { border-color: var(--accent); color: var(--accent); }
.post > .post-cover { max-width: 62rem; margin-top: 0; margin-bottom: 3.5rem; }
.post-cover img { width: 100%; max-height: 36rem; object-fit: cover; border-radius: 10px; display: block; }
.post-body { padding-bottom: 1rem; }

.comments { max-width: var(--narrow); margin: 4rem auto 0; padding-top: 2.5rem; border-top: 1px solid var(--rule); }
.comments-title { margin: 0 0 1.5rem; font-size: 1.5rem; font-weight: 800; letter-spacing: -0.02em; color: var(--heading); }
.post-nav { max-width: var(--narrow); margin: 4rem auto 0; display: grid; grid-template-columns: 1fr 1fr; gap: 1.25rem; }
.post-nav a { display: flex; flex-direction: column; gap: 0.4rem; padding: 1.3rem 1.5rem; border: 1px solid var(--rule); border-radius: 12px; text-decoration: none; transition: border-color 0.15s, transform 0.15s; }
.post-nav a:hover { border-color: var(--heading); }
.post-nav-older { text-align: right; }
.post-nav-label { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.1em; color: var(--accent); }
.post-nav-title { font-weight: 700; line-height: 1.35; color: var(--heading); }

.tag-cloud { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1rem; }
.tag-cloud a { display: flex; flex-direction: column; gap: 0.3rem; padding: 1.2rem 1.4rem; border: 1px solid var(--rule); border-radius: 12px; text-decoration: none; transition: border-color 0.15s; }
.tag-cloud a:hover { border-color: var(--accent); }
.tag-name { font-weight: 750; font-size: 1.1rem; color: var(--heading); }
.tag-count { font-size: 0.88rem; color: var(--muted); }

.error-page { text-align: center; padding: 7rem 0 4rem; }
.error-code { margin: 0; font-size: clamp(5rem, 16vw, 9rem); font-weight: 900; line-height: 1; letter-spacing: -0.05em; color: var(--rule); }
.error-title { margin: 1rem 0 0; font-size: 2rem; font-weight: 800; letter-spacing: -0.02em; color: var(--heading); }
.error-text { margin: 0.8rem auto 2.2rem; max-width: 30rem; color: var(--muted); font-size: 1.1rem; }
.button { display: inline-block; padding: 0.75rem 1.4rem; border-radius: 999px; background: var(--heading); color: var(--bg); font-weight: 700; text-decoration: none; }
.button:hover { background: var(--accent); }

.site-footer { border-top: 1px solid var(--rule); background: var(--bg-soft); }
.site-footer-inner { max-width: var(--wide); margin: 0 auto; padding: 2.2rem 1.5rem; display: flex; justify-content: space-between; align-items: center; flex-wrap: wrap; gap: 1rem; font-size: 0.9rem; color: var(--muted); }
.site-footer p { margin: 0; }
.site-footer-title a { font-weight: 750; color: var(--heading); text-decoration: none; }
.site-footer-links { display: flex; gap: 1.5rem; flex-wrap: wrap; }
.site-footer-links a { color: var(--muted); text-decoration: none; }
.site-footer-links a:hover { color: var(--heading); }

@media (max-width: 40rem) {
  :root { --body-size: 1.0625rem; }
  .home-hero { padding: 3.5rem 0 3rem; }
  .post-header { padding-top: 3rem; }
  .post-nav { grid-template-columns: 1fr; }
  .post-nav-older { text-align: left; }
  .pagination { grid-template-columns: 1fr 1fr; }
  .pagination-status { grid-row: 2; grid-column: 1 / -1; text-align: center; }
}
@media print {
  .site-header, .site-footer, .post-nav, .comments, .pagination { display: none; }
  body { background: #fff; color: #000; }
}
`;
