import { ConfigurationError } from '@shipchain/action-runtime';

// RFC 3339 date-time (the profile of ISO 8601 that OCI's `created` annotation requires).
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

export function isRfc3339(text: string): boolean {
  return RFC3339.test(text) && !Number.isNaN(Date.parse(text));
}

export interface CreatedSources {
  /** The `SOURCE_DATE_EPOCH` environment variable as given (seconds since the epoch), if set. */
  sourceDateEpoch?: string;
  /** The commit time, e.g. `git log -1 --format=%cI`, if known. */
  commitTime?: string;
  /** The clock, the last resort (not reproducible). */
  now: Date;
}

/**
 * The `created` timestamp, in UTC to the second: SOURCE_DATE_EPOCH when set (the reproducible-builds
 * convention), else the commit time (same commit → same labels → same image config), else now.
 */
export function resolveCreatedTimestamp(sources: CreatedSources): string {
  const epoch = sources.sourceDateEpoch?.trim();
  if (epoch !== undefined && epoch !== '') {
    const seconds = /^\d{1,12}$/.test(epoch) ? Number(epoch) : NaN;
    if (Number.isNaN(seconds)) {
      throw new ConfigurationError(
        `SOURCE_DATE_EPOCH is ${JSON.stringify(epoch)}, but it must be whole seconds since 1970-01-01 UTC, such as the output of git log -1 --format=%ct.`,
      );
    }
    return formatUtc(new Date(seconds * 1000));
  }
  if (sources.commitTime !== undefined && sources.commitTime !== '') {
    if (!isRfc3339(sources.commitTime)) {
      throw new Error(`The commit time ${JSON.stringify(sources.commitTime)} is not an RFC 3339 timestamp.`);
    }
    return formatUtc(new Date(sources.commitTime));
  }
  return formatUtc(sources.now);
}

function formatUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
