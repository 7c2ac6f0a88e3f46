import type { StageTiming } from './budget';
import type { RunContext } from './context';
import type { GateVerdict } from './gate';
import type { ReportView } from './markdown';
import type { Releasable } from './remember';
import type { StageReports } from './reports';
import type { ShardMode } from './shard';

/** What the report shows: verdict, results, links to the commit's files, releasable quarantine, time. */
export function reportView(parts: {
  stage: string;
  verdict: GateVerdict;
  reports: StageReports;
  context: RunContext;
  releasable: readonly Releasable[];
  timing: StageTiming;
  mode: ShardMode;
  shardNote: string | undefined;
}): ReportView {
  const { context, mode, reports } = parts;
  return {
    name: parts.stage,
    verdict: parts.verdict,
    collector: reports.run.collector,
    reports: reports.run.reports,
    locations: reports.locations,
    ...(context.owner && context.headSha
      ? { blobUrl: `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}` }
      : {}),
    releasable: parts.releasable,
    timing: parts.timing,
    ...(parts.shardNote
      ? { shardNote: parts.shardNote }
      : mode.kind === 'merge'
        ? {
            shardNote: `Merged results of ${mode.total} shard(s) from ${reports.reportPaths.length} report(s).`,
          }
        : {}),
  };
}
