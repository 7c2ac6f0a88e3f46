export { startGitHubApi } from './server';
export type { GitHubApi, GitHubApiOptions, RecordedRequest } from './server';
export type {
  GitHubState,
  StoredAttestation,
  StoredCheckRun,
  StoredComment,
  StoredDeployment,
  StoredDeploymentStatus,
  StoredIssue,
  StoredPull,
} from './state';
export { openIssue, openPull } from './fixtures';
