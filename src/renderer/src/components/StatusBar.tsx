import { useSyncExternalStore } from 'react';
import type { SaveState } from '../autosave/saveScheduler';
import type { DraftStatus } from '../hooks/useDraftSession';
import { useLiveElement, useLiveText } from '../store/useLiveText';
import type { ValueStore } from '../store/valueStore';
import { readingTimeLabel } from '../../../shared/readingTime';

const SAVE_LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Edited',
  saving: 'Saving…',
  error: 'Not saved',
};

const NUMBER = new Intl.NumberFormat('en-US');

function counted(count: number, one: string, many: string): string {
  return `${NUMBER.format(count)} ${count === 1 ? one : many}`;
}

// Words of the CJK scripts are counted by the character, and read as words.
const wordsText = ({ stats }: DraftStatus): string => counted(stats ? stats.words + stats.cjkCharacters : 0, 'word', 'words');
const charactersText = ({ stats }: DraftStatus): string => counted(stats?.characters ?? 0, 'character', 'characters');
const readingText = ({ stats }: DraftStatus): string => readingTimeLabel(stats?.readingMinutes ?? 1);
const selectionText = ({ selectionWords }: DraftStatus): string => `${counted(selectionWords ?? 0, 'word', 'words')} selected`;
const saveLabel = ({ saveState }: DraftStatus): string => SAVE_LABELS[saveState];
const showSaveState = (element: HTMLElement, { saveState }: DraftStatus): void => {
  const className = `save-state save-state-${saveState}`;
  if (element.className !== className) element.className = className;
};

interface StatusBarProps {
  status: ValueStore<DraftStatus>;
  saveError: string | null;
}

/**
 * Words, characters and reading time of the draft, the words in the selection while there is
 * one, and whether everything is saved. React renders what is shown; the figures and the save
 * state, which change with every keystroke and every autosave, are written into it as they
 * change (see useLiveElement), so typing commits nothing.
 */
export function StatusBar({ status, saveError }: StatusBarProps) {
  const counting = useSyncExternalStore(status.subscribe, () => status.get().stats === null);
  const selecting = useSyncExternalStore(status.subscribe, () => status.get().selectionWords !== null);
  const words = useLiveText(status, wordsText);
  const characters = useLiveText(status, charactersText);
  const reading = useLiveText(status, readingText);
  const selection = useLiveText(status, selectionText);
  const saveState = useLiveElement(status, showSaveState);
  const saveText = useLiveText(status, saveLabel);
  return (
    <footer className="status-bar" aria-label="Draft status">
      {/* A long draft's first count takes a moment: the counts fade in rather than show zero. */}
      <span className={counting ? 'status-counts status-counts-pending' : 'status-counts'} aria-hidden={counting || undefined}>
        <span className="status-item" data-testid="word-count" ref={words} />
        <span className="status-item" data-testid="character-count" ref={characters} />
        <span className="status-item" data-testid="reading-time" ref={reading} />
      </span>
      {selecting ? <span className="status-selection" data-testid="selection-word-count" ref={selection} /> : null}
      <span className="status-spacer" />
      <span data-testid="save-state" role="status" title={saveError ?? undefined} ref={saveState}>
        <span className="save-dot" aria-hidden="true" />
        <span ref={saveText} />
      </span>
    </footer>
  );
}
