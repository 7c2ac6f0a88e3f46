import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { isTransientError, withRetry } from '@shipchain/action-runtime';

// The Octokit @actions/github builds, without that package: its entry point loads an HTTP client
// (undici) that each bundle using this one would carry; Octokit requests through the global fetch.
const GitHub = Octokit.plugin(restEndpointMethods, paginateRest);

export type GitHubClient = InstanceType<typeof GitHub>;

export interface Repository {
  owner: string;
  repo: string;
}

/** An Octokit for `apiUrl` (GHES and tests pass their own). */
export function githubClient(token: string, apiUrl: string): GitHubClient {
  return new GitHub({ auth: token, baseUrl: apiUrl.replace(/\/$/, '') });
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
