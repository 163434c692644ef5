import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openEmptyDraft, selectBack, setDoc } from './harness/editorPage';
import { launchApp, stopBrowser, type AppHarness } from './harness/launchApp';

let app: AppHarness | undefined;

afterEach(async () => {
  expect(app?.errors).toEqual([]);
  await app?.close();
  app = undefined;
});
afterAll(stopBrowser);

const SAMPLE = `
<h2>The night train to Venice</h2>
<p>We left at <strong>ten past eleven</strong>, and the conductor was <em>very</em> sure of himself.
The timetable is <a href="https://example.com/timetable">on the operator’s site</a>, and the <mark>sleeper
cabins</mark> are booked weeks ahead<sup class="footnote-ref" data-footnote="Summer weekends sell out first."></sup>.</p>
<ul data-type="taskList"><li data-type="taskItem" data-checked="true"><p>Book the cabin</p></li><li data-type="taskItem" data-checked="false"><p>Pack the tea</p></li></ul>
<pre><code class="language-javascript">// Count the stops
const stops = ['Vienna', 'Villach', 'Venice'];
console.log(stops.length + " stops");</code></pre>
<table><tbody><tr><th><p>Stop</p></th><th><p>Arrives</p></th></tr><tr><td><p>Vienna</p></td><td><p>23:10</p></td></tr></tbody></table>
<blockquote><p>The sea smelled of rain.</p></blockquote>
<p>Then the morning came.</p>`;

describe.each(['light', 'dark'] as const)('the editor in %s mode', (colorScheme) => {
  it('toolbar, bubble menu, slash menu, code and table controls, cheat sheet', async () => {
    app = await launchApp({ colorScheme });
    const { page } = app;
    await openEmptyDraft(app, 'The night train');
    await setDoc(page, SAMPLE);

    // The selection's bubble over "very sure".
    await page.locator('.prose-editor p em').first().click();
    await page.keyboard.press('End');
    await page.locator('.prose-editor p').first().click({ position: { x: 10, y: 5 } });
    await page.locator('.prose-editor em').dblclick();
    await page.getByRole('toolbar', { name: 'Format the selection' }).waitFor();
    // Hover a button so its tooltip shows too.
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' }).hover();
    await page.waitForFunction(() => {
      const bold = document.querySelector('.format-toolbar [aria-label="Bold"]');
      return bold !== null && getComputedStyle(bold, '::after').opacity === '1';
    });
    await app.screenshot(`editor-toolbar-bubble-${colorScheme}`);

    // The paragraph style menu, and the groups that did not fit.
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await toolbar.getByRole('button', { name: /^Paragraph style/ }).click();
    await toolbar.getByRole('menu', { name: 'Paragraph style' }).waitFor();
    await app.screenshot(`editor-style-menu-${colorScheme}`);
    await page.keyboard.press('Escape');
    await toolbar.getByRole('button', { name: 'More formatting' }).click();
    await toolbar.getByRole('group', { name: 'Insert' }).waitFor();
    await app.screenshot(`editor-toolbar-more-${colorScheme}`);
    await page.keyboard.press('Escape');

    // The code block's language and the table's controls.
    await page.locator('.prose-editor pre').click();
    await page.getByRole('combobox', { name: 'Code language' }).waitFor();
    await app.screenshot(`editor-code-${colorScheme}`);
    await page.locator('.prose-editor td').first().click();
    await page.getByRole('toolbar', { name: 'Table' }).waitFor();
    await app.screenshot(`editor-table-${colorScheme}`);

    // A footnote's text.
    await page.locator('.prose-editor sup.footnote-ref').click();
    await page.getByLabel('Footnote 1').waitFor();
    await app.screenshot(`editor-footnote-${colorScheme}`);

    // The link popover.
    await page.locator('.prose-editor a').click();
    await page.locator('.link-preview').getByRole('button', { name: 'Edit link' }).click();
    await page.getByRole('form', { name: 'Edit link' }).waitFor();
    await app.screenshot(`editor-link-${colorScheme}`);
    await page.keyboard.press('Escape');

    // The slash menu on a new line at the end.
    await page.locator('.prose-editor p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('/');
    await page.getByRole('listbox', { name: 'Insert a block' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await app.screenshot(`editor-slash-menu-${colorScheme}`);
    await page.keyboard.press('Escape');
    await selectBack(page, 1);
    await page.keyboard.press('Backspace');

    await page.keyboard.press('Control+/');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await app.screenshot(`editor-cheat-sheet-${colorScheme}`);
    await page.keyboard.press('Escape');
  });
});
