import fs from 'node:fs';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { blockTypes, docJson, paste, selectBack, setDoc, textRuns, useEmptyDraftApp } from './harness/editorPage';
import type { AppHarness } from './harness/launchApp';

let app: AppHarness;
useEmptyDraftApp((opened) => {
  app = opened;
});
beforeEach(async () => {
  await setDoc(app.page, '<p></p>');
});

const fixture = (name: string): string => fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/paste', name), 'utf8');

/** Every node type in the document, depth first: a compact picture of its structure. */
function nodeTypes(node: JSONContent, out: string[] = []): string[] {
  if (node.type && node.type !== 'doc' && node.type !== 'text') out.push(node.type);
  for (const child of node.content ?? []) nodeTypes(child, out);
  return out;
}

const markedText = (runs: [string, string[]][], mark: string): string[] => runs.filter(([, marks]) => marks.includes(mark)).map(([text]) => text);

async function editorHtml(): Promise<string> {
  return app.page.locator('.prose-editor').innerHTML();
}

function linksOf(node: JSONContent, out: string[] = []): string[] {
  const link = node.marks?.find((m) => m.type === 'link');
  if (link) out.push(`${node.text ?? ''} -> ${String(link.attrs?.href)}`);
  for (const child of node.content ?? []) linksOf(child, out);
  return out;
}

describe('pasting HTML', () => {
  it('from Word: headings, emphasis, links, nested lists from mso-list paragraphs, tables; no Office junk', async () => {
    const { page } = app;
    await paste(page, { 'text/html': fixture('word.html'), 'text/plain': 'The night train' });
    const doc = await docJson(page);
    const types = nodeTypes(doc);
    expect((await blockTypes(page)).slice(0, 6)).toEqual(['heading2', 'paragraph', 'heading2', 'bulletList', 'paragraph', 'orderedList']);
    expect(types.filter((t) => t === 'bulletList')).toHaveLength(2); // the second is nested under "A warm coat"
    expect(types).toContain('table');
    expect(types).not.toContain('image');
    const runs = await textRuns(page);
    expect(markedText(runs, 'bold')).toEqual(expect.arrayContaining(['ten past eleven', 'Train', 'Departs']));
    expect(markedText(runs, 'italic')).toEqual(['very']);
    expect(markedText(runs, 'underline')).toEqual(['Underlined']);
    expect(markedText(runs, 'strike')).toEqual(['struck']);
    expect(linksOf(doc)).toEqual(['the operator’s site -> https://example.com/timetable']);
    const text = runs.map(([t]) => t).join('|');
    expect(text).toContain('A warm coat|With a hood|Tea');
    expect(text).not.toMatch(/·|Symbol|mso|Mso|font-family/);
    expect(await editorHtml()).not.toMatch(/Mso|mso-|<o:p|font-family|clip_image/);
  });

  it('from Google Docs: the bold wrapper is not bold, styled spans are, lists nest, tables and code come along', async () => {
    const { page } = app;
    await paste(page, { 'text/html': fixture('google-docs.html'), 'text/plain': 'Notes from the night train' });
    const doc = await docJson(page);
    const runs = await textRuns(page);
    expect((await blockTypes(page)).slice(0, 5)).toEqual(['heading2', 'paragraph', 'heading2', 'bulletList', 'orderedList']);
    expect(markedText(runs, 'bold')).toEqual(['ten past eleven', 'Train', 'Departs']);
    expect(markedText(runs, 'italic')).toEqual(['very']);
    expect(markedText(runs, 'code')).toEqual(['npm start']);
    expect(markedText(runs, 'strike')).toEqual([' gone']);
    // The link's underline is the link's own, not an underline mark.
    expect(markedText(runs, 'underline')).toEqual([]);
    expect(linksOf(doc)).toEqual(['the timetable -> https://example.com/timetable']);
    expect(nodeTypes(doc).filter((t) => t === 'bulletList')).toHaveLength(2);
    expect(nodeTypes(doc)).toContain('table');
    expect(nodeTypes(doc)).not.toContain('image');
  });

  it('from a web page: structure kept; scripts, styles, hidden things, forms, remote images and unsafe links dropped', async () => {
    const { page } = app;
    await paste(page, { 'text/html': fixture('web-page.html'), 'text/plain': 'The route' });
    const doc = await docJson(page);
    const runs = await textRuns(page);
    const text = runs.map(([t]) => t).join('|');
    expect((await blockTypes(page))[0]).toBe('heading2');
    expect(runs[0]).toEqual(['The route', []]); // no "#" from the heading's anchor
    expect(linksOf(doc)).toEqual(['Venice -> https://example.org/venice?utm_source=newsletter']);
    expect(text).toContain('Win a prize'); // the javascript: link's words stay, unlinked
    expect(text).not.toMatch(/stolen|color: red|Buy|Subscribe|you@example/);
    const types = nodeTypes(doc);
    expect(types).toEqual(expect.arrayContaining(['blockquote', 'codeBlock', 'bulletList', 'table', 'tableHeader']));
    expect(types).not.toContain('image');
    expect(doc.content?.find((n) => n.type === 'codeBlock')?.attrs?.language).toBe('bash');
    expect(markedText(runs, 'bold')).toEqual(['Vienna', 'our guide']);
    expect(markedText(runs, 'italic')).toEqual(['through the night', 'the small print']);
    // The figure lost its remote picture; its caption is kept as text.
    expect(text).toContain('Venice at dawn');
    expect(await page.evaluate(() => (window as unknown as { stolen?: string }).stolen)).toBeUndefined();
  });
});

