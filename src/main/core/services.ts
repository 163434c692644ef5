import { openDatabase } from './db/openDatabase';
import { createDraftsService } from './drafts/draftsService';
import { createExportService } from './export/exportService';
import { renderPostDocument } from './render/renderPostDocument';

export interface ServiceOptions {
  dataDir: string;
  clock?: () => Date;
  /** See OpenDatabaseOptions.nativeBinding. */
  nativeBinding?: string;
}

/** The one composition root: the app, the CLI and the tests each build their services here. */
export function createServices({ dataDir, clock = () => new Date(), nativeBinding }: ServiceOptions) {
  const db = openDatabase(dataDir, { nativeBinding });
  const drafts = createDraftsService({ db, clock });
  const exporter = createExportService({ drafts });
  return {
    dataDir,
    db,
    drafts,
    exporter,
    renderPostDocument,
    close(): void {
      if (db.open) db.close();
    },
  };
}

export type Services = ReturnType<typeof createServices>;
