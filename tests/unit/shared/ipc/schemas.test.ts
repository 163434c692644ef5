import { describe, it, expect } from 'vitest';
import { CHANNELS } from '../../../../src/shared/ipc/contract';
import { ARG_SCHEMAS, LIMITS, postDateSchema } from '../../../../src/shared/ipc/schemas';

const validSave = {
  id: 1,
  baseVersion: 1,
  title: 'Hello',
  author: 'Ann',
  date: '2026-11-29',
  doc: { type: 'doc', content: [{ type: 'paragraph' }] },
};

describe('postDateSchema', () => {
  it.each(['2026-11-29', '2024-02-29', '2026-12-31', '2026-01-01'])('accepts the real date %s', (date) => {
    expect(postDateSchema.safeParse(date).success).toBe(true);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-11-00'])(
    'rejects %s, which is not a calendar date',
    (date) => {
      const result = postDateSchema.safeParse(date);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('is not a real calendar date');
    },
  );

  it.each(['2026-1-2', '29/11/2026', '2026-11-29T10:00:00Z', '', 'tomorrow'])('rejects %j, which is not YYYY-MM-DD', (date) => {
    const result = postDateSchema.safeParse(date);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be a date like 2026-11-29');
  });

  it('rejects a value that is not text', () => {
    expect(postDateSchema.safeParse(20261129).success).toBe(false);
  });
});

describe('ARG_SCHEMAS', () => {
  it('has a schema for every channel', () => {
    expect(Object.keys(ARG_SCHEMAS).sort()).toEqual([...CHANNELS].sort());
  });

  it('drafts:list takes no arguments', () => {
    expect(ARG_SCHEMAS['drafts:list'].safeParse(undefined).success).toBe(true);
    expect(ARG_SCHEMAS['drafts:list'].safeParse({}).success).toBe(false);
  });

  it('ids are positive integers', () => {
    const get = ARG_SCHEMAS['drafts:get'];
    expect(get.safeParse({ id: 3 }).success).toBe(true);
    for (const id of [0, -1, 1.5, '3', null]) expect(get.safeParse({ id }).success).toBe(false);
  });

  it('refuses keys a channel does not know', () => {
    expect(ARG_SCHEMAS['drafts:delete'].safeParse({ id: 1, force: true }).success).toBe(false);
    expect(ARG_SCHEMAS['drafts:save'].safeParse({ ...validSave, bodyHtml: '<p>x</p>' }).success).toBe(false);
  });

  it('accepts a well-formed save', () => {
    expect(ARG_SCHEMAS['drafts:save'].safeParse(validSave).success).toBe(true);
  });

  it('refuses a save with a date that does not exist', () => {
    const result = ARG_SCHEMAS['drafts:save'].safeParse({ ...validSave, date: '2026-02-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['date']);
  });

  it('refuses a save whose doc is not a Tiptap document', () => {
    expect(ARG_SCHEMAS['drafts:save'].safeParse({ ...validSave, doc: { type: 'paragraph' } }).success).toBe(false);
    expect(ARG_SCHEMAS['drafts:save'].safeParse({ ...validSave, doc: 'text' }).success).toBe(false);
  });

  it('bounds the title and the author', () => {
    const create = ARG_SCHEMAS['drafts:create'];
    expect(create.safeParse({ title: 'x'.repeat(LIMITS.titleLength) }).success).toBe(true);
    expect(create.safeParse({ title: 'x'.repeat(LIMITS.titleLength + 1) }).success).toBe(false);
    expect(create.safeParse({ author: 'x'.repeat(LIMITS.authorLength + 1) }).success).toBe(false);
  });

  it('preview:render takes the post fields, with at most 100 tags', () => {
    const post = { title: 'T', author: 'A', date: '2026-11-29', tags: ['a'], doc: { type: 'doc' } };
    expect(ARG_SCHEMAS['preview:render'].safeParse(post).success).toBe(true);
    expect(ARG_SCHEMAS['preview:render'].safeParse({ ...post, tags: Array.from({ length: 101 }, (_, i) => `t${i}`) }).success).toBe(false);
  });
});