describe('pasting plain text', () => {
  it('that is Markdown becomes rich text', async () => {
    const { page } = app;
    const markdown = [
      '# A title',
      '',
      'Some **bold**, some *italic* and [a link](https://example.com).',
      '',
      '- one',
      '- two',
      '',
      '* [x] done',
      '',
      '```js',
      'const a = 1;',
      '```',
      '',
      '| Stop | Arrives |',
      '| --- | --- |',
      '| Vienna | 23:10 |',
    ].join('\n');
    await paste(page, { 'text/plain': markdown });
    const doc = await docJson(page);
    const runs = await textRuns(page);
    expect((await blockTypes(page)).slice(0, 6)).toEqual(['heading2', 'paragraph', 'bulletList', 'taskList', 'codeBlock', 'table']);
    expect(markedText(runs, 'bold')).toEqual(['bold']);
    expect(markedText(runs, 'italic')).toEqual(['italic']);
    expect(linksOf(doc)).toEqual(['a link -> https://example.com']);
    expect(doc.content?.find((n) => n.type === 'codeBlock')?.attrs?.language).toBe('js');
    expect(runs.map(([t]) => t).join('')).not.toMatch(/\*\*|```|\|/);
  });

  it('that is prose stays as typed, and Markdown pasted into a code block stays Markdown', async () => {
    const { page } = app;
    await paste(page, { 'text/plain': 'Costs 2 * 3 euros; see my_notes_file.' });
    expect(await textRuns(page)).toEqual([['Costs 2 * 3 euros; see my_notes_file.', []]]);
    await setDoc(page, '<pre><code>x</code></pre>');
    await paste(page, { 'text/plain': '**not bold**' });
    expect(await textRuns(page)).toEqual([['x**not bold**', []]]);
  });

  it('a URL pasted over selected words links them; a URL typed becomes a link', async () => {
    const { page } = app;
    await page.keyboard.type('Read the report');
    await selectBack(page, 6);
    await paste(page, { 'text/plain': 'https://example.com/report' });
    expect(linksOf(await docJson(page))).toEqual(['report -> https://example.com/report']);
    await setDoc(page, '<p></p>');
    await page.keyboard.type('See https://inkpress.app/docs for more');
    expect(linksOf(await docJson(page))).toEqual(['https://inkpress.app/docs -> https://inkpress.app/docs']);
  });
});
