import path from 'node:path';
import type { AssetsService } from '../assets/assetsService';
import type { DraftsService } from '../drafts/draftsService';
import { renderPostDocument } from '../render/renderPostDocument';
import { writeFileAtomically } from './writeFileAtomically';

export function createExportService({ drafts, assets }: { drafts: DraftsService; assets: AssetsService }) {
  return {
    /**
     * The standalone HTML page of a stored draft (the same bytes the app and the CLI write).
     * Library images are embedded as data: URLs, so the file opens anywhere on its own.
     */
    postDocument(id: number): string {
      const draft = drafts.getForOutput(id);
      return renderPostDocument(draft, {
        description: draft.description || draft.excerpt,
        // The post's own language, so readers' browsers hyphenate, spell and speak it right.
        lang: draft.language || undefined,
        embedAsset: (src) => assets.dataUrlOf(src),
      });
    },

    /** Suggested file name for the save dialog. */
    suggestedFileName(id: number): string {
      return `${drafts.getForOutput(id).slug}.html`;
    },

    writePostHtml(id: number, outPath: string): string {
      const absolute = path.resolve(outPath);
      writeFileAtomically(absolute, this.postDocument(id));
      return absolute;
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
