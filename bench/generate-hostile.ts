import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { ReportFormat } from '../packages/test-reports/src/index';

/**
 * Hostile reports, each built around one huge token, written as a stream (never held in
 * memory). The repeated text is path-like with no ':' and no whitespace — the shape that
 * made the location search backtrack — unless the case needs something else.
 */
export interface HostileCase {
  name: string;
  format: ReportFormat;
  /** What the report holds, in a few words. */
  what: string;
  /** Tests the parser must read (a refused report has none). */
  tests: number;
  write(out: Writer, bytes: number): Promise<void>;
}

export type Writer = (text: string) => Promise<void>;

const PATH_LIKE = 'src/module/feature.test.ts/';

/** Write `unit` repeatedly until about `bytes` bytes are out. */
async function repeat(out: Writer, unit: string, bytes: number): Promise<void> {
  const block = unit.repeat(Math.max(1, Math.floor((64 * 1024) / unit.length)));
  for (let written = 0; written < bytes; written += block.length) await out(block);
}

const suite = (inner: string): [string, string] => [
  `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites><testsuite name="hostile">\n${inner}`,
  '\n</testsuite></testsuites>\n',
];

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'xml-attribute',
    format: 'junit',
    what: 'one 16 MB attribute (a failing test name)',
    tests: 1,
    async write(out, bytes) {
      const [head, tail] = suite('<testcase classname="c" name="');
      await out(head);
      await repeat(out, PATH_LIKE, bytes);
      await out(`"><failure message="m">at ${PATH_LIKE}x.ts:3:1</failure></testcase>${tail}`);
    },
  },
  {
    name: 'junit-failure-message',
    format: 'junit',
    what: 'a 16 MB failure message attribute',
    tests: 1,
    async write(out, bytes) {
      const [head, tail] = suite('<testcase classname="c" name="t"><failure message="');
      await out(head);
      await repeat(out, PATH_LIKE, bytes);
      await out(`">body</failure></testcase>${tail}`);
    },
  },
  {
    name: 'junit-failure-text',
    format: 'junit',
    what: '16 MB of failure text with entity references',
    tests: 1,
    async write(out, bytes) {
      const [head, tail] = suite('<testcase classname="c" name="t"><failure message="m">');
      await out(head);
      await repeat(out, `${PATH_LIKE}&amp;&lt;&#233;`, bytes);
      await out(`</failure></testcase>${tail}`);
    },
  },
  {
    name: 'junit-cdata',
    format: 'junit',
    what: 'a 16 MB CDATA failure body',
    tests: 1,
    async write(out, bytes) {
      const [head, tail] = suite('<testcase classname="c" name="t"><failure message="m"><![CDATA[');
      await out(head);
      await repeat(out, PATH_LIKE, bytes);
      await out(`]]></failure></testcase>${tail}`);
    },
  },
  {
    name: 'xml-comment',
    format: 'junit',
    what: 'a 16 MB comment',
    tests: 1,
    async write(out, bytes) {
      const [head, tail] = suite('<!-- ');
      await out(head);
      await repeat(out, `${PATH_LIKE}- `, bytes);
      await out(` --><testcase classname="c" name="t"/>${tail}`);
    },
  },
  {
    name: 'xml-many-attributes',
    format: 'junit',
    what: 'one tag with 16 MB of attributes',
    tests: 1,
    async write(out, bytes) {
      const [head, tail] = suite('<testcase classname="c" name="t"');
      await out(head);
      let index = 0;
      for (let written = 0; written < bytes;) {
        let block = '';
        for (let count = 0; count < 2048; count++) block += ` a${index++}="${PATH_LIKE}"`;
        await out(block);
        written += block.length;
      }
      await out(`/>${tail}`);
    },
  },
  {
    name: 'xml-tag-name',
    format: 'junit',
    what: 'a 16 MB element name inside a test',
    tests: 1,
    async write(out, bytes) {
      const [head, tail] = suite('<testcase classname="c" name="t"><');
      await out(head);
      await repeat(out, 'x'.repeat(64), bytes);
      await out(`/></testcase>${tail}`);
    },
  },
  {
    name: 'xml-processing-instruction',
    format: 'junit',
    what: 'a 16 MB processing instruction',
    tests: 1,
    async write(out, bytes) {
      await out('<?xml version="1.0"?>\n<?pi ');
      await repeat(out, `${PATH_LIKE}? `, bytes);
      await out('?>\n<testsuite name="s"><testcase name="t"/></testsuite>\n');
    },
  },
  {
    name: 'tap-description',
    format: 'tap',
    what: 'a failing TAP test with a 16 MB description',
    tests: 1,
    async write(out, bytes) {
      await out('TAP version 13\n1..1\nnot ok 1 - ');
      await repeat(out, PATH_LIKE, bytes);
      await out('\n');
    },
  },
  {
    name: 'tap-yaml',
    format: 'tap',
    what: 'a 16 MB YAML diagnostics block',
    tests: 1,
    async write(out, bytes) {
      await out(
        `TAP version 13\n1..1\nnot ok 1 - t\n  ---\n  location: '${PATH_LIKE}x.ts:1:1'\n  stack: |-\n`,
      );
      await repeat(out, `    at ${PATH_LIKE} (${PATH_LIKE}\n`, bytes);
      await out('  ...\n');
    },
  },
  {
    name: 'prove-long-lines',
    format: 'tap',
    what: "prove's console log, 16 MB of half-megabyte lines with stray \\r",
    tests: 2,
    async write(out, bytes) {
      await out('t/a.t .. \n1..2\nok 1 - a\n');
      const half = 256 * 1024;
      // Shapes that made the line patterns backtrack: spaces, then text, then a \r mid-line.
      const lines = [
        `ok${' '.repeat(half)}${'a'.repeat(half)}\rb\n`,
        `x${' ..skipped'.repeat(half / 10)}\rb\n`,
        `# Subtest:${' '.repeat(half)}${'a'.repeat(half)}\rb\n`,
        `Bail out!${' '.repeat(half)}${'a'.repeat(half)}\rb\n`,
      ];
      for (let written = 0, index = 0; written < bytes; index++) {
        const line = lines[index % lines.length] as string;
        await out(line);
        written += line.length;
      }
      await out('ok 2 - b\n');
    },
  },
  {
    name: 'ctrf-message',
    format: 'ctrf',
    what: 'a CTRF failure with a 16 MB message',
    tests: 1,
    async write(out, bytes) {
      await out(
        '{"results":{"tool":{"name":"x"},"tests":[{"name":"t","status":"failed","duration":1,"message":"',
      );
      await repeat(out, PATH_LIKE, bytes);
      await out(`","trace":"at ${PATH_LIKE}x.ts:1:1"}]}}\n`);
    },
  },
];

/** Write one case's report to `path`, about `bytes` bytes of hostile content. */
export async function writeHostile(path: string, hostile: HostileCase, bytes: number): Promise<void> {
  const stream = createWriteStream(path);
  await hostile.write(async (text) => {
    if (!stream.write(text)) await once(stream, 'drain');
  }, bytes);
  stream.end();
  await once(stream, 'finish');
}
