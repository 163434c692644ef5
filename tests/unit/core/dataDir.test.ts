import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { APP_NAME, electronUserDataDir, resolveDataDir, type DataDirContext } from '../../../src/main/core/dataDir';

const linux = (env: Record<string, string | undefined> = {}): DataDirContext => ({ platform: 'linux', env, homedir: '/home/ann' });

describe('electronUserDataDir', () => {
  it('is named after the app, as Electron names userData', () => {
    expect(APP_NAME).toBe('Inkpress');
  });

  it('uses XDG_CONFIG_HOME on Linux', () => {
    expect(electronUserDataDir(linux({ XDG_CONFIG_HOME: '/data/config' }))).toBe('/data/config/Inkpress');
  });

  it('falls back to ~/.config on Linux, also when XDG_CONFIG_HOME is empty', () => {
    expect(electronUserDataDir(linux())).toBe('/home/ann/.config/Inkpress');
    expect(electronUserDataDir(linux({ XDG_CONFIG_HOME: '' }))).toBe('/home/ann/.config/Inkpress');
  });

  it('uses ~/Library/Application Support on macOS, whatever XDG_CONFIG_HOME says', () => {
    expect(electronUserDataDir({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/x' }, homedir: '/Users/ann' })).toBe(
      '/Users/ann/Library/Application Support/Inkpress',
    );
  });

  it('uses APPDATA on Windows', () => {
    expect(electronUserDataDir({ platform: 'win32', env: { APPDATA: 'D:\\Roaming' }, homedir: 'C:\\Users\\ann' })).toBe('D:\\Roaming\\Inkpress');
  });

  it('falls back to AppData\\Roaming in the home folder on Windows', () => {
    expect(electronUserDataDir({ platform: 'win32', env: {}, homedir: 'C:\\Users\\ann' })).toBe('C:\\Users\\ann\\AppData\\Roaming\\Inkpress');
  });
});

describe('resolveDataDir', () => {
  it('prefers the folder given explicitly', () => {
    expect(resolveDataDir('/explicit/lib', linux({ INKPRESS_DATA_DIR: '/from/env' }))).toBe('/explicit/lib');
  });

  it('then INKPRESS_DATA_DIR', () => {
    expect(resolveDataDir(undefined, linux({ INKPRESS_DATA_DIR: '/from/env', XDG_CONFIG_HOME: '/x' }))).toBe('/from/env');
    expect(resolveDataDir('', linux({ INKPRESS_DATA_DIR: '/from/env' }))).toBe('/from/env');
  });

  it('then the app\'s own folder', () => {
    expect(resolveDataDir(undefined, linux({ INKPRESS_DATA_DIR: '' }))).toBe('/home/ann/.config/Inkpress');
  });

  it('makes a relative folder absolute, against the working directory', () => {
    expect(resolveDataDir('lib', linux())).toBe(path.resolve('lib'));
    expect(resolveDataDir(undefined, linux({ INKPRESS_DATA_DIR: './env-lib' }))).toBe(path.resolve('env-lib'));
  });
});
