import { CodeBlock, type CodeBlockOptions } from '@tiptap/extension-code-block';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { changedRanges } from '../../../shared/editor/changedRanges';
import { lowlight } from './codeLanguages';

/** lowlight's answer: a hast tree whose elements carry highlight.js's class names. */
export type HighlightTree = ReturnType<typeof lowlight.highlight>;
type HighlightNode = HighlightTree['children'][number];

/** Highlights one code block's text; language null means "find out from the code". */
export type Highlighter = (code: string, language: string | null) => HighlightTree;

/**
 * As Tiptap's CodeBlockLowlight did: a language lowlight knows (by name or alias) is used,
 * anything else (none, or one typed after ``` that we have no grammar for) is detected.
 */
export const highlightWithLowlight: Highlighter = (code, language) =>
  language && lowlight.registered(language) ? lowlight.highlight(language, code) : lowlight.highlightAuto(code);

function classNames(node: HighlightNode): string[] {
  if (node.type !== 'element') return [];
  const className = node.properties.className;
  if (Array.isArray(className)) return className.map(String);
  return typeof className === 'string' ? [className] : [];
}

/** Calls visit for each run of text, in order, with the classes of the elements around it. */
function eachTextRun(nodes: readonly HighlightNode[], classes: readonly string[], visit: (text: string, classes: readonly string[]) => void): void {
  for (const node of nodes) {
    if (node.type === 'text') visit(node.value, classes);
    else if (node.type === 'element') eachTextRun(node.children, [...classes, ...classNames(node)], visit);
  }
}

interface CodeHighlightOptions {
  /** The code block node's name. */
  name: string;
  highlight: Highlighter;
  /** The language of a block that names none (null: detect it). */
  defaultLanguage: string | null;
}

/** The inline decorations (highlight.js class names) for the code block at pos. */
function blockDecorations(block: PMNode, pos: number, options: CodeHighlightOptions): Decoration[] {
  const language = (block.attrs.language as string | null) || options.defaultLanguage;
  const decorations: Decoration[] = [];
  let from = pos + 1;
  eachTextRun(options.highlight(block.textContent, language).children, [], (text, classes) => {
    const to = from + text.length;
    if (classes.length > 0) decorations.push(Decoration.inline(from, to, { class: classes.join(' ') }));
    from = to;
  });
  return decorations;
}

function highlightDocument(doc: PMNode, options: CodeHighlightOptions): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === options.name) decorations.push(...blockDecorations(node, pos, options));
    // Code blocks are textblocks and may sit in quotes, lists and tables, never in other text.
    return !node.isTextblock;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Maps the decorations through the change and highlights again only the textblocks it wrote
 * to: a code block whose code or language changed gets new decorations, and any other
 * textblock there loses what was mapped into it (a code block just turned into a paragraph).
 */
function rehighlightChanged(tr: Transaction, previous: DecorationSet, options: CodeHighlightOptions): DecorationSet {
  // By position, as one change (a new language: both ends of the block) may touch a block twice.
  const touched = new Map<number, PMNode>();
  for (const { from, to } of changedRanges([tr])) {
    tr.doc.nodesBetween(from, to, (node, pos) => {
      if (node.isTextblock) touched.set(pos, node);
      return !node.isTextblock;
    });
  }
  let decorations = previous.map(tr.mapping, tr.doc);
  for (const [pos, node] of touched) {
    const stale = decorations.find(pos + 1, pos + node.nodeSize - 1);
    if (stale.length > 0) decorations = decorations.remove(stale);
    if (node.type.name === options.name) decorations = decorations.add(tr.doc, blockDecorations(node, pos, options));
  }
  return decorations;
}

/**
 * Syntax highlighting for code blocks, as decorations. Tiptap's own plugin looked for every
 * code block in the old and the new document on each transaction, a walk of the whole draft
 * per keystroke; this one highlights the document once, then only the code blocks a change
 * touches, and leaves selection-only transactions alone.
 */
export function codeHighlightPlugin(options: CodeHighlightOptions): Plugin<DecorationSet> {
  const key = new PluginKey<DecorationSet>('codeHighlight');
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_config, { doc }) => highlightDocument(doc, options),
      apply: (tr, decorations) => (tr.docChanged ? rehighlightChanged(tr, decorations, options) : decorations),
    },
    props: {
      decorations: (state) => key.getState(state),
    },
  });
}

export interface HighlightedCodeBlockOptions extends CodeBlockOptions {
  highlight: Highlighter;
}

/**
 * StarterKit's code block (same name, attributes and HTML, so the schemas stay equal) with
 * highlight.js's class names on its code, which editor.css colours.
 */
export const HighlightedCodeBlock = CodeBlock.extend<HighlightedCodeBlockOptions>({
  addOptions() {
    return { ...(this.parent?.() as CodeBlockOptions), highlight: highlightWithLowlight };
  },

  addProseMirrorPlugins() {
    return [
      ...(this.parent?.() ?? []),
      codeHighlightPlugin({ name: this.name, highlight: this.options.highlight, defaultLanguage: this.options.defaultLanguage ?? null }),
    ];
  },
});
