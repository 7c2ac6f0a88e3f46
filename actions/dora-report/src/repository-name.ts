import { ConfigurationError } from '@shipchain/action-runtime';
import type { Repository } from '@shipchain/github-publish';

const NAME = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/;

/** Is the value a GitHub repository name (owner/repo) rather than a URL or a path? */
export const isRepositoryName = (value: string): boolean => NAME.test(value.trim());

/** owner/repo, or a ConfigurationError naming the input. */
export function repositoryName(value: string, input: string, emptyMeans?: string): Repository {
  const found = NAME.exec(value.trim());
  if (!found)
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(value)}: write the repository as owner/repo${emptyMeans ? ` (empty: ${emptyMeans})` : ''}.`,
      input,
    );
  return { owner: found[1] as string, repo: found[2] as string };
}
