import { afterEach } from 'vitest';
import { createServices, type Services } from '../../../src/main/core/services';
import type { Draft, DraftSave } from '../../../src/shared/draft';
import { createFakeClock, type FakeClock } from './fakeClock';
import { useTempDirs } from './tempDir';

export interface TestServices {
  services: Services;
  clock: FakeClock;
  dataDir: string;
}

/**
 * Call once at the top of a test file: returns a function that builds the real services on a
 * fresh temp library with a fake clock. They are closed, and the folders removed, after each test.
 */
export function useServices(): (options?: { clock?: FakeClock; dataDir?: string }) => TestServices {
  const tempDir = useTempDirs();
  const opened: Services[] = [];
  afterEach(() => {
    for (const services of opened.splice(0)) services.close();
  });
  return (options = {}) => {
    const clock = options.clock ?? createFakeClock();
    const dataDir = options.dataDir ?? tempDir('library');
    const services = createServices({ dataDir, clock });
    opened.push(services);
    return { services, clock, dataDir };
  };
}

/**
 * Call once at the top of a test file: returns a function that opens the real services (as
 * `useServices` does) and hands out their drafts service, the clock and the services.
 */
export function useDraftsServices(): () => { drafts: Services['drafts']; clock: FakeClock; services: Services } {
  const openServices = useServices();
  return () => {
    const { services, clock } = openServices();
    return { drafts: services.drafts, clock, services };
  };
}

/** A save of the draft as it stands, with the given changes, against its current version. */
export function saveOf(draft: Draft, changes: Partial<DraftSave> = {}): DraftSave {
  return { id: draft.id, baseVersion: draft.version, title: draft.title, author: draft.author, date: draft.date, doc: draft.doc, ...changes };
}
