import { describe, expect, test } from '@jest/globals';
import type { TestResult, TestStatus } from '../src/model';
import { RetryMerger, mergeAttempts } from '../src/retry-merge';

function merged(tests: TestResult[], generationSize?: number): TestResult[] {
  const out: TestResult[] = [];
  const merger = new RetryMerger((test) => out.push(test), generationSize);
  for (const test of tests) merger.add({ ...test });
  merger.flush();
  return out;
}

const attempt = (name: string, status: TestStatus, extra: Partial<TestResult> = {}): TestResult => ({
  name,
  suite: 'suite',
  status,
  durationMs: 1,
  attempts: 1,
  flaky: false,
  ...(status === 'failed' ? { failure: { message: `${name} broke`, details: '', truncated: false } } : {}),
  ...extra,
});

/**
 * The merger's rules written the plain way: every held failure in one of two lists, searched
 * from the start. Held failures go out in another order, so outputs are compared sorted.
 */
function plainMerge(tests: TestResult[], generationSize: number): TestResult[] {
  const out: TestResult[] = [];
  let current: TestResult[] = [];
  let previous: TestResult[] = [];
  const takeFrom = (held: TestResult[], test: TestResult): TestResult | undefined => {
    const index = held.findIndex(
      (other) => other.name === test.name && other.suite === test.suite && other.file === test.file,
    );
    return index === -1 ? undefined : held.splice(index, 1)[0];
  };
  for (const test of tests) {
    const earlier = takeFrom(current, test) ?? takeFrom(previous, test);
    const result = earlier ? mergeAttempts(earlier, { ...test }) : { ...test };
    if (result.status !== 'failed' && result.status !== 'error') {
      out.push(result);
      continue;
    }
    current.push(result);
    if (current.length >= generationSize) {
      out.push(...previous);
      previous = current;
      current = [];
    }
  }
  return [...out, ...previous, ...current];
}

const sorted = (tests: TestResult[]): string[] => tests.map((test) => JSON.stringify(test)).sort();

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('retried tests', () => {
  test('failed then passed is one flaky pass; failed twice stays one failure; other suites stay apart', () => {
    const out = merged([
      attempt('a', 'failed'),
      attempt('b', 'failed'),
      attempt('a', 'failed', { suite: 'other' }),
      attempt('a', 'passed'),
      attempt('b', 'failed'),
    ]);
    expect(out.map((test) => [test.suite, test.name, test.status, test.flaky, test.attempts])).toEqual([
      ['suite', 'a', 'passed', true, 2],
      // Failures still held go out at the end.
      ['other', 'a', 'failed', false, 1],
      ['suite', 'b', 'failed', false, 2],
    ]);
    expect(out[0]?.failure?.message).toBe('a broke');
  });

  test('a failure is held for two generations, then goes out unmerged', () => {
    const fillers = (from: number) =>
      Array.from({ length: 4 }, (_, index) => attempt(`f${from + index}`, 'failed'));
    const out = merged(
      [attempt('late', 'failed'), ...fillers(0), ...fillers(4), attempt('late', 'passed')],
      4,
    );
    const late = out.filter((test) => test.name === 'late');
    expect(late.map((test) => [test.status, test.flaky])).toEqual([
      ['failed', false],
      ['passed', false],
    ]);
  });

  test.each([
    ['few names, small generations', 12, 3],
    ['many names, small generations', 5000, 5],
    ['many names, default generations', 5000, undefined],
  ])('held failures are found as a plain search finds them: %s', (_what, names, generationSize) => {
    const next = random(names * 31 + (generationSize ?? 0));
    const statuses: TestStatus[] = ['passed', 'failed', 'error', 'skipped'];
    const count = 6000;
    const tests = Array.from({ length: count }, (_, index) => {
      // Attempts of a test come close together, as reporters write them.
      const id = (Math.floor((index * names) / count) + Math.floor(next() * 8)) % names;
      // Names of one length that differ only in a few characters, as parameterized tests do.
      const name = `test ${String(id).padStart(5, '0')} of the suite`;
      return attempt(name, statuses[Math.floor(next() * 4)] as TestStatus, {
        suite: next() < 0.8 ? 'suite' : 'other',
        ...(next() < 0.5 ? { file: 'a.test.ts' } : {}),
        flaky: next() < 0.05,
        durationMs: Math.floor(next() * 100),
      });
    });
    const expected = sorted(plainMerge(tests, generationSize ?? 500));
    // Not vacuous: the sequence does merge attempts.
    expect(expected.length).toBeLessThan(tests.length - 300);
    expect(sorted(merged(tests, generationSize))).toEqual(expected);
  });
});
