import { Extension, InputRule, textblockTypeInputRule, wrappingInputRule } from '@tiptap/core';

/**
 * Markdown habits the schema's own input rules miss: "# " makes a heading (the post's title
 * is its only H1, so the body's top level is H2), "1) " starts a numbered list as "1. " does,
 * and "[ ] " typed in a bulleted item — that is, "- [ ] " from an empty line — turns it into
 * a checklist item.
 */
export const MarkdownShortcuts = Extension.create({
  name: 'inkpressMarkdownShortcuts',
  // Before TaskItem's own "[ ] " rule, which would nest a checklist inside the bullet.
  priority: 200,

  addInputRules() {
    const { heading, orderedList } = this.editor.schema.nodes;
    const rules: InputRule[] = [];
    if (heading) rules.push(textblockTypeInputRule({ find: /^#\s$/, type: heading, getAttributes: { level: 2 } }));
    if (orderedList) {
      rules.push(wrappingInputRule({ find: /^(\d+)\)\s$/, type: orderedList, getAttributes: (match) => ({ start: Number(match[1]) }) }));
    }
    rules.push(
      new InputRule({
        find: /^\s*\[([ xX])?\]\s$/,
        handler: ({ state, range, match, chain }) => {
          const $from = state.doc.resolve(range.from);
          const item = $from.node(-1);
          const list = $from.node(-2);
          if (item?.type.name !== 'listItem' || list?.type.name !== 'bulletList') return null;
          const checked = (match[1] ?? ' ').toLowerCase() === 'x';
          chain().deleteRange(range).liftListItem('listItem').toggleTaskList().updateAttributes('taskItem', { checked }).run();
        },
      }),
    );
    return rules;
  },
});
