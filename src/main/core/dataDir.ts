import os from 'node:os';
import path from 'node:path';

/** The app's name as Electron derives it (package.json productName): the userData folder name. */
export const APP_NAME = 'Inkpress';

export interface DataDirContext {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
}

/**
 * Where Electron keeps the app's userData on each OS (app.getPath('userData') is
 * appData/<name>). The command line uses this so the app and the CLI share one library.
 */
export function electronUserDataDir({ platform, env, homedir }: DataDirContext): string {
  if (platform === 'darwin') return path.join(homedir, 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return path.win32.join(env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming'), APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(homedir, '.config'), APP_NAME);
}

/** INKPRESS_DATA_DIR wins (scripts, tests, a library on another disk); else the app's own folder. */
export function resolveDataDir(
  explicit: string | undefined,
  context: DataDirContext = { platform: process.platform, env: process.env, homedir: os.homedir() },
): string {
  const chosen = explicit || context.env.INKPRESS_DATA_DIR;
  return chosen ? path.resolve(chosen) : electronUserDataDir(context);
}
