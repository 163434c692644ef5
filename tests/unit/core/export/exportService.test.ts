import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { renderPostDocument } from '../../../../src/main/core/render/renderPostDocument';
import { appErrorFrom } from '../../helpers/appError';
import { docOf, paragraph, text } from '../../helpers/docs';
import { useTempDirs } from '../../helpers/tempDir';
import { useServices } from '../../helpers/testServices';

const tempDir = useTempDirs();
const openServices = useServices();

function setupWithDraft() {
  const { services } = openServices();
  const draft = services.drafts.create({
    title: 'Exported post',
    author: 'Ann',
    date: '2026-11-29',
    tags: ['Travel'],
    doc: docOf(paragraph('Hello ', text('world', [{ type: 'bold' }]))),
  });
  return { services, draft };
}

describe('export service', () => {
  it('writes the page renderPostDocument gives for the draft, with the excerpt as description', () => {
    const { services, draft } = setupWithDraft();
    const out = tempDir('export');
    const target = path.join(out, 'post.html');

    expect(services.exporter.writePostHtml(draft.id, target)).toBe(target);
    const expected = renderPostDocument(services.drafts.get(draft.id), { description: 'Hello world', embedAsset: (src) => services.assets.dataUrlOf(src) });
    expect(fs.readFileSync(target, 'utf8')).toBe(expected);
    expect(services.exporter.postDocument(draft.id)).toBe(expected);
    expect(expected).toContain('Writer: Ann');
    expect(expected).toContain('<p>Hello <strong>world</strong></p>');
    expect(fs.readdirSync(out)).toEqual(['post.html']);
  });

  it('declares the post\'s language, or English when it has none', () => {
    const { services } = openServices();
    const plain = services.drafts.create({ title: 'Plain', doc: docOf(paragraph('Hello')) });
    const german = services.drafts.create({ title: 'Grüße', doc: docOf(paragraph('Hallo')) });
    services.drafts.save({ id: german.id, baseVersion: german.version, title: german.title, author: '', date: german.date, doc: german.doc, language: 'de-CH' });
    expect(services.exporter.postDocument(plain.id)).toContain('<html lang="en">');
    expect(services.exporter.postDocument(german.id)).toContain('<html lang="de-CH">');
  });

  it('uses the draft\'s own description over its excerpt', () => {
    const { services } = openServices();
    const draft = services.drafts.create({ title: 'Described', description: 'In short', doc: docOf(paragraph('Body text')) });
    expect(services.exporter.postDocument(draft.id)).toContain('<meta name="description" content="In short">');
  });

  it('resolves a relative output path to an absolute one', () => {
    const { services, draft } = setupWithDraft();
    const out = tempDir('export');
    const relative = path.relative(process.cwd(), path.join(out, 'rel.html'));
    expect(services.exporter.writePostHtml(draft.id, relative)).toBe(path.join(out, 'rel.html'));
    expect(fs.existsSync(path.join(out, 'rel.html'))).toBe(true);
  });

  it('suggests the slug as the file name', () => {
    const { services, draft } = setupWithDraft();
    expect(services.exporter.suggestedFileName(draft.id)).toBe('exported-post.html');
  });

  it('refuses a missing folder with IO "the folder does not exist" and leaves nothing behind', () => {
    const { services, draft } = setupWithDraft();
    const out = tempDir('export');
    const error = appErrorFrom(() => services.exporter.writePostHtml(draft.id, path.join(out, 'missing', 'post.html')));
    expect(error.code).toBe('IO');
    expect(error.message).toContain('the folder does not exist');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('refuses a path whose parent is a file with IO and leaves no temporary file', () => {
    const { services, draft } = setupWithDraft();
    const out = tempDir('export');
    fs.writeFileSync(path.join(out, 'blocker'), 'a file');
    const error = appErrorFrom(() => services.exporter.writePostHtml(draft.id, path.join(out, 'blocker', 'post.html')));
    expect(error.code).toBe('IO');
    expect(fs.readdirSync(out)).toEqual(['blocker']);
    expect(fs.readFileSync(path.join(out, 'blocker'), 'utf8')).toBe('a file');
  });

  it('gives NOT_FOUND for a draft that does not exist and writes nothing', () => {
    const { services } = openServices();
    const out = tempDir('export');
    expect(appErrorFrom(() => services.exporter.writePostHtml(404, path.join(out, 'post.html'))).code).toBe('NOT_FOUND');
    expect(fs.readdirSync(out)).toEqual([]);
  });
});
