import { describe, it, expect } from 'vitest';
import { numberFootnotes } from '../../../../src/main/core/render/footnotes';
import { renderBodyHtml } from '../../../../src/main/core/render/renderBodyHtml';
import { docOf, paragraph } from '../../helpers/docs';

const note = (text: string) => ({ type: 'footnote', attrs: { text } });

describe('numberFootnotes', () => {
  it('numbers the markers in order and lists the notes after the body, each linking back', () => {
    const body = renderBodyHtml(docOf(paragraph('One', note('First note.')), paragraph('Two', note('Second note.'))));
    expect(numberFootnotes(body)).toBe(
      '<p>One<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup></p>' +
        '<p>Two<sup class="footnote-ref"><a href="#fn-2" id="fnref-2">2</a></sup></p>\n' +
        '<section class="footnotes" aria-label="Footnotes"><ol>' +
        '<li id="fn-1">First note. <a href="#fnref-1" class="footnote-back" aria-label="Back to the text">↩</a></li>' +
        '<li id="fn-2">Second note. <a href="#fnref-2" class="footnote-back" aria-label="Back to the text">↩</a></li>' +
        '</ol></section>',
    );
  });

  it('counts across blocks rendered one by one, as the body is their concatenation', () => {
    const blocks = ['a', 'b', 'c'].map((text) => renderBodyHtml(docOf(paragraph(text, note(`note ${text}`)))));
    const numbered = numberFootnotes(blocks.join(''));
    expect(numbered).toContain('<li id="fn-3">note c ');
    expect(numbered.match(/<sup class="footnote-ref">/g)).toHaveLength(3);
  });

  it('escapes the note text once: markup in a note stays text', () => {
    const numbered = numberFootnotes(renderBodyHtml(docOf(paragraph('x', note('<script>alert("1")</script> & \'q\'')))));
    expect(numbered).toContain('<li id="fn-1">&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#39;q&#39; <a');
    expect(numbered).not.toContain('<script');
  });

  it('leaves a body without footnotes as it is', () => {
    const body = renderBodyHtml(docOf(paragraph('No notes here, only <sup>text</sup>.')));
    expect(numberFootnotes(body)).toBe(body);
  });
});
