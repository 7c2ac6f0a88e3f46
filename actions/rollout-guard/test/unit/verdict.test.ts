// The rollback's reason and measurements trailers, and the summary rendered by a real GFM renderer:
// hostile metric names and server messages stay text, the chart is Mermaid that parses.
import { describe, expect, test } from '@jest/globals';
import type { AnalysisRunResult, MetricResult } from '@shipchain/rollout-analysis';
import { inspectMarkdown } from '../../../../test/markdown/gfm';
import { mermaidBlocks, parseMermaidAll } from '../../../../test/markdown/mermaid';
import { renderSummary } from '../../src/summary';
import { compactMeasurements, rollbackReason, shortValue } from '../../src/verdict';

const at = (s: number) => new Date(Date.UTC(2026, 11, 3, 4, 0, s)).toISOString();
const measurement = (
  phase: 'Successful' | 'Failed' | 'Error' | 'Inconclusive',
  samples: number[],
  s: number,
  message?: string,
) => ({
  phase,
  ...(phase === 'Error' ? {} : { value: `[${samples.join(' ')}]` }),
  samples,
  startedAt: at(s),
  finishedAt: at(s),
  ...(message ? { message } : {}),
});

function metric(overrides: Partial<MetricResult>): MetricResult {
  return {
    name: 'success-rate',
    phase: 'Failed',
    dryRun: false,
    count: 3,
    successful: 1,
    failed: 2,
    inconclusive: 0,
    error: 0,
    consecutiveError: 0,
    consecutiveSuccess: 0,
    measurements: [
      measurement('Successful', [0.99871234], 1),
      measurement('Failed', [0.51234], 2),
      measurement('Failed', [0.4987], 3),
    ],
    successCondition: 'result[0] >= 0.95',
    query: 'sum(rate(x[5m]))',
    message: 'failed (2) > failureLimit (1)',
    ...overrides,
  };
}

const run = (metrics: MetricResult[], phase: AnalysisRunResult['phase'] = 'Failed'): AnalysisRunResult => ({
  phase,
  message: 'Metric "success-rate" assessed Failed due to failed (2) > failureLimit (1)',
  startedAt: at(0),
  finishedAt: at(3),
  metrics,
  runSummary: { count: 1, successful: 0, failed: 1, inconclusive: 0, error: 0 },
  dryRunSummary: { count: 0, successful: 0, failed: 0, inconclusive: 0, error: 0 },
});

describe('rollback trailers', () => {
  test('the reason names the deciding metric, its failing value and the condition', () => {
    const dry = metric({ name: 'dry', dryRun: true, measurements: [measurement('Failed', [7], 1)] });
    expect(rollbackReason(run([dry, metric({})]))).toBe(
      'analysis Failed: metric success-rate [0.4987] vs result[0] >= 0.95',
    );
    expect(compactMeasurements(metric({}))).toBe(
      '[0.9987], [0.5123], [0.4987] (failed (2) > failureLimit (1))',
    );
  });

  test('an Error verdict gives the measurement message; long range results are cut', () => {
    const errored = metric({
      phase: 'Error',
      measurements: [
        measurement('Error', [], 1, 'Post "http://127.0.0.1:1/api/v1/query": connection refused'),
      ],
    });
    expect(rollbackReason(run([errored], 'Error'))).toBe(
      'analysis Error: metric success-rate: Post "http://127.0.0.1:1/api/v1/query": connection refused',
    );
    expect(shortValue(measurement('Failed', [1, 2, 3, 4, 5, 6, 7], 1))).toBe('[1 2 3 4 5 …]');
  });
});

describe('summary', () => {
  test('the chart draws the measurements and the threshold of a plain comparison', async () => {
    const markdown = renderSummary({ result: run([metric({})]), action: 'Rolled back.' }, 100_000);
    const [chart] = mermaidBlocks(markdown);
    expect(chart).toContain('line [0.999, 0.512, 0.499]');
    expect(chart).toContain('line [0.95, 0.95, 0.95]');
    expect(await parseMermaidAll([chart as string])).toEqual([{ type: 'xychart' }]);
  });

  test('untrusted names and messages stay text; the chart parses', async () => {
    const hostile = metric({
      name: 'rate <img src=x onerror=alert(1)> @admins | x',
      measurements: [
        measurement('Inconclusive', [0.2], 1, 'no data: <script>alert(1)</script> ::error::x @octocat'),
      ],
    });
    const markdown = renderSummary(
      { result: run([hostile]), action: 'Not rolled back: on-failure is none.' },
      100_000,
    );
    const inspected = inspectMarkdown(markdown);
    expect(inspected.elements.filter((e) => /^(img|script)/.test(e))).toEqual([]);
    expect(inspected.mentions).toEqual([]);
    expect(inspected.text).toContain('<img src=x onerror=alert(1)>');
    expect(inspected.tableRows[0]).toEqual([5, 5]);
    const charts = mermaidBlocks(markdown);
    expect(charts.length).toBe(1);
    expect(await parseMermaidAll(charts)).toEqual([{ type: 'xychart' }]);
  });
});
