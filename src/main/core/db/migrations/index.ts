import type { Migration } from '../migration';
import { drafts } from './0010-drafts';
import { tags } from './0020-tags';

/** Every migration, oldest first. A shipped migration is never edited: add a new one. */
export const MIGRATIONS: readonly Migration[] = [drafts, tags];
