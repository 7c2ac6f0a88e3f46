/**
 * The two GraphQL mutations the actions use, executed by graphql-js against GitHub's published
 * schema (@octokit/graphql-schema): a query GitHub would reject is rejected here too.
 * createCommitOnBranch writes a real commit into a real bare repository, with the branch moved
 * by compare-and-swap, the way GitHub makes API commits it marks verified.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLError, buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { git } from '../git';
import { makeTempDir } from '../lib/temp-dir';
import type { GitHubState } from './state';

let schema: GraphQLSchema | undefined;
function githubSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync(schemaFile(), 'utf8'), { assumeValidSDL: true });
  return schema;
}

/** The package exports only its JS entry (which parses a large JSON eagerly): find the SDL file itself. */
function schemaFile(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('@octokit/graphql-schema is not installed (npm ci)');
}

export interface GraphqlContext {
  state: GitHubState;
  login: string;
  access: 'write' | 'read';
  /** owner/repo → bare repository on disk. */
  repositories: Record<string, string>;
}

interface FileChanges {
  additions?: Array<{ path: string; contents: string }>;
  deletions?: Array<{ path: string }>;
}

export async function executeGraphql(
  body: { query?: unknown; variables?: unknown },
  context: GraphqlContext,
): Promise<unknown> {
  if (typeof body.query !== 'string')
    return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
  const writable = (): void => {
    if (context.access !== 'write')
      throw new GraphQLError('Resource not accessible by integration', { extensions: { type: 'FORBIDDEN' } });
  };
  const rootValue = {
    async createCommitOnBranch({ input }: { input: Record<string, unknown> }) {
      writable();
      const branch = input.branch as { repositoryNameWithOwner?: string; branchName?: string };
      const name = branch.repositoryNameWithOwner ?? '';
      const repository = context.repositories[name];
      if (!repository || !branch.branchName)
        throw new GraphQLError(`Could not resolve to a Repository with the name '${name}'.`, {
          extensions: { type: 'NOT_FOUND' },
        });
      return commitOnBranch(repository, name, branch.branchName, input, context.login, context.state);
    },
    enablePullRequestAutoMerge({ input }: { input: { pullRequestId: string; mergeMethod?: string } }) {
      writable();
      const pull = context.state.pulls.find((p) => `PR_${p.number}` === input.pullRequestId);
      if (!pull)
        throw new GraphQLError(`Could not resolve to a node with the global id of '${input.pullRequestId}'`, {
          extensions: { type: 'NOT_FOUND' },
        });
      pull.autoMerge = input.mergeMethod ?? 'MERGE';
      return {
        clientMutationId: null,
        pullRequest: {
          number: pull.number,
          autoMergeRequest: { mergeMethod: pull.autoMerge, enabledAt: new Date().toISOString() },
        },
      };
    },
  };
  const result = await graphql({
    schema: githubSchema(),
    source: body.query,
    rootValue,
    variableValues: (body.variables ?? {}) as Record<string, unknown>,
  });
  return JSON.parse(JSON.stringify(result));
}

async function commitOnBranch(
  repository: string,
  name: string,
  branchName: string,
  input: Record<string, unknown>,
  login: string,
  state: GitHubState,
) {
  const ref = `refs/heads/${branchName}`;
  const expected = String(input.expectedHeadOid);
  const head = (
    await git(['rev-parse', '--verify', '--quiet', ref], { cwd: repository }).catch(() => '')
  ).trim();
  if (!head)
    throw new GraphQLError(`A ref named "${branchName}" does not exist in ${name}.`, {
      extensions: { type: 'NOT_FOUND' },
    });
  const stale = () =>
    new GraphQLError(`Expected branch to point to "${expected}" but it did not. Pull and try again.`, {
      extensions: { type: 'STALE_DATA' },
    });
  if (head !== expected) throw stale();

  const changes = (input.fileChanges ?? {}) as FileChanges;
  const temp = await makeTempDir();
  try {
    const env = { GIT_INDEX_FILE: join(temp.path, 'index') };
    await git(['read-tree', head], { cwd: repository, env });
    // --index-info works without a work tree: mode 0 removes a path, 100644 adds or replaces it.
    const entries: string[] = [];
    for (const deletion of changes.deletions ?? []) entries.push(`0 ${'0'.repeat(40)}\t${deletion.path}\n`);
    for (const addition of changes.additions ?? []) {
      const contents = Buffer.from(addition.contents, 'base64');
      const blob = (await git(['hash-object', '-w', '--stdin'], { cwd: repository, input: contents })).trim();
      entries.push(`100644 ${blob}\t${addition.path}\n`);
    }
    await git(['update-index', '--index-info'], { cwd: repository, env, input: entries.join('') });
    const tree = (await git(['write-tree'], { cwd: repository, env })).trim();
    const message = input.message as { headline: string; body?: string };
    const text = message.body ? `${message.headline}\n\n${message.body}` : message.headline;
    // GitHub authors API commits as the token's user and signs them with its own key.
    const identity = {
      GIT_AUTHOR_NAME: login,
      GIT_AUTHOR_EMAIL: `${login}@users.noreply.github.com`,
      GIT_COMMITTER_NAME: 'GitHub',
      GIT_COMMITTER_EMAIL: 'noreply@github.com',
    };
    const oid = (
      await git(['commit-tree', tree, '-p', head], { cwd: repository, env: identity, input: text })
    ).trim();
    try {
      await git(['update-ref', ref, oid, head], { cwd: repository });
    } catch {
      throw stale();
    }
    state.verifiedCommits.add(oid);
    return {
      clientMutationId: input.clientMutationId ?? null,
      commit: { oid, url: `https://github.com/${name}/commit/${oid}` },
      ref: { name: ref },
    };
  } finally {
    await temp.remove();
  }
}
