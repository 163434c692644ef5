import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { Transform } from '@tiptap/pm/transform';
import { changedRanges } from '../../../../src/shared/editor/changedRanges';
import { schemaExtensions } from '../../../../src/shared/editor/extensions';

const schema = getSchema(schemaExtensions());
const paragraph = (text: string) => schema.node('paragraph', null, text ? [schema.text(text)] : []);
/** <p>one</p><p>two</p><p>three</p>: "two" runs from 6 to 9, "three" from 11 to 16. */
const doc = schema.node('doc', null, [paragraph('one'), paragraph('two'), paragraph('three')]);

describe('changedRanges', () => {
  it('is empty for a transform with no steps', () => {
    expect(changedRanges([new Transform(doc)])).toEqual([]);
  });

  it('gives what was typed, and an empty range where text was only deleted', () => {
    expect(changedRanges([new Transform(doc).insert(7, schema.text('x'))])).toEqual([{ from: 7, to: 8 }]);
    expect(changedRanges([new Transform(doc).delete(11, 13)])).toEqual([{ from: 11, to: 11 }]);
  });

  it('maps an earlier step through the later ones, and joins ranges that meet', () => {
    const tr = new Transform(doc).insert(12, schema.text('x')).insert(2, schema.text('yy')).insert(5, schema.text('z'));
    // x moved right by yy and z (12 to 15); z went in one after yy, so they stay apart.
    expect(changedRanges([tr])).toEqual([{ from: 2, to: 4 }, { from: 5, to: 6 }, { from: 15, to: 16 }]);
    expect(changedRanges([new Transform(doc).insert(7, schema.text('a')).insert(8, schema.text('b'))])).toEqual([{ from: 7, to: 9 }]);
  });

  it('gives the span of a mark change and the node of an attribute change, though they move nothing', () => {
    const link = schema.marks.link?.create({ href: 'https://example.com' });
    if (!link) throw new Error('No link mark');
    expect(changedRanges([new Transform(doc).addMark(11, 14, link)])).toEqual([{ from: 11, to: 14 }]);
    const code = schema.node('doc', null, [paragraph('one'), schema.node('codeBlock', { language: null }, [schema.text('let a;')])]);
    expect(changedRanges([new Transform(code).setNodeAttribute(5, 'language', 'js')])).toEqual([{ from: 5, to: 13 }]);
  });

  it('takes in the later transforms of a chain, in their order', () => {
    const first = new Transform(doc).insert(7, schema.text('x'));
    const second = new Transform(first.doc).insert(1, schema.text('yyy'));
    expect(changedRanges([first, second])).toEqual([{ from: 1, to: 4 }, { from: 10, to: 11 }]);
  });
});
