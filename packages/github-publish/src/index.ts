export { githubClient, isPermissionError, statusOf, callApi } from './client';
export type { GitHubClient, Repository } from './client';
export { publishCheckRun, CHECK_OUTPUT_LIMIT, ANNOTATIONS_PER_REQUEST } from './check-run';
export type { CheckAnnotation, CheckRunRequest } from './check-run';
export { upsertStickyComment, stickyMarker, COMMENT_LIMIT } from './sticky-comment';
export type { StickyCommentRequest, StickyCommentResult } from './sticky-comment';
export { resolveWorkflowRunPullRequest, resolveCommitPullRequest } from './pull-request-lookup';
export type { PullRequestResolution, WorkflowRunPayload } from './pull-request-lookup';
export {
  createDeployment,
  createDeploymentStatus,
  fitDescription,
  listDeployments,
  listDeploymentStatuses,
  STATUS_DESCRIPTION_LIMIT,
} from './deployments';
export type {
  CreateDeploymentRequest,
  CreateDeploymentStatusRequest,
  Deployment,
  DeploymentState,
  DeploymentStatus,
} from './deployments';
export { listLabelledIssues } from './issues';
export type { LabelledIssue } from './issues';
export { allPages, PAGE_SIZE } from './pages';
export { compareCommits } from './compare';
export type { Comparison } from './compare';
