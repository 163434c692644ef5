import { describe, it, expect } from 'vitest';
import { markdownToHtml } from '../../../../src/shared/markdown/markdownToHtml';

describe('markdownToHtml', () => {
  it('writes GFM tables, task lists and footnotes', () => {
    const html = markdownToHtml('| a |\n| - |\n| b |\n\n- [x] done\n\nNote[^1]\n\n[^1]: Text.\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<input type="checkbox" disabled="" checked="" /> done');
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain('<section data-footnotes="" class="footnotes">');
  });

  it('passes raw HTML through, for <u>, <mark> and <figure>', () => {
    expect(markdownToHtml('<u>a</u> <mark>b</mark>')).toBe('<p><u>a</u> <mark>b</mark></p>');
  });
});
