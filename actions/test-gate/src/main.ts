import type { MainContext } from '@shipchain/action-runtime';
import { runStageCommand } from './command';
import type { inputs, outputs } from './contract';
import { readRunContext } from './context';
import { publishStage } from './publish-stage';
import { pullRequestToComment } from './pull-request';
import { rememberRun } from './remember';
import { reportView } from './report-view';
import { readStageReports } from './reports';
import { finishStage } from './results';
import { pickShardFiles } from './shard-files';
import { setUpStage } from './stage-setup';
import { timeStage } from './time-stage';
import { judgeStage } from './verdict';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

/** Run the tests (this shard's share), read the reports, time and gate the stage, remember, publish. */
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
  const setup = await setUpStage(inputs, context, env, log);
  const { stage, mode } = setup;

  // 1. This shard's files, when sharding; 2. the test command, with them appended.
  const shard = await pickShardFiles(inputs, setup, context.workspace, log);
  if (shard) outputs.set('shard-tests', shard.files.join('\n'));
  const command = await runStageCommand(
    inputs,
    { mode, files: shard?.files ?? [] },
    { cwd: setup.workingDirectory, env, log },
  );

  // 3. The reports, read as streams; the stage's time (this shard's, or every shard's) and budget.
  const reports = await readStageReports(inputs, context, setup, log);
  const timing = await timeStage({
    mode,
    budgetMs: inputs['time-budget'],
    commandMs: command.ms,
    testsMs: reports.run.collector.totals.durationMs,
    fileTimings: reports.run.collector.fileTimings,
    reportPaths: reports.reportPaths,
    roots: setup.roots,
    context,
    log,
  });

  // 4. The verdict; 5. history: new timings and quarantine streaks.
  const verdict = judgeStage(inputs, setup.failOn, reports.run, command.exitCode, timing);
  const releasable = await rememberRun(
    setup,
    timing.fileTimes,
    reports.run,
    context,
    inputs['quarantine-release-after'],
    log,
  );

  // 6. Publish, then the outputs and the step's conclusion.
  const view = reportView({
    stage,
    verdict,
    reports,
    context,
    releasable,
    timing,
    mode,
    shardNote: shard?.note,
  });
  const published = await publishStage(view, inputs, context, pullRequest, toolkit);
  finishStage(stage, { verdict, reports, timing, published, mode }, { outputs, log, toolkit });
}
