import { detachResult } from './detach';
import type { TestResult } from './model';

/**
 * Some reporters write a retried test once per attempt (gotestsum --rerun-fails,
 * several JUnit emitters). This merges entries of the same test so it counts once:
 * failed then passed becomes a flaky pass; failed every time stays failed.
 *
 * Passing tests go straight through. Failing ones are held back, because a later
 * attempt may still pass; the hold is bounded (two generations of
 * `generationSize` failures), so memory does not grow with the report.
 */
export class RetryMerger {
  // Keyed by test name (then matched on suite and file): no key string is built per test.
  private current = new Map<string, TestResult[]>();
  private previous = new Map<string, TestResult[]>();
  private currentCount = 0;

  constructor(
    private readonly emit: (test: TestResult) => void,
    private readonly generationSize = 500,
  ) {}

  add(test: TestResult): void {
    const earlier = this.take(test, this.current) ?? this.take(test, this.previous);
    const merged = earlier ? mergeAttempts(earlier, test) : test;
    // A held test outlives the chunk its strings were sliced from: it keeps copies instead.
    if (failing(merged)) this.hold(detachResult(merged));
    else this.emit(merged);
  }

  flush(): void {
    for (const tests of this.previous.values()) tests.forEach(this.emit);
    for (const tests of this.current.values()) tests.forEach(this.emit);
    this.previous = new Map();
    this.current = new Map();
    this.currentCount = 0;
  }

  private hold(test: TestResult): void {
    const list = this.current.get(test.name);
    if (list) list.push(test);
    else this.current.set(test.name, [test]);
    if (++this.currentCount >= this.generationSize) {
      for (const tests of this.previous.values()) tests.forEach(this.emit);
      this.previous = this.current;
      this.current = new Map();
      this.currentCount = 0;
    }
  }

  /** Remove and return the earlier attempt of the same test held in `generation`, if any. */
  private take(test: TestResult, generation: Map<string, TestResult[]>): TestResult | undefined {
    const list = generation.get(test.name);
    if (!list) return undefined;
    const index = list.findIndex((other) => other.suite === test.suite && other.file === test.file);
    if (index === -1) return undefined;
    const [earlier] = list.splice(index, 1);
    if (list.length === 0) generation.delete(test.name);
    if (generation === this.current) this.currentCount--;
    return earlier;
  }
}

function failing(test: TestResult): boolean {
  return test.status === 'failed' || test.status === 'error';
}

/** Two reports of the same test, in the order they were run. */
export function mergeAttempts(earlier: TestResult, later: TestResult): TestResult {
  const attempts = earlier.attempts + later.attempts;
  const durationMs = earlier.durationMs + later.durationMs;
  const anyFailed = failing(earlier) || failing(later) || earlier.flaky || later.flaky;
  const anyPassed = earlier.status === 'passed' || later.status === 'passed';
  if (anyFailed && anyPassed) {
    const failure = earlier.failure ?? later.failure;
    const passed = later.status === 'passed' ? later : earlier;
    return { ...passed, attempts, durationMs, flaky: true, ...(failure ? { failure } : {}) };
  }
  // Same outcome each time (or skipped once): the latest attempt speaks, with the first failure kept.
  const failure = earlier.failure ?? later.failure;
  return { ...later, attempts, durationMs, ...(failure && failing(later) ? { failure } : {}) };
}
