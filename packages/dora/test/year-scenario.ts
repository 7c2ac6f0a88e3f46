// A year of GitOps history (dev → staging → prod) made from a seeded random walk: builds of the
// latest source commit to dev several times a day, promotions down the line, rollbacks, reverts of
// reverts, promotions of an old digest, two deployments in the same minute, and a failure left
// open at the end. Shared by the year test and bench/dora.ts.
import { digestOf, type GitopsEvent } from './generated-history';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 24 * HOUR;

export interface Scenario {
  start: number;
  end: number;
  sourceTimes: number[];
  events: GitopsEvent[];
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same year. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `devPerDay` dev deployments a day on average for `days` days ending at `end`; staging takes
 * dev's digest about daily, prod staging's every other day. About 1 in 12 deployments is rolled
 * back (a third of those rollbacks reverted in turn).
 */
export function yearScenario(options: {
  seed: number;
  end: number;
  days: number;
  devPerDay: number;
}): Scenario {
  const rand = random(options.seed);
  const start = options.end - options.days * DAY;
  // Source commits: about three per dev deployment, from a week before the start.
  const sourceTimes: number[] = [];
  for (
    let t = start - 7 * DAY;
    t < options.end;
    t += Math.floor((rand() * 2 * DAY) / (3 * options.devPerDay)) + 1
  )
    sourceTimes.push(t);
  const latestSourceAt = (time: number) => {
    let lo = 0;
    let hi = sourceTimes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sourceTimes[mid] as number) <= time) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const events: GitopsEvent[] = [];
  const running = new Map<string, string>();
  const history = new Map<string, string[]>(); // digests each environment ran, in order
  const push = (event: GitopsEvent) => {
    events.push(event);
    running.set(event.environment, event.digest);
    history.set(event.environment, [...(history.get(event.environment) ?? []), event.digest]);
    return events.length - 1;
  };
  const deployOrPromote = (time: number, environment: string): number | undefined => {
    if (environment === 'dev') {
      const source = latestSourceAt(time);
      return push({ time, environment, kind: 'deploy', digest: digestOf(source), source });
    }
    const from = environment === 'staging' ? 'dev' : 'staging';
    const digest = running.get(from);
    if (!digest || digest === running.get(environment)) return undefined;
    return push({ time, environment, kind: 'promote', digest, source: -1 });
  };

  let time = start + HOUR;
  let step = 0;
  while (time < options.end - DAY) {
    step += 1;
    const environment =
      step % (2 * options.devPerDay) === 0 ? 'prod' : step % options.devPerDay === 0 ? 'staging' : 'dev';
    let index = deployOrPromote(time, environment);
    // Now and then a second deployment in the same minute (another build landing).
    if (index !== undefined && environment === 'dev' && rand() < 0.03) {
      time += 20;
      index = deployOrPromote(time, 'dev');
    }
    // Now and then prod gets an older digest staging ran (a deliberate pin back).
    if (environment === 'prod' && rand() < 0.05) {
      const older = (history.get('staging') ?? []).at(-3);
      if (older && older !== running.get('prod')) {
        time += 5 * MINUTE;
        index = push({ time, environment: 'prod', kind: 'promote', digest: older, source: -1 });
      }
    }
    if (index !== undefined && rand() < 1 / 12) {
      const failed = events[index] as GitopsEvent;
      const before = (history.get(failed.environment) ?? []).at(-2) ?? failed.digest;
      time += Math.floor(rand() * 3 * HOUR) + MINUTE;
      const rollback = push({
        time,
        environment: failed.environment,
        kind: rand() < 0.5 ? 'rollback' : 'revert',
        digest: before,
        source: -1,
        reverts: index,
        reason: 'error rate above 5%',
      });
      if (rand() < 1 / 3) {
        time += Math.floor(rand() * 2 * HOUR) + MINUTE;
        push({
          time,
          environment: failed.environment,
          kind: 'revert',
          digest: failed.digest,
          source: -1,
          reverts: rollback,
        });
      }
    }
    time += Math.floor((rand() * 2 * DAY) / options.devPerDay) + 1;
  }
  // The last word: a prod deployment rolled back, with nothing after it.
  const last = deployOrPromote(options.end - 12 * HOUR, 'dev');
  const lastProd = push({
    time: options.end - 6 * HOUR,
    environment: 'prod',
    kind: 'promote',
    digest: (events[last ?? events.length - 1] as GitopsEvent).digest,
    source: -1,
  });
  push({
    time: options.end - 5 * HOUR,
    environment: 'prod',
    kind: 'rollback',
    digest: (history.get('prod') ?? []).at(-2) as string,
    source: -1,
    reverts: lastProd,
    reason: 'latency p99 above 800 ms',
  });
  return { start, end: options.end, sourceTimes, events };
}
