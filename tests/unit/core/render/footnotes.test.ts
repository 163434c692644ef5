import { describe, it, expect } from 'vitest';
import { labelFootnotes, numberFootnotes } from '../../../../src/main/core/render/footnotes';
import { renderBodyHtml } from '../../../../src/main/core/render/renderBodyHtml';
import { docOf, paragraph } from '../../helpers/docs';

const note = (text: string) => ({ type: 'footnote', attrs: { text } });

describe('numberFootnotes', () => {
  it('numbers the markers in order and lists the notes after the body, each linking back', () => {
    const body = renderBodyHtml(docOf(paragraph('One', note('First note.')), paragraph('Two', note('Second note.'))));
    expect(numberFootnotes(body)).toBe(
      '<p>One<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup></p>' +
        '<p>Two<sup class="footnote-ref"><a href="#fn-2" id="fnref-2">2</a></sup></p>\n' +
        '<section class="footnotes"><ol>' +
        '<li id="fn-1">First note. <a href="#fnref-1" class="footnote-back">↩</a></li>' +
        '<li id="fn-2">Second note. <a href="#fnref-2" class="footnote-back">↩</a></li>' +
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

describe('labelFootnotes', () => {
  const GERMAN = { footnotes: 'Fußnoten', backToText: 'Zurück zum Text' };
  const numbered = numberFootnotes(renderBodyHtml(docOf(paragraph('One', note('First.')), paragraph('Two', note('Second.')))));

  it('names the notes section and every link back in the given words, and changes nothing else', () => {
    const labelled = labelFootnotes(numbered, GERMAN);
    expect(labelled).toContain('<section class="footnotes" aria-label="Fußnoten"><ol>');
    expect(labelled.match(/class="footnote-back" aria-label="Zurück zum Text">↩<\/a>/g)).toHaveLength(2);
    expect(labelled.replace(/ aria-label="[^"]*"/g, '')).toBe(numbered);
  });

  it('replaces the labels a body already carries (bodies prepared by an earlier version say them in English)', () => {
    const english = labelFootnotes(numbered, { footnotes: 'Footnotes', backToText: 'Back to the text' });
    expect(labelFootnotes(english, GERMAN)).toBe(labelFootnotes(numbered, GERMAN));
  });

  it('escapes the words, and leaves a body without notes as it is', () => {
    expect(labelFootnotes(numbered, { footnotes: 'A "b" & c', backToText: '<up>' })).toContain('aria-label="A &quot;b&quot; &amp; c"');
    const plain = renderBodyHtml(docOf(paragraph('No notes.')));
    expect(labelFootnotes(plain, GERMAN)).toBe(plain);
  });
});
