import { keyFigures, type KeyFigures, type Window } from './figures';
import { readHistory } from './history';
import { compareLeadTimes, type CompareSource } from './compare-changes';
import { ChangeTracker, readSourceGraph, type SourceGraph } from './source-graph';
import {
  applyFailedStatuses,
  applyIncidents,
  type FailedStatus,
  type IncidentIssue,
  type Unmatched,
} from './external-failures';
import { buildTimeline, markRestores, type Deployment, type FailureKind } from './timeline';
import { trendOf, type Trend } from './trend';

export interface ReportRequest {
  /** A local clone of the GitOps repository, and the ref its environments follow (default HEAD). */
  gitopsDir: string;
  ref?: string;
  /** A local clone of the source repository, for lead times; without it they are unknown. */
  sourceDir?: string;
  /** Without a clone: comparisons of source commits (GitHub's compare API) give the lead times. */
  compareSource?: CompareSource;
  /** Environment name → path prefixes; only these environments are reported when given. */
  environments?: Readonly<Record<string, readonly string[]>>;
  windowDays: number;
  /** The end of the window, in seconds since the epoch. */
  now: number;
  env?: Readonly<Record<string, string | undefined>>;
  /** Failures from outside the history: incident issues, GitHub deployments with a failure status. */
  external?: ExternalFailures;
}

export interface ExternalFailures {
  incidents?: readonly IncidentIssue[];
  failedStatuses?: readonly FailedStatus[];
}

export interface EnvironmentReport {
  environment: string;
  current: KeyFigures;
  previous: KeyFigures;
  trend: Trend;
}

export interface DoraReport {
  schema: 'shipchain.dora/v1';
  generatedAt: string;
  windowDays: number;
  leadTimesKnown: boolean;
  environments: EnvironmentReport[];
  /** The failures of the current window, newest first, for people to read. */
  failures: {
    environment: string;
    deployment: string;
    image: string;
    digest: string;
    at: string;
    /** The commit that undid it, `#<issue>`, or `deployment <id>`. */
    by: string;
    kind: FailureKind;
    reason?: string;
    /** The incident issue or the failed deployment's log, when known. */
    url?: string;
    restoredAt?: string;
  }[];
  /** Incidents and failed GitHub deployments that named no deployment read: reported, not dropped. */
  unmatched: Unmatched[];
}

const DAY = 86_400;

/**
 * The four keys per environment over the window ending at `now`, with the window before it for
 * the trend: the history of both windows is read in one `git log`.
 */
export async function doraReport(request: ReportRequest): Promise<DoraReport> {
  const current: Window = { start: request.now - request.windowDays * DAY, end: request.now };
  const previous: Window = { start: current.start - request.windowDays * DAY, end: current.start };
  // The two logs are read side by side: each is one git process writing while we parse.
  const [commits, graph] = await Promise.all([
    readHistory({
      dir: request.gitopsDir,
      since: previous.start,
      ...(request.ref ? { ref: request.ref } : {}),
      ...(request.environments ? { environments: request.environments } : {}),
      ...(request.env ? { env: request.env } : {}),
    }),
    request.sourceDir ? readSourceGraph(request.sourceDir, request.env) : undefined,
  ]);
  const timeline = buildTimeline(commits);
  const unmatched = applyExternal(timeline, request.external, previous.start);
  const deployments = timeline.filter((d) => d.time <= request.now);
  const leadTimes = graph
    ? changeLeadTimes(deployments, graph)
    : request.compareSource
      ? await compareLeadTimes(deployments, request.compareSource)
      : new Map<string, number[] | undefined>();
  const names = request.environments
    ? Object.keys(request.environments)
    : [...new Set(deployments.map((d) => d.environment))].sort();
  return {
    schema: 'shipchain.dora/v1',
    generatedAt: new Date(request.now * 1000).toISOString(),
    windowDays: request.windowDays,
    leadTimesKnown: Boolean(graph ?? request.compareSource),
    environments: names.map((environment) => {
      const own = deployments.filter((d) => d.environment === environment);
      const now = keyFigures(own, leadTimes, current);
      const before = keyFigures(own, leadTimes, previous);
      return { environment, current: now, previous: before, trend: trendOf(now, before) };
    }),
    failures: deployments
      .filter((d) => d.failure && d.time > current.start)
      .reverse()
      .map((d) => ({
        environment: d.environment,
        deployment: d.sha,
        image: d.image,
        digest: d.digest,
        at: iso(d.time),
        by: d.failure?.by as string,
        kind: d.failure?.kind as FailureKind,
        ...(d.failure?.reason ? { reason: d.failure.reason } : {}),
        ...(d.failure?.url ? { url: d.failure.url } : {}),
        ...(d.restore ? { restoredAt: iso(d.restore.at) } : {}),
      })),
    unmatched,
  };
}

/** Marks the failures incidents and GitHub deployment statuses name, then the restores again. */
function applyExternal(
  timeline: Deployment[],
  external: ExternalFailures | undefined,
  since: number,
): Unmatched[] {
  if (!external) return [];
  const unmatched = [
    ...applyIncidents(timeline, external.incidents ?? [], since),
    ...applyFailedStatuses(timeline, external.failedStatuses ?? [], since),
  ];
  markRestores(timeline);
  return unmatched;
}

/** Each deployment's change lead times, in history order (undefined: its source commit is unknown). */
export function changeLeadTimes(
  deployments: readonly Deployment[],
  graph: SourceGraph,
): Map<string, number[] | undefined> {
  const tracker = new ChangeTracker(graph);
  const leadTimes = new Map<string, number[] | undefined>();
  for (const d of deployments) {
    const times = tracker.changesOf(d.environment, d.image, d.sourceCommit);
    leadTimes.set(
      d.sha,
      times?.map((committed) => Math.max(0, d.time - committed)),
    );
  }
  return leadTimes;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
