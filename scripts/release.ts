/**
 * Cut a release of the actions: check, tag vX.Y.Z (immutable), move vX to it, push both in one
 * atomic push, and write the changelog from the commits since the last release.
 *
 *   tsx scripts/release.ts 1.4.0            check, commit the changelog, tag locally; print the push
 *   tsx scripts/release.ts 1.4.0 --push     …and push the commit, vX.Y.Z and vX atomically
 *   --remote NAME (default origin), --dry-run (say what would happen, change nothing)
 *   --skip-checks (only for this script's own tests: no bundle check, no suite)
 *
 * Checks: a clean tree on the release branch, every dist/ identical to a fresh build, the whole
 * suite green. vX.Y.Z never moves: an existing tag is refused. vX is force-moved only together
 * with vX.Y.Z in the same atomic push, so consumers never see one without the other.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ReleaseOptions {
  version: string;
  cwd: string;
  push: boolean;
  remote: string;
  dryRun: boolean;
  skipChecks: boolean;
  log: (line: string) => void;
}

const run = (cwd: string, file: string, args: string[]): string =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const git = (cwd: string, ...args: string[]) => run(cwd, 'git', args).trim();

/** Who the changelog commit and the annotated tag are by. */
const IDENTITY = ['-c', 'user.name=shipchain release', '-c', 'user.email=release@shipchain.invalid'];

export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
}

export function release(options: ReleaseOptions): {
  tag: string;
  major: string;
  commit: string;
  changelog: string;
} {
  const { cwd, version, log } = options;
  if (!/^\d+\.\d+\.\d+$/.test(version))
    throw new ReleaseError(`"${version}" is not a version like 1.4.0 (no leading v).`);
  const tag = `v${version}`;
  const major = `v${version.split('.')[0]}`;
  if (git(cwd, 'status', '--porcelain'))
    throw new ReleaseError('The work tree has changes: commit or stash them first.');
  if (git(cwd, 'tag', '--list', tag))
    throw new ReleaseError(`${tag} already exists, and release tags never move. Release a new version.`);
  const previous = git(cwd, 'tag', '--list', 'v*.*.*', '--sort=-v:refname').split('\n').filter(Boolean)[0];
  if (previous && compare(version, previous.slice(1)) <= 0)
    throw new ReleaseError(`${tag} is not newer than the last release ${previous}.`);

  if (!options.skipChecks) {
    log('Checking that every dist/ matches a fresh build…');
    run(cwd, 'npm', ['run', '--silent', 'bundle:check']);
    log('Running the suite…');
    run(cwd, 'npm', ['test']);
  }

  const changelog = changelogSince(cwd, previous, tag);
  if (options.dryRun) {
    log(
      `Would release ${tag} (${major} moves with it) from ${git(cwd, 'rev-parse', '--short', 'HEAD')}:\n${changelog}`,
    );
    return { tag, major, commit: git(cwd, 'rev-parse', 'HEAD'), changelog };
  }
  const file = join(cwd, 'CHANGELOG.md');
  const existing = existsSync(file) ? readFileSync(file, 'utf8').replace(/^# Changelog\n+/, '') : '';
  writeFileSync(file, `# Changelog\n\n${changelog}\n${existing}`);
  git(cwd, 'add', 'CHANGELOG.md');
  git(cwd, ...IDENTITY, 'commit', '--quiet', '-m', `release ${tag}`);
  const commit = git(cwd, 'rev-parse', 'HEAD');
  git(cwd, ...IDENTITY, 'tag', '--annotate', tag, '-m', `${tag}\n\n${changelog}`);
  git(cwd, 'tag', '--force', major, `${tag}^{commit}`);
  const branch = git(cwd, 'rev-parse', '--abbrev-ref', 'HEAD');
  const pushArgs = [
    'push',
    '--atomic',
    options.remote,
    `HEAD:refs/heads/${branch}`,
    `refs/tags/${tag}`,
    `+refs/tags/${major}`,
  ];
  if (options.push) {
    git(cwd, ...pushArgs);
    log(`Pushed ${tag} and moved ${major} to ${commit.slice(0, 12)} in one atomic push.`);
  } else {
    log(`Tagged ${tag} and ${major} locally. Push them together with:\n  git ${pushArgs.join(' ')}`);
  }
  return { tag, major, commit, changelog };
}

/** Commits since the last release, grouped by the action or package they touch. */
export function changelogSince(cwd: string, previous: string | undefined, tag: string): string {
  const range = previous ? `${previous}..HEAD` : 'HEAD';
  const commits = git(cwd, 'log', '--no-merges', '--format=%h%x00%s', range).split('\n').filter(Boolean);
  const groups = new Map<string, string[]>();
  for (const line of commits) {
    const [hash, subject = ''] = line.split('\0');
    if (/^release v\d/.test(subject)) continue;
    const files = git(cwd, 'show', '--name-only', '--format=', hash as string).split('\n');
    const areas = [
      ...new Set(files.map((f) => /^(actions|packages)\/([^/]+)\//.exec(f)?.[2]).filter(Boolean)),
    ] as string[];
    const key = areas.length === 1 ? (areas[0] as string) : areas.length > 1 ? 'several' : 'repository';
    groups.set(key, [...(groups.get(key) ?? []), `- ${subject} (${hash})`]);
  }
  const date = new Date().toISOString().slice(0, 10);
  const sections = [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([area, lines]) => `### ${area}\n\n${lines.join('\n')}\n`);
  return `## ${tag} — ${date}\n\n${sections.join('\n') || 'No changes.\n'}`;
}

function compare(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

if (process.argv[1]?.endsWith('release.ts')) {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(`--${name}`);
  const remoteAt = args.indexOf('--remote');
  try {
    release({
      version: args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--remote') ?? '',
      cwd: process.cwd(),
      push: flag('push'),
      remote: remoteAt === -1 ? 'origin' : (args[remoteAt + 1] ?? 'origin'),
      dryRun: flag('dry-run'),
      skipChecks: flag('skip-checks'),
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
