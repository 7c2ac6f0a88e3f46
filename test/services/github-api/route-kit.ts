/**
 * What every route of the local API is made of: the route types, schema-complete response bodies
 * (`shaped`), the common 404, users, and GitHub's page-based pagination.
 */
import { overlay, sample } from './sample';
import { responseSchema } from './openapi';
import type { Schema } from './openapi';
import type { GitHubState } from './state';

export interface RouteContext {
  state: GitHubState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  baseUrl: string;
  login: string;
  /** owner/repo → a repository on disk (GitHubApiOptions.repositories), for routes that read git. */
  repositories: Readonly<Record<string, string>>;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  template: string;
  handle(context: RouteContext): RouteResult | Promise<RouteResult>;
}

/** A schema-complete sample of the documented response, with our fields on top. */
export function shaped<T>(
  method: string,
  template: string,
  status: number,
  fields: Record<string, unknown>,
): T {
  const schema = responseSchema(method, template, status) as Schema;
  const base = schema.type === 'array' ? sample(schema.items as Schema) : sample(schema);
  return overlay<T>(base, fields);
}

export const notFound = (what: string): RouteResult => ({
  status: 404,
  body: { message: `Not Found: ${what}`, documentation_url: 'https://docs.github.com/rest', status: '404' },
});

/** A complete `simple-user` (GitHub requires every URL field). */
export function user(context: RouteContext, login = context.login): Record<string, unknown> {
  const api = `${context.baseUrl}/users/${encodeURIComponent(login)}`;
  const bot = login.endsWith('[bot]');
  return {
    login,
    id: bot ? 41898282 : 583231,
    node_id: bot ? 'MDM6Qm90NDE4OTgyODI=' : 'MDQ6VXNlcjU4MzIzMQ==',
    type: bot ? 'Bot' : 'User',
    site_admin: false,
    gravatar_id: '',
    avatar_url: 'https://avatars.githubusercontent.com/u/41898282?v=4',
    url: api,
    html_url: bot ? `https://github.com/apps/${login.replace('[bot]', '')}` : `https://github.com/${login}`,
    events_url: `${api}/events{/privacy}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    organizations_url: `${api}/orgs`,
    received_events_url: `${api}/received_events`,
    repos_url: `${api}/repos`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
  };
}

export function repoUrl(context: RouteContext): string {
  return `${context.baseUrl}/repos/${context.params.owner}/${context.params.repo}`;
}

export function labelFields(context: RouteContext, names: string[]): Array<Record<string, unknown>> {
  return names.map((name, index) => ({
    id: index + 1,
    node_id: `LA_${index + 1}`,
    url: `${repoUrl(context)}/labels/${encodeURIComponent(name)}`,
    name,
    description: '',
    color: 'ededed',
    default: false,
  }));
}

/**
 * Page `items` the GitHub way: `per_page` (default 30, at most 100) and `page` (from 1), with a
 * Link header whose URLs keep every other query parameter of the request, so a client that follows
 * `rel="next"` keeps its filters (labels, state, environment…) on every page.
 */
export function paginate<T>(
  context: RouteContext,
  path: string,
  items: readonly T[],
  defaultPerPage = 30,
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(context.query.get('per_page') ?? defaultPerPage)));
  const page = Math.max(1, Number(context.query.get('page') ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = {};
  const link = (p: number, rel: string) => {
    const query = new URLSearchParams(context.query);
    query.set('per_page', String(perPage));
    query.set('page', String(p));
    return `<${context.baseUrl}${path}?${query.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
  ];
  if (links.length > 0) headers.link = links.join(', ');
  return { items: items.slice((page - 1) * perPage, page * perPage), headers };
}
