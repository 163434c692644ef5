import type Database from 'better-sqlite3';

/** The one stored row of site settings (migration 0100), as the raw object it holds. */
export function createSiteConfigRepository(db: Database.Database) {
  const statements = {
    get: db.prepare<[], { config_json: string }>('SELECT config_json FROM site_config WHERE id = 1'),
    put: db.prepare<{ json: string; now: string }>(
      `INSERT INTO site_config (id, config_json, updated_at) VALUES (1, @json, @now)
       ON CONFLICT (id) DO UPDATE SET config_json = excluded.config_json, updated_at = excluded.updated_at`,
    ),
  };
  return {
    /** The stored object, or an empty one before the writer first saves their site. */
    get(): Record<string, unknown> {
      const row = statements.get.get();
      if (!row) return {};
      const parsed: unknown = JSON.parse(row.config_json);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    },
    put(config: Record<string, unknown>, now: string): void {
      statements.put.run({ json: JSON.stringify(config), now });
    },
  };
}
