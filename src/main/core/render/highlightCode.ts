import { toHtml } from 'hast-util-to-html';
import { common, createLowlight } from 'lowlight';
import { escapeHtml } from './escapeHtml';

// highlight.js's common set (about 35 languages: JavaScript, TypeScript, Python, Go, Rust,
// shell, SQL, CSS, HTML, JSON, YAML, ...), the same one the editor highlights with.
// Registered on the first highlighted block (some 20 ms): a command that renders no code,
// such as a site export whose post bodies are already prepared, never pays for it.
let lowlight: ReturnType<typeof createLowlight> | undefined;
const highlighter = (): ReturnType<typeof createLowlight> => (lowlight ??= createLowlight(common));

/**
 * A code block as published HTML. A language highlight.js knows (by name or alias) is
 * highlighted now, at render time, into <span class="hljs-..."> tokens that the site themes
 * colour, so the exported page needs no script. Any other language, or none, is plain
 * escaped code, as the schema would render it (and so is any code when highlight is false).
 */
export function codeBlockHtml(code: string, language: string | null | undefined, { highlight = true } = {}): string {
  const name = (language ?? '').trim();
  if (highlight && name && highlighter().registered(name)) {
    const tree = highlighter().highlight(name, code);
    return `<pre><code class="hljs language-${escapeHtml(name)}">${toHtml(tree)}</code></pre>`;
  }
  const classAttribute = name ? ` class="language-${escapeHtml(name)}"` : '';
  return `<pre><code${classAttribute}>${escapeHtml(code)}</code></pre>`;
}
