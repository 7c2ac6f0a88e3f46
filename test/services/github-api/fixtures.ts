import type { StoredPull } from './state';

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
