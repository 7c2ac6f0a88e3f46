import { describe, expect, test } from '@jest/globals';
import {
  SummaryBuilder,
  markdownCode,
  markdownCodeBlock,
  markdownDetails,
  markdownLink,
  markdownTable,
  markdownText,
} from '@shipchain/action-runtime';
import { inspectMarkdown, readableText, type RenderedMarkdown } from '../../../test/markdown/gfm';

/** Strings seen in test names, failure messages, file names and server bodies that try to change the page. */
const HOSTILE = [
  '</details><img src=x onerror=alert(1)>',
  '</summary></details><script>alert(1)</script>',
  '<details open><summary>fake</summary>',
  '## heading',
  '# top heading #',
  'ends with hashes ##',
  '@octocat please look',
  'cc @github/security-team and @octocat.',
  'mail admin@example.com',
  '<!-- shipchain:sticky:test-gate:unit -->',
  '<!--',
  '-->',
  '</testcase\n><script>alert(1)</script>',
  'closing tag name with newline </failure\n>',
  // test-reports' own error for a closing-tag name that runs over blank lines.
  'reports/junit.xml:1:31: malformed XML: closing tag </test\n\n## case @octocat\n`<img src=x onerror=alert(1)> does not match the open <testcase>',
  'a `code` b ``two`` c ```three```',
  '`',
  '` leading and trailing `',
  '| a | b | c |',
  'pipe \\| escaped and \\\\| double',
  'back\\slash and trailing \\',
  '*bold* **strong** _em_ __under__ ~strike~ ~~strike~~',
  '[link](https://evil.example/x)',
  '[ref][1]\n\n[1]: https://evil.example',
  '![image](https://evil.example/x.png)',
  'https://evil.example/path?q=1',
  'http://evil.example and www.evil.example',
  'ftp://evil.example',
  '<https://evil.example>',
  '<a href="https://evil.example" title=\'x\'>click</a>',
  'javascript:alert(1)',
  '&lt;script&gt; and &#60;img src=x&#62; and &amp;',
  '"double" and \'single\' quotes',
  '- list item',
  '+ plus item',
  '* star item',
  '1. ordered',
  '2) ordered',
  '> quote',
  '    indented code',
  '\tindented by tab',
  '---',
  '***',
  '===',
  'line\n===',
  'line\n---',
  '- [ ] task',
  '[^1] footnote\n\n[^1]: injected',
  '```js\nalert(1)\n```',
  '~~~\ntilde fence\n~~~',
  'paragraph\n\n<img src=x onerror=alert(1)>',
  'windows\r\nline\rendings',
  '$x^2$ and $$\\href{https://evil.example}{math}$$',
  '\\<b>escaped?</b>',
  '<scr<script>ipt>alert(1)</script>',
  'x'.repeat(40) + '`'.repeat(7) + 'y',
  '| --- | --- |',
  ':warning: emoji and #123 reference',
  'unicode ünïcødé — 漢字 😀',
];

/** Where untrusted text goes, each as the markdown a renderer writes around it. */
const CONTEXTS: Record<string, (text: string) => string> = {
  'table cell': (text) => markdownTable(['Test', 'Status'], [[markdownText(text), 'failed']]),
  'code span in a table cell': (text) => markdownTable(['Image', 'Status'], [[markdownCode(text), 'ok']]),
  heading: (text) => new SummaryBuilder().heading(text, 3).render(),
  'list item': (text) => `- ${markdownText(text)}\n- second item`,
  paragraph: (text) => `Before ${markdownText(text)} after.`,
  'code span in prose': (text) => `Reference ${markdownCode(text)} here.`,
  // A list item that opens with a long fence must not start a fenced block.
  'code span opening a list item': (text) => `- ${markdownCode(text)}\n- ${markdownCode(`\`\`\`${text}`)}`,
  'blockquote alert': (text) => `> [!WARNING]\n> ${markdownText(text)}`,
  'details summary': (text) => markdownDetails(text, markdownCodeBlock('stack trace')),
  'link text and URL': (text) =>
    markdownLink(text, `https://github.com/acme/web/blob/abc/${encodeURI(text)}#L3`),
  'check-run text': (text) =>
    new SummaryBuilder()
      .heading(`❌ ${text}: failed`)
      .table(['Test', 'Location', 'Message'], [[markdownText(text), markdownCode(text), markdownText(text)]])
      .text(markdownDetails(text, markdownCodeBlock(text)))
      .render(),
};

/** The same markdown with a harmless value: what the page should look like. */
const BENIGN = 'benign value';

function expectNothingInjected(hostile: RenderedMarkdown, benign: RenderedMarkdown): void {
  expect(hostile.elements).toEqual(benign.elements);
  expect(hostile.links.length).toBe(benign.links.length);
  expect(hostile.mentions).toEqual([]);
  expect(hostile.tableRows).toEqual(benign.tableRows);
}

