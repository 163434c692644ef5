/** A stored chunk row of a draft (a search row, a piece of the stored document): its place and the hash of what it holds. */
export interface StoredChunkRow {
  id: number;
  position: number;
  hash: Buffer;
}

/** What turns a draft's stored chunk rows into the wanted ones. */
export interface ChunkWrites {
  /** Rows that hold a wanted chunk already, at another place. */
  moves: { id: number; position: number }[];
  /** Places (indexes into the wanted list) of the chunks no row holds: these are written. */
  writes: number[];
  /** Rows no wanted chunk needs: these are deleted. */
  removals: number[];
}

/**
 * Compares stored chunks with wanted ones by hash, so a save writes only the chunks that
 * changed: a row whose hash is wanted stays (moved if need be), a wanted hash no row has is
 * written, every other row goes. A passage repeated in a draft gives one hash several rows,
 * each kept once.
 */
export function planChunkWrites(stored: readonly StoredChunkRow[], wanted: readonly Buffer[]): ChunkWrites {
  const byHash = new Map<string, StoredChunkRow[]>();
  for (const row of stored) {
    const key = row.hash.toString('hex');
    const rows = byHash.get(key);
    if (rows) rows.push(row);
    else byHash.set(key, [row]);
  }
  const plan: ChunkWrites = { moves: [], writes: [], removals: [] };
  wanted.forEach((hash, position) => {
    const kept = byHash.get(hash.toString('hex'))?.shift();
    if (!kept) plan.writes.push(position);
    else if (kept.position !== position) plan.moves.push({ id: kept.id, position });
  });
  for (const rows of byHash.values()) for (const row of rows) plan.removals.push(row.id);
  return plan;
}
