import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { createSiteWriter } from '../../../../src/main/core/site/siteWriter';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

describe('writing the pages of a folder that was empty', () => {
  it('makes each page in place, with its folders', () => {
    const root = tempDir('site');
    const writer = createSiteWriter(root, { fresh: true });
    writer.write('notes/index.html', '<p>Déjà vu</p>');
    writer.write('index.html', '<p>Home</p>');

    expect(fs.readFileSync(path.join(root, 'notes', 'index.html'), 'utf8')).toBe('<p>Déjà vu</p>');
    expect(fs.readdirSync(path.join(root, 'notes'))).toEqual(['index.html']);
  });

  it('replaces a file that appeared meanwhile, and never writes through a link put where a page goes', () => {
    const root = tempDir('site');
    const victim = path.join(tempDir('elsewhere'), 'victim.txt');
    fs.writeFileSync(victim, 'untouched');
    const writer = createSiteWriter(root, { fresh: true });
    writer.write('a/index.html', 'first');
    fs.writeFileSync(path.join(root, 'a', 'other.html'), 'someone else\'s');
    fs.symlinkSync(victim, path.join(root, 'a', 'link.html'));

    writer.write('a/other.html', 'ours');
    writer.write('a/link.html', 'ours too');

    expect(fs.readFileSync(path.join(root, 'a', 'other.html'), 'utf8')).toBe('ours');
    expect(fs.lstatSync(path.join(root, 'a', 'link.html')).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(path.join(root, 'a', 'link.html'), 'utf8')).toBe('ours too');
    expect(fs.readFileSync(victim, 'utf8')).toBe('untouched');
    expect(fs.readdirSync(path.join(root, 'a')).sort()).toEqual(['index.html', 'link.html', 'other.html']);
  });
});
