import { describe, it, expect } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { PREVIEW_POLICY } from '../../../../src/main/core/site/sitePreview';
import { STANDALONE_POLICY } from '../../../../src/main/core/site/templates/standalonePost';
import { escapeHtml } from '../../../../src/main/core/render/escapeHtml';
import type { PostContent } from '../../../../src/shared/draft';
import { docOf, docWith, paragraph, text } from '../../helpers/docs';
import { useServices } from '../../helpers/testServices';
import { PNG_3X2 } from '../assets/testImages';

const openServices = useServices();

const note = (value: string): JSONContent => ({ type: 'footnote', attrs: { text: value } });
const image = (src: string): JSONContent => ({ type: 'image', attrs: { src, alt: 'A dot' } });

function post(overrides: Partial<PostContent> = {}): PostContent {
  return {
    title: 'A walk in the hills',
    author: 'Ann Writer',
    date: '2026-11-29',
    tags: ['Travel', 'Slow living'],
    doc: docOf(paragraph('We left at dawn.', note('Before six.')), paragraph('The hills were quiet.')),
    description: 'Up before the sun.',
    ...overrides,
  };
}

describe('the live preview', () => {
  it('is the standalone page the export writes once the post is saved, but for the frame\'s image policy', () => {
    const { services } = openServices();
    services.site.updateConfig({ language: 'fr', author: 'Site Author', customCss: '.post-title { letter-spacing: 0; }' });
    const content = post({ author: '', language: 'fr-CA' });
    const draft = services.drafts.create({ ...content, doc: content.doc });
    const preview = services.site.previewDocument(content);
    expect(preview).toContain(`content="${escapeHtml(PREVIEW_POLICY)}"`);
    expect(preview.replace(escapeHtml(PREVIEW_POLICY), escapeHtml(STANDALONE_POLICY))).toBe(services.site.postDocument(draft.id));
  });

  it('shows the site\'s theme with the writer\'s CSS, and a change of them at the next render', () => {
    const { services } = openServices();
    const before = services.site.previewDocument(post());
    expect(before).toContain('<style>/* Inkpress theme: Harbor */');
    expect(before).toContain('<body class="page-post page-standalone">\n<main id="main" class="site-main">\n<article class="post">');

    services.site.updateConfig({ theme: 'margin', customCss: '.post-title { color: rebeccapurple; }' });
    const after = services.site.previewDocument(post());
    expect(after).toContain('<style>/* Inkpress theme: Margin */');
    expect(after).toContain('/* Custom CSS from the site settings */\n.post-title { color: rebeccapurple; }');
    expect(after).not.toContain('Inkpress theme: Harbor');

    services.site.updateConfig({ theme: 'harbor', customCss: '' });
    expect(services.site.previewDocument(post())).toBe(before);
  });

  it('writes the header in the site\'s language: byline, date, reading time, tags, footnote labels', () => {
    const { services } = openServices();
    services.site.updateConfig({ language: 'de' });
    const page = services.site.previewDocument(post());
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('<span class="post-writer">Geschrieben von Ann Writer</span>');
    expect(page).toContain('<time class="post-date" datetime="2026-11-29">29. November 2026</time>');
    expect(page).toContain('<span class="post-reading-time">1 Min. Lesezeit</span>');
    expect(page).toContain('<ul class="post-tags" aria-label="Schlagwörter"><li><span>Travel</span></li><li><span>Slow living</span></li></ul>');
    expect(page).toContain('<section class="footnotes" aria-label="Fußnoten">');
    expect(page).toContain('class="footnote-back" aria-label="Zurück zum Text">');
    expect(page).toContain('<p class="post-lede">Up before the sun.</p>');
  });

  it('declares the post\'s own language where it differs from the site\'s', () => {
    const { services } = openServices();
    const page = services.site.previewDocument(post({ language: 'pt-BR' }));
    expect(page).toContain('<html lang="pt-BR">');
    expect(page).toContain('<article class="post" lang="pt-BR">');
  });

  it('names the site\'s default author when the post names none, and nobody when neither does', () => {
    const { services } = openServices();
    expect(services.site.previewDocument(post({ author: '  ' }))).not.toContain('<span class="post-writer">');
    services.site.updateConfig({ author: 'Site Author' });
    expect(services.site.previewDocument(post({ author: '  ' }))).toContain('<span class="post-writer">Writer: Site Author</span>');
    expect(services.site.previewDocument(post())).toContain('<span class="post-writer">Writer: Ann Writer</span>');
  });

  it('keeps library images, the cover too, relative, and lets the frame load them from the app', () => {
    const { services } = openServices();
    const png = services.assets.import({ fileName: 'dot.png', bytes: PNG_3X2 });
    const page = services.site.previewDocument(post({ coverImage: png.src, doc: docOf(paragraph('Look:'), image(png.src)) }));
    expect(page).toContain(`<figure class="post-cover"><img src="${png.src}" alt=""`);
    expect(page).toContain(`<img src="${png.src}" alt="A dot" loading="lazy" decoding="async" />`);
    expect(page).not.toContain('data:image/png');
    expect(page).toContain("img-src &#39;self&#39; data: https: http:");
  });

  it('sanitises the body as the site does: no script, no javascript: link, the title the only <h1>', () => {
    const { services } = openServices();
    const doc = docOf(
      paragraph('see ', text('this', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
      paragraph('<script>alert(2)</script>'),
      { type: 'heading', attrs: { level: 1 }, content: [text('Big')] },
    );
    const page = services.site.previewDocument(post({ title: '<script>alert(3)</script>', doc }));
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/javascript:/i);
    expect(page.match(/<h1/g)).toHaveLength(1);
    expect(page).toContain('<h2>Big</h2>');
  });

  it('shows the title "Untitled" and the reading time of the whole body', () => {
    const { services } = openServices();
    const words = Array.from({ length: 510 }, (_, i) => `word${i}`).join(' ');
    const page = services.site.previewDocument(post({ title: '  ', doc: docWith(words) }));
    expect(page).toContain('<h1 class="post-title">Untitled</h1>');
    expect(page).toContain('<span class="post-reading-time">2 min read</span>');
  });
});
