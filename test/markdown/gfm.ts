/**
 * Renders markdown with a real GFM renderer (micromark with the GFM extensions: tables,
 * autolink literals, strikethrough, task lists, footnotes) and reads the HTML back with
 * a real HTML parser, so tests can ask what a reader on GitHub would get: which elements
 * and links, which @mentions GitHub would link, how many cells each table row has, and
 * what text is visible.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { parseFragment } from 'parse5';

/** Raw HTML passes through, as on GitHub (which sanitises afterwards): an injected tag must show up here. */
export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
  });
}

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  data?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
}

export interface RenderedMarkdown {
  html: string;
  /** Every element as `tag[attribute,…]`, plus `#comment` for HTML comments, in document order. */
  elements: string[];
  /** href of every link. */
  links: string[];
  /** `@name` GitHub would link (text outside code, pre and links). */
  mentions: string[];
  /** For each table, the cell count of each row, header first. */
  tableRows: number[][];
  /** Visible text, whitespace collapsed, zero-width spaces removed. */
  text: string;
  /** The text of every `<pre>`, verbatim. */
  preformatted: string[];
}

/** What GitHub's mention filter links: `@` not after a word character, then a login or org/team. */
const GITHUB_MENTION = /(?:^|\W)@([a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)?)/gi;

/** Elements that flow with the text around them; any other starts a new line on the page. */
const INLINE = new Set([
  'a',
  'code',
  'em',
  'strong',
  'del',
  'span',
  'b',
  'i',
  's',
  'sub',
  'sup',
  'kbd',
  'img',
]);

/** Tags inside which GitHub links no mention. */
const NO_MENTIONS = new Set(['code', 'pre', 'a', 'script', 'style']);

export function readableText(text: string): string {
  return text
    .replace(/\u200B/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function inspectMarkdown(markdown: string): RenderedMarkdown {
  const html = renderGfm(markdown);
  const result: RenderedMarkdown = {
    html,
    elements: [],
    links: [],
    mentions: [],
    tableRows: [],
    text: '',
    preformatted: [],
  };
  const texts: string[] = [];
  const walk = (node: HtmlNode, mentionable: boolean, table?: number[]): void => {
    if (node.nodeName === '#text') {
      const value = node.value ?? '';
      texts.push(value);
      if (mentionable)
        for (const match of value.matchAll(GITHUB_MENTION)) result.mentions.push(match[1] ?? '');
      return;
    }
    if (node.nodeName === '#comment') {
      result.elements.push('#comment');
      return;
    }
    let rows = table;
    if (node.tagName) {
      const attributes = (node.attrs ?? []).map((attribute) => attribute.name).sort();
      result.elements.push(`${node.tagName}[${attributes.join(',')}]`);
      if (node.tagName === 'a') result.links.push(node.attrs?.find((a) => a.name === 'href')?.value ?? '');
      if (node.tagName === 'table') {
        rows = [];
        result.tableRows.push(rows);
      }
      if (node.tagName === 'tr') rows?.push(0);
      if ((node.tagName === 'td' || node.tagName === 'th') && rows && rows.length > 0)
        rows[rows.length - 1] = (rows[rows.length - 1] ?? 0) + 1;
      if (node.tagName === 'pre') result.preformatted.push(textOf(node));
    }
    // Block boundaries read as spaces, as they do on the page.
    const block = node.tagName !== undefined && !INLINE.has(node.tagName);
    if (block) texts.push(' ');
    const inner = mentionable && !NO_MENTIONS.has(node.tagName ?? '');
    for (const child of node.childNodes ?? []) walk(child, inner, rows);
    if (block) texts.push(' ');
  };
  walk(parseFragment(html) as unknown as HtmlNode, true);
  result.text = readableText(texts.join(''));
  return result;
}

function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}
