import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMENT_LIMIT, CHECK_OUTPUT_LIMIT, stickyMarker } from '@shipchain/github-publish';
import { LocationResolver, Quarantine, collectReports } from '@shipchain/test-reports';
import { evaluateGate, parseFailOn } from '../../src/gate';
import { stageTiming } from '../../src/budget';
import { reportRenderer, type ReportView } from '../../src/markdown';
import { inspectMarkdown, readableText, type RenderedMarkdown } from '../../../../test/markdown/gfm';

/** Test names, messages and details a hostile pull request can put in its own test reports. */
const HOSTILE_NAMES = [
  '</details><img src=x onerror=alert(1)>',
  '## heading @octocat',
  '<!-- shipchain:sticky:test-gate:unit -->',
  'pipe | in ` name ``',
  '[click](https://evil.example) ![x](https://evil.example/x.png) www.evil.example',
  '- list *bold* _em_ ~~strike~~ > quote',
];
const HOSTILE_MESSAGE = 'expected <script>alert(1)</script> | @github/security-team `x` https://evil.example';
const HOSTILE_DETAILS = '```\n</details>\n<img src=x onerror=alert(1)>\n## not a heading\n```';

const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function junit(names: readonly string[], message: string, details: string): string {
  const cases = names.map(
    (name, index) =>
      `<testcase classname="${xml(name)}" name="${xml(`${name} ${index}`)}" file="src/${xml(name)}.ts" time="${index + 1}">` +
      `<failure message="${xml(message)}">${xml(details)}</failure></testcase>`,
  );
  const flaky = `<testcase classname="retry" name="${xml(names[0] ?? '')}" time="0.1"><flakyFailure message="${xml(message)}"/></testcase>`;
  const quarantined = `<testcase classname="quarantined" name="${xml(names[2] ?? '')}" time="0.1"><failure message="${xml(message)}"/></testcase>`;
  return `<?xml version="1.0"?>\n<testsuites><testsuite name="suite" tests="${names.length + 2}">${cases.join('')}${flaky}${quarantined}</testsuite></testsuites>\n`;
}

/** A closing-tag name that runs over blank lines: the parse error quotes it, backtick and all. */
const BROKEN_REPORT =
  '<testsuite><testcase name="a"></test\n\n## case @octocat\n`<img src=x onerror=alert(1)>></testsuite>';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'test-gate-markdown-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function renderFor(
  label: string,
  names: readonly string[],
  message: string,
  details: string,
): Promise<(budget: number) => string> {
  const workspace = join(root, label);
  mkdirSync(join(workspace, 'reports'), { recursive: true });
  writeFileSync(join(workspace, 'reports', 'junit.xml'), junit(names, message, details));
  writeFileSync(join(workspace, 'reports', 'broken.xml'), BROKEN_REPORT);
  const quarantine = Quarantine.parse('quarantined › *\n', 'quarantine.txt');
  const paths = ['reports/junit.xml', 'reports/broken.xml'];
  const run = await collectReports(paths, {
    format: 'auto',
    quarantine,
    resolvePath: (path) => join(workspace, path),
  });
  const verdict = evaluateGate(
    { failOn: parseFailOn(['failures']), failOnEmpty: true, failOnParseError: true },
    { totals: run.collector.totals, reports: run.reports },
  );
  const view: ReportView = {
    name: 'unit',
    verdict,
    collector: run.collector,
    reports: run.reports,
    locations: new LocationResolver(workspace),
    blobUrl: 'https://github.com/acme/web/blob/0123456789abcdef',
    releasable: [{ pattern: names[1] ?? '', streak: 3 }],
    shardNote: `Shard 1 of 2: ${names[0] ?? ''}`,
    // Over budget because of one file (named by the reports) too long for any shard count.
    timing: stageTiming(
      {
        mode: { kind: 'merge', total: 2 },
        testsMs: 3_300,
        records: {
          total: 2,
          records: [
            { run: '1', attempt: 1, shard: 0, total: 2, commandMs: 300, testsMs: 200, files: {} },
            { run: '1', attempt: 1, shard: 1, total: 2, commandMs: 3_200, testsMs: 3_100, files: {} },
          ],
        },
      },
      2_000,
      new Map([[names[0] ?? '', 3_100]]),
    ),
  };
  return reportRenderer(view);
}

const BENIGN_NAMES = HOSTILE_NAMES.map((_, index) => `plain name ${index}`);

