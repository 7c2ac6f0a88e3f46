import {
  changeFailureRateCluster,
  deploymentFrequencyCluster,
  leadTimeCluster,
  timeToRestoreCluster,
  type Cluster,
} from './clusters';
import { median, p90 } from './stats';
import type { Deployment } from './timeline';

const DAY = 86_400;
const WEEK = 7 * DAY;

/** (start, end] in seconds since the epoch. */
export interface Window {
  start: number;
  end: number;
}

export interface Distribution {
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

/** The four keys of one environment over one window. */
export interface KeyFigures {
  window: { start: string; end: string; days: number };
  deployments: number;
  deploymentsPerDay: number;
  deploymentsPerWeek: number;
  /** From each change's commit time to the deployment that first carried it there. */
  leadTime: Distribution;
  /** Deployments whose source commit the source repository did not have (no changes counted). */
  unknownSources: number;
  /** Deployments of the window that a revert or rollback undid. */
  failures: number;
  /** failures ÷ deployments of the same window; null with no deployment. */
  changeFailureRate: number | null;
  /** From a failed deployment to the next one of that image there that did not fail. */
  timeToRestore: Distribution;
  /** Failures not restored yet. */
  openFailures: number;
  clusters: {
    deploymentFrequency: Cluster;
    leadTime: Cluster | null;
    changeFailureRate: Cluster | null;
    timeToRestore: Cluster | null;
  };
  weeks: { start: string; deployments: number; failures: number; restores: number }[];
  leadTimeBuckets: { label: string; upToSeconds: number | null; changes: number }[];
}

const LEAD_TIME_BUCKETS: { label: string; upToSeconds: number | null }[] = [
  { label: '< 1 h', upToSeconds: 3600 },
  { label: '< 1 day', upToSeconds: DAY },
  { label: '< 1 week', upToSeconds: WEEK },
  { label: '< 30 days', upToSeconds: 30 * DAY },
  { label: '≥ 30 days', upToSeconds: null },
];

/**
 * The figures of one environment's deployments (all of its history read, oldest first) in a
 * window. `leadTimes` holds each deployment's change lead times (undefined: source unknown).
 */
export function keyFigures(
  deployments: readonly Deployment[],
  leadTimes: ReadonlyMap<string, readonly number[] | undefined>,
  window: Window,
): KeyFigures {
  // (start, end]: a deployment made the second the report runs is in it.
  const inWindow = deployments.filter((d) => d.time > window.start && d.time <= window.end);
  const days = (window.end - window.start) / DAY;
  const changes = inWindow.flatMap((d) => leadTimes.get(d.sha) ?? []);
  const failed = inWindow.filter((d) => d.failure);
  const restores = failed.flatMap((d) => (d.restore ? [d.restore.at - d.time] : []));
  const leadTime = distribution(changes);
  const timeToRestore = distribution(restores);
  const perDay = inWindow.length / days;
  const rate = inWindow.length ? failed.length / inWindow.length : null;
  return {
    window: { start: iso(window.start), end: iso(window.end), days },
    deployments: inWindow.length,
    deploymentsPerDay: perDay,
    deploymentsPerWeek: perDay * 7,
    leadTime,
    unknownSources: inWindow.filter((d) => leadTimes.has(d.sha) && leadTimes.get(d.sha) === undefined).length,
    failures: failed.length,
    changeFailureRate: rate,
    timeToRestore,
    openFailures: failed.length - restores.length,
    clusters: {
      deploymentFrequency: deploymentFrequencyCluster(perDay),
      leadTime: leadTimeCluster(leadTime.medianSeconds),
      changeFailureRate: changeFailureRateCluster(rate),
      timeToRestore: timeToRestoreCluster(timeToRestore.medianSeconds),
    },
    weeks: weekly(inWindow, failed, window),
    leadTimeBuckets: LEAD_TIME_BUCKETS.map((bucket, i) => ({
      ...bucket,
      changes: changes.filter(
        (s) =>
          (bucket.upToSeconds === null || s < bucket.upToSeconds) &&
          (i === 0 || s >= (LEAD_TIME_BUCKETS[i - 1]?.upToSeconds as number)),
      ).length,
    })),
  };
}

function distribution(values: readonly number[]): Distribution {
  return { count: values.length, medianSeconds: median(values), p90Seconds: p90(values) };
}

/** Seven-day buckets from the window's start: deployments and failures by deployment time, restores by restore time. */
function weekly(inWindow: readonly Deployment[], failed: readonly Deployment[], window: Window) {
  const count = Math.max(1, Math.ceil((window.end - window.start) / WEEK));
  const weeks = Array.from({ length: count }, (_, i) => ({
    start: iso(window.start + i * WEEK),
    deployments: 0,
    failures: 0,
    restores: 0,
  }));
  // The window's last second belongs to its last week.
  const weekOf = (time: number) => weeks[Math.min(count - 1, Math.floor((time - window.start) / WEEK))];
  for (const d of inWindow) (weekOf(d.time) as (typeof weeks)[number]).deployments += 1;
  for (const d of failed) (weekOf(d.time) as (typeof weeks)[number]).failures += 1;
  for (const d of failed) {
    const week = d.restore && d.restore.at <= window.end ? weekOf(d.restore.at) : undefined;
    if (week) week.restores += 1;
  }
  return weeks;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
