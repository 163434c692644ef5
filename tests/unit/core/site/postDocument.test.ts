import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { SITE_LOCALES, siteLabels } from '../../../../src/main/core/site/siteLabels';
import { escapeHtml } from '../../../../src/main/core/render/escapeHtml';
import { appErrorFrom } from '../../helpers/appError';
import { docOf, paragraph, text } from '../../helpers/docs';
import { useTempDirs } from '../../helpers/tempDir';
import { saveOf, useServices } from '../../helpers/testServices';
import { BASE_URL } from './siteFixture';

const tempDir = useTempDirs();
const openServices = useServices();

const note = (value: string): JSONContent => ({ type: 'footnote', attrs: { text: value } });

function setupWithDraft() {
  const { services } = openServices();
  const draft = services.drafts.create({
    title: 'Exported post',
    author: 'Ann',
    date: '2026-11-29',
    tags: ['Travel'],
    doc: docOf(paragraph('Hello ', text('world', [{ type: 'bold' }]), note('A note.'))),
  });
  return { services, draft };
}

describe('one post as a standalone page (File › Export HTML, inkpress export and show)', () => {
  it('is the post in the site\'s theme: title, writer, date, reading time, tags, body, no script', () => {
    const { services, draft } = setupWithDraft();
    const page = services.site.postDocument(draft.id);
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<style>/* Inkpress theme: Harbor */');
    expect(page).toContain('<h1 class="post-title">Exported post</h1>');
    expect(page).toContain('<span class="post-writer">Writer: Ann</span>');
    expect(page).toContain('<time class="post-date" datetime="2026-11-29">November 29, 2026</time>');
    expect(page).toContain('<span class="post-reading-time">1 min read</span>');
    expect(page).toContain('<li><span>Travel</span></li>');
    expect(page).toContain('<p>Hello <strong>world</strong><sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup></p>');
    // No description of its own: the excerpt, which reads the note after its paragraph.
    expect(page).toContain('<meta name="description" content="Hello world A note.">');
    expect(page).not.toMatch(/<script/i);
  });

  it('changes with the site\'s theme', () => {
    const { services, draft } = setupWithDraft();
    const target = path.join(tempDir('export'), 'post.html');
    services.site.writePostDocument(draft.id, target);
    const harbor = fs.readFileSync(target, 'utf8');
    services.site.updateConfig({ theme: 'margin' });
    services.site.writePostDocument(draft.id, target);
    const margin = fs.readFileSync(target, 'utf8');
    expect(harbor).toContain('<style>/* Inkpress theme: Harbor */');
    expect(margin).toContain('<style>/* Inkpress theme: Margin */');
    expect(margin).not.toContain('Inkpress theme: Harbor');
    // --theme picks another theme for this page only.
    expect(services.site.postDocument(draft.id, 'harbor')).toBe(harbor);
  });

  it('declares the post\'s language, or the site\'s when it has none', () => {
    const { services } = openServices();
    const plain = services.drafts.create({ title: 'Plain', doc: docOf(paragraph('Hello')) });
    const german = services.drafts.create({ title: 'Grüße', doc: docOf(paragraph('Hallo')) });
    services.drafts.save(saveOf(german, { language: 'de-CH' }));
    expect(services.site.postDocument(plain.id)).toContain('<html lang="en">');
    expect(services.site.postDocument(german.id)).toContain('<html lang="de-CH">');
    services.site.updateConfig({ language: 'ja' });
    expect(services.site.postDocument(plain.id)).toContain('<html lang="ja">');
  });

  it('uses the draft\'s own description over its excerpt', () => {
    const { services } = openServices();
    const draft = services.drafts.create({ title: 'Described', description: 'In short', doc: docOf(paragraph('Body text')) });
    expect(services.site.postDocument(draft.id)).toContain('<meta name="description" content="In short">');
  });

  it('exports a draft in the trash too', () => {
    const { services, draft } = setupWithDraft();
    services.drafts.trash(draft.id);
    expect(services.site.postDocument(draft.id)).toContain('<h1 class="post-title">Exported post</h1>');
  });

  it('resolves a relative output path to an absolute one', () => {
    const { services, draft } = setupWithDraft();
    const out = tempDir('export');
    const relative = path.relative(process.cwd(), path.join(out, 'rel.html'));
    expect(services.site.writePostDocument(draft.id, relative)).toBe(path.join(out, 'rel.html'));
    expect(fs.readFileSync(path.join(out, 'rel.html'), 'utf8')).toBe(services.site.postDocument(draft.id));
  });

  it('refuses a missing folder with IO "the folder does not exist" and leaves nothing behind', () => {
    const { services, draft } = setupWithDraft();
    const out = tempDir('export');
    const error = appErrorFrom(() => services.site.writePostDocument(draft.id, path.join(out, 'missing', 'post.html')));
    expect(error.code).toBe('IO');
    expect(error.message).toContain('the folder does not exist');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('refuses a path whose parent is a file with IO and leaves no temporary file', () => {
    const { services, draft } = setupWithDraft();
    const out = tempDir('export');
    fs.writeFileSync(path.join(out, 'blocker'), 'a file');
    const error = appErrorFrom(() => services.site.writePostDocument(draft.id, path.join(out, 'blocker', 'post.html')));
    expect(error.code).toBe('IO');
    expect(fs.readdirSync(out)).toEqual(['blocker']);
    expect(fs.readFileSync(path.join(out, 'blocker'), 'utf8')).toBe('a file');
  });

  it('gives NOT_FOUND for a draft that does not exist and writes nothing', () => {
    const { services } = openServices();
    const out = tempDir('export');
    expect(appErrorFrom(() => services.site.writePostDocument(404, path.join(out, 'post.html'))).code).toBe('NOT_FOUND');
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe('footnote labels', () => {
  it.each(SITE_LOCALES)('are in the site\'s language (%s)', (locale) => {
    const { services, draft } = setupWithDraft();
    services.site.updateConfig({ language: locale });
    const { footnotes, backToText } = siteLabels(locale);
    const page = services.site.postDocument(draft.id);
    expect(page).toContain(`<section class="footnotes" aria-label="${escapeHtml(footnotes)}">`);
    expect(page).toContain(`<a href="#fnref-1" class="footnote-back" aria-label="${escapeHtml(backToText)}">↩</a>`);
  });

  it('follow the language of each export, though the prepared body is kept between exports', () => {
    const { services, draft } = setupWithDraft();
    services.drafts.save(saveOf(services.drafts.get(draft.id), { status: 'published' }));
    services.site.updateConfig({ baseUrl: BASE_URL, language: 'de' });
    const outDir = tempDir('site');
    const page = (): string => fs.readFileSync(path.join(outDir, 'exported-post', 'index.html'), 'utf8');
    services.site.exportSiteSync({ outDir });
    expect(page()).toContain('<section class="footnotes" aria-label="Fußnoten">');
    const prepared = services.db.prepare<[number], { source: string }>('SELECT source FROM site_post_bodies WHERE draft_id = ?').get(draft.id);

    services.site.exportSiteSync({ outDir, overrides: { language: 'fr' } });
    expect(page()).toContain('<section class="footnotes" aria-label="Notes de bas de page">');
    expect(page()).toContain('class="footnote-back" aria-label="Retour au texte">');
    expect(page()).not.toContain('Fußnoten');
    // The same prepared body served both: it names no language.
    expect(services.db.prepare<[number], { source: string }>('SELECT source FROM site_post_bodies WHERE draft_id = ?').get(draft.id)).toEqual(prepared);
  });
});
