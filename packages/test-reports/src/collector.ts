import { detach, detachResult } from './detach';
import type { TestResult } from './model';
import type { Quarantine } from './quarantine';

export interface Totals {
  /** Every distinct test; retries count once. */
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  /** Passed after failing at least once (included in `passed`). */
  flaky: number;
  /** Failed or errored but quarantined (not in `failed`/`errors`). */
  quarantined: number;
  /** Sum of test durations. */
  durationMs: number;
}

export interface CollectedTest extends TestResult {
  quarantinedBy?: string;
}

export interface CollectorLimits {
  /** Failing tests kept with their details; beyond it only counted. Default 1,000. */
  maxFailures?: number;
  /** Flaky tests listed. Default 200. */
  maxFlaky?: number;
  /** Slowest tests listed. Default 10. */
  slowest?: number;
}

/**
 * Folds a stream of results into totals and the few lists a report shows
 * (failures, flaky, quarantined, slowest, per-file timings). Everything kept is
 * capped, so memory does not depend on the number of tests.
 */
export class ResultCollector {
  readonly totals: Totals = {
    total: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    skipped: 0,
    flaky: 0,
    quarantined: 0,
    durationMs: 0,
  };
  readonly failures: CollectedTest[] = [];
  readonly flakyTests: CollectedTest[] = [];
  /** Per quarantine entry: whether its tests ran, passed, failed this run. */
  readonly quarantineOutcomes = new Map<string, { passed: number; failed: number; tests: CollectedTest[] }>();
  readonly slowest: CollectedTest[] = [];
  /** Per test file: summed duration and test count, for sharding. */
  readonly fileTimings = new Map<string, { durationMs: number; tests: number }>();
  omittedFailures = 0;
  omittedFlaky = 0;

  private readonly maxFailures: number;
  private readonly maxFlaky: number;
  private readonly slowestCount: number;

  constructor(
    private readonly quarantine?: Quarantine,
    limits: CollectorLimits = {},
    /** Maps a result to the test file it belongs to (workspace-relative), for timings. */
    private readonly fileOf: (test: TestResult) => string | undefined = (test) => test.file,
  ) {
    this.maxFailures = limits.maxFailures ?? 1000;
    this.maxFlaky = limits.maxFlaky ?? 200;
    this.slowestCount = limits.slowest ?? 10;
  }

  add(result: TestResult): CollectedTest {
    const test: CollectedTest = result;
    // A detached copy, made at most once and only for tests a list keeps.
    let kept: CollectedTest | undefined;
    const totals = this.totals;
    totals.total++;
    totals.durationMs += test.durationMs;
    const entry = this.quarantine?.match(test);
    const failing = test.status === 'failed' || test.status === 'error';
    if (entry) {
      test.quarantinedBy = entry.pattern;
      const outcome = this.quarantineOutcomes.get(entry.pattern) ?? { passed: 0, failed: 0, tests: [] };
      if (failing || test.flaky) outcome.failed++;
      else if (test.status === 'passed') outcome.passed++;
      if (outcome.tests.length < 20) outcome.tests.push((kept ??= detachResult(test)));
      this.quarantineOutcomes.set(entry.pattern, outcome);
    }
    if (failing && entry) totals.quarantined++;
    else if (test.status === 'failed') totals.failed++;
    else if (test.status === 'error') totals.errors++;
    else if (test.status === 'skipped') totals.skipped++;
    else totals.passed++;

    if (failing && !entry) {
      if (this.failures.length < this.maxFailures) this.failures.push(kept ?? detachResult(test));
      else this.omittedFailures++;
    } else if (test.flaky) {
      totals.flaky++;
      if (this.flakyTests.length < this.maxFlaky) this.flakyTests.push(kept ?? detachResult(test));
      else this.omittedFlaky++;
    } else if (test.failure) {
      // Passing and skipped tests keep no details.
      delete test.failure;
    }
    this.trackSlowest(test);
    this.trackFile(test);
    return test;
  }

  /** Failures that fail the gate: quarantined ones are not counted. */
  get failing(): number {
    return this.totals.failed + this.totals.errors;
  }

  private trackSlowest(test: CollectedTest): void {
    if (this.slowestCount === 0 || test.status === 'skipped') return;
    const list = this.slowest;
    if (
      list.length === this.slowestCount &&
      (list[list.length - 1] as CollectedTest).durationMs >= test.durationMs
    )
      return;
    const slim = detachResult({ ...test });
    delete slim.failure;
    let index = list.findIndex((other) => other.durationMs < test.durationMs);
    if (index === -1) index = list.length;
    list.splice(index, 0, slim);
    if (list.length > this.slowestCount) list.pop();
  }

  private trackFile(test: TestResult): void {
    const file = this.fileOf(test);
    if (file === undefined) return;
    const timing = this.fileTimings.get(file);
    if (timing) {
      timing.durationMs += test.durationMs;
      timing.tests++;
    } else if (this.fileTimings.size < 100_000) {
      this.fileTimings.set(detach(file), { durationMs: test.durationMs, tests: 1 });
    }
  }
}
