import type { Migration } from '../migration';
import { drafts } from './0010-drafts';
import { tags } from './0020-tags';
import { postMetadata } from './0030-post-metadata';
import { search } from './0040-search';
import { revisions } from './0050-revisions';
import { assets } from './0060-assets';
import { searchChunks } from './0070-search-chunks';
import { draftChunks } from './0080-draft-chunks';
import { settings } from './0090-settings';
import { site } from './0100-site';

/** Every migration, oldest first. A shipped migration is never edited: add a new one. */
export const MIGRATIONS: readonly Migration[] = [drafts, tags, postMetadata, search, revisions, assets, searchChunks, draftChunks, settings, site];
