// Writes a GitOps history and a source history as real git repositories through `git fast-import`
// (thousands of commits in well under a second). GitOps commits carry the trailers gitops-bump
// writes (withTrailers, the real writer); a revert's Shipchain-Reverts needs the SHA of a commit
// made in the same stream, so the generator computes every commit's SHA itself, as git does
// (SHA-1 of the object header and body), and the tests check the repository's head against it.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { withTrailers, type ChangeKind } from '@shipchain/gitops';

export const IMAGE = 'ghcr.io/acme/web';
const IDENTITY = 'shipchain-test <test@shipchain.invalid>';

/** One commit of the GitOps history, as a writer would make it. */
export interface GitopsEvent {
  time: number;
  environment: string;
  kind: ChangeKind;
  digest: string;
  /** Index of the source commit the run was triggered for (deploy), or -1. */
  source: number;
  /** Index (into the event list) of the commit a revert or rollback undoes. */
  reverts?: number;
  reason?: string;
}

/** A digest per source commit: each build of a commit gives the same image. */
export const digestOf = (sourceIndex: number): string =>
  `sha256:${createHash('sha256').update(`build-${sourceIndex}`).digest('hex')}`;

/** Makes a bare-free repository at `dir` (git init) and feeds it one fast-import stream. */
async function fastImport(dir: string, stream: Buffer): Promise<void> {
  await run('git', ['init', '--quiet', '--initial-branch=main', dir], process.cwd());
  await run('git', ['fast-import', '--quiet', '--date-format=raw'], dir, stream);
}

function run(program: string, args: string[], cwd: string, input?: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString('utf8'))
        : reject(new Error(`${program} ${args[0]}: ${Buffer.concat(err).toString('utf8')}`)),
    );
    child.stdin.on('error', () => undefined); // git init reads nothing and may be gone already
    child.stdin.end(input ?? '');
  });
}

/** git's object id of an object: SHA-1 of "<type> <size>\0" and the body. */
function objectId(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

/** A tree object's id from its entries (files and subtrees), sorted as git sorts them. */
function treeId(entries: { name: string; mode: string; id: string; dir: boolean }[]): string {
  const key = (e: { name: string; dir: boolean }) => (e.dir ? `${e.name}/` : e.name);
  const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const body = Buffer.concat(
    sorted.map((e) => Buffer.concat([Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.id, 'hex')])),
  );
  return objectId('tree', body);
}

/** Commit object id: tree, optional parent, author and committer at `time`, message. */
function commitId(tree: string, parent: string | undefined, time: number, message: string): string {
  const body = [
    `tree ${tree}`,
    ...(parent ? [`parent ${parent}`] : []),
    `author ${IDENTITY} ${time} +0000`,
    `committer ${IDENTITY} ${time} +0000`,
    '',
    message,
  ].join('\n');
  return objectId('commit', Buffer.from(body, 'utf8'));
}

function commitCommand(message: string, time: number, files: [string, string][], first: boolean): string {
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  return [
    'commit refs/heads/main',
    `author ${IDENTITY} ${time} +0000`,
    `committer ${IDENTITY} ${time} +0000`,
    data(message).trimEnd(),
    ...(first ? ['deleteall'] : []),
    ...files.map(([path, content]) => `M 100644 inline ${path}\n${data(content).trimEnd()}`),
    '',
  ].join('\n');
}

/** A linear source history: commit i at times[i] (non-decreasing). Returns the SHAs, oldest first. */
export async function writeSourceRepository(dir: string, times: readonly number[]): Promise<string[]> {
  const parts: string[] = [];
  const shas: string[] = [];
  let parent: string | undefined;
  for (const [i, time] of times.entries()) {
    const content = `change ${i}\n`;
    const message = `change ${i}\n`;
    const blob = objectId('blob', Buffer.from(content));
    const tree = treeId([{ name: 'CHANGES', mode: '100644', id: blob, dir: false }]);
    parent = commitId(tree, parent, time, message);
    shas.push(parent);
    parts.push(commitCommand(message, time, [['CHANGES', content]], i === 0));
  }
  await fastImport(dir, Buffer.from(parts.join('\n')));
  return shas;
}

/**
 * The GitOps history: one overlay per environment (overlays/<env>/kustomization.yaml pins the
 * digest), one commit per event in order. Returns each event's commit SHA.
 */
export async function writeGitopsRepository(
  dir: string,
  events: readonly GitopsEvent[],
  sourceShas: readonly string[],
  sourceRepository = 'https://github.com/acme/web',
): Promise<string[]> {
  const overlays = new Map<string, string>();
  const shas: string[] = [];
  const parts: string[] = [];
  let parent: string | undefined;
  for (const [i, event] of events.entries()) {
    const path = `overlays/${event.environment}/kustomization.yaml`;
    const content = `images:\n  - name: ${IMAGE}\n    digest: ${event.digest}\n`;
    overlays.set(event.environment, content);
    const message = messageOf(event, i, events, shas, sourceShas, sourceRepository);
    parent = commitId(gitopsTree(overlays), parent, event.time, message);
    shas.push(parent);
    parts.push(commitCommand(message, event.time, [[path, content]], i === 0));
  }
  await fastImport(dir, Buffer.from(parts.join('\n')));
  return shas;
}

function messageOf(
  event: GitopsEvent,
  index: number,
  events: readonly GitopsEvent[],
  shas: readonly string[],
  sourceShas: readonly string[],
  sourceRepository: string,
): string {
  const undone = event.reverts !== undefined ? events[event.reverts] : undefined;
  const subject =
    event.kind === 'deploy' || event.kind === 'promote'
      ? `${event.kind}(${event.environment}): ${IMAGE} ${IMAGE}@${event.digest}`
      : `Revert "${undone?.kind}(${event.environment}) #${event.reverts}"\n\nThis reverts commit ${shas[event.reverts as number]}.`;
  const previous = events.slice(0, index).findLast((e) => e.environment === event.environment);
  return withTrailers(subject, {
    kind: event.kind,
    environment: event.environment,
    image: IMAGE,
    digest: event.digest,
    oldRef: previous ? `${IMAGE}@${previous.digest}` : '',
    newRef: `${IMAGE}@${event.digest}`,
    paths: `overlays/${event.environment}`,
    sourceRepository,
    // A promotion or revert run is triggered elsewhere: its own commit says nothing of the build.
    source: event.source >= 0 ? (sourceShas[event.source] as string) : 'f'.repeat(40),
    ...(event.reverts !== undefined ? { reverts: shas[event.reverts] as string } : {}),
    ...(event.reason ? { reason: event.reason } : {}),
    run: `https://github.com/acme/gitops/actions/runs/${index + 1}`,
  });
}

function gitopsTree(overlays: Map<string, string>): string {
  const envTrees = [...overlays].map(([env, content]) => ({
    name: env,
    mode: '40000',
    dir: true,
    id: treeId([
      { name: 'kustomization.yaml', mode: '100644', id: objectId('blob', Buffer.from(content)), dir: false },
    ]),
  }));
  return treeId([{ name: 'overlays', mode: '40000', id: treeId(envTrees), dir: true }]);
}
