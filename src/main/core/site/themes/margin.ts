/**
 * Margin: a quiet journal. One column of serif type on warm paper, the site's name centred
 * above a thin rule, posts listed by date with their summary, small capitals for the
 * details. Light and dark follow the reader's system.
 */
export const MARGIN_CSS = `/* Inkpress theme: Margin */
:root {
  color-scheme: light dark;
  --bg: #fbf9f4;
  --bg-soft: #f3efe6;
  --text: #2b2826;
  --heading: #1c1a18;
  --muted: #76706a;
  --rule: #e3ddd1;
  --rule-soft: #ebe6dc;
  --accent: #a4432b;
  --link: #9b3a23;
  --mark: #f6df9a;
  --code-bg: #f1ece2;
  --code-text: #34302c;
  --image-radius: 3px;
  --hl-comment: #8a8175; --hl-keyword: #a4432b; --hl-string: #3f6e3a; --hl-number: #935d0b; --hl-title: #2f5b8f;
  --hl-attr: #7a4b8c; --hl-type: #2b6f72; --hl-meta: #6d665d; --hl-regexp: #a13e6b; --hl-added: #e4eed8; --hl-removed: #f5ddd6;
  --font-serif: Charter, "Bitstream Charter", "Iowan Old Style", "Palatino Linotype", Palatino, "Noto Serif", "Source Serif Pro", Georgia, "DejaVu Serif", serif;
  --font-ui: var(--font-serif);
  --font-heading: var(--font-serif);
  --font-body: var(--font-serif);
  --font-mono: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  --heading-weight: 700;
  --body-size: 1.2rem;
  --body-leading: 1.7;
  --column: 40rem;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #1b1a18;
    --bg-soft: #23211e;
    --text: #dcd6cc;
    --heading: #f1ebe1;
    --muted: #a0988b;
    --rule: #38342f;
    --rule-soft: #2c2926;
    --accent: #e68f72;
    --link: #eda287;
    --mark: #5a4716;
    --code-bg: #26231f;
    --code-text: #e4ddd2;
    --hl-comment: #958c7f; --hl-keyword: #f0a285; --hl-string: #a9cf8f; --hl-number: #e8b971; --hl-title: #95bde8;
    --hl-attr: #d3aee2; --hl-type: #86cfcf; --hl-meta: #a49b8e; --hl-regexp: #ee9ac0; --hl-added: #27341f; --hl-removed: #432821;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { background: var(--bg); -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; background: var(--bg); color: var(--text); font: 400 1.0625rem/1.6 var(--font-serif); font-kerning: normal; font-variant-numeric: oldstyle-nums; text-rendering: optimizeLegibility; }
a { color: inherit; }
img { max-width: 100%; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 3px; }
.skip-link { position: absolute; left: 1rem; top: -4rem; z-index: 10; padding: 0.5rem 0.9rem; background: var(--heading); color: var(--bg); text-decoration: none; }
.skip-link:focus { top: 1rem; }

.site-header-inner, .site-main, .site-footer-inner { width: 100%; max-width: calc(var(--column) + 3rem); margin: 0 auto; padding-left: 1.5rem; padding-right: 1.5rem; }
.site-header-inner { padding-top: 3rem; padding-bottom: 1.6rem; text-align: center; border-bottom: 1px solid var(--rule); }
.site-title { font-size: 1.55rem; font-style: italic; font-weight: 600; letter-spacing: 0.005em; color: var(--heading); text-decoration: none; }
.site-nav { margin-top: 0.7rem; display: flex; justify-content: center; gap: 1.5rem; font-size: 0.92rem; font-variant: all-small-caps; letter-spacing: 0.12em; }
.site-nav a { color: var(--muted); text-decoration: none; }
.site-nav a:hover { color: var(--accent); }
.site-main { flex: 1; padding-bottom: 4rem; }

.home-hero { padding: 3.2rem 0 1rem; text-align: center; }
.home-title { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.home-description { margin: 0 auto; max-width: 32rem; font-size: 1.25rem; font-style: italic; line-height: 1.55; color: var(--muted); text-wrap: balance; }
.list-header { padding: 3.2rem 0 1rem; text-align: center; }
.list-kicker { margin: 0 0 0.3rem; font-size: 0.85rem; font-variant: all-small-caps; letter-spacing: 0.14em; color: var(--accent); }
.list-title { margin: 0; font-size: 2.2rem; font-weight: 700; line-height: 1.15; color: var(--heading); text-wrap: balance; }
.list-subtitle { margin: 0.5rem 0 0; font-style: italic; color: var(--muted); }

.post-feed { margin-top: 1.5rem; }
.post-card { padding: 2.1rem 0; border-bottom: 1px solid var(--rule-soft); }
.post-card:last-child { border-bottom: 0; }
.post-card-cover { display: none; }
.post-card-tag { margin: 0 0 0.3rem; font-size: 0.85rem; font-variant: all-small-caps; letter-spacing: 0.13em; }
.post-card-tag a { color: var(--accent); text-decoration: none; }
.post-card-title { margin: 0; font-size: 1.6rem; font-weight: 700; line-height: 1.22; color: var(--heading); text-wrap: balance; }
.post-card-title a { text-decoration: none; }
.post-card-title a:hover { color: var(--accent); }
.post-card-summary { margin: 0.6rem 0 0; font-size: 1.1rem; line-height: 1.6; color: var(--text); }
.post-card-meta, .post-meta { display: flex; flex-wrap: wrap; gap: 0.1rem 0.55rem; font-size: 0.92rem; font-variant: all-small-caps; letter-spacing: 0.08em; color: var(--muted); }
.post-card-meta { margin: 0.7rem 0 0; }
/* The dot ends the part before it, so a line that wraps ends with one rather than starts with one. */
.post-card-meta > :not(:last-child)::after, .post-meta > :not(:last-child)::after { content: "\\00B7"; margin-left: 0.55rem; color: var(--muted); font-weight: 400; }
.post-writer { color: var(--text); }
.empty-feed { text-align: center; font-style: italic; color: var(--muted); padding: 3rem 0; }

.pagination { display: grid; grid-template-columns: 1fr auto 1fr; align-items: baseline; gap: 1rem; margin-top: 2.5rem; padding-top: 1.5rem; border-top: 1px solid var(--rule); }
.pagination-status { font-style: italic; color: var(--muted); font-size: 0.95rem; }
.pagination-older { justify-self: end; }
.pagination a { color: var(--accent); text-decoration: none; font-variant: all-small-caps; letter-spacing: 0.1em; font-size: 1rem; }
.pagination a:hover { text-decoration: underline; }

.post-header { padding: 3.5rem 0 2.2rem; }
.post-title { margin: 0; font-size: clamp(2rem, 6vw, 2.75rem); font-weight: 700; line-height: 1.12; letter-spacing: -0.012em; color: var(--heading); text-wrap: balance; }
.post-lede { margin: 1rem 0 0; font-size: 1.3rem; font-style: italic; line-height: 1.5; color: var(--muted); }
.post-meta { margin: 1.2rem 0 0; }
.post-tags { list-style: none; margin: 0.8rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; font-size: 0.92rem; font-variant: all-small-caps; letter-spacing: 0.1em; }
.post-tags a, .post-tags span { color: var(--accent); text-decoration: none; }
.post-tags a::before, .post-tags span::before { content: "#"; opacity: 0.6; margin-right: 0.05em; }
.post-tags a:hover { text-decoration: underline; }
.post-cover { margin: 0 0 2.6rem; }
.post-cover img { display: block; width: 100%; border-radius: 3px; }
.post-body { hyphens: auto; -webkit-hyphens: auto; }
.post-body > p:first-child::first-letter { float: left; font-size: 3.3em; line-height: 0.85; margin: 0.07em 0.08em 0 0; font-weight: 700; color: var(--accent); }

.comments { margin-top: 3.5rem; padding-top: 2rem; border-top: 1px solid var(--rule); }
.comments-title { margin: 0 0 1.2rem; font-size: 1.05rem; font-weight: 400; font-variant: all-small-caps; letter-spacing: 0.14em; color: var(--muted); }
.post-nav { margin-top: 3.5rem; padding-top: 1.6rem; border-top: 1px solid var(--rule); display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; }
.post-nav a { display: flex; flex-direction: column; gap: 0.2rem; text-decoration: none; }
.post-nav-older { text-align: right; }
.post-nav-label { font-size: 0.85rem; font-variant: all-small-caps; letter-spacing: 0.13em; color: var(--muted); }
.post-nav-title { font-size: 1.1rem; font-weight: 600; line-height: 1.35; color: var(--heading); }
.post-nav a:hover .post-nav-title { color: var(--accent); }

.tag-cloud { list-style: none; margin: 1.5rem 0 0; padding: 0; columns: 2 14rem; column-gap: 2.5rem; }
.tag-cloud li { break-inside: avoid; border-bottom: 1px solid var(--rule-soft); }
.tag-cloud a { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; padding: 0.7rem 0; text-decoration: none; }
.tag-name { font-size: 1.1rem; color: var(--heading); }
.tag-cloud a:hover .tag-name { color: var(--accent); }
.tag-count { font-size: 0.9rem; font-style: italic; color: var(--muted); white-space: nowrap; }

.error-page { text-align: center; padding: 5rem 0 3rem; }
.error-code { margin: 0; font-size: 6rem; font-style: italic; line-height: 1; color: var(--rule); }
.error-title { margin: 1rem 0 0; font-size: 2rem; color: var(--heading); }
.error-text { margin: 0.8rem auto 2rem; max-width: 28rem; font-style: italic; color: var(--muted); }
.button { color: var(--accent); font-variant: all-small-caps; letter-spacing: 0.12em; font-size: 1.1rem; text-decoration: none; border-bottom: 1px solid currentColor; padding-bottom: 0.1rem; }

.site-footer-inner { padding-top: 1.8rem; padding-bottom: 2.6rem; border-top: 1px solid var(--rule); display: flex; flex-direction: column; align-items: center; gap: 0.4rem; text-align: center; font-size: 0.9rem; color: var(--muted); }
.site-footer p { margin: 0; }
.site-footer-title a { font-style: italic; color: var(--text); text-decoration: none; }
.site-footer-links { display: flex; gap: 1.2rem; flex-wrap: wrap; justify-content: center; font-variant: all-small-caps; letter-spacing: 0.1em; }
.site-footer-links a { color: var(--accent); text-decoration: none; }

@media (max-width: 40rem) {
  :root { --body-size: 1.1rem; }
  .post-nav { grid-template-columns: 1fr; }
  .post-nav-older { text-align: left; }
}
@media print {
  .site-header, .site-footer, .post-nav, .comments, .pagination { display: none; }
  body { background: #fff; color: #000; }
}
`;
