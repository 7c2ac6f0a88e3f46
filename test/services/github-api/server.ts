/**
 * A local, stateful GitHub REST API for the endpoints the actions use. Every request body and
 * parameter is validated against GitHub's published OpenAPI description (a request GitHub would
 * reject gets 422 here too), and every response is validated before it is sent (a response that
 * does not match is a bug in this fake: it answers 500 and is recorded in `schemaViolations`).
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { executeGraphql } from './graphql';
import { validateParameters, validateRequestBody, validateResponseBody } from './openapi';
import { ROUTES } from './routes';
import type { Route, RouteResult } from './route-kit';
import { emptyState } from './state';
import type { GitHubState } from './state';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The OpenAPI template matched, or undefined for an unimplemented route. */
  template: string | undefined;
  body: unknown;
  status: number;
  /** Why it was refused (schema problems), when it was. */
  rejected?: string[];
}

export interface GitHubApiOptions {
  /** Tokens accepted, each with write or read-only access (a read-only token gets 403 on writes, like a fork PR's). */
  tokens?: Record<string, 'write' | 'read'>;
  /** The login that authored writes (comments). Default `github-actions[bot]`. */
  login?: string;
  /** owner/repo → a bare repository on disk, for GraphQL createCommitOnBranch. */
  repositories?: Record<string, string>;
}

export interface GitHubApi {
  url: string;
  state: GitHubState;
  requests: RecordedRequest[];
  schemaViolations: string[];
  /** Answer the next `count` requests (optionally only to a template) with `status`. */
  failNext(options: { status: number; count?: number; template?: string; retryAfter?: number }): void;
  stop(): Promise<void>;
}

interface Fault {
  status: number;
  count: number;
  template?: string;
  retryAfter?: number;
}

function match(
  method: string,
  pathname: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const names: string[] = [];
    const pattern = route.template.replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    const found = new RegExp(`^${pattern}$`).exec(pathname);
    if (found) {
      const params = Object.fromEntries(
        names.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? '')]),
      );
      return { route, params };
    }
  }
  return undefined;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const state = emptyState();
  const requests: RecordedRequest[] = [];
  const schemaViolations: string[] = [];
  const faults: Fault[] = [];
  let baseUrl = '';

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      schemaViolations.push(`internal error: ${String(error)}`);
      send(response, { status: 500, body: { message: String(error) } });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', baseUrl);
    const raw = await readBody(request);
    const found = match(method, url.pathname);
    const record: RecordedRequest = {
      method,
      path: url.pathname + url.search,
      template: found?.route.template,
      body: undefined,
      status: 0,
    };
    requests.push(record);
    const reply = (result: RouteResult): void => {
      record.status = result.status;
      send(response, result);
    };

    const access = authorize(request.headers.authorization, options.tokens);
    if (access === 'missing') return reply(error(401, 'Requires authentication'));
    if (access === 'invalid') return reply(error(401, 'Bad credentials'));

    const fault = faults.find((f) => f.count > 0 && (!f.template || f.template === found?.route.template));
    if (fault) {
      fault.count--;
      const headers: Record<string, string> =
        fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
      return reply({ status: fault.status, headers, body: { message: `injected ${fault.status}` } });
    }

    if (method === 'POST' && url.pathname === '/graphql') {
      let query: { query?: unknown; variables?: unknown } = {};
      try {
        query = JSON.parse(raw) as typeof query;
      } catch {
        return reply(error(400, 'Problems parsing JSON'));
      }
      record.body = query;
      const result = await executeGraphql(query, {
        state,
        login: options.login ?? 'github-actions[bot]',
        access,
        repositories: options.repositories ?? {},
      });
      return reply({ status: 200, body: result });
    }
    if (!found) {
      return reply(
        error(404, `Not Found: the local GitHub API does not implement ${method} ${url.pathname}`),
      );
    }
    if (access === 'read' && method !== 'GET') {
      return reply(error(403, 'Resource not accessible by integration'));
    }

    let body: unknown;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return reply(error(400, 'Problems parsing JSON'));
      }
    }
    record.body = body;
    const problems = [
      ...validateParameters(method, found.route.template, { path: found.params, query: url.searchParams }),
      ...validateRequestBody(method, found.route.template, body),
    ];
    if (problems.length > 0) {
      record.rejected = problems;
      return reply({
        status: 422,
        body: {
          message: 'Invalid request.',
          errors: problems,
          documentation_url: 'https://docs.github.com/rest',
          status: '422',
        },
      });
    }

    const result = await found.route.handle({
      state,
      params: found.params,
      query: url.searchParams,
      body: (body ?? {}) as Record<string, unknown>,
      baseUrl,
      login: options.login ?? 'github-actions[bot]',
      repositories: options.repositories ?? {},
    });
    if (result.status < 300) {
      const violations = validateResponseBody(method, found.route.template, result.status, result.body);
      if (violations.length > 0) {
        const message = `${method} ${found.route.template} ${result.status} response breaks GitHub's schema: ${violations.join('; ')}`;
        schemaViolations.push(message);
        return reply(error(500, message));
      }
    }
    reply(result);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    state,
    requests,
    schemaViolations,
    failNext({ status, count = 1, template, retryAfter }) {
      faults.push({ status, count, template, retryAfter });
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

function authorize(
  header: string | undefined,
  tokens: Record<string, 'write' | 'read'> | undefined,
): 'write' | 'read' | 'missing' | 'invalid' {
  if (!tokens) return 'write';
  if (!header) return 'missing';
  const token = header.replace(/^(?:Bearer|token)\s+/i, '');
  return tokens[token] ?? 'invalid';
}

function error(status: number, message: string): RouteResult {
  return {
    status,
    body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
  };
}

function send(response: ServerResponse, result: RouteResult): void {
  const headers: Record<string, string> = {
    'x-github-request-id': randomUUID().toUpperCase(),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    'x-github-api-version-selected': '2022-11-28',
    ...result.headers,
  };
  if (result.body === undefined) {
    response.writeHead(result.status, headers);
    response.end();
    return;
  }
  response.writeHead(result.status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(result.body));
}
