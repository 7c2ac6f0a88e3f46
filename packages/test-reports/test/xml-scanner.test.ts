import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlScanner, XmlSyntaxError, type Attributes } from '../src/xml-scanner';

/*
 * The scanner reads a tag that is whole in its chunk in one pass, and falls back to its
 * resumable modes for a tag cut by a chunk's end. Fed in one piece, a document goes through
 * the one-pass reader; fed a few characters at a time, through the modes. Both must see the
 * same document: the same events, or the same error at the same line and column.
 */

/** Attribute names the recorder asks for (the handler API looks values up by name). */
const ASKED = ['name', 'classname', 'time', 'file', 'a', 'b', 'c', 'x', 'z', 'message'];

function events(document: string, chunkSize: number): string[] {
  const seen: string[] = [];
  let depth = 0;
  const scanner = new XmlScanner({
    open(name: string, attributes: Attributes, selfClosing: boolean) {
      depth++;
      const values = ASKED.map((asked) => `${asked}=${JSON.stringify(attributes.get(asked))}`);
      seen.push(`open ${name}${selfClosing ? '/' : ''} ${values.join(' ')}`);
    },
    close(name: string) {
      depth--;
      seen.push(`close ${name}`);
    },
    // Text is wanted at odd depths only, so both wanted and skipped text are exercised.
    wantText: () => depth % 2 === 1,
    text(text: string) {
      // Text may arrive in pieces; merge them so chunking does not show.
      const last = seen.length - 1;
      if (seen[last]?.startsWith('text ')) seen[last] += text;
      else seen.push(`text ${text}`);
    },
  });
  try {
    for (let index = 0; index < document.length; index += chunkSize)
      scanner.write(document.slice(index, index + chunkSize));
    scanner.end();
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    seen.push(`error ${error.line}:${error.column} ${error.reason}`);
  }
  return seen;
}

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const realReports = readdirSync(fixtures)
  .filter((file) => file.endsWith('.xml'))
  .map((file) => [file, readFileSync(join(fixtures, file), 'utf8')] as const);

const shapes: Array<[string, string]> = [
  ['spaces around "=", both quotes', `<r a = "1"\tb=\n'2' ><x c="3"/ ></r >`],
  ['attributes without a space between them', '<r a="1"b="2"/>'],
  ['a repeated attribute (the last one counts)', '<r a="1" a="2"/>'],
  ['references in values', '<r a="&lt;&amp;&gt;&quot;&apos;" b="&#233;&#x2713;" c="x&#10;y"/>'],
  ['references in text', '<r><x>a &amp; b</x>&lt;c&gt;</r>'],
  ['"<" inside a value', '<r>\n  <x a="1<2"/></r>'],
  ['an unquoted value', '<r>\n<x a=1/></r>'],
  ['an attribute without a value', '<r><x a/></r>'],
  ['an attribute without a value before ">"', '<r><x a></x></r>'],
  ['a value without an attribute name', '<r><x ="1"/></r>'],
  ['a tag without a name', '<r>< x/></r>'],
  ['"/" not followed by ">"', '<r><x/ ></r>'],
  ['a control character in a tag', '<r><x\u0001a="1"/></r>'],
  ['an unknown entity in a value', '<r>\n <x a="a &nbsp; b"/></r>'],
  ['a stray "&" in a value', '<r><x a="a & b"/></r>'],
  ['a bad character reference', '<r><x a="&#xZZ;"/></r>'],
  ['a reference too long', '<r><x a="&#x0000000000041;"/></r>'],
  ['closing tags with spaces before ">"', '<r><x></x \n></r\t>'],
  ['a closing tag longer than the open one', '<r><x></xy></r>'],
  ['a closing tag shorter than the open one', '<r><xy></x></r>'],
  ['a closing tag without an open element', '<r></r></r>'],
  ['a second root', '<r/>\n<s/>'],
  ['text outside the root', '<r/>\nstray'],
  ['a truncated tag', '<r><x a="1"'],
  ['a truncated document', '<r><x>'],
  [
    'comments, CDATA, PI and DOCTYPE',
    '<?xml version="1.0"?><!DOCTYPE r [ <!ENTITY e "x"> ]><!-- <r/> --><r><x><![CDATA[<&>]]></x><?pi x?></r>',
  ],
  ['CDATA outside the root', '<![CDATA[x]]><r/>'],
  ['a "<!" that is nothing known', '<r><!x></r>'],
  [
    'more attributes than are kept (256: x is the last kept, z is dropped)',
    `<r${Array.from({ length: 255 }, (_, index) => ` f${index}="${index}"`).join('')} x="kept" z="dropped"/>`,
  ],
  ['a name right before a "<"', '<r><x a="1"<y/></x></r>'],
  ['non-ASCII names and values', '<r><tëst näme="ünïcødé 😀"/></r>'],
  ['lone surrogates in names, twice', '<r><t\ud800 a="1"/><t\ud800 a="2"/><t\udc00/><t\udc00/></r>'],
  [
    'names of one length and first character, over and over',
    `<r>${Array.from({ length: 40 }, (_, index) => `<a${index % 20} a${index % 17}="${index}" b="${index}"/>`).join('')}</r>`,
  ],
];

describe('the one-pass tag reader sees what the resumable modes see', () => {
  const sameInAnyChunks = (document: string): void => {
    const whole = events(document, document.length || 1);
    for (const chunkSize of [1, 2, 3, 5, 8, 13]) expect(events(document, chunkSize)).toEqual(whole);
  };

  test.each(realReports)('%s', (_what, document) => sameInAnyChunks(document));

  // Inside another element too: a tag is read in one pass only when a '<' follows it in the chunk.
  test.each(shapes)('%s', (_what, shape) => {
    sameInAnyChunks(shape);
    sameInAnyChunks(`<doc>\n${shape}\n</doc>`);
  });

  test('the documents above do reach the one-pass reader and its errors', () => {
    // Not vacuous: in one piece, the real reports yield their tests and the broken shapes fail.
    const opened = events(realReports[0]?.[1] ?? '', Infinity).filter((event) => event.startsWith('open '));
    expect(opened.length).toBeGreaterThan(3);
    expect(events('<r>\n  <x a="1<2"/></r>', 1000).at(-1)).toMatch(
      /^error 2:10 "<" inside the value of attribute a in <x>/,
    );
    expect(events('<r a="1" a="2"/>', 1000)[0]).toContain('a="2"');
  });
});
