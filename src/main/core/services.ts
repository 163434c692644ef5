import { referencedAssetHashes } from './assets/assetReferences';
import { createAssetsService } from './assets/assetsService';
import { openDatabase } from './db/openDatabase';
import { createDraftsService } from './drafts/draftsService';
import { createLibraryService } from './library/libraryService';
import { createRevisionsService } from './revisions/revisionsService';
import { createSearchService } from './search/searchService';
import { createSettingsService } from './settings/settingsService';
import { createSiteService } from './site/siteService';
import { createTagsService } from './tags/tagsService';

export interface ServiceOptions {
  dataDir: string;
  clock?: () => Date;
  /** See OpenDatabaseOptions.nativeBinding. */
  nativeBinding?: string;
}

/** The one composition root: the app, the CLI and the tests each build their services here. */
export function createServices({ dataDir, clock = () => new Date(), nativeBinding }: ServiceOptions) {
  const db = openDatabase(dataDir, { nativeBinding });
  // Revisions watch every save (inside its transaction) and restore through the drafts service.
  const drafts = createDraftsService({ db, clock, onSaved: (draft) => revisions.afterSave(draft) });
  const revisions = createRevisionsService({ db, clock, drafts });
  const assets = createAssetsService({
    db,
    dataDir,
    clock,
    // Revisions keep images alive too.
    referencedHashes: referencedAssetHashes(db, { revisions: () => revisions.referencedAssetHashes() }),
  });
  const library = createLibraryService({ db });
  const tags = createTagsService({ db });
  const search = createSearchService({ db });
  const settings = createSettingsService({ db });
  const site = createSiteService({ db, drafts, assets, clock });
  return {
    dataDir,
    db,
    drafts,
    revisions,
    assets,
    library,
    tags,
    search,
    settings,
    site,
    close(): void {
      if (db.open) db.close();
    },
  };
}

export type Services = ReturnType<typeof createServices>;
