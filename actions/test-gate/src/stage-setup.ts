import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError, type ConfinementRoot, type Logger } from '@shipchain/action-runtime';
import type { RunContext } from './context';
import type { Inputs } from './contract';
import { parseFailOn } from './gate';
import { StageHistory } from './history';
import { requireSomethingToGate } from './input-checks';
import { shardMode, type ShardMode } from './shard';

/** What every later stage works from: the stage's name, where it runs, how it gates, what it remembers. */
export interface StageSetup {
  stage: string;
  workingDirectory: string;
  /** Where matches and reports may be (the workspace and RUNNER_TEMP); links leading elsewhere are refused. */
  roots: ConfinementRoot[];
  failOn: ReturnType<typeof parseFailOn>;
  mode: ShardMode;
  history: StageHistory;
}

/** Check the inputs that say what to gate and how, then load the stage's timings and quarantine streaks. */
export async function setUpStage(
  inputs: Inputs,
  context: RunContext,
  env: Readonly<Record<string, string | undefined>>,
  log: Logger,
): Promise<StageSetup> {
  const stage = inputs.name ?? context.job;
  const workingDirectory = resolve(context.workspace, inputs['working-directory']);
  await access(workingDirectory).catch(() => {
    throw new ConfigurationError(
      `Input "working-directory" is ${inputs['working-directory']}, which does not exist in the workspace.`,
      'working-directory',
    );
  });
  requireSomethingToGate(inputs);
  const roots = [
    { path: context.workspace, name: 'the workspace' },
    { path: context.tempDirectory, name: 'RUNNER_TEMP' },
  ];
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
  return { stage, workingDirectory, roots, failOn, mode, history };
}
