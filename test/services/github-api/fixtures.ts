import type { StoredIssue, StoredPull } from './state';

/** An open pull request of acme/web as tests seed it into the local API's state; `fields` override. */
export function openPull(number: number, fields: Partial<StoredPull> = {}): StoredPull {
  const now = new Date().toISOString();
  return {
    number,
    owner: 'acme',
    repo: 'web',
    title: `pull ${number}`,
    body: null,
    head: `branch-${number}`,
    base: 'main',
    state: 'open',
    draft: false,
    created_at: now,
    updated_at: now,
    labels: [],
    ...fields,
  };
}

/** An issue of acme/web as tests seed it into the local API's state; `fields` override. */
export function openIssue(number: number, fields: Partial<StoredIssue> = {}): StoredIssue {
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    number,
    owner: 'acme',
    repo: 'web',
    title: `issue ${number}`,
    body: null,
    state: 'open',
    labels: [],
    created_at: now,
    updated_at: now,
    closed_at: null,
    user: 'octocat',
    ...fields,
  };
}
