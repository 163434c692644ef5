import { mergeAttributes, Node } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import type { Transform } from '@tiptap/pm/transform';
import { changedRanges, type ChangedRange } from './changedRanges';

export interface FootnoteAttributes {
  /** The note itself, as plain text. */
  text: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      /** Inserts a new footnote at the cursor (after the selection, which it leaves in place). */
      insertFootnote: (attributes: FootnoteAttributes) => ReturnType;
      /** Changes the text of the selected footnote, or inserts a new one when none is selected. */
      setFootnote: (attributes: FootnoteAttributes) => ReturnType;
    };
  }
}

/**
 * Takes the link off every footnote in the document being transformed (or, given ranges of
 * it, in those only); true when there was one. A footnote's number is a link to its note, and
 * a link inside a link is not HTML (a browser splits them), so a footnote inside linked words
 * stays unlinked. Other marks (bold, highlight, ...) may style it.
 */
export function unlinkFootnotes(tr: Transform, ranges: readonly ChangedRange[] = [{ from: 0, to: tr.doc.content.size }]): boolean {
  const link = tr.doc.type.schema.marks.link;
  if (!link) return false;
  const linked = new Set<number>();
  for (const { from, to } of ranges) {
    tr.doc.nodesBetween(from, to, (node: PMNode, pos: number) => {
      if (node.type.name === 'footnote' && link.isInSet(node.marks)) linked.add(pos);
      return node.isBlock;
    });
  }
  for (const pos of linked) tr.removeNodeMark(pos, link);
  return linked.size > 0;
}

/**
 * A footnote: an inline atom that carries its note's text. The schema renders each one as an
 * empty marker, <sup class="footnote-ref" data-footnote="text"></sup>, and never a number:
 * blocks are rendered (and cached) one at a time, so only the whole post can count them. The
 * published HTML numbers them and lists the notes at the end (numberFootnotes in
 * src/main/core/render/footnotes.ts); the editor can count them with a CSS counter.
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-footnote') ?? '',
        renderHTML: (attributes) => ({ 'data-footnote': String(attributes.text ?? '') }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes({ class: 'footnote-ref' }, HTMLAttributes)];
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('unlinkFootnotes'),
        // Only where these transactions changed the document: a link can reach a footnote only
        // there, and walking a long draft on every keystroke would slow typing down.
        appendTransaction: (transactions, _oldState, newState) => {
          if (!transactions.some((transaction) => transaction.docChanged)) return null;
          const tr = newState.tr;
          return unlinkFootnotes(tr, changedRanges(transactions)) ? tr : null;
        },
      }),
    ];
  },

  // The note is not part of the sentence it hangs on: copied plain text leaves it out.
  renderText() {
    return '';
  },

  addCommands() {
    return {
      insertFootnote:
        ({ text }) =>
        ({ state, commands }) =>
          commands.insertContentAt(state.selection.to, { type: this.name, attrs: { text } }),
      setFootnote:
        ({ text }) =>
        ({ state, commands }) => {
          const { selection } = state;
          if (selection instanceof NodeSelection && selection.node.type.name === this.name) {
            return commands.updateAttributes(this.name, { text });
          }
          return commands.insertFootnote({ text });
        },
    };
  },
});
