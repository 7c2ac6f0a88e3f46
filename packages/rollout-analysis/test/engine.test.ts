import { describe, expect, it } from '@jest/globals';
import { isConfigurationError } from '@shipchain/action-runtime';
import { loadAnalysis, ProviderError, runAnalysis } from '../src';
import type { AnalysisSpec, Clock, MetricProvider, MetricSpec, ProviderResult } from '../src';

const START = Date.parse('2026-03-01T12:00:00Z');

/** A clock whose sleep moves time forward at once, so minutes of analysis run in microseconds. */
function fakeClock(): Clock & { slept: number[] } {
  let now = START;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

type Step = number | number[] | 'empty' | Error;

/** Answers each metric's measurements from a script; the last entry repeats. */
function scripted(script: Record<string, Step[]>): MetricProvider & { calls: Record<string, number[]> } {
  const calls: Record<string, number[]> = {};
  return {
    calls,
    async measure(metric: MetricSpec, { now }): Promise<ProviderResult> {
      const list = (calls[metric.name] ??= []);
      list.push(now);
      const steps = script[metric.name] ?? [];
      const step = steps[Math.min(list.length - 1, steps.length - 1)] as Step;
      if (step instanceof Error) throw step;
      if (step === 'empty')
        return { value: [], empty: true, description: `query "q" at ${new Date(now).toISOString()}` };
      return { value: typeof step === 'number' ? [step] : step, empty: false, description: 'query "q"' };
    },
  };
}

function analysis(metrics: string): AnalysisSpec {
  return loadAnalysis({
    source: 'analysis.yaml',
    text: `metrics:\n${metrics
      .trim()
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n')}\n`,
  });
}

const provider = `provider:\n    prometheus:\n      address: http://prometheus:9090\n      query: q`;

describe('runAnalysis with Argo Rollouts semantics', () => {
  it('takes one measurement when there is no interval (count defaults to 1)', async () => {
    const clock = fakeClock();
    const fake = scripted({ rate: [0.99] });
    const result = await runAnalysis(
      analysis(`- name: rate\n  successCondition: result[0] >= 0.95\n  ${provider}`),
      { provider: fake, clock },
    );
    expect(result.phase).toBe('Successful');
    expect(fake.calls.rate).toHaveLength(1);
    expect(result.metrics[0]).toMatchObject({ count: 1, successful: 1, phase: 'Successful' });
    expect(result.metrics[0]?.measurements[0]).toMatchObject({
      phase: 'Successful',
      value: '[0.99]',
      samples: [0.99],
    });
  });

  it('measures count times at the interval after the initialDelay', async () => {
    const clock = fakeClock();
    const fake = scripted({ rate: [0.99] });
    const spec = analysis(
      `- name: rate\n  interval: 30s\n  initialDelay: 1m\n  count: 3\n  successCondition: result[0] >= 0.95\n  ${provider}`,
    );
    const result = await runAnalysis(spec, { provider: fake, clock });
    expect(result.phase).toBe('Successful');
    expect(fake.calls.rate).toEqual([START + 60_000, START + 90_000, START + 120_000]);
  });

  it('fails once failed measurements exceed failureLimit, and stops measuring then', async () => {
    const clock = fakeClock();
    const fake = scripted({ rate: [0.99, 0.5, 0.4, 0.99] });
    const spec = analysis(
      `- name: rate\n  interval: 10s\n  count: 10\n  failureLimit: 1\n  successCondition: result[0] >= 0.95\n  ${provider}`,
    );
    const result = await runAnalysis(spec, { provider: fake, clock });
    expect(result.phase).toBe('Failed');
    expect(fake.calls.rate).toHaveLength(3);
    expect(result.message).toBe('Metric "rate" assessed Failed due to failed (2) > failureLimit (1)');
  });

  it('fails on the first failure with the default failureLimit of 0', async () => {
    const result = await runAnalysis(
      analysis(
        `- name: errors\n  interval: 1m\n  count: 5\n  failureCondition: result[0] >= 10\n  ${provider}`,
      ),
      {
        provider: scripted({ errors: [3, 12] }),
        clock: fakeClock(),
      },
    );
    expect(result.phase).toBe('Failed');
    expect(result.metrics[0]?.measurements.map((m) => m.phase)).toEqual(['Successful', 'Failed']);
  });

  it('is Inconclusive when neither condition holds, beyond inconclusiveLimit', async () => {
    const spec = analysis(
      `- name: rate\n  interval: 1m\n  count: 4\n  inconclusiveLimit: 1\n  successCondition: result[0] >= 0.90\n  failureCondition: result[0] < 0.50\n  ${provider}`,
    );
    const result = await runAnalysis(spec, { provider: scripted({ rate: [0.7] }), clock: fakeClock() });
    expect(result.phase).toBe('Inconclusive');
    expect(result.metrics[0]).toMatchObject({
      inconclusive: 2,
      message: 'inconclusive (2) > inconclusiveLimit (1)',
    });
  });

  it('ends in Error after more than consecutiveErrorLimit (default 4) errors, retrying at the error interval', async () => {
    const clock = fakeClock();
    const fake = scripted({
      rate: [new ProviderError('could not reach Prometheus at http://prometheus:9090: ECONNREFUSED', false)],
    });
    const result = await runAnalysis(
      analysis(`- name: rate\n  successCondition: result[0] >= 0.95\n  ${provider}`),
      {
        provider: fake,
        clock,
        errorRetryIntervalMs: 10_000,
      },
    );
    expect(result.phase).toBe('Error');
    expect(fake.calls.rate).toHaveLength(5);
    expect(clock.slept).toEqual([10_000, 10_000, 10_000, 10_000]);
    expect(result.metrics[0]).toMatchObject({ error: 5, count: 0, consecutiveError: 5 });
    expect(result.message).toContain('consecutiveErrors (5) > consecutiveErrorLimit (4)');
    expect(result.message).toContain('ECONNREFUSED');
  });

  it('resets the consecutive error count on a good measurement', async () => {
    const error = new ProviderError('HTTP 503', false);
    const spec = analysis(
      `- name: rate\n  interval: 1m\n  count: 2\n  consecutiveErrorLimit: 1\n  successCondition: result[0] >= 0.95\n  ${provider}`,
    );
    const result = await runAnalysis(spec, {
      provider: scripted({ rate: [error, 0.99, error, 0.99] }),
      clock: fakeClock(),
    });
    expect(result.phase).toBe('Successful');
    expect(result.metrics[0]).toMatchObject({ error: 2, count: 2 });
  });

  it('ends at once in Error when the server rejects the query (retrying cannot help)', async () => {
    const fake = scripted({
      rate: [new ProviderError('Prometheus rejected the query (HTTP 400): bad_data: parse error', true)],
    });
    const result = await runAnalysis(
      analysis(`- name: rate\n  successCondition: result[0] >= 0.95\n  ${provider}`),
      { provider: fake, clock: fakeClock() },
    );
    expect(result.phase).toBe('Error');
    expect(fake.calls.rate).toHaveLength(1);
    expect(result.message).toContain('parse error');
  });

  it('reports an empty result as Inconclusive naming the query and time, without hanging', async () => {
    const result = await runAnalysis(
      analysis(`- name: rate\n  successCondition: result[0] >= 0.95\n  ${provider}`),
      {
        provider: scripted({ rate: ['empty'] }),
        clock: fakeClock(),
      },
    );
    expect(result.phase).toBe('Inconclusive');
    expect(result.metrics[0]?.measurements[0]?.message).toBe(
      'no data: query "q" at 2026-03-01T12:00:00.000Z returned nothing',
    );
  });

  it('lets a condition that handles the empty result decide (Argo docs: len(result) == 0 || …)', async () => {
    const result = await runAnalysis(
      analysis(`- name: rate\n  successCondition: len(result) == 0 || result[0] >= 0.95\n  ${provider}`),
      {
        provider: scripted({ rate: ['empty'] }),
        clock: fakeClock(),
      },
    );
    expect(result.phase).toBe('Successful');
  });

  it('reports dryRun metrics but never fails the run for them', async () => {
    const text = `
dryRun:
- metricName: total-5xx.*
metrics:
- name: total-5xx-errors
  failureCondition: result[0] >= 10
  ${provider}
- name: success-rate
  successCondition: result[0] >= 0.95
  ${provider}
`;
    const spec = loadAnalysis({ text, source: 'a.yaml' });
    const result = await runAnalysis(spec, {
      provider: scripted({ 'total-5xx-errors': [50], 'success-rate': [0.99] }),
      clock: fakeClock(),
    });
    expect(result.phase).toBe('Successful');
    expect(result.metrics[0]).toMatchObject({ dryRun: true, phase: 'Failed' });
    expect(result.dryRunSummary).toEqual({ count: 1, successful: 0, failed: 1, inconclusive: 0, error: 0 });
    expect(result.runSummary).toEqual({ count: 1, successful: 1, failed: 0, inconclusive: 0, error: 0 });
  });

  it('terminates the other metrics when one fails (they end Successful, the run Failed)', async () => {
    const clock = fakeClock();
    const fake = scripted({ fast: [0.1], slow: [0.99] });
    const spec = analysis(
      `- name: fast\n  successCondition: result[0] >= 0.95\n  ${provider}\n- name: slow\n  interval: 1m\n  count: 10\n  successCondition: result[0] >= 0.95\n  ${provider}`,
    );
    const result = await runAnalysis(spec, { provider: fake, clock });
    expect(result.phase).toBe('Failed');
    expect(fake.calls.slow).toHaveLength(1);
    expect(result.metrics[1]).toMatchObject({ phase: 'Successful', message: 'run terminated' });
  });

  it('consecutiveSuccessLimit with failureLimit -1 waits for N successes in a row', async () => {
    const spec = analysis(
      `- name: ready\n  interval: 5s\n  failureLimit: -1\n  consecutiveSuccessLimit: 2\n  successCondition: result[0] == 1\n  ${provider}`,
    );
    const fake = scripted({ ready: [0, 0, 1, 0, 1, 1, 0] });
    const result = await runAnalysis(spec, { provider: fake, clock: fakeClock(), maxDurationMs: 600_000 });
    expect(result.phase).toBe('Successful');
    expect(fake.calls.ready).toHaveLength(6);
  });

  it('count reached with consecutiveSuccessLimit unmet: Inconclusive when failureLimit applies, Failed when not', async () => {
    const both = analysis(
      `- name: m\n  interval: 5s\n  count: 3\n  failureLimit: 5\n  consecutiveSuccessLimit: 3\n  successCondition: result[0] == 1\n  ${provider}`,
    );
    expect(
      (await runAnalysis(both, { provider: scripted({ m: [1, 0, 1] }), clock: fakeClock() })).phase,
    ).toBe('Inconclusive');
    const onlySuccess = analysis(
      `- name: m\n  interval: 5s\n  count: 3\n  failureLimit: -1\n  consecutiveSuccessLimit: 3\n  successCondition: result[0] == 1\n  ${provider}`,
    );
    expect(
      (await runAnalysis(onlySuccess, { provider: scripted({ m: [1, 0, 1] }), clock: fakeClock() })).phase,
    ).toBe('Failed');
  });

  it('ends an open-ended metric at the maximum duration as Argo ends a terminated run', async () => {
    const clock = fakeClock();
    const fake = scripted({ rate: [0.99] });
    const result = await runAnalysis(
      analysis(`- name: rate\n  interval: 1m\n  successCondition: result[0] >= 0.95\n  ${provider}`),
      {
        provider: fake,
        clock,
        maxDurationMs: 5 * 60_000,
      },
    );
    expect(result.phase).toBe('Successful');
    expect(fake.calls.rate).toHaveLength(5);
    expect(clock.now()).toBe(START + 5 * 60_000);
  });

  it('refuses an open-ended metric without a maximum duration (it would never end)', async () => {
    const spec = analysis(
      `- name: rate\n  interval: 1m\n  successCondition: result[0] >= 0.95\n  ${provider}`,
    );
    const error = await runAnalysis(spec, { provider: scripted({}), clock: fakeClock() }).catch(
      (e: unknown) => e,
    );
    expect(isConfigurationError(error)).toBe(true);
    expect(String(error)).toContain('metric `rate` measures every 1m with no `count`');
  });

  it('refuses a maximum duration that ends before a metric first measures', async () => {
    const spec = analysis(
      `- name: rate\n  initialDelay: 5m\n  successCondition: result[0] >= 0.95\n  ${provider}`,
    );
    const error = await runAnalysis(spec, {
      provider: scripted({}),
      clock: fakeClock(),
      maxDurationMs: 60_000,
    }).catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect(String(error)).toContain(
      'metric `rate` waits 5m (initialDelay) before measuring, but the analysis may last only 1m',
    );
  });

  it('bounds every measurement by the provider timeout', async () => {
    const hanging: MetricProvider = { measure: () => new Promise(() => undefined) };
    const spec = analysis(
      `- name: slow\n  consecutiveErrorLimit: 0\n  provider:\n    prometheus:\n      address: http://p:9090\n      query: q\n      timeout: 0.05`,
    );
    const result = await runAnalysis(spec, { provider: hanging, clock: fakeClock() });
    expect(result.phase).toBe('Error');
    expect(result.metrics[0]?.measurements[0]?.message).toBe('no answer within the timeout of 0.05s');
  });

  it('a condition that cannot be evaluated on a real value is an Error measurement naming it', async () => {
    const result = await runAnalysis(
      analysis(`- name: m\n  consecutiveErrorLimit: 0\n  successCondition: result >= 0.95\n  ${provider}`),
      {
        provider: scripted({ m: [0.5] }),
        clock: fakeClock(),
      },
    );
    expect(result.phase).toBe('Error');
    expect(result.metrics[0]?.measurements[0]?.message).toContain(
      'could not evaluate successCondition "result >= 0.95" with result [0.5]: column 8: invalid operation: >= (mismatched types array and float)',
    );
  });

  it('reports measurements through onMeasurement as they happen', async () => {
    const seen: string[] = [];
    await runAnalysis(
      analysis(`- name: m\n  interval: 1s\n  count: 2\n  successCondition: result[0] > 0\n  ${provider}`),
      {
        provider: scripted({ m: [1, 2] }),
        clock: fakeClock(),
        onMeasurement: (metric, measurement) => seen.push(`${metric.name}:${measurement.value}`),
      },
    );
    expect(seen).toEqual(['m:[1]', 'm:[2]']);
  });
});
