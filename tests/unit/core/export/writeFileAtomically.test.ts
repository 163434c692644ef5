import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { writeFileAtomically } from '../../../../src/main/core/export/writeFileAtomically';
import { appErrorFrom } from '../../helpers/appError';
import { useTempDirs } from '../../helpers/tempDir';

const tempDir = useTempDirs();

describe('writeFileAtomically', () => {
  it('writes the content and leaves no temporary file', () => {
    const dir = tempDir('write');
    const target = path.join(dir, 'post.html');
    writeFileAtomically(target, '<p>héllo 世界</p>');
    expect(fs.readFileSync(target, 'utf8')).toBe('<p>héllo 世界</p>');
    expect(fs.readdirSync(dir)).toEqual(['post.html']);
  });

  it('replaces an existing file whole', () => {
    const dir = tempDir('write');
    const target = path.join(dir, 'post.html');
    fs.writeFileSync(target, 'old content that is longer than the new one');
    writeFileAtomically(target, 'new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['post.html']);
  });

  it('refuses a folder that does not exist with IO "the folder does not exist"', () => {
    const dir = tempDir('write');
    const target = path.join(dir, 'missing', 'post.html');
    const error = appErrorFrom(() => writeFileAtomically(target, 'x'));
    expect(error.code).toBe('IO');
    expect(error.message).toBe(`Cannot write ${target}: the folder does not exist`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a path through a regular file with IO, and leaves no temporary file', () => {
    const dir = tempDir('write');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'a file, not a folder');
    const target = path.join(dir, 'notes.txt', 'post.html');
    const error = appErrorFrom(() => writeFileAtomically(target, 'x'));
    expect(error.code).toBe('IO');
    expect(error.message).toBe(`Cannot write ${target}: a part of the path is not a folder`);
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses to replace a folder, and leaves it and its parent as they were', () => {
    const dir = tempDir('write');
    const target = path.join(dir, 'post.html');
    fs.mkdirSync(target);
    const error = appErrorFrom(() => writeFileAtomically(target, 'x'));
    expect(error.code).toBe('IO');
    expect(error.message).toBe(`Cannot write ${target}: it is a folder`);
    expect(fs.statSync(target).isDirectory()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['post.html']);
  });
});
