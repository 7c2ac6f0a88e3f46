export { startGitHubApi } from './server';
export type { GitHubApi, GitHubApiOptions, RecordedRequest } from './server';
export type { GitHubState, StoredAttestation, StoredCheckRun, StoredComment, StoredPull } from './state';
export { openPull } from './fixtures';
