import { access, readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  ConfigurationError,
  appendStepSummary,
  confinedFiles,
  showControlCharacters,
  type MainContext,
} from '@shipchain/action-runtime';
import { LocationResolver, Quarantine, collectReports, type TestResult } from '@shipchain/test-reports';
import { runTestCommand, splitCommand } from './command';
import type { inputs, outputs } from './contract';
import { readRunContext } from './context';
import { pullRequestToComment } from './pull-request';
import { matchFiles } from './files';
import { evaluateGate, parseFailOn } from './gate';
import { StageHistory } from './history';
import { reportRenderer, type ReportView } from './markdown';
import { failureAnnotations, publishResults } from './publish';
import { splitByTimings } from '@shipchain/test-sharding';
import { describePlan, shardMode } from './shard';
import { budgetHeadline } from './budget';
import { timeStage } from './time-stage';
import { requireSomethingToGate } from './input-checks';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

export async function main({ inputs, outputs, log, toolkit }: Context): Promise<void> {
  const env = toolkit.env();
  const context = await readRunContext(env, inputs.commit, log);
  const pullRequest = await pullRequestToComment(
    context,
    {
      token: inputs['github-token'] ?? '',
      commenting: inputs.comment !== 'off',
      ...(inputs['event-file'] ? { eventFile: inputs['event-file'] } : {}),
    },
    log,
  );
  const stage = inputs.name ?? context.job;
  const workingDirectory = resolve(context.workspace, inputs['working-directory']);
  await access(workingDirectory).catch(() => {
    throw new ConfigurationError(
      `Input "working-directory" is ${inputs['working-directory']}, which does not exist in the workspace.`,
      'working-directory',
    );
  });
  requireSomethingToGate(inputs);
  // Matches and reports stay inside the workspace and RUNNER_TEMP; links leading elsewhere are refused.
  const roots = [
    { path: context.workspace, name: 'the workspace' },
    { path: context.tempDirectory, name: 'RUNNER_TEMP' },
  ];
  const warn = (message: string) => log.warning(message);
  const failOn = parseFailOn(inputs['fail-on']);
  const mode = shardMode(inputs['shard-index'], inputs['shard-total'], inputs.tests);
  const history = await StageHistory.load({
    tempDirectory: context.tempDirectory,
    stage,
    keyPrefix: inputs['timings-key'],
    env,
    ...(inputs['timings-file'] ? { timingsFile: resolve(context.workspace, inputs['timings-file']) } : {}),
    log,
  });

  // 1. This shard's files, when sharding.
  let shardFiles: string[] = [];
  let shardNote: string | undefined;
  if (mode.kind === 'shard') {
    const files = await matchFiles(inputs.tests, workingDirectory, context.workspace, {
      roots,
      input: 'tests',
      warn,
    });
    if (files.length === 0)
      throw new ConfigurationError(
        `Input "tests" matched no files under ${inputs['working-directory']}: check the globs.`,
        'tests',
      );
    const plan = splitByTimings(files, history.timings, mode.total);
    shardFiles = plan.shards[mode.index]?.files ?? [];
    shardNote = describePlan(plan, mode.index);
    log.info(`${shardNote} Timings from: ${history.source}.`);
    outputs.set('shard-tests', shardFiles.join('\n'));
  }

  // 2. The test command, with this shard's files appended.
  let commandExitCode: number | undefined;
  let commandMs: number | undefined;
  if (inputs.command) {
    const [file, ...args] =
      inputs.shell === 'bash'
        ? [
            'bash',
            '--noprofile',
            '--norc',
            '-eo',
            'pipefail',
            '-c',
            inputs.command,
            'test-gate',
            ...shardFiles,
          ]
        : [...splitCommand(inputs.command), ...shardFiles];
    if (!file)
      throw new ConfigurationError(
        'Input "command" is blank: give the test command, or leave it empty to only read reports.',
        'command',
      );
    if (mode.kind === 'shard' && shardFiles.length === 0) {
      log.info('This shard has no test files: the command is not run.');
    } else {
      const started = performance.now();
      commandExitCode = await runTestCommand(file, args, {
        cwd: workingDirectory,
        env,
        secrets: inputs['github-token'] ? [inputs['github-token']] : [],
        log,
      });
      commandMs = performance.now() - started;
      log.info(`Test command exited with code ${commandExitCode}.`);
    }
  }

  // 3. Read the reports as streams.
  const quarantine = inputs.quarantine
    ? await loadQuarantine(context.workspace, inputs.quarantine)
    : undefined;
  const reportPaths = await matchFiles(inputs.reports, workingDirectory, context.workspace, {
    roots,
    input: 'reports',
    warn,
  });
  const reportFiles = confinedFiles({ roots, symlinks: 'inside', input: 'reports' });
  const locations = new LocationResolver(context.workspace);
  const fileOf = (test: TestResult): string | undefined =>
    (test.file ? locations.toWorkspace(test.file) : undefined) ??
    (/[\\/]/.test(test.suite) ? locations.toWorkspace(test.suite) : undefined);
  const jsonReportPath = join(context.tempDirectory, `test-gate-${randomUUID()}.json`);
  const run = await collectReports(reportPaths, {
    format: inputs.format,
    ...(quarantine ? { quarantine } : {}),
    jsonReportPath,
    fileOf,
    resolvePath: (path) => join(context.workspace, path),
    // Checked again on the open descriptor: a report swapped for a link since the glob is refused.
    open: (path) => reportFiles.open(path),
  });
  for (const report of run.reports) {
    if (report.error)
      log.warning(`Could not parse ${report.error.message}`, {
        file: report.path,
        ...(report.error.line ? { startLine: report.error.line } : {}),
      });
    else log.info(`Read ${showControlCharacters(report.path)} (${report.format}): ${report.tests} test(s).`);
    for (const warning of report.warnings ?? [])
      log.warning(`${showControlCharacters(report.path)}: ${warning}`, { file: report.path });
  }

  // 3b. The stage's time: this shard's, or every shard's from their records; the budget.
  const timing = await timeStage({
    mode,
    budgetMs: inputs['time-budget'],
    commandMs,
    testsMs: run.collector.totals.durationMs,
    fileTimings: run.collector.fileTimings,
    reportPaths,
    roots,
    context,
    log,
  });
  const overBudget = timing.budget?.exceeded ? budgetHeadline(timing) : undefined;

  // 4. The verdict.
  const verdict = evaluateGate(
    {
      failOn,
      failOnEmpty: inputs['fail-on-empty'],
      failOnParseError: inputs['fail-on-parse-error'],
      ...(inputs['min-tests'] !== undefined ? { minTests: inputs['min-tests'] } : {}),
    },
    {
      totals: run.collector.totals,
      reports: run.reports,
      ...(commandExitCode !== undefined ? { commandExitCode } : {}),
      ...(overBudget ? { overBudget: `the stage went ${overBudget}` } : {}),
    },
  );

  // 5. History: new timings and quarantine streaks (not from a partial shard run).
  if (mode.kind !== 'shard') {
    // The shards' own per-file times when their records are here: the merge job may have only the
    // reports, no checkout to place their files in, and the next run's shards split by these.
    await history.record(timing.fileTimes, run.collector.quarantineOutcomes);
    if (context.runId) await history.save(context.runId, context.runAttempt ?? '1', log);
  }
  const releasable = [...run.collector.quarantineOutcomes.keys()]
    .map((pattern) => ({ pattern, streak: history.streaks.get(pattern) ?? 0 }))
    .filter((entry) => entry.streak >= inputs['quarantine-release-after']);

  // 6. Publish.
  const view: ReportView = {
    name: stage,
    verdict,
    collector: run.collector,
    reports: run.reports,
    locations,
    ...(context.owner && context.headSha
      ? { blobUrl: `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}` }
      : {}),
    releasable,
    timing,
    ...(shardNote
      ? { shardNote }
      : mode.kind === 'merge'
        ? { shardNote: `Merged results of ${mode.total} shard(s) from ${reportPaths.length} report(s).` }
        : {}),
  };
  const render = reportRenderer(view);
  const annotations = failureAnnotations(view, inputs.annotations);
  const published = await publishResults(
    view,
    render,
    { ...context, ...(pullRequest ? { pullRequest } : {}) },
    {
      token: inputs['github-token'] ?? '',
      checkRun: inputs['check-run'],
      comment: inputs.comment,
    },
    annotations,
    toolkit,
  );
  if (!published.annotatedByCheckRun) {
    // No check run: the same annotations as workflow commands (GitHub shows up to 10 per step).
    for (const annotation of annotations) {
      toolkit.error(annotation.message, {
        title: annotation.title ?? 'test failed',
        file: annotation.path,
        startLine: annotation.start_line,
      });
    }
  }
  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath) {
    await appendStepSummary(summaryPath, render);
  }

  const totals = run.collector.totals;
  run.finishJson({
    name: stage,
    conclusion: verdict.conclusion,
    reasons: verdict.reasons,
    totals,
    reports: run.reports.map((report) => ({
      path: report.path,
      format: report.format,
      tests: report.tests,
      ...(report.error ? { error: report.error.message } : {}),
      ...(report.warnings ? { warnings: report.warnings } : {}),
    })),
  });
  outputs.set('total', totals.total);
  outputs.set('passed', totals.passed);
  outputs.set('failed', totals.failed);
  outputs.set('errors', totals.errors);
  outputs.set('skipped', totals.skipped);
  outputs.set('flaky', totals.flaky);
  outputs.set('duration-ms', Math.round(totals.durationMs));
  outputs.set('conclusion', verdict.conclusion);
  outputs.set('report-json', jsonReportPath);
  outputs.set('check-url', published.checkUrl ?? '');
  outputs.set('comment-url', published.commentUrl ?? '');
  outputs.set('budget-exceeded', timing.budget?.exceeded ?? false);
  if (mode.kind !== 'shard') outputs.set('shard-tests', '');
  log.info(
    `${stage}: ${totals.total} tests, ${totals.passed} passed, ${totals.failed} failed, ${totals.errors} errors, ${totals.skipped} skipped, ${totals.flaky} flaky, ${totals.quarantined} quarantined.`,
  );
  const headline = budgetHeadline(timing);
  if (headline) log.info(`${stage}: ${headline}.`);
  if (verdict.conclusion === 'failure') toolkit.setFailed(`${stage} failed: ${verdict.reasons.join('; ')}.`);
}

async function loadQuarantine(workspace: string, path: string): Promise<Quarantine> {
  const absolute = isAbsolute(path) ? path : join(workspace, path);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch {
    throw new ConfigurationError(
      `Input "quarantine" names ${path}, which cannot be read: give the path of a file listing quarantined tests, relative to the workspace.`,
      'quarantine',
    );
  }
  try {
    return Quarantine.parse(text, path);
  } catch (error) {
    throw new ConfigurationError(`Input "quarantine": ${(error as Error).message}.`, 'quarantine');
  }
}