describe('test-gate report with hostile test names, messages, details and parse errors', () => {
  const budgets: Array<[string, number]> = [
    ['job summary', 1024 * 1024],
    ['check run', CHECK_OUTPUT_LIMIT],
    ['sticky comment', COMMENT_LIMIT - 200],
  ];
  test.each(budgets)('%s: renders as text, with the structure of a benign report', async (_, budget) => {
    const hostile = await renderFor(`hostile-${budget}`, HOSTILE_NAMES, HOSTILE_MESSAGE, HOSTILE_DETAILS);
    const benign = await renderFor(`benign-${budget}`, BENIGN_NAMES, 'expected 1 to be 2', 'at line 1');
    const page = inspectMarkdown(hostile(budget));
    const expected = inspectMarkdown(benign(budget));
    expectSameStructure(page, expected);
    expect(page.html).not.toMatch(/<(img|script)\b/);
    // Every name is still readable on the page.
    for (const name of HOSTILE_NAMES) expect(page.text).toContain(readableText(name));
  });

  test('degraded to failures only and cut to a small budget: still nothing injected', async () => {
    const hostile = await renderFor('small', HOSTILE_NAMES, HOSTILE_MESSAGE, HOSTILE_DETAILS);
    const benign = await renderFor('small-benign', BENIGN_NAMES, 'expected 1 to be 2', 'at line 1');
    const markdown = hostile(2_500);
    expect(markdown).toContain('Summary truncated');
    expect(markdown).not.toContain('Slowest tests');
    const page = inspectMarkdown(markdown);
    // The benign report's elements, and our notes that say what was left out (italic, quoted, bold).
    const notes = ['em[]', 'blockquote[]', 'strong[]'];
    const known = new Set([...inspectMarkdown(benign(1024 * 1024)).elements, ...notes]);
    expect(page.elements.filter((element) => !known.has(element))).toEqual([]);
    expect(page.mentions).toEqual([]);
    expect(page.links.every((link) => link.startsWith('https://github.com/acme/web/blob/'))).toBe(true);
    for (const rows of page.tableRows) expect(new Set(rows).size).toBe(1);
  });

  test('the parse error is quoted whole, as text', async () => {
    const hostile = await renderFor('parse-error', HOSTILE_NAMES, HOSTILE_MESSAGE, HOSTILE_DETAILS);
    const page = inspectMarkdown(hostile(1024 * 1024));
    expect(page.text).toContain(
      'closing tag </test ## case @octocat `<img src=x onerror=alert(1)> does not match',
    );
  });

  test('the stack trace is shown verbatim inside its collapsed section', async () => {
    const hostile = await renderFor('details', HOSTILE_NAMES, HOSTILE_MESSAGE, HOSTILE_DETAILS);
    const page = inspectMarkdown(hostile(1024 * 1024));
    expect(page.preformatted).toContain(`${HOSTILE_DETAILS}\n`);
    expect(page.elements.filter((element) => element === 'details[]')).toHaveLength(HOSTILE_NAMES.length);
  });

  test('the sticky comment holds only our marker, first', async () => {
    const hostile = await renderFor('comment', HOSTILE_NAMES, HOSTILE_MESSAGE, HOSTILE_DETAILS);
    const body = `${stickyMarker('test-gate:unit')}\n${hostile(COMMENT_LIMIT - 200)}`;
    expect(body.split('<!--')).toHaveLength(2);
    expect(inspectMarkdown(body).elements.filter((element) => element === '#comment')).toHaveLength(1);
  });
});

describe("a report whose runner's own totals differ from the counts read", () => {
  test('the warning names both figures, and the hostile report path stays text', async () => {
    const workspace = join(root, 'totals');
    const name = 'reports/@octocat [x](evil.example) <img src=x> `.tap';
    mkdirSync(join(workspace, 'reports'), { recursive: true });
    writeFileSync(
      join(workspace, name),
      "TAP version 13\n# Subtest: a\nok 1 - a\n  ---\n  duration_ms: 1\n  type: 'test'\n  ...\n1..1\n# tests 3\n# suites 0\n# pass 3\n# fail 0\n",
    );
    const run = await collectReports([name], {
      format: 'auto',
      resolvePath: (path) => join(workspace, path),
    });
    const view: ReportView = {
      name: 'unit',
      verdict: evaluateGate(
        { failOn: parseFailOn(['failures']), failOnEmpty: true, failOnParseError: true },
        { totals: run.collector.totals, reports: run.reports },
      ),
      collector: run.collector,
      reports: run.reports,
      locations: new LocationResolver(workspace),
      releasable: [],
    };
    const page = inspectMarkdown(reportRenderer(view)(1024 * 1024));
    expect(page.text).toContain('Report warnings');
    expect(page.text).toContain(
      `${name}: node:test's footer (# tests, # pass, # fail + # cancelled, # skipped + # todo): 3 tests, 3 passed, 0 failing, 0 skipped; test-gate read 1 tests, 1 passed, 0 failing, 0 skipped`,
    );
    expect(page.html).not.toMatch(/<img\b/);
    expect(page.links).toEqual([]);
    expect(page.mentions).toEqual([]);
  });
});

function expectSameStructure(page: RenderedMarkdown, expected: RenderedMarkdown): void {
  expect(page.elements).toEqual(expected.elements);
  expect(page.links).toEqual(
    expected.links.map((link) => expect.stringContaining(link.split('/src/')[0] ?? '')),
  );
  expect(page.mentions).toEqual([]);
  expect(page.tableRows).toEqual(expected.tableRows);
}
