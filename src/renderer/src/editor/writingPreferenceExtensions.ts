import type { AnyExtension } from '@tiptap/core';
import { FocusMode } from './focusMode';
import { SpellcheckAttribute } from './spellcheckAttribute';
import { TypewriterScrolling } from './typewriterScrolling';
import { UnclaimedEscape } from './unclaimedEscape';

/**
 * The editor's part of the writer's preferences (each follows its setting while the editor is
 * open), and the Escape that ends distraction-free writing.
 */
export const writingPreferenceExtensions: readonly AnyExtension[] = [FocusMode, TypewriterScrolling, SpellcheckAttribute, UnclaimedEscape];
