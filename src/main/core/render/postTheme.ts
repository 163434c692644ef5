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
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "Noto Serif", "DejaVu Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root { --ink: #e8e4dc; --ink-soft: #a49d92; --paper: #1b1a18; --rule: #3a3732; --accent: #f08a6c; --code-bg: #26241f; }
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
.post-body pre { background: var(--code-bg); padding: 1rem 1.2rem; border-radius: 8px; overflow-x: auto; line-height: 1.5; margin: 1.8em 0; }
.post-body pre code { background: none; padding: 0; font-size: 0.85rem; }
.post-body hr { border: 0; text-align: center; margin: 2.5em 0; }
.post-body hr::after { content: "⁂"; color: var(--ink-soft); letter-spacing: 0.5em; }
.post-body img { max-width: 100%; height: auto; display: block; margin: 2em auto; border-radius: 6px; }
.post-body s { color: var(--ink-soft); }
.post-tags { margin-top: 3.5rem; padding-top: 1.5rem; border-top: 1px solid var(--rule); }
.post-tags ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
.post-tags li { font: 500 0.8rem/1 var(--sans); color: var(--ink-soft); border: 1px solid var(--rule); border-radius: 999px; padding: 0.45rem 0.8rem; }
@media (max-width: 600px) { body { font-size: 1.0625rem; } .post { padding-top: 2.5rem; } .post-title { font-size: 2rem; } }
@media print { body { background: #fff; color: #000; } .post { padding: 0; } }
`;
