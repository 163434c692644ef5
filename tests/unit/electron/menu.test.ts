import { describe, it, expect, vi } from 'vitest';
import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../src/shared/ipc/contract';
import { buildMenuTemplate, type MenuOptions } from '../../../src/main/electron/menu';

const PLATFORMS: NodeJS.Platform[] = ['darwin', 'linux', 'win32'];

function build(platform: NodeJS.Platform, isDev = false, settings: MenuOptions['settings'] = { focusMode: false, typewriterScrolling: false }) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ platform, isDev, appName: 'Inkpress', send, settings });
  return { template, send };
}

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`menu ${item?.label ?? item?.role ?? '?'} has no submenu list`);
  return submenu;
}

const byLabel = (items: MenuItemConstructorOptions[], label: string) => items.find((item) => item.label === label);

/** Every item in the template, submenus included. */
function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`menu item ${item?.label ?? '?'} has no click handler`);
  item.click({} as MenuItem, undefined, {} as KeyboardEvent);
}

describe.each(PLATFORMS)('buildMenuTemplate on %s', (platform) => {
  it('has a File menu with the draft commands and their shortcuts', () => {
    const file = submenuOf(byLabel(build(platform).template, '&File'));
    expect(byLabel(file, 'New Draft')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel(file, 'Export as HTML…')?.accelerator).toBe('CmdOrCtrl+Shift+E');
    // Ctrl/Cmd+Backspace belong to text editing; deleting a draft must not steal them.
    expect(byLabel(file, 'Move Draft to Trash')?.accelerator).toBeUndefined();
  });

  it('sends each draft command to the window when clicked', () => {
    const { template, send } = build(platform);
    const file = submenuOf(byLabel(template, '&File'));
    click(byLabel(file, 'New Draft'));
    click(byLabel(file, 'Import…'));
    click(byLabel(file, 'Export as HTML…'));
    click(byLabel(file, 'Export as Markdown…'));
    click(byLabel(file, 'Move Draft to Trash'));
    expect(send.mock.calls).toEqual([['new-draft'], ['import-file'], ['export-html'], ['export-markdown'], ['delete-draft']]);
  });

  it('imports with Ctrl/Cmd+O', () => {
    const file = submenuOf(byLabel(build(platform).template, '&File'));
    expect(byLabel(file, 'Import…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel(file, 'Import…')?.registerAccelerator).toBeUndefined();
  });

  it('has one Preferences… item, Ctrl/Cmd+comma, that the page handles itself', () => {
    const { template, send } = build(platform);
    const items = allItems(template).filter((item) => item.label === 'Preferences…');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ accelerator: 'CmdOrCtrl+,', registerAccelerator: false });
    click(items[0]);
    expect(send.mock.calls).toEqual([['preferences']]);
  });

  it('has the writing modes in the View menu, shown with the keys the page handles', () => {
    const { template, send } = build(platform);
    const view = submenuOf(byLabel(template, '&View'));
    const modes = ['Focus Mode', 'Typewriter Scrolling', 'Distraction-Free Writing'].map((label) => byLabel(view, label));
    expect(modes.map((item) => item?.accelerator)).toEqual(['CmdOrCtrl+Shift+F', 'CmdOrCtrl+Shift+T', 'CmdOrCtrl+Shift+D']);
    expect(modes.every((item) => item?.registerAccelerator === false)).toBe(true);
    modes.forEach(click);
    expect(send.mock.calls).toEqual([['toggle-focus-mode'], ['toggle-typewriter-scrolling'], ['toggle-distraction-free']]);
  });

  it('checks Focus Mode and Typewriter Scrolling as the settings say', () => {
    const checked = (settings: MenuOptions['settings']) =>
      submenuOf(byLabel(build(platform, false, settings).template, '&View'))
        .filter((item) => item.type === 'checkbox')
        .map((item) => [item.label, item.checked]);
    expect(checked({ focusMode: false, typewriterScrolling: false })).toEqual([
      ['Focus Mode', false],
      ['Typewriter Scrolling', false],
    ]);
    expect(checked({ focusMode: true, typewriterScrolling: false })).toEqual([
      ['Focus Mode', true],
      ['Typewriter Scrolling', false],
    ]);
    expect(checked({ focusMode: false, typewriterScrolling: true })).toEqual([
      ['Focus Mode', false],
      ['Typewriter Scrolling', true],
    ]);
  });

  it('sends nothing until something is clicked', () => {
    expect(build(platform).send).not.toHaveBeenCalled();
  });

  it('has the standard edit and window menus', () => {
    const roles = build(platform).template.map((item) => item.role);
    expect(roles).toContain('editMenu');
    expect(roles).toContain('windowMenu');
  });

  it('offers reload and devtools only in development', () => {
    const roles = (isDev: boolean) => allItems(build(platform, isDev).template).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('keeps zoom and full screen in the View menu', () => {
    const view = submenuOf(byLabel(build(platform).template, '&View'));
    expect(view.map((item) => item.role)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });
});

describe('buildMenuTemplate per platform', () => {
  it('puts the app menu first on macOS, named after the app, with Quit in it', () => {
    const { template } = build('darwin');
    const appMenu = template[0];
    expect(appMenu?.label).toBe('Inkpress');
    expect(submenuOf(appMenu).map((item) => item.role)).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(template.map((item) => item.label ?? item.role)).toEqual(['Inkpress', '&File', 'editMenu', '&View', 'windowMenu']);
    // On macOS File closes the window; quitting belongs to the app menu.
    expect(submenuOf(byLabel(template, '&File')).map((item) => item.role)).toContain('close');
    // ...and so does Preferences….
    expect(submenuOf(appMenu).map((item) => item.label)).toContain('Preferences…');
  });

  it.each(['linux', 'win32'] as NodeJS.Platform[])('has no app menu on %s, and File ends with Quit', (platform) => {
    const { template } = build(platform);
    expect(template.map((item) => item.label ?? item.role)).toEqual(['&File', 'editMenu', '&View', 'windowMenu']);
    expect(submenuOf(template[0]).at(-1)?.role).toBe('quit');
    expect(submenuOf(template[0]).map((item) => item.label)).toContain('Preferences…');
    expect(allItems(template).map((item) => item.role)).not.toContain('about');
  });
});
