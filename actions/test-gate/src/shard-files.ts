import { ConfigurationError, type Logger } from '@shipchain/action-runtime';
import { splitByTimings } from '@shipchain/test-sharding';
import type { Inputs } from './contract';
import { matchFiles } from './files';
import { describePlan } from './shard';
import type { StageSetup } from './stage-setup';

/** This shard's test files and the line describing the split. */
export interface ShardShare {
  files: string[];
  note: string;
}

/**
 * Match the `tests` globs and take this shard's share, balanced by the recorded timings; undefined
 * when the run is not one shard of several.
 */
export async function pickShardFiles(
  inputs: Pick<Inputs, 'tests' | 'working-directory'>,
  setup: StageSetup,
  workspace: string,
  log: Logger,
): Promise<ShardShare | undefined> {
  const { mode, history } = setup;
  if (mode.kind !== 'shard') return undefined;
  const files = await matchFiles(inputs.tests, setup.workingDirectory, workspace, {
    roots: setup.roots,
    input: 'tests',
    warn: (message) => log.warning(message),
  });
  if (files.length === 0)
    throw new ConfigurationError(
      `Input "tests" matched no files under ${inputs['working-directory']}: check the globs.`,
      'tests',
    );
  const plan = splitByTimings(files, history.timings, mode.total);
  const note = describePlan(plan, mode.index);
  log.info(`${note} Timings from: ${history.source}.`);
  return { files: plan.shards[mode.index]?.files ?? [], note };
}
