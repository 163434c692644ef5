import { describe, it, expect } from 'vitest';
import { DEFAULT_SETTINGS, withPatch } from '../../../src/shared/settings';

describe('withPatch', () => {
  it('changes what the patch names and keeps the rest', () => {
    expect(withPatch(DEFAULT_SETTINGS, { theme: 'dark', focusMode: true })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', focusMode: true });
  });

  it('changes one spellcheck field and keeps the other', () => {
    const settings = { ...DEFAULT_SETTINGS, spellcheck: { enabled: true, languages: ['fr'] } };
    expect(withPatch(settings, { spellcheck: { enabled: false } }).spellcheck).toEqual({ enabled: false, languages: ['fr'] });
  });

  it('ignores fields given as undefined, as the saved result will', () => {
    expect(withPatch(DEFAULT_SETTINGS, { theme: undefined, spellcheck: { languages: undefined } })).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves the settings it was given as they were', () => {
    const before = structuredClone(DEFAULT_SETTINGS);
    withPatch(DEFAULT_SETTINGS, { lineWidth: 'wide', spellcheck: { languages: ['de'] } });
    expect(DEFAULT_SETTINGS).toEqual(before);
  });
});
