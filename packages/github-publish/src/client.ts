import { getOctokit } from '@actions/github';
import { isTransientError, withRetry } from '@shipchain/action-runtime';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface Repository {
  owner: string;
  repo: string;
}

/** An Octokit for `apiUrl` (GHES and tests pass their own). */
export function githubClient(token: string, apiUrl: string): GitHubClient {
  return getOctokit(token, { baseUrl: apiUrl.replace(/\/$/, '') });
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** 403/404 on a write: the token may not write here (read-only token, fork PR). */
export function isPermissionError(error: unknown): boolean {
  const status = statusOf(error);
  return status === 403 || status === 404 || status === 401;
}

/** Call the API, retrying only transient failures (5xx, 429, resets). */
export function callApi<T>(call: () => Promise<T>): Promise<T> {
  return withRetry(call, { attempts: 4, maxElapsedMs: 30_000, isTransient: isTransientError });
}
