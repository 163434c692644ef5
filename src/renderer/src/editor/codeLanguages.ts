import { common, createLowlight } from 'lowlight';

/** highlight.js's common languages (about 35): enough for a blog, small enough to bundle. */
export const lowlight = createLowlight(common);

const NAMES: Record<string, string> = {
  bash: 'Bash',
  c: 'C',
  cpp: 'C++',
  csharp: 'C#',
  css: 'CSS',
  diff: 'Diff',
  go: 'Go',
  graphql: 'GraphQL',
  ini: 'INI / TOML',
  java: 'Java',
  javascript: 'JavaScript',
  json: 'JSON',
  kotlin: 'Kotlin',
  less: 'Less',
  lua: 'Lua',
  makefile: 'Makefile',
  markdown: 'Markdown',
  objectivec: 'Objective-C',
  perl: 'Perl',
  php: 'PHP',
  'php-template': 'PHP template',
  plaintext: 'Plain text',
  python: 'Python',
  'python-repl': 'Python console',
  r: 'R',
  ruby: 'Ruby',
  rust: 'Rust',
  scss: 'SCSS',
  shell: 'Shell session',
  sql: 'SQL',
  swift: 'Swift',
  typescript: 'TypeScript',
  vbnet: 'VB.NET',
  wasm: 'WebAssembly',
  xml: 'HTML / XML',
  yaml: 'YAML',
};

export interface CodeLanguage {
  id: string;
  name: string;
}

/** The languages the picker offers, by name; a language typed after ``` that we do not know stays as is. */
export const CODE_LANGUAGES: readonly CodeLanguage[] = lowlight
  .listLanguages()
  .map((id) => ({ id, name: NAMES[id] ?? id }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** The picker's label for a code block's language attribute (null: detected from the code). */
export function languageName(id: string | null): string {
  if (!id) return 'Auto-detect';
  return NAMES[id] ?? id;
}
