/**
 * The colours of highlighted code (lowlight's hljs classes), shared by the site themes. Each
 * theme defines the --hl-* variables for light and dark.
 */
export const CODE_TOKEN_CSS = `.post-body .hljs-comment, .post-body .hljs-quote { color: var(--hl-comment); font-style: italic; }
.post-body .hljs-keyword, .post-body .hljs-selector-tag, .post-body .hljs-literal, .post-body .hljs-doctag { color: var(--hl-keyword); }
.post-body .hljs-string, .post-body .hljs-char.escape_, .post-body .hljs-template-tag { color: var(--hl-string); }
.post-body .hljs-number, .post-body .hljs-symbol, .post-body .hljs-bullet, .post-body .hljs-variable.constant_ { color: var(--hl-number); }
.post-body .hljs-title, .post-body .hljs-section, .post-body .hljs-name { color: var(--hl-title); }
.post-body .hljs-attr, .post-body .hljs-attribute, .post-body .hljs-property, .post-body .hljs-selector-class, .post-body .hljs-selector-id, .post-body .hljs-variable, .post-body .hljs-template-variable { color: var(--hl-attr); }
.post-body .hljs-type, .post-body .hljs-built_in, .post-body .hljs-title.class_ { color: var(--hl-type); }
.post-body .hljs-meta, .post-body .hljs-tag, .post-body .hljs-subst, .post-body .hljs-punctuation { color: var(--hl-meta); }
.post-body .hljs-regexp, .post-body .hljs-link { color: var(--hl-regexp); }
.post-body .hljs-addition { background: var(--hl-added); }
.post-body .hljs-deletion { background: var(--hl-removed); }
.post-body .hljs-emphasis { font-style: italic; }
.post-body .hljs-strong { font-weight: 700; }
`;
