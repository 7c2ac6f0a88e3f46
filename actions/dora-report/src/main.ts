import { lstat, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import {
  ConfigurationError,
  appendStepSummary,
  isWithin,
  showControlCharacters,
  writeWholeFile,
  type MainContext,
} from '@shipchain/action-runtime';
import {
  doraReport,
  duration,
  openHistory,
  percent,
  prometheusText,
  renderDoraSummary,
  type CompareSource,
  type DoraReport,
  type LocalHistory,
  type RepositoryRequest,
} from '@shipchain/dora';
import type { inputs, outputs } from './contract';
import { gitHubFailures } from './github-failures';
import { isRepositoryName } from './repository-name';
import { compareSourceFor } from './source-compare';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

export async function main({ inputs, outputs, log, toolkit }: Context): Promise<void> {
  const env = toolkit.env();
  const until = endOfWindow(inputs.until);
  const environments = environmentPaths(inputs.environments);
  const tempDir = env.RUNNER_TEMP ?? tmpdir();
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const common = {
    workspace,
    tempDir,
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    ...(inputs.token ? { token: inputs.token } : {}),
    env,
  };
  const opened: LocalHistory[] = [];
  try {
    const gitops = await openHistory({
      ...common,
      repository: inputs.repository ?? '',
      ...(inputs.branch ? { branch: inputs.branch } : {}),
      input: 'repository',
    });
    opened.push(gitops);
    const sourceInput = inputs['source-repository'] ?? '';
    const { source, compareSource } = await sourceChanges(sourceInput, common);
    if (source) opened.push(source);

    const external = await gitHubFailures(
      {
        ...(inputs['incident-label'] ? { incidentLabel: inputs['incident-label'] } : {}),
        ...(inputs['incident-repository'] ? { incidentRepository: inputs['incident-repository'] } : {}),
        ...(inputs['deployments-repository']
          ? { deploymentsRepository: inputs['deployments-repository'] }
          : {}),
        ...(inputs.token ? { token: inputs.token } : {}),
      },
      env,
      until - (2 * inputs.since) / 1000,
    );
    const report = await doraReport({
      ...(external ? { external } : {}),
      gitopsDir: gitops.dir,
      ref: gitops.ref,
      ...(source ? { sourceDir: source.dir } : {}),
      ...(compareSource ? { compareSource } : {}),
      ...(environments ? { environments } : {}),
      windowDays: inputs.since / 86_400_000,
      now: until,
      env,
    });
    logFigures(report, gitops.display, log.info.bind(log));
    logFailures(report, log.info.bind(log));
    logUnmatched(report, log.warning.bind(log));
    if (!sourceInput) log.info('No source-repository given: lead times for changes are not computed.');

    const roots = [workspace, tempDir];
    const jsonPath = await outputPath(inputs['json-path'], 'json-path', 'dora-report.json', roots);
    const promPath = await outputPath(
      inputs['prometheus-path'],
      'prometheus-path',
      'dora-report.prom',
      roots,
    );
    writeWholeFile(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
    writeWholeFile(promPath, prometheusText(report));
    outputs.set('json', jsonPath);
    outputs.set('prometheus', promPath);
    outputs.set('environments', report.environments.map((e) => e.environment).join(','));
    outputs.set('deployments', String(sum(report, (e) => e.current.deployments)));
    outputs.set('failures', String(sum(report, (e) => e.current.failures)));

    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath)
      await appendStepSummary(summaryPath, (budget) => renderDoraSummary(report, budget));
  } finally {
    for (const history of opened) await history.cleanup();
  }
}

/** owner/repo: the changes come from GitHub's compare API; a URL or a path is cloned and read. */
async function sourceChanges(
  repository: string,
  common: Omit<RepositoryRequest, 'repository' | 'input'>,
): Promise<{ source?: LocalHistory; compareSource?: CompareSource }> {
  if (!repository) return {};
  if (isRepositoryName(repository))
    return { compareSource: compareSourceFor(repository, common.token, common.env) };
  return { source: await openHistory({ ...common, repository, input: 'source-repository' }) };
}

/** The until input as seconds since the epoch; now when empty. */
function endOfWindow(until: string | undefined): number {
  if (!until) return Math.floor(Date.now() / 1000);
  const time = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(until) ? Date.parse(until) : NaN;
  if (Number.isNaN(time))
    throw new ConfigurationError(
      `Input "until" is ${JSON.stringify(until)}, not an ISO 8601 date or time: write 2026-06-30 or 2026-06-30T12:00:00Z, or leave it empty for now.`,
      'until',
    );
  return Math.floor(time / 1000);
}

/** name=path, path lines → name → paths; undefined when none given. */
function environmentPaths(lines: Map<string, string>): Record<string, string[]> | undefined {
  if (lines.size === 0) return undefined;
  const result: Record<string, string[]> = {};
  for (const [name, value] of lines) {
    const paths = value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    if (paths.length === 0 || paths.some((p) => p.startsWith('/') || p.split('/').includes('..')))
      throw new ConfigurationError(
        `Input "environments": ${JSON.stringify(name)} needs one or more paths relative to the repository root (name=deploy/overlays/${name}).`,
        'environments',
      );
    result[name] = paths;
  }
  return result;
}

/**
 * Where to write a report: the default lands in RUNNER_TEMP; a given path (relative to the
 * workspace) must stay inside the workspace or RUNNER_TEMP once links are resolved, in a directory
 * that exists, and must not itself be a symbolic link (writing would follow it elsewhere).
 */
async function outputPath(
  given: string | undefined,
  input: string,
  name: string,
  roots: string[],
): Promise<string> {
  const [workspace, tempDir] = roots as [string, string];
  if (!given) return join(tempDir, name);
  const target = resolve(workspace, given);
  const parent = await realpath(dirname(target)).catch(() => undefined);
  const allowed = await Promise.all(roots.map((root) => realpath(root).catch(() => root)));
  if (!parent || !allowed.some((root) => isWithin(root, parent)))
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(given)}: write the report inside the workspace or RUNNER_TEMP, in a directory that exists.`,
      input,
    );
  if ((await lstat(target).catch(() => undefined))?.isSymbolicLink())
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(given)}, a symbolic link: name a plain file.`,
      input,
    );
  return join(parent, basename(target));
}

