/**
 * The one place untrusted text (test names, failure messages, file names, tool output,
 * server bodies, PR data) becomes GitHub-flavoured markdown. Each function makes text
 * safe for one context, so that it renders as the same visible text and can add no
 * element, attribute, link, mention or table column of its own.
 */

/** Zero-width space: breaks `@name` so GitHub neither links nor notifies the account. */
const ZERO_WIDTH_SPACE = '\u200B';

/** Entities for the characters that open HTML or end an attribute. */
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // An entity, not `\|`: a table splits cells on raw pipes before it reads escapes.
  '|': '&#124;',
};

/** Punctuation that starts emphasis, strikethrough, code, links, escapes, math or a heading's end. */
const INLINE_PUNCTUATION = /[\\`*_~[\]#$]/g;

const LINE_BREAKS = /\r\n|\r|\n/g;

/**
 * An `@` GitHub would link: a mention (not after a word character, as in `web@sha256:…`)
 * or the middle of an e-mail address (a dotted domain follows).
 */
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])|@(?=[A-Za-z0-9-]+\.[A-Za-z0-9])/g;

/** The shapes GFM turns into links without brackets: `scheme://…` and `www.…`. */
const BARE_URL_SCHEME = /:(?=\/\/)/g;
const BARE_WWW = /\b(www)\./gi;

/**
 * Markers that start a block when they open a line: a list, a thematic break, a
 * setext underline or an ordered list (`1.` / `1)`). Only the start of the text can
 * open a line, since line breaks are folded.
 */
const LEADING_BLOCK_MARKER = /^(?:[-+=]|(\d{1,9})([.)]))/;

/** Break `@mentions` and e-mail autolinks with a zero-width space after the `@`; image digests keep theirs. */
export function breakMentions(text: string): string {
  return text.replace(MENTION, `@${ZERO_WIDTH_SPACE}`);
}

/** HTML-escape `& < > " '` (and `|`), e.g. for text inside a raw HTML element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'|]/g, (character) => HTML_ENTITIES[character] as string);
}

/**
 * Plain text for an inline markdown context: a table cell, a heading, a list item or
 * a line of prose. Line breaks are folded into spaces (a cell or heading cannot hold
 * one, and a blank line would end the block), surrounding whitespace is dropped (four
 * leading spaces would start a code block), HTML and markdown punctuation is escaped,
 * bare URLs stay unlinked and mentions are broken.
 */
export function markdownText(text: string): string {
  const escaped = escapeInline(text.replace(LINE_BREAKS, ' ').trim());
  return escaped.replace(LEADING_BLOCK_MARKER, (marker, digits?: string, delimiter?: string) =>
    digits !== undefined ? `${digits}\\${delimiter}` : `\\${marker}`,
  );
}

/** Backslash-escape markdown punctuation first (entities hold `#`), then HTML, mentions and bare URLs. */
function escapeInline(text: string): string {
  const punctuationEscaped = text.replace(INLINE_PUNCTUATION, '\\$&');
  return breakMentions(escapeHtml(punctuationEscaped))
    .replace(BARE_URL_SCHEME, '\\:')
    .replace(BARE_WWW, '$1\\.');
}

/** The longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  let current = 0;
  for (const character of text) {
    current = character === '`' ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

/**
 * Inline code showing `text` verbatim: the backtick fence is longer than any run of
 * backticks inside, padded with a space where the text starts or ends with a backtick
 * or a space (which the fence would otherwise swallow). Line breaks become spaces,
 * as in any code span.
 *
 * A table reads `\|` as an escaped pipe even inside code, so text holding a backslash
 * right before a pipe cannot be a code span in a cell; it is written as an HTML
 * `<code>` element with escaped text instead, which reads the same everywhere.
 */
export function markdownCode(text: string): string {
  const oneLine = text.replace(LINE_BREAKS, ' ');
  if (oneLine.length === 0) return '';
  if (oneLine.includes('\\|')) return `<code>${escapeInline(oneLine)}</code>`;
  const fence = '`'.repeat(longestBacktickRun(oneLine) + 1);
  const pad = /^[ `]|[ `]$/.test(oneLine) ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** Only word characters, `+`, `.` and `-`: an info string cannot end the fence line or add attributes. */
const SAFE_LANGUAGE = /^[\w+.-]{1,32}$/;

/**
 * A fenced code block showing `text` verbatim: the fence is longer than any run of
 * backticks inside (a tilde run cannot close a backtick fence), and the language is
 * dropped unless it is a plain word.
 */
export function markdownCodeBlock(text: string, language = ''): string {
  const body = text.replace(LINE_BREAKS, '\n').replace(/\n$/, '');
  const fence = codeFence(body);
  return `${fence}${SAFE_LANGUAGE.test(language) ? language : ''}\n${body}\n${fence}`;
}

/** The backtick fence for a code block holding `text`. */
function codeFence(text: string): string {
  return '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
}

/**
 * Text for `<summary>` (or any raw HTML element on one line): inside an HTML block
 * markdown is not read, so it is HTML-escaped rather than backslash-escaped, folded
 * onto one line (a blank line would end the HTML block), and mentions are broken.
 */
export function htmlText(text: string): string {
  return breakMentions(escapeHtml(text.replace(LINE_BREAKS, ' ').trim()));
}

/**
 * A collapsed section: `summary` is untrusted text, `body` is markdown already made
 * safe (e.g. a markdownCodeBlock). Blank lines around the body let it render as
 * markdown inside the HTML block.
 */
export function markdownDetails(summary: string, body: string): string {
  return `<details><summary>${htmlText(summary)}</summary>\n\n${body}\n\n</details>`;
}

/** Schemes a link we write may point at; anything else is shown as text. */
const LINKABLE = /^https?:\/\//i;

/**
 * A link with untrusted text and a URL we built (it may hold untrusted parts, e.g. a
 * file path): characters that would end the destination or the markdown around it
 * are percent-encoded. A URL that is not http(s) is shown as text, not linked.
 */
export function markdownLink(text: string, url: string): string {
  if (!LINKABLE.test(url)) return markdownText(text);
  const destination = url.replace(/[\s()<>"'`|\\[\]]/gu, percentEncode);
  return `[${markdownText(text)}](${destination})`;
}

/** `%XX` for each UTF-8 byte of one character. */
export function percentEncode(character: string): string {
  return [...Buffer.from(character, 'utf8')]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}

/**
 * One table row from cells that are markdown fragments (built with the functions
 * above): raw pipes, which can only come from code spans, are escaped (GFM restores
 * them inside code), and a line break would end the row, so it becomes `<br>`.
 */
export function markdownTableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(LINE_BREAKS, '<br>')).join(' | ')} |`;
}

/** A whole table: header row, delimiter row, then one row per entry. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    markdownTableRow(headers),
    `|${headers.map(() => ' --- |').join('')}`,
    ...rows.map(markdownTableRow),
  ].join('\n');
}
