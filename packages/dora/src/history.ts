import { readTrailers, type ChangeKind } from '@shipchain/gitops';
import { gitRecords } from './git-records';

/** One commit of the GitOps history that a Shipchain writer made (docs/trailers.md). */
export interface ShipchainCommit {
  sha: string;
  /** Committer time, in seconds since the epoch: when the change reached the branch. */
  time: number;
  kind: ChangeKind;
  environment: string;
  image: string;
  digest: string;
  sourceRepository: string;
  sourceCommit: string;
  /** The commit a revert or rollback undoes. */
  reverts?: string;
  reason?: string;
}

export interface HistoryRequest {
  /** A local clone of the GitOps repository. */
  dir: string;
  /** The branch or ref the environments are reconciled from. Default HEAD. */
  ref?: string;
  /** Only commits made at or after this time (seconds since the epoch). */
  since: number;
  /** Environment name → path prefixes, for commits that carry no Shipchain-Environment. */
  environments?: Readonly<Record<string, readonly string[]>>;
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The Shipchain commits of the window, oldest first, from ONE streaming `git log` (NUL between
 * commits, sha and committer time on the first two lines, then the raw message).
 */
export async function readHistory(request: HistoryRequest): Promise<ShipchainCommit[]> {
  const commits: ShipchainCommit[] = [];
  const args = [
    'log',
    '-z',
    '--reverse',
    '--format=%H%n%ct%n%B',
    `--since=${request.since}`,
    request.ref ?? 'HEAD',
    '--',
  ];
  await gitRecords(
    request.dir,
    args,
    (record) => {
      const commit = parseCommit(record, request.environments);
      if (commit) commits.push(commit);
    },
    request.env,
  );
  return commits;
}

const REVERT_LINE = /^This reverts commit ([0-9a-f]{40})\b/m;

/** A commit record as readHistory asks git for it; undefined for commits no Shipchain writer made. */
export function parseCommit(
  record: string,
  environments?: Readonly<Record<string, readonly string[]>>,
): ShipchainCommit | undefined {
  const first = record.indexOf('\n');
  const second = record.indexOf('\n', first + 1);
  if (first < 0 || second < 0) return undefined;
  const sha = record.slice(0, first).trim();
  const time = Number(record.slice(first + 1, second));
  const message = record.slice(second + 1);
  if (!message.includes('Shipchain-')) return undefined;
  const trailers = readTrailers(message);
  if (!trailers.image || !trailers.newRef) return undefined;
  // Older gitops-bump wrote no Kind: a revert is known by the line git revert writes.
  const revertLine = REVERT_LINE.exec(message)?.[1];
  const kind = knownKind(trailers.kind) ?? (revertLine ? 'revert' : 'deploy');
  const reverts = trailers.reverts ?? revertLine;
  // Given environments name paths: a commit is theirs by its paths first, then by its name.
  const environment =
    (environments && environmentOfPaths(trailers.paths ?? '', environments)) ||
    trailers.environment ||
    environmentOfPaths(trailers.paths ?? '') ||
    '';
  if (!environment) return undefined;
  if (environments && !Object.hasOwn(environments, environment)) return undefined;
  return {
    sha,
    time,
    kind,
    environment,
    image: trailers.image,
    digest: trailers.digest || digestOfRef(trailers.newRef),
    sourceRepository: trailers.sourceRepository ?? '',
    sourceCommit: trailers.source ?? '',
    ...(reverts ? { reverts } : {}),
    ...(trailers.reason ? { reason: trailers.reason } : {}),
  };
}

function knownKind(kind: string | undefined): ChangeKind | undefined {
  return kind === 'deploy' || kind === 'promote' || kind === 'revert' || kind === 'rollback'
    ? kind
    : undefined;
}

function digestOfRef(ref: string): string {
  return /@(sha256:[0-9a-f]{64})/.exec(ref)?.[1] ?? '';
}

/** The environment whose path prefix the commit's first path starts with; else its last segment. */
function environmentOfPaths(
  paths: string,
  environments?: Readonly<Record<string, readonly string[]>>,
): string | undefined {
  const first = paths.split(',')[0]?.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  if (!first) return undefined;
  if (environments) {
    for (const [name, prefixes] of Object.entries(environments))
      if (prefixes.some((prefix) => under(first, prefix))) return name;
    return undefined;
  }
  return first.split('/').filter(Boolean).at(-1);
}

function under(path: string, prefix: string): boolean {
  const clean = prefix.replace(/^\.\//, '').replace(/\/+$/, '');
  return path === clean || path.startsWith(`${clean}/`);
}
