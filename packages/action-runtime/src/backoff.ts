// The two halves of any bounded retry: how long to wait after a failure, and how much time is
// left. withRetry (transient errors) and the GitOps push loop (lost races) both build on them.

export interface BackoffOptions {
  /** Ceiling of the first wait; it doubles with every failed attempt. */
  baseDelayMs: number;
  /** The ceiling never grows past this. */
  maxDelayMs: number;
}

/**
 * The wait after the `attempt`-th failure (1-based): uniform in [0, min(max, base·2^(attempt-1))].
 * Full jitter, so writers that collided spread out rather than colliding again in step.
 */
export function fullJitterDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  // The exponent is capped so a long run of attempts cannot overflow to Infinity.
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.min(attempt - 1, 40));
  return Math.round(random() * ceiling);
}

/** A wall-clock budget that starts when it is made. */
export class Deadline {
  private readonly started: number;

  constructor(
    readonly budgetMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  elapsedMs(): number {
    return this.now() - this.started;
  }

  remainingMs(): number {
    return Math.max(0, this.budgetMs - this.elapsedMs());
  }

  passed(): boolean {
    return this.remainingMs() === 0;
  }

  /** The part of a wanted wait that ends by the deadline: a wait never runs past it. */
  fit(waitMs: number): number {
    return Math.max(0, Math.min(waitMs, this.remainingMs()));
  }
}

/** A span for messages: `850 ms`, `12.3 s`, `4 min 5 s`. */
export function formatSpan(ms: number): string {
  // Thresholds on the rounded values, so 59.96 s reads "1 min", not "60.0 s".
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  const rest = seconds % 60;
  return `${Math.floor(seconds / 60)} min${rest ? ` ${rest} s` : ''}`;
}
