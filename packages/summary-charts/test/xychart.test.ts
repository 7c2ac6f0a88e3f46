// Charts checked by Mermaid's own parser, and rendered through a real GFM renderer: hostile
// labels stay labels, the block stays one mermaid code block.
import { describe, expect, test } from '@jest/globals';
import { inspectMarkdown } from '../../../test/markdown/gfm';
import { mermaidBlocks, parseMermaid, parseMermaidAll } from '../../../test/markdown/mermaid';
import { chartLabel, xyChartBlock, xyChartSource } from '../src/index';

const HOSTILE = [
  'he said "stop"',
  '```\n# injected heading\n```',
  '%%{init: {"theme": "dark"}}%%',
  '<img src=x onerror=alert(1)>',
  'line\nbreak\r\u2028sep',
  '@octocat [link](https://evil.example)',
];

describe('xychart', () => {
  test('a plain chart is what Mermaid parses as an xychart', async () => {
    const source = xyChartSource({
      title: 'Deployments per week',
      categories: ['2026-01-05', '2026-01-12', '2026-01-19'],
      yAxis: { title: 'deployments' },
      series: [
        { kind: 'bar', values: [3, 0, 12] },
        { kind: 'line', values: [0.5, 1.25, 2] },
      ],
    });
    expect(source).toBe(
      [
        'xychart-beta',
        '  title "Deployments per week"',
        '  x-axis ["2026-01-05", "2026-01-12", "2026-01-19"]',
        '  y-axis "deployments" 0 --> 12',
        '  bar [3, 0, 12]',
        '  line [0.5, 1.25, 2]',
      ].join('\n'),
    );
    expect(await parseMermaid(source)).toBe('xychart');
  });

  test('Mermaid rejects what the escaping prevents: the parser is really checking', async () => {
    await expect(parseMermaid('xychart-beta\n  title "a"b"\n  x-axis ["x"]\n  bar [1]')).rejects.toThrow();
  });

  test('hostile labels stay labels: Mermaid parses every chart, GFM sees one code block', async () => {
    const blocks = HOSTILE.map((label) =>
      xyChartBlock({
        title: label,
        categories: [label, 'ok'],
        yAxis: { title: label },
        series: [{ kind: 'bar', values: [1, Number.NaN] }],
      }),
    );
    const sources = blocks.map((block) => mermaidBlocks(block)[0] as string);
    // One Mermaid process for all of them: it takes a second or two to load.
    expect(await parseMermaidAll(sources)).toEqual(HOSTILE.map(() => ({ type: 'xychart' })));
    for (const [i, block] of blocks.entries()) {
      expect(sources[i]?.split('\n')).toHaveLength(5);
      expect(sources[i]).not.toContain('%%');
      const rendered = inspectMarkdown(block);
      expect(rendered.elements).toEqual(['pre[]', 'code[class]']);
      expect(rendered.mentions).toEqual([]);
    }
  });

  test('labels: quotes, fences, directives and HTML are neutralised; long ones are cut', () => {
    expect(chartLabel('a "b" `c` <d> %%e')).toBe("a 'b' 'c' ‹d› % %e");
    expect(chartLabel('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  test('an all-zero series still gets an axis, and a wrong length is refused', () => {
    expect(
      xyChartSource({
        title: 't',
        categories: ['a'],
        yAxis: { title: 'y' },
        series: [{ kind: 'bar', values: [0] }],
      }),
    ).toContain('y-axis "y" 0 --> 1');
    expect(() =>
      xyChartSource({
        title: 't',
        categories: ['a', 'b'],
        yAxis: { title: 'y' },
        series: [{ kind: 'bar', values: [1] }],
      }),
    ).toThrow(RangeError);
  });
});
