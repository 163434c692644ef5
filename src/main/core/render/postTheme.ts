import { CODE_TOKEN_CSS } from './codeTokenCss';

/**
 * The published theme: the CSS inlined into every exported post and used by the live
 * preview, so what the writer sees is what readers get. Light and dark follow the reader.
 */
export const POST_THEME_CSS = `
:root {
  color-scheme: light dark;
  --ink: #1f2328;
  --ink-soft: #59636e;
  --paper: #fffdf9;
  --rule: #e6e0d6;
  --accent: #b4472b;
  --code-bg: #f4f0e8;
  --mark: #fbe6a2;
  --tick: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M3.5 8.5l3 3 6-7' fill='none' stroke='%23fff' stroke-width='2.2' stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E");
  --hl-comment: #857c70;
  --hl-keyword: #a3371f;
  --hl-string: #2d6a3a;
  --hl-number: #8f5400;
  --hl-title: #2b5797;
  --hl-attr: #7447a0;
  --hl-type: #176870;
  --hl-meta: #5f6670;
  --hl-regexp: #a8326a;
  --hl-added: #e1efd8;
  --hl-removed: #f7dcd6;
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "Noto Serif", "DejaVu Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root { --ink: #e8e4dc; --ink-soft: #a49d92; --paper: #1b1a18; --rule: #3a3732; --accent: #f08a6c; --code-bg: #26241f; --mark: #5e4b17; --tick: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M3.5 8.5l3 3 6-7' fill='none' stroke='%231b1a18' stroke-width='2.2' stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E"); }
  :root { --hl-comment: #8f887c; --hl-keyword: #f29b7e; --hl-string: #a8d08f; --hl-number: #e9b872; --hl-title: #8fb9ec; --hl-attr: #cba8ee; --hl-type: #7fcfd1; --hl-meta: #a49d92; --hl-regexp: #f294bd; --hl-added: #23361f; --hl-removed: #432521; }
}
* { box-sizing: border-box; }
html { background: var(--paper); -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 400 1.1875rem/1.7 var(--serif); font-kerning: normal; text-rendering: optimizeLegibility; }
.post { max-width: 42rem; margin: 0 auto; padding: 4.5rem 1.5rem 5rem; }
.post-header { margin-bottom: 2.75rem; }
.post-title { font: 700 2.6rem/1.15 var(--serif); letter-spacing: -0.015em; margin: 0 0 1rem; text-wrap: balance; }
.post-meta { font: 400 0.9rem/1.5 var(--sans); color: var(--ink-soft); margin: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.6rem; }
.post-meta > * + *::before { content: "·"; margin-right: 0.6rem; color: var(--rule); }
.post-writer { color: var(--ink); font-weight: 600; }
.post-body > :first-child { margin-top: 0; }
.post-body p { margin: 0 0 1.35em; }
.post-body h2, .post-body h3, .post-body h4 { font-family: var(--serif); line-height: 1.25; margin: 2.2em 0 0.7em; letter-spacing: -0.01em; }
.post-body h2 { font-size: 1.65rem; }
.post-body h3 { font-size: 1.35rem; }
.post-body h4 { font-size: 1.1rem; }
.post-body a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 0.18em; }
.post-body blockquote { margin: 1.8em 0; padding: 0 0 0 1.25em; border-left: 3px solid var(--accent); color: var(--ink-soft); font-style: italic; }
.post-body ul, .post-body ol { padding-left: 1.4em; margin: 0 0 1.35em; }
.post-body li { margin: 0.3em 0; }
.post-body li > p { margin: 0; }
.post-body code { font: 0.85em var(--mono); background: var(--code-bg); padding: 0.12em 0.35em; border-radius: 4px; }
.post-body pre { background: var(--code-bg); padding: 1rem 1.2rem; border-radius: 8px; overflow-x: auto; font: 0.85rem/1.6 var(--mono); margin: 1.8em 0; tab-size: 4; }
.post-body pre code { background: none; padding: 0; font-size: inherit; }
.post-body hr { border: 0; text-align: center; margin: 2.5em 0; }
.post-body hr::after { content: "⁂"; color: var(--ink-soft); letter-spacing: 0.5em; }
.post-body img { max-width: 100%; height: auto; display: block; margin: 2em auto; border-radius: 6px; }
.post-body s { color: var(--ink-soft); }
.post-body mark { background: var(--mark); color: inherit; padding: 0.05em 0.2em; border-radius: 3px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.post-body figure { margin: 2em 0; }
.post-body figure img { margin: 0 auto; }
.post-body figcaption { font: 400 0.875rem/1.5 var(--sans); color: var(--ink-soft); text-align: center; margin-top: 0.75em; text-wrap: balance; }
.post-body ul[data-type="taskList"] { list-style: none; padding-left: 0.15em; }
.post-body li[data-type="taskItem"] { display: flex; gap: 0.6em; align-items: baseline; }
.post-body li[data-type="taskItem"] > label { flex: none; display: inline-flex; align-self: flex-start; padding-top: 0.36em; }
.post-body li[data-type="taskItem"] input { -webkit-appearance: none; appearance: none; width: 0.95em; height: 0.95em; margin: 0; border: 1.5px solid var(--ink-soft); border-radius: 0.22em; background: var(--paper) center / 78% no-repeat; font-size: inherit; }
.post-body li[data-type="taskItem"] input:checked { background-color: var(--accent); border-color: var(--accent); background-image: var(--tick); }
.post-body li[data-type="taskItem"] > div { flex: 1; min-width: 0; }
.post-body li[data-type="taskItem"] > div > * { margin: 0; }
.post-body li[data-type="taskItem"] > div > * + * { margin-top: 0.45em; }
.post-body li[data-type="taskItem"][data-checked="true"] > div > p { color: var(--ink-soft); }
.post-body .tableWrapper { overflow-x: auto; margin: 1.8em 0; }
.post-body table { border-collapse: collapse; width: 100%; font: 400 0.95rem/1.5 var(--sans); font-variant-numeric: tabular-nums; }
.post-body th, .post-body td { border-bottom: 1px solid var(--rule); padding: 0.55em 0.85em; text-align: left; vertical-align: top; }
.post-body th { font-weight: 600; border-bottom: 2px solid var(--rule); }
.post-body th > *, .post-body td > * { margin: 0; }
.post-body th > * + *, .post-body td > * + * { margin-top: 0.5em; }
.post-body sup { line-height: 0; }
.post-body .footnote-ref { font: 600 0.7em/0 var(--sans); margin-left: 0.05em; }
.post-body .footnote-ref a { text-decoration: none; padding: 0 0.1em; }
.post-body .footnotes { margin-top: 3rem; padding-top: 1.25rem; border-top: 1px solid var(--rule); font-size: 0.9rem; line-height: 1.6; color: var(--ink-soft); }
.post-body .footnotes ol { margin: 0; }
.post-body .footnote-back { text-decoration: none; margin-left: 0.15em; }
.post-body [id^="fn"]:target { scroll-margin-top: 2rem; color: var(--ink); }
${CODE_TOKEN_CSS}
.post-tags { margin-top: 3.5rem; padding-top: 1.5rem; border-top: 1px solid var(--rule); }
.post-tags ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
.post-tags li { font: 500 0.8rem/1 var(--sans); color: var(--ink-soft); border: 1px solid var(--rule); border-radius: 999px; padding: 0.45rem 0.8rem; }
@media (max-width: 600px) { body { font-size: 1.0625rem; } .post { padding-top: 2.5rem; } .post-title { font-size: 2rem; } }
@media print { body { background: #fff; color: #000; } .post { padding: 0; } }
`;
