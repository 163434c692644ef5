import { describe, it, expect } from 'vitest';
import { planChunkWrites, type StoredChunkRow } from '../../../../src/main/core/search/chunkWrites';

const hash = (name: string): Buffer => Buffer.from(name);
const rows = (...names: string[]): StoredChunkRow[] => names.map((name, position) => ({ id: 100 + position, position, hash: hash(name) }));

describe('planChunkWrites', () => {
  it('writes nothing when the stored chunks are the wanted ones', () => {
    expect(planChunkWrites(rows('a', 'b', 'c'), ['a', 'b', 'c'].map(hash))).toEqual({ moves: [], writes: [], removals: [] });
  });

  it('replaces a changed chunk and keeps the others where they are', () => {
    expect(planChunkWrites(rows('a', 'b', 'c'), ['a', 'B', 'c'].map(hash))).toEqual({ moves: [], writes: [1], removals: [101] });
  });

  it('moves the chunks after an inserted or a removed one', () => {
    expect(planChunkWrites(rows('a', 'b', 'c'), ['new', 'a', 'b', 'c'].map(hash))).toEqual({
      moves: [
        { id: 100, position: 1 },
        { id: 101, position: 2 },
        { id: 102, position: 3 },
      ],
      writes: [0],
      removals: [],
    });
    expect(planChunkWrites(rows('a', 'b', 'c'), ['b', 'c'].map(hash))).toEqual({
      moves: [
        { id: 101, position: 0 },
        { id: 102, position: 1 },
      ],
      writes: [],
      removals: [100],
    });
  });

  it('keeps a repeated chunk once per place it is wanted', () => {
    expect(planChunkWrites(rows('x', 'x', 'x'), ['x', 'y', 'x'].map(hash))).toEqual({ moves: [{ id: 101, position: 2 }], writes: [1], removals: [102] });
    expect(planChunkWrites(rows('x'), ['x', 'x'].map(hash))).toEqual({ moves: [], writes: [1], removals: [] });
  });

  it('writes every chunk of a draft that has none, and removes every chunk of an emptied one', () => {
    expect(planChunkWrites([], ['a', 'b'].map(hash))).toEqual({ moves: [], writes: [0, 1], removals: [] });
    expect(planChunkWrites(rows('a', 'b'), [])).toEqual({ moves: [], writes: [], removals: [100, 101] });
  });
});
