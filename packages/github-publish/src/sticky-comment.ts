import { percentEncode } from '@shipchain/action-runtime';
import { callApi, type GitHubClient, type Repository } from './client';

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

export interface StickyCommentRequest extends Repository {
  issueNumber: number;
  /** Identifies this comment among all others on the PR (e.g. action and stage name). */
  key: string;
  body: string;
  /** Only update an existing comment; never create one (e.g. a passing run after a failing one). */
  updateOnly?: boolean;
}

export type StickyCommentResult =
  { action: 'created' | 'updated'; url: string; id: number } | { action: 'skipped' };

/**
 * The hidden HTML comment that finds our comment again. The key may hold a workflow's
 * names, so it is kept to characters that cannot end the comment early: runs of `-`
 * become one (`--` ends a comment) and anything outside a plain set is percent-encoded.
 * Plain keys give the same marker as before, so existing comments are still found.
 */
export function stickyMarker(key: string): string {
  const safeKey = key.replace(/-+/g, '-').replace(/[^\w.:/@ +-]/gu, percentEncode);
  return `<!-- shipchain:sticky:${safeKey} -->`;
}

/**
 * One comment per key, found again by a hidden marker and edited in place, so
 * re-runs never pile up comments. Pages through all comments to find it.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  request: StickyCommentRequest,
): Promise<StickyCommentResult> {
  const marker = stickyMarker(request.key);
  const body = `${marker}\n${request.body}`.slice(0, COMMENT_LIMIT);
  const existing = await findComment(client, request, marker);
  if (existing !== undefined) {
    const { data } = await callApi(() =>
      client.rest.issues.updateComment({
        owner: request.owner,
        repo: request.repo,
        comment_id: existing,
        body,
      }),
    );
    return { action: 'updated', url: data.html_url, id: data.id };
  }
  if (request.updateOnly) return { action: 'skipped' };
  const { data } = await callApi(() =>
    client.rest.issues.createComment({
      owner: request.owner,
      repo: request.repo,
      issue_number: request.issueNumber,
      body,
    }),
  );
  return { action: 'created', url: data.html_url, id: data.id };
}

async function findComment(
  client: GitHubClient,
  request: StickyCommentRequest,
  marker: string,
): Promise<number | undefined> {
  for (let page = 1; ; page++) {
    const { data } = await callApi(() =>
      client.rest.issues.listComments({
        owner: request.owner,
        repo: request.repo,
        issue_number: request.issueNumber,
        per_page: 100,
        page,
      }),
    );
    const found = data.find((comment) => comment.body?.startsWith(marker) && writtenByUs(comment));
    if (found) return found.id;
    if (data.length < 100) return undefined;
  }
}

/** Who may have written a comment we edit: bots (the job token's own identity) and the repository's members. */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

/**
 * Anyone can type our hidden marker into a comment of their own. A comment counts as ours only
 * when a bot (the job token comments as `github-actions[bot]`, an app token as its app) or someone
 * with write access to the repository (a personal token's owner) wrote it: never a pull
 * request's author, who could otherwise plant a marker to block or hijack our updates.
 */
function writtenByUs(comment: { user?: { type?: string } | null; author_association?: string }): boolean {
  return comment.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(comment.author_association ?? '');
}
