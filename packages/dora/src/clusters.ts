/**
 * DORA's software delivery performance clusters, from the Accelerate State of DevOps Report 2023
 * (DORA, Google Cloud; chapter "How do you compare?"). Each key is placed in the best cluster whose
 * bound it meets. The 2023 low cluster shares the medium cluster's throughput ranges, so deployment
 * frequency and lead time below "medium" fall to low.
 */
export const CLUSTERS = ['elite', 'high', 'medium', 'low'] as const;
export type Cluster = (typeof CLUSTERS)[number];

const HOUR = 3600;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;

/** Elite deploys on demand (several a day): one a day or more; high between daily and weekly; medium up to monthly. */
export function deploymentFrequencyCluster(perDay: number): Cluster {
  if (perDay >= 1) return 'elite';
  if (perDay >= 1 / 7) return 'high';
  if (perDay >= 1 / 30) return 'medium';
  return 'low';
}

/** Elite under a day, high under a week, medium under a month. */
export function leadTimeCluster(seconds: number | null): Cluster | null {
  return seconds === null
    ? null
    : seconds < DAY
      ? 'elite'
      : seconds < WEEK
        ? 'high'
        : seconds < MONTH
          ? 'medium'
          : 'low';
}

/** Elite 5 %, high 10 %, medium 15 %, low 64 % (the clusters' typical rates; a rate is placed by the first bound it meets). */
export function changeFailureRateCluster(rate: number | null): Cluster | null {
  return rate === null
    ? null
    : rate <= 0.05
      ? 'elite'
      : rate <= 0.1
        ? 'high'
        : rate <= 0.15
          ? 'medium'
          : 'low';
}

/** Elite under an hour, high under a day, medium under a week. */
export function timeToRestoreCluster(seconds: number | null): Cluster | null {
  return seconds === null
    ? null
    : seconds < HOUR
      ? 'elite'
      : seconds < DAY
        ? 'high'
        : seconds < WEEK
          ? 'medium'
          : 'low';
}
