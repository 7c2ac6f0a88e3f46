/**
 * GET /repos/{owner}/{repo}/compare/{base}...{head}, answered from a real git repository of the
 * test (GitHubApiOptions.repositories): the commits of `base..head` oldest first, total_commits,
 * ahead_by/behind_by against the merge base and the status GitHub derives from them (identical,
 * ahead, behind, diverged). Without per_page or page at most the last 250 commits are listed, as
 * GitHub documents; with either, the commits are paged.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { notFound, paginate, repoUrl, shaped } from './route-kit';
import type { Route, RouteContext } from './route-kit';

const COMPARE = '/repos/{owner}/{repo}/compare/{basehead}';
const UNPAGED_LIMIT = 250;
const run = promisify(execFile);

async function git(dir: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      LC_ALL: 'C',
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

async function resolve(dir: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined;
  try {
    return (await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    return undefined;
  }
}

const count = async (dir: string, range: string) =>
  Number((await git(dir, ['rev-list', '--count', range])).trim());

interface GitCommit {
  sha: string;
  parents: string[];
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  tree: string;
  message: string;
}

const iso = (date: string) => new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The commits of `range`, oldest first (GitHub's order), read in one git log. */
async function commitsOf(dir: string, range: string): Promise<GitCommit[]> {
  const format = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%T', '%B'].join('%x1f');
  const out = await git(dir, ['log', '-z', '--reverse', `--format=${format}`, range, '--']);
  return out
    .split('\0')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [
        sha = '',
        parents = '',
        an = '',
        ae = '',
        ad = '',
        cn = '',
        ce = '',
        cd = '',
        tree = '',
        message = '',
      ] = record.replace(/^\n/, '').split('\x1f');
      return {
        sha,
        parents: parents.split(' ').filter(Boolean),
        author: { name: an, email: ae, date: iso(ad) },
        committer: { name: cn, email: ce, date: iso(cd) },
        tree,
        message: message.replace(/\n$/, ''),
      };
    });
}

function commitFields(context: RouteContext, c: GitCommit): Record<string, unknown> {
  const { owner, repo } = context.params;
  const api = repoUrl(context);
  return {
    sha: c.sha,
    node_id: `C_${c.sha.slice(0, 10)}`,
    url: `${api}/commits/${c.sha}`,
    html_url: `https://github.com/${owner}/${repo}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
    },
    author: null,
    committer: null,
    parents: c.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `https://github.com/${owner}/${repo}/commit/${sha}`,
    })),
  };
}

export const COMPARE_ROUTES: Route[] = [
  {
    method: 'GET',
    template: COMPARE,
    async handle(context) {
      const { owner = '', repo = '', basehead = '' } = context.params;
      const dir = context.repositories[`${owner}/${repo}`];
      if (!dir) return notFound(`repository ${owner}/${repo}`);
      const [baseRef, headRef] = basehead.split('...', 2);
      if (!baseRef || !headRef) return notFound(`comparison ${basehead}`);
      const [base, head] = await Promise.all([resolve(dir, baseRef), resolve(dir, headRef)]);
      if (!base || !head) return notFound(`commit of ${basehead}`);
      const mergeBase = (await git(dir, ['merge-base', base, head]).catch(() => '')).trim();
      if (!mergeBase) return notFound(`no common ancestor of ${basehead}`);
      const [aheadBy, behindBy] = await Promise.all([
        count(dir, `${mergeBase}..${head}`),
        count(dir, `${mergeBase}..${base}`),
      ]);
      const status =
        base === head ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged';
      const all = await commitsOf(dir, `${base}..${head}`);
      const paged = context.query.has('per_page') || context.query.has('page');
      const path = `/repos/${owner}/${repo}/compare/${basehead}`;
      const { items, headers } = paged
        ? paginate(context, path, all)
        : { items: all.slice(-UNPAGED_LIMIT), headers: {} };
      const [baseCommit, mergeBaseCommit] = await Promise.all([
        commitsOf(dir, `${base}^!`),
        commitsOf(dir, `${mergeBase}^!`),
      ]);
      const html = `https://github.com/${owner}/${repo}/compare/${basehead}`;
      return {
        status: 200,
        headers,
        body: shaped('GET', COMPARE, 200, {
          url: `${repoUrl(context)}/compare/${basehead}`,
          html_url: html,
          permalink_url: `https://github.com/${owner}/${repo}/compare/${owner}:${base.slice(0, 7)}...${owner}:${head.slice(0, 7)}`,
          diff_url: `${html}.diff`,
          patch_url: `${html}.patch`,
          base_commit: commitFields(context, baseCommit[0] as GitCommit),
          merge_base_commit: commitFields(context, mergeBaseCommit[0] as GitCommit),
          status,
          ahead_by: aheadBy,
          behind_by: behindBy,
          total_commits: aheadBy,
          commits: items.map((c) => commitFields(context, c)),
        }),
      };
    },
  },
];
