import type { ShellPorts } from '../../../src/main/core/handlers';
import type { Settings } from '../../../src/shared/settings';

/** Shell ports for tests that do not look at the shell: every dialog is cancelled, nothing else happens. */
export function fakeShellPorts(overrides: Partial<ShellPorts> = {}): ShellPorts {
  return {
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    spellingLanguages: () => ({ available: [], systemManaged: false }),
    setFullScreen: () => ({ wasFullScreen: false }),
    settingsChanged: (_settings: Settings) => undefined,
    chooseFolder: async () => null,
    openFolder: async () => undefined,
    openInBrowser: async () => undefined,
    siteExportProgress: () => undefined,
    ...overrides,
  };
}
