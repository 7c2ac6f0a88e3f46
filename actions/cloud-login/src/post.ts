import { rm } from 'node:fs/promises';
import type { PostContext } from '@shipchain/action-runtime';
import { LEFTOVERS_STATE, type Leftovers } from './exports';

/** Remove every credentials file main wrote and blank what it exported. */
export async function post({ state, log, toolkit }: PostContext): Promise<void> {
  const leftovers = state.get<Leftovers>(LEFTOVERS_STATE);
  if (!leftovers) return;
  for (const path of leftovers.files) await rm(path, { recursive: true, force: true });
  for (const name of leftovers.variables) toolkit.exportVariable(name, '');
  log.info(
    `Removed ${leftovers.files.length} credentials path(s) and cleared ${leftovers.variables.length} variable(s).`,
  );
}
