import type { SaveState } from '../autosave/saveScheduler';
import type { DocStats } from '../../../shared/editor/docStats';
import { readingTimeLabel } from '../../../shared/readingTime';

const SAVE_LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Edited',
  saving: 'Saving…',
  error: 'Not saved',
};

interface StatusBarProps {
  stats: DocStats | null;
  saveState: SaveState;
  saveError: string | null;
}

export function StatusBar({ stats, saveState, saveError }: StatusBarProps) {
  const words = stats ? stats.words + stats.cjkCharacters : 0;
  return (
    <footer className="status-bar">
      <span data-testid="word-count">
        {words.toLocaleString('en-US')} {words === 1 ? 'word' : 'words'}
      </span>
      <span data-testid="reading-time">{readingTimeLabel(stats?.readingMinutes ?? 1)}</span>
      <span className="status-spacer" />
      <span
        className={`save-state save-state-${saveState}`}
        data-testid="save-state"
        role="status"
        title={saveError ?? undefined}
      >
        <span className="save-dot" aria-hidden="true" />
        {SAVE_LABELS[saveState]}
      </span>
    </footer>
  );
}
