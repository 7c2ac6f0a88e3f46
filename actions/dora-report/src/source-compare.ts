/**
 * Lead times without a clone: when source-repository is owner/repo, the changes each deployment
 * carried come from GitHub's compare API (contents: read), one comparison per deployment.
 */
import { ConfigurationError } from '@shipchain/action-runtime';
import type { CompareSource } from '@shipchain/dora';
import { compareCommits, githubClient, isPermissionError, statusOf } from '@shipchain/github-publish';
import { repositoryName } from './repository-name';

export function compareSourceFor(
  sourceRepository: string,
  token: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): CompareSource {
  const repository = repositoryName(sourceRepository, 'source-repository');
  if (!token)
    throw new ConfigurationError(
      'Input "token" is empty, but "source-repository" names a GitHub repository whose commits are compared through the API: give a token with contents: read there, or give the source as a URL or path to clone.',
      'token',
    );
  const client = githubClient(token, env.GITHUB_API_URL ?? 'https://api.github.com');
  return async (base, head) => {
    try {
      const comparison = await compareCommits(client, { ...repository, base, head });
      return comparison
        ? {
            commits: comparison.commits.map((c) => ({
              sha: c.sha,
              time: Math.floor(Date.parse(c.committedAt) / 1000),
            })),
          }
        : undefined;
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      throw new ConfigurationError(
        `GitHub answered ${statusOf(error)} comparing commits of ${repository.owner}/${repository.repo}: check "source-repository" and give the token contents: read there.`,
        'source-repository',
      );
    }
  };
}
