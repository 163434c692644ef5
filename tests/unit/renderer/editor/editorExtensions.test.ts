import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { schemaExtensions } from '../../../../src/shared/editor/extensions';
import { editorExtensions } from '../../../../src/renderer/src/editor/editorExtensions';
import { SlashMenuController } from '../../../../src/renderer/src/editor/slashCommands';

/** Every node and mark with its attributes and content rule: what a saved document must fit. */
function shape(schema: ReturnType<typeof getSchema>) {
  const nodes = Object.fromEntries(Object.entries(schema.nodes).map(([name, type]) => [name, { attrs: Object.keys(type.spec.attrs ?? {}).sort(), content: type.spec.content ?? '' }]));
  const marks = Object.fromEntries(Object.entries(schema.marks).map(([name, type]) => [name, Object.keys(type.spec.attrs ?? {}).sort()]));
  return { nodes, marks };
}

describe('editorExtensions', () => {
  it('builds the same document schema as the shared one (the highlighting code block included)', () => {
    const editor = getSchema(
      editorExtensions({ placeholder: 'Write', slashMenu: new SlashMenuController(), ui: { pickImage: () => undefined, editLink: () => undefined } }),
    );
    const shared = getSchema(schemaExtensions());
    expect(shape(editor)).toEqual(shape(shared));
    expect(shape(editor).nodes.codeBlock?.attrs).toEqual(['language']);
  });
});