function logFigures(report: DoraReport, display: string, info: (line: string) => void): void {
  info(`Read ${display}: ${report.environments.length} environment(s) over ${report.windowDays} days.`);
  for (const { environment, current } of report.environments)
    info(
      `${showControlCharacters(environment)}: ${current.deployments} deployments (${current.deploymentsPerDay.toFixed(2)}/day), lead time median ${duration(current.leadTime.medianSeconds)}, change failure rate ${percent(current.changeFailureRate)}, time to restore median ${duration(current.timeToRestore.medianSeconds)}${current.openFailures ? ` (${current.openFailures} not restored)` : ''}.`,
    );
}

/** Each failure of the window, one line: the reason comes from a commit message, so it is shown, never obeyed. */
function logFailures(report: DoraReport, info: (line: string) => void): void {
  for (const f of report.failures)
    info(
      `${showControlCharacters(f.environment)}: ${f.deployment.slice(0, 12)} (${f.at}) failed: ${f.kind} ${f.by.slice(0, 12)}${f.reason ? `: ${showControlCharacters(f.reason)}` : ''}; ${f.restoredAt ? `restored ${f.restoredAt}` : 'not restored yet'}.`,
    );
}

/**
 * Incidents and failed GitHub deployments that named no deployment read: a warning each, never dropped.
 * The reason can quote an environment from an issue body or GitHub's answer: shown, never obeyed.
 */
function logUnmatched(report: DoraReport, warning: (line: string) => void): void {
  for (const u of report.unmatched)
    warning(
      `${u.source}${u.reference ? ` names ${showControlCharacters(u.reference.slice(0, 80))}` : ''}, which ${showControlCharacters(u.why)}: it is not counted.`,
    );
}

function sum(report: DoraReport, value: (e: DoraReport['environments'][number]) => number): number {
  return report.environments.reduce((total, e) => total + value(e), 0);
}
