import { callApi, type GitHubClient, type Repository } from './client';

/** GitHub caps a check run's output.summary and output.text at 65,535 characters each. */
export const CHECK_OUTPUT_LIMIT = 65_535;
/** And takes at most 50 annotations per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunRequest extends Repository {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: readonly CheckAnnotation[];
  detailsUrl?: string;
}

/**
 * Creates a completed check run, then adds annotations beyond the first 50 in
 * further updates of 50 each (GitHub's per-request limit).
 * Returns the check run's html_url.
 */
export async function publishCheckRun(
  client: GitHubClient,
  request: CheckRunRequest,
): Promise<{ url: string; id: number; requests: number }> {
  const batches: CheckAnnotation[][] = [];
  for (let index = 0; index < request.annotations.length; index += ANNOTATIONS_PER_REQUEST) {
    batches.push(request.annotations.slice(index, index + ANNOTATIONS_PER_REQUEST).map(fitAnnotation));
  }
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title: request.title.slice(0, 255),
    summary: request.summary.slice(0, CHECK_OUTPUT_LIMIT),
    ...(annotations && annotations.length > 0 ? { annotations } : {}),
  });
  const { data } = await callApi(() =>
    client.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      name: request.name,
      head_sha: request.headSha,
      status: 'completed',
      conclusion: request.conclusion,
      completed_at: new Date().toISOString(),
      ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
      output: output(batches[0]),
    }),
  );
  for (const batch of batches.slice(1)) {
    await callApi(() =>
      client.rest.checks.update({
        owner: request.owner,
        repo: request.repo,
        check_run_id: data.id,
        output: output(batch),
      }),
    );
  }
  return { url: data.html_url ?? '', id: data.id, requests: Math.max(1, batches.length) };
}

/** Annotation fields have their own limits (message and raw_details 64 KiB, title 255). */
function fitAnnotation(annotation: CheckAnnotation): CheckAnnotation {
  return {
    ...annotation,
    message: annotation.message.slice(0, 65_000) || '(no message)',
    ...(annotation.title ? { title: annotation.title.slice(0, 255) } : {}),
    ...(annotation.raw_details ? { raw_details: annotation.raw_details.slice(0, 65_000) } : {}),
  };
}
