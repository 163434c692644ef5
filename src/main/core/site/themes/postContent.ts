import { CODE_TOKEN_CSS } from './codeTokenCss';

/**
 * How a post's body looks in either theme: everything the post schema can hold (headings,
 * quotes, lists, code with highlighting, figures, tables, task lists, footnotes, marks). The
 * themes set the variables it uses (colours, fonts, the body's size) for light and dark.
 */
export const POST_CONTENT_CSS = `
.post-body { font-family: var(--font-body); font-size: var(--body-size); line-height: var(--body-leading); color: var(--text); overflow-wrap: break-word; }
.post-body > :first-child { margin-top: 0; }
.post-body p { margin: 0 0 1.4em; }
.post-body h2, .post-body h3, .post-body h4, .post-body h5, .post-body h6 { font-family: var(--font-heading); font-weight: var(--heading-weight); color: var(--heading); line-height: 1.25; letter-spacing: -0.01em; margin: 2.1em 0 0.65em; text-wrap: balance; }
.post-body h2 { font-size: 1.6em; }
.post-body h3 { font-size: 1.3em; }
.post-body h4, .post-body h5, .post-body h6 { font-size: 1.1em; }
.post-body a { color: var(--link); text-decoration: underline; text-decoration-color: color-mix(in srgb, var(--link) 40%, transparent); text-decoration-thickness: 0.08em; text-underline-offset: 0.18em; transition: text-decoration-color 0.15s; }
.post-body a:hover { text-decoration-color: currentColor; }
.post-body strong, .post-body b { font-weight: 700; color: var(--heading); }
.post-body blockquote { margin: 2em 0; padding: 0.1em 0 0.1em 1.3em; border-left: 3px solid var(--accent); color: var(--muted); font-style: italic; }
.post-body blockquote p:last-child { margin-bottom: 0; }
.post-body ul, .post-body ol { margin: 0 0 1.4em; padding-left: 1.5em; }
.post-body li { margin: 0.35em 0; padding-left: 0.2em; }
.post-body li::marker { color: var(--muted); }
.post-body li > p { margin: 0; }
.post-body li > ul, .post-body li > ol { margin: 0.35em 0 0; }
.post-body hr { border: 0; margin: 3em auto; text-align: center; height: auto; }
.post-body hr::after { content: "\\2022\\2002\\2022\\2002\\2022"; color: var(--muted); font-size: 1.1em; letter-spacing: 0.2em; }
.post-body code { font-family: var(--font-mono); font-size: 0.86em; background: var(--code-bg); color: var(--code-text); padding: 0.14em 0.38em; border-radius: 5px; }
.post-body pre { font-family: var(--font-mono); background: var(--code-bg); color: var(--code-text); border: 1px solid var(--rule-soft); border-radius: 10px; padding: 1.1em 1.3em; margin: 2em 0; overflow-x: auto; line-height: 1.6; font-size: 0.84em; tab-size: 2; }
.post-body pre code { background: none; padding: 0; border-radius: 0; font-size: 1em; color: inherit; }
.post-body img { display: block; max-width: 100%; height: auto; margin: 2.2em auto; border-radius: var(--image-radius); }
.post-body figure { margin: 2.4em 0; }
.post-body figure img { margin: 0 auto; }
.post-body figcaption { font-family: var(--font-ui); font-size: 0.8em; line-height: 1.5; color: var(--muted); text-align: center; margin-top: 0.9em; text-wrap: balance; }
.post-body mark { background: var(--mark); color: inherit; padding: 0.05em 0.2em; border-radius: 3px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.post-body s { color: var(--muted); }
.post-body sup, .post-body sub { line-height: 0; }
.post-body .tableWrapper { overflow-x: auto; margin: 2em 0; }
.post-body table { width: 100%; border-collapse: collapse; margin: 2em 0; font-family: var(--font-ui); font-size: 0.86em; line-height: 1.5; font-variant-numeric: tabular-nums; }
.post-body .tableWrapper table { margin: 0; }
.post-body th, .post-body td { border-bottom: 1px solid var(--rule); padding: 0.6em 0.9em; text-align: left; vertical-align: top; }
.post-body th { font-weight: 650; color: var(--heading); border-bottom-width: 2px; }
.post-body th > p, .post-body td > p { margin: 0; }
.post-body ul[data-type="taskList"] { list-style: none; padding-left: 0.1em; }
.post-body li[data-type="taskItem"] { display: flex; gap: 0.65em; align-items: baseline; padding-left: 0; }
.post-body li[data-type="taskItem"] > label { flex: none; }
.post-body li[data-type="taskItem"] input { appearance: none; -webkit-appearance: none; width: 1.05em; height: 1.05em; margin: 0; transform: translateY(0.16em); border: 1.5px solid var(--muted); border-radius: 0.25em; background: transparent center / 78% no-repeat; }
.post-body li[data-type="taskItem"] input:checked { border-color: var(--accent); background-color: var(--accent); background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M3.5 8.5l3 3 6-7' fill='none' stroke='white' stroke-width='2.2' stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E"); }
.post-body li[data-type="taskItem"] > div { flex: 1; min-width: 0; }
.post-body li[data-type="taskItem"] p { margin: 0; }
.post-body li[data-type="taskItem"][data-checked="true"] > div { color: var(--muted); text-decoration: line-through; text-decoration-color: color-mix(in srgb, var(--muted) 60%, transparent); }
.post-body .footnote-ref { font-family: var(--font-ui); font-size: 0.7em; font-weight: 650; margin-left: 0.1em; }
.post-body .footnote-ref a { text-decoration: none; padding: 0 0.15em; }
.post-body .footnotes { margin-top: 3.5em; padding-top: 1.4em; border-top: 1px solid var(--rule); font-size: 0.85em; line-height: 1.6; color: var(--muted); }
.post-body .footnotes ol { margin: 0; }
.post-body .footnote-back { text-decoration: none; margin-left: 0.2em; }
.post-body [id^="fn"]:target { scroll-margin-top: 2rem; color: var(--text); }
${CODE_TOKEN_CSS}`;