describe('every hostile string in every context renders as text through a GFM renderer', () => {
  for (const [context, render] of Object.entries(CONTEXTS)) {
    const benign = inspectMarkdown(render(BENIGN));
    test.each(HOSTILE)(`${context}: %j`, (text) => {
      const hostile = inspectMarkdown(render(text));
      expectNothingInjected(hostile, benign);
      // Still readable: the visible text holds the input (whitespace aside).
      expect(hostile.text).toContain(readableText(text.replace(/\0/g, '\uFFFD')));
    });
  }
});

describe('links', () => {
  test.each(HOSTILE)('a link keeps its own destination: %j', (text) => {
    const base = 'https://github.com/acme/web/blob/abc/';
    const page = inspectMarkdown(markdownLink(text, `${base}${encodeURI(text)}`));
    expect(page.links).toHaveLength(1);
    expect(page.links[0]?.startsWith(base)).toBe(true);
  });

  test('a URL that is not http(s) is shown as text, not linked', () => {
    const page = inspectMarkdown(markdownLink('run', 'javascript:alert(1)'));
    expect(page.links).toEqual([]);
    expect(page.text).toBe('run');
  });
});

describe('code', () => {
  test.each(HOSTILE)('a fenced block shows the text verbatim: %j', (text) => {
    const page = inspectMarkdown(`Before\n\n${markdownCodeBlock(text, 'text')}\n\nAfter`);
    expect(page.preformatted).toEqual([`${text.replace(/\r\n?/g, '\n').replace(/\n$/, '')}\n`]);
    expect(page.elements).toEqual(['p[]', 'pre[]', 'code[class]', 'p[]']);
  });

  test('the fence is longer than any backtick run inside, and a hostile language is dropped', () => {
    expect(markdownCodeBlock('a ````` b', 'js')).toBe('``````js\na ````` b\n``````');
    expect(markdownCodeBlock('x', 'js onclick=alert(1)')).toBe('```\nx\n```');
    expect(markdownCodeBlock('~~~\nx')).toBe('```\n~~~\nx\n```');
  });

  test('a code span is fenced past the longest backtick run and padded where the text needs it', () => {
    expect(markdownCode('a `b` c')).toBe('``a `b` c``');
    expect(markdownCode('`tick')).toBe('`` `tick ``');
    expect(markdownCode(' spaced ')).toBe('`  spaced  `');
    expect(markdownCode('plain')).toBe('`plain`');
    expect(markdownCode('')).toBe('');
  });

  test.each(HOSTILE)('a code span shows the text verbatim (line breaks as spaces): %j', (text) => {
    const page = inspectMarkdown(markdownTable(['ref'], [[markdownCode(text)]]));
    expect(page.text).toBe(readableText(`ref ${text}`));
  });
});

describe('plain text', () => {
  test('escapes HTML, structure and mentions but leaves ordinary words alone', () => {
    expect(markdownText('assumed-role/deploy case 999')).toBe('assumed-role/deploy case 999');
    expect(markdownText('<b>&"\'')).toBe('&lt;b&gt;&amp;&quot;&#39;');
    expect(markdownText('a|b\nc')).toBe('a&#124;b c');
    expect(markdownText('@octocat')).toBe('@\u200Boctocat');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('12. item')).toBe('12\\. item');
    expect(markdownText('see https://x.example or www.x.example')).toBe(
      'see https\\://x.example or www\\.x.example',
    );
  });
});

describe('the GFM check itself sees injections (so the corpus above cannot pass vacuously)', () => {
  test('raw text adds elements, links, mentions and rows, and a raw pipe hides the rest of a cell', () => {
    const raw = inspectMarkdown('| a |\n| --- |\n| x <img src=x> @octocat https://evil.example |\nnext line');
    expect(raw.elements).toContain('img[src]');
    expect(raw.links).toEqual(['https://evil.example']);
    expect(raw.mentions).toEqual(['octocat']);
    expect(raw.tableRows).toEqual([[1, 1, 1]]);
    // GFM drops cells past the header's count: the text after the pipe is not shown at all.
    expect(inspectMarkdown('| a |\n| --- |\n| x | hidden |').text).toBe('a x');
  });

  test('the escaping this module replaced let a backtick and a closing tag out of a code span', () => {
    const previousTableCell = (text: string): string =>
      text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
    const hostile = 'x` <img src=x onerror=alert(1)> `';
    const page = inspectMarkdown(markdownTable(['Image'], [[`\`${previousTableCell(hostile)}\``]]));
    expect(page.elements).toContain('img[onerror,src]');
  });
});
