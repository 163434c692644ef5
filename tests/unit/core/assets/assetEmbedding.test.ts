import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { assetFilePath } from '../../../../src/main/core/assets/assetNames';
import { rewriteAssetSrcs } from '../../../../src/main/core/assets/rewriteAssetSrcs';
import type { PostContent } from '../../../../src/shared/draft';
import { docOf, paragraph } from '../../helpers/docs';
import { useTempDirs } from '../../helpers/tempDir';
import { useServices } from '../../helpers/testServices';
import { GIF_1X1, PNG_3X2 } from './testImages';

const tempDir = useTempDirs();
const openServices = useServices();

const image = (src: string, alt = 'a picture'): JSONContent => ({ type: 'image', attrs: { src, alt } });
const post = (doc: JSONContent): PostContent => ({ title: 'Pictures', author: 'Ann', date: '2026-11-29', tags: [], doc });
const WEB_IMAGE = 'https://example.com/photo.jpg';

describe('standalone export', () => {
  it('embeds library images as data: URLs of their type, so the file opens anywhere', () => {
    const { services } = openServices();
    const png = services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    const gif = services.assets.import({ fileName: 'dot.gif', bytes: GIF_1X1 });
    const draft = services.drafts.create({ title: 'Pictures', doc: docOf(paragraph('Look:'), image(png.src), image(gif.src), image(WEB_IMAGE)) });
    const out = path.join(tempDir('export'), 'pictures.html');

    services.site.writePostDocument(draft.id, out);
    const page = fs.readFileSync(out, 'utf8');

    expect(page).toContain(`<img src="data:image/png;base64,${PNG_3X2.toString('base64')}" alt="a picture"`);
    expect(page).toContain(`<img src="data:image/gif;base64,${GIF_1X1.toString('base64')}" alt="a picture"`);
    expect(page).toContain(`<img src="${WEB_IMAGE}"`);
    expect(page).not.toContain('library-assets/');
    // The export's CSP allows data: images and nothing of its own origin (a file:// page has none worth trusting).
    expect(page).toContain('img-src data: https: http:;');
    expect(page).not.toContain('&#39;self&#39;');
  });

  it('keeps the src of an image whose file is gone, rather than fail the export', () => {
    const { services } = openServices();
    const png = services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    const draft = services.drafts.create({ title: 'Lost', doc: docOf(image(png.src)) });
    fs.rmSync(assetFilePath(services.assets.dir, png.hash, 'png'));
    expect(services.site.postDocument(draft.id)).toContain(`<img src="${png.src}"`);
  });

  it('stores the relative src in the draft, not the embedded data', () => {
    const { services } = openServices();
    const png = services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    const draft = services.drafts.create({ title: 'Stored', doc: docOf(image(png.src)) });
    services.site.postDocument(draft.id);
    expect(services.drafts.get(draft.id).doc.content?.[0]?.attrs?.src).toBe(png.src);
  });
});

describe('preview', () => {
  it('keeps library images relative, and lets the frame load them from the app origin', () => {
    const { services } = openServices();
    const png = services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    const page = services.site.previewDocument(post(docOf(image(png.src))));
    expect(page).toContain(`<img src="${png.src}" alt="a picture"`);
    expect(page).not.toContain('data:image/png');
    expect(page).toContain('img-src &#39;self&#39; data: https: http:;');
  });
});

describe('rewriteAssetSrcs', () => {
  const SRC = `library-assets/${'ab'.repeat(32)}.png`;

  it('rewrites library image srcs at any depth, and nothing else', () => {
    const doc = docOf(image(SRC), { type: 'blockquote', content: [image(SRC, 'nested')] }, image(WEB_IMAGE), paragraph(SRC));
    const rewritten = rewriteAssetSrcs(doc, (src) => `data:x,${src.length}`);
    expect(rewritten).toEqual(
      docOf(image('data:x,83'), { type: 'blockquote', content: [image('data:x,83', 'nested')] }, image(WEB_IMAGE), paragraph(SRC)),
    );
  });

  it('leaves the input untouched and shares what did not change', () => {
    const doc = docOf(paragraph('text'), image(SRC));
    const snapshot = structuredClone(doc);
    const rewritten = rewriteAssetSrcs(doc, () => 'data:x,1');
    expect(doc).toEqual(snapshot);
    expect(rewritten.content?.[0]).toBe(doc.content?.[0]);
    expect(rewriteAssetSrcs(doc, () => null)).toBe(doc);
  });
});
