import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { docToMarkdown } from '../../../../src/main/core/export/docToMarkdown';
import { htmlToDoc } from '../../../../src/main/core/import/htmlToDoc';
import { markdownToDoc } from '../../../../src/main/core/import/markdownToDoc';
import { numberFootnotes } from '../../../../src/main/core/render/footnotes';
import { parseDoc, postSchema, renderBodyHtml } from '../../../../src/main/core/render/renderBodyHtml';

/**
 * The corpus: Tiptap JSON documents (tests/unit/fixtures/postDocs) that between them use every
 * node, mark and attribute of the post schema, nested (lists in lists, tasks in tasks, marks
 * in table cells, footnotes in headings, quotes and cells) and with text that looks like
 * Markdown. Each one must come back unchanged from every way a post leaves the app and
 * returns: as Markdown, as the schema's HTML, and as the published HTML with numbered notes.
 */
const FIXTURES = path.join(import.meta.dirname, '../../fixtures/postDocs');
const corpus = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name): [string, JSONContent] => [name, parseDoc(JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as JSONContent).toJSON() as JSONContent]);

function typesIn(doc: JSONContent, nodes = new Set<string>(), marks = new Set<string>()): { nodes: Set<string>; marks: Set<string> } {
  if (doc.type) nodes.add(doc.type);
  for (const mark of doc.marks ?? []) marks.add(mark.type);
  for (const child of doc.content ?? []) typesIn(child, nodes, marks);
  return { nodes, marks };
}

describe('the round-trip corpus', () => {
  it('uses every node and mark of the post schema', () => {
    const used = { nodes: new Set<string>(), marks: new Set<string>() };
    for (const [, doc] of corpus) typesIn(doc, used.nodes, used.marks);
    expect([...used.nodes].sort()).toEqual(Object.keys(postSchema().nodes).sort());
    expect([...used.marks].sort()).toEqual(Object.keys(postSchema().marks).sort());
  });

  it.each(corpus)('%s: doc -> Markdown -> doc gives the same document', (_name, doc) => {
    expect(markdownToDoc(docToMarkdown(doc))).toEqual(doc);
  });

  it.each(corpus)('%s: Markdown written again from the read-back document is the same text', (_name, doc) => {
    const markdown = docToMarkdown(doc);
    expect(docToMarkdown(markdownToDoc(markdown))).toBe(markdown);
  });

  it.each(corpus)('%s: doc -> schema HTML -> doc gives the same document', (_name, doc) => {
    expect(htmlToDoc(renderBodyHtml(doc))).toEqual(doc);
  });

  it.each(corpus)('%s: doc -> published HTML (numbered footnotes) -> doc gives the same document', (_name, doc) => {
    expect(htmlToDoc(numberFootnotes(renderBodyHtml(doc)))).toEqual(doc);
  });
});
