import { describe, it, expect } from 'vitest';
import { sameJson } from '../../../../src/main/core/drafts/sameJson';

describe('sameJson', () => {
  it('finds the same data the same, whatever the order of the keys', () => {
    const block = { type: 'heading', attrs: { level: 2, id: null }, content: [{ type: 'text', text: 'Title', marks: [{ type: 'bold' }] }] };
    expect(sameJson(block, JSON.parse(JSON.stringify(block)))).toBe(true);
    expect(sameJson({ a: 1, b: [true, 'x'] }, { b: [true, 'x'], a: 1 })).toBe(true);
    expect(sameJson(Object.freeze({ a: Object.freeze([1]) }), { a: [1] })).toBe(true);
    expect(sameJson([], [])).toBe(true);
    expect(sameJson(null, null)).toBe(true);
  });

  it('finds any difference in a value, a key or an item', () => {
    const block = { type: 'paragraph', content: [{ type: 'text', text: 'Hello' }] };
    expect(sameJson(block, { type: 'paragraph', content: [{ type: 'text', text: 'Hello!' }] })).toBe(false);
    expect(sameJson(block, { type: 'paragraph', content: [{ type: 'text', text: 'Hello' }, { type: 'hardBreak' }] })).toBe(false);
    expect(sameJson(block, { type: 'paragraph', content: [{ type: 'text', text: 'Hello', marks: [] }] })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson({ a: null }, {})).toBe(false);
    expect(sameJson({ a: undefined }, {})).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson(0, -0)).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  it('never finds something that is not plain data the same as another object', () => {
    expect(sameJson(new Date(0), new Date(0))).toBe(false);
    expect(sameJson(new Map(), {})).toBe(false);
    class Block {
      type = 'paragraph';
    }
    expect(sameJson(new Block(), { type: 'paragraph' })).toBe(false);
    expect(sameJson(Object.assign(Object.create(null) as object, { a: 1 }), { a: 1 })).toBe(true);
  });
});
