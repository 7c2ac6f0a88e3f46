// gitops-bump's bundle under Node 24 through the harness, on real git: a bare repository served
// by git daemon, pushes over git://, the local GitHub API for pull requests, kubectl kustomize
// to render what Argo CD would apply.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../../../test/harness/index';
import {
  createBareRepo,
  git,
  installRacingWriter,
  startGitDaemon,
  type BareRepo,
  type GitDaemon,
} from '../../../../test/services/git';
import { startGitHubApi, type GitHubApi } from '../../../../test/services/github-api/index';
import { makeOciImage, OCI_MANIFEST } from '../../../../test/services/lib/oci-image';
import { runOk } from '../../../../test/services/lib/run';
import { pushBlob, pushManifest, startRegistry } from '../../../../test/services/registry';

const WEB = 'ghcr.io/acme/web';
const digestOf = (n: number): string => `sha256:${n.toString(16).padStart(2, '0').repeat(32)}`;
const OLD = digestOf(1);
const NEW = digestOf(2);
const TOKEN = 'ghs_gitopsBumpWriteToken0000000000000000';

/** A small GitOps repository: a base Deployment, three Kustomize overlays and Helm values. */
const FILES: Record<string, string> = {
  'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'base/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: ghcr.io/acme/web:latest',
    '',
  ].join('\n'),
  ...Object.fromEntries(
    ['dev', 'staging', 'prod'].map((env) => [
      `overlays/${env}/kustomization.yaml`,
      `# ${env} overlay\nresources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/web\n    digest: ${OLD} # pinned by CI\n`,
    ]),
  ),
  'charts/web/values.yaml': `image:\n  repository: ghcr.io/acme/web\n  tag: "1.0.0"\n  digest: ""\n`,
};

const deployment = (ref: string) =>
  `kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ${ref}\n`;
let api: GitHubApi;
/** owner/repo → bare repository, for the API's createCommitOnBranch (filled per test). */
const apiRepositories: Record<string, string> = {};
const repos: BareRepo[] = [];
const daemons: GitDaemon[] = [];

beforeAll(async () => {
  api = await startGitHubApi({ tokens: { [TOKEN]: 'write' }, repositories: apiRepositories });
});
afterAll(async () => {
  await Promise.all([api?.stop(), ...daemons.map((d) => d.stop()), ...repos.map((r) => r.cleanup())]);
});

/** A fresh bare repository, served by its own git daemon (each test gets clean history). */
async function gitopsRepo(files: Record<string, string> = FILES): Promise<{ repo: BareRepo; url: string }> {
  const repo = await createBareRepo({ initialFiles: files });
  repos.push(repo);
  const served = await startGitDaemon(repo.baseDir);
  daemons.push(served);
  return { repo, url: `${served.url}repo.git` };
}

const show = (repo: BareRepo, path: string, ref = 'main') =>
  git(['show', `${ref}:${path}`], { cwd: repo.path });
const head = async (repo: BareRepo, ref = 'main') =>
  (await git(['rev-parse', ref], { cwd: repo.path })).trim();
const count = async (repo: BareRepo) =>
  Number((await git(['rev-list', '--count', 'main'], { cwd: repo.path })).trim());

function bump(inputs: Record<string, string>, extra: { workspace?: string; keep?: boolean } = {}) {
  return runAction({
    action: 'actions/gitops-bump',
    inputs: { token: TOKEN, ...inputs },
    context: { token: TOKEN, apiUrl: api.url, repository: 'acme/gitops', sha: 'a'.repeat(40), runId: '77' },
    ...extra,
  });
}

describe('push mode', () => {
  test('pins the digest byte-minimally, pushes one commit with trailers, and Kustomize renders exactly it', async () => {
    const { repo, url } = await gitopsRepo();
    const before = await head(repo);
    const run = await bump(
      { repository: url, paths: 'overlays/dev', image: WEB, digest: NEW },
      { keep: true },
    );
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs.changed).toBe('true');
    expect(run.outputs['changed-files']).toBe('overlays/dev/kustomization.yaml');
    expect(run.outputs['old-ref']).toBe(`${WEB}@${OLD}`);
    expect(run.outputs['new-ref']).toBe(`${WEB}@${NEW}`);
    expect(run.outputs.commit).toBe(await head(repo));
    expect(run.outputs.attempts).toBe('1');
    expect(await git(['rev-parse', `${run.outputs.commit}^`], { cwd: repo.path })).toBe(`${before}\n`);

    // Only the digest scalar changed: the comment after it and everything else is as it was.
    expect(await show(repo, 'overlays/dev/kustomization.yaml')).toBe(
      FILES['overlays/dev/kustomization.yaml']?.replace(OLD, NEW),
    );
    expect(await show(repo, 'overlays/staging/kustomization.yaml')).toBe(
      FILES['overlays/staging/kustomization.yaml'],
    );

    const log = await git(['log', '-1', '--format=%an <%ae>%n%cn%n%B', 'main'], { cwd: repo.path });
    expect(log).toContain('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(log).toContain(`deploy(dev): ${WEB} ${WEB}@${NEW}`);
    expect(log).toContain(`Shipchain-Image: ${WEB}`);
    expect(log).toContain(`Shipchain-Old-Ref: ${WEB}@${OLD}`);
    expect(log).toContain(`Shipchain-Source-Commit: ${'a'.repeat(40)}`);
    expect(log).toContain('Shipchain-Run: https://github.com/acme/gitops/actions/runs/77');
    // What dora-report counts (docs/trailers.md).
    expect(log).toContain('Shipchain-Kind: deploy\n');
    expect(log).toContain('Shipchain-Environment: dev\n');
    expect(log).toContain(`Shipchain-Digest: ${NEW}\n`);
    expect(log).toContain('Shipchain-Source-Repository: https://github.com/acme/gitops\n');
    expect(log).not.toContain('Shipchain-Reverts');

    // The diff output and the summary show the one-line change.
    const diff = readFileSync(run.outputs.diff as string, 'utf8');
    expect(diff).toContain(`-    digest: ${OLD} # pinned by CI\n+    digest: ${NEW} # pinned by CI`);
    expect(run.summary).toContain('GitOps bump of dev');
    expect(run.summary).toContain(`+    digest: ${NEW} # pinned by CI`);

    // What Argo CD would apply: render the overlay from the pushed commit.
    const checkout = mkdtempSync(join(tmpdir(), 'gitops-render-'));
    await git(['clone', '--quiet', repo.url, checkout], { cwd: tmpdir() });
    const rendered = await runOk('kubectl', ['kustomize', join(checkout, 'overlays/dev')]);
    expect(rendered).toContain(`image: ${WEB}@${NEW}\n`);
    expect(rendered.match(/image: /g)).toHaveLength(1);
  });

  test('already at the digest: no commit, changed=false; the token never reaches the log', async () => {
    const { repo, url } = await gitopsRepo();
    const first = await bump({ repository: url, paths: 'overlays/dev', image: `${WEB}@${NEW}` });
    expect(first.outputs.changed).toBe('true');
    const commits = await count(repo);
    const again = await bump({ repository: url, paths: 'overlays/dev', image: `${WEB}@${NEW}` });
    expect(again.errorMessages).toEqual([]);
    expect(again.outputs.changed).toBe('false');
    expect(again.outputs.commit).toBe('');
    expect(await count(repo)).toBe(commits);
    expect(first.masks).toContain(TOKEN);
    for (const run of [first, again])
      expect(`${run.stdoutMasked}${run.stderrMasked}${run.summary}`).not.toContain(TOKEN);
  });

  test('tag-digest form writes name:tag@digest in Helm values and Kustomize', async () => {
    const { repo, url } = await gitopsRepo();
    const run = await bump({
      repository: url,
      paths: 'charts/web, overlays/prod/kustomization.yaml',
      image: WEB,
      digest: NEW,
      tag: '1.4.0',
      form: 'tag-digest',
      'commit-message': 'bump {image} to {tag} ({source-short})',
    });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs['new-ref']).toBe(`${WEB}:1.4.0@${NEW}`);
    expect(await show(repo, 'charts/web/values.yaml')).toBe(
      `image:\n  repository: ghcr.io/acme/web\n  tag: "1.4.0"\n  digest: "${NEW}"\n`,
    );
    expect(await show(repo, 'overlays/prod/kustomization.yaml')).toContain(
      `    digest: ${NEW} # pinned by CI\n    newTag: 1.4.0\n`,
    );
    expect(await git(['log', '-1', '--format=%s', 'main'], { cwd: repo.path })).toBe(
      `bump ${WEB} to 1.4.0 (aaaaaaa)\n`,
    );
  });
});

describe('adding entries and pinning tags', () => {
  test('kustomize-add-image gives a new overlay its images entry, and Kustomize renders it', async () => {
    const qa = '# qa overlay\nresources:\n  - ../../base\n';
    const { repo, url } = await gitopsRepo({ ...FILES, 'overlays/qa/kustomization.yaml': qa });
    const run = await bump({
      repository: url,
      paths: 'overlays/qa',
      image: WEB,
      digest: NEW,
      'kustomize-add-image': 'true',
    });
    expect(run.errorMessages).toEqual([]);
    expect(await show(repo, 'overlays/qa/kustomization.yaml')).toBe(
      `${qa}images:\n  - name: ${WEB}\n    digest: ${NEW}\n`,
    );
    const checkout = mkdtempSync(join(tmpdir(), 'gitops-render-'));
    await git(['clone', '--quiet', repo.url, checkout], { cwd: tmpdir() });
    expect(await runOk('kubectl', ['kustomize', join(checkout, 'overlays/qa')])).toContain(
      `image: ${WEB}@${NEW}\n`,
    );
    // Without the option an overlay that does not name the image is left alone.
    const again = await bump({ repository: url, paths: 'overlays/qa', image: WEB, digest: digestOf(3) });
    expect(again.outputs.changed).toBe('true');
    expect(await show(repo, 'overlays/qa/kustomization.yaml')).toContain(digestOf(3));
  });

  test('allow-tags pins a tag (and drops the digest that would win over it)', async () => {
    const { repo, url } = await gitopsRepo();
    const refused = await bump({ repository: url, paths: 'charts/web', image: WEB, digest: '1.5.0' });
    expect(refused.errorMessages.join('\n')).toContain('set allow-tags: true');
    const run = await bump({
      repository: url,
      paths: 'charts/web, overlays/dev',
      image: WEB,
      digest: '1.5.0',
      'allow-tags': 'true',
    });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs['new-ref']).toBe(`${WEB}:1.5.0`);
    expect(await show(repo, 'charts/web/values.yaml')).toBe(
      'image:\n  repository: ghcr.io/acme/web\n  tag: "1.5.0"\n',
    );
    expect(await show(repo, 'overlays/dev/kustomization.yaml')).toBe(
      '# dev overlay\nresources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/web\n    newTag: 1.5.0\n',
    );
  });
});

describe('other modes', () => {
  test('dry-run: the diff and outputs, nothing pushed', async () => {
    const { repo, url } = await gitopsRepo();
    const before = await head(repo);
    const run = await bump(
      { repository: url, paths: 'overlays/staging', image: WEB, digest: NEW, mode: 'dry-run' },
      { keep: true },
    );
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs.changed).toBe('true');
    expect(run.outputs.commit).toBe('');
    expect(readFileSync(run.outputs.diff as string, 'utf8')).toContain(`+    digest: ${NEW}`);
    expect(run.summary).toContain('(dry run)');
    expect(await head(repo)).toBe(before);
  });

  test('the workspace checkout: pushes through its origin and leaves its files and worktrees alone', async () => {
    const { repo } = await gitopsRepo();
    const workspace = mkdtempSync(join(tmpdir(), 'gitops-ws-'));
    await git(['clone', '--quiet', repo.url, workspace], { cwd: tmpdir() });
    const run = await bump({ paths: 'overlays/dev', image: WEB, digest: NEW }, { workspace });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs.changed).toBe('true');
    expect(await show(repo, 'overlays/dev/kustomization.yaml')).toContain(NEW);
    expect(readFileSync(join(workspace, 'overlays/dev/kustomization.yaml'), 'utf8')).toContain(OLD);
    expect((await git(['worktree', 'list'], { cwd: workspace })).trim().split('\n')).toHaveLength(1);
    expect(await git(['for-each-ref', 'refs/shipchain'], { cwd: workspace })).toBe('');
    expect(await git(['status', '--porcelain'], { cwd: workspace })).toBe('');
  });

  test('promote copies the digest dev runs to staging; revert rolls it back', async () => {
    const { repo, url } = await gitopsRepo();
    await bump({ repository: url, paths: 'overlays/dev', image: WEB, digest: NEW });
    const promoted = await bump({
      repository: url,
      paths: 'overlays/staging',
      image: WEB,
      'promote-from': 'overlays/dev',
    });
    expect(promoted.errorMessages).toEqual([]);
    expect(promoted.outputs['new-ref']).toBe(`${WEB}@${NEW}`);
    expect(await show(repo, 'overlays/staging/kustomization.yaml')).toBe(
      FILES['overlays/staging/kustomization.yaml']?.replace(OLD, NEW),
    );

    const promotion = await git(['log', '-1', '--format=%B', 'main'], { cwd: repo.path });
    expect(promotion).toContain('Shipchain-Kind: promote\n');
    expect(promotion).toContain('Shipchain-Environment: staging\n');
    expect(promotion).toContain(`Shipchain-Digest: ${NEW}\n`);

    const reverted = await bump({
      repository: url,
      revert: promoted.outputs.commit as string,
      'revert-reason': 'error rate 12% > 5%\nsee INC-7',
    });
    expect(reverted.errorMessages).toEqual([]);
    expect(reverted.outputs.changed).toBe('true');
    expect(reverted.outputs['old-ref']).toBe(`${WEB}@${NEW}`);
    expect(reverted.outputs['new-ref']).toBe(`${WEB}@${OLD}`);
    expect(await show(repo, 'overlays/staging/kustomization.yaml')).toBe(
      FILES['overlays/staging/kustomization.yaml'],
    );
    expect(await show(repo, 'overlays/dev/kustomization.yaml')).toContain(NEW);
    const message = await git(['log', '-1', '--format=%B', 'main'], { cwd: repo.path });
    expect(message).toContain(`This reverts commit ${promoted.outputs.commit}.`);
    // The revert names the commit it undoes, why, its environment and the digest running again.
    expect(message).toContain('Shipchain-Kind: revert\n');
    expect(message).toContain('Shipchain-Environment: staging\n');
    expect(message).toContain(`Shipchain-Digest: ${OLD}\n`);
    expect(message).toContain(`Shipchain-Reverts: ${promoted.outputs.commit}\n`);
    expect(message).toContain('Shipchain-Reason: error rate 12% > 5%, see INC-7\n');

    // A revert of the revert deploys the promoted digest again, and says which revert it undoes.
    const again = await bump({ repository: url, revert: reverted.outputs.commit as string });
    expect(again.errorMessages).toEqual([]);
    expect(await show(repo, 'overlays/staging/kustomization.yaml')).toContain(NEW);
    const redeploy = await git(['log', '-1', '--format=%B', 'main'], { cwd: repo.path });
    expect(redeploy).toContain(`Shipchain-Reverts: ${reverted.outputs.commit}\n`);
    expect(redeploy).toContain(`Shipchain-Digest: ${NEW}\n`);
    expect(redeploy).toContain('Shipchain-Environment: staging\n');
    expect(redeploy).not.toContain('Shipchain-Reason');

    // A reason without a revert is a mistake, named before anything is fetched.
    const stray = await bump({
      repository: url,
      paths: 'overlays/dev',
      image: WEB,
      digest: NEW,
      'revert-reason': 'x',
    });
    expect(stray.failed).toBe(true);
    expect(stray.errorMessages.join('\n')).toContain('Input "revert-reason"');

    // Only our commits are reverted.
    const initial = (await git(['rev-list', '--max-parents=0', 'main'], { cwd: repo.path })).trim();
    const refused = await bump({ repository: url, revert: initial });
    expect(refused.failed).toBe(true);
    expect(refused.errorMessages.join('\n')).toContain('which gitops-bump did not make');
  });
});

describe('pull-request mode', () => {
  test('one PR per environment and image, created then updated in place, labelled; main untouched', async () => {
    const { repo, url } = await gitopsRepo();
    const before = await head(repo);
    const inputs = {
      repository: url,
      paths: 'overlays/prod',
      image: WEB,
      mode: 'pull-request',
      'pr-labels': 'deploy, prod',
    };
    const first = await bump({ ...inputs, digest: NEW });
    expect(first.errorMessages).toEqual([]);
    expect(first.outputs['pull-request-number']).toBe('1');
    expect(first.outputs['pull-request-url']).toBe('https://github.com/acme/gitops/pull/1');
    const branch = 'gitops-bump/prod/ghcr.io-acme-web';
    expect(await show(repo, 'overlays/prod/kustomization.yaml', branch)).toContain(NEW);
    expect(await head(repo)).toBe(before);

    const third = digestOf(3);
    const second = await bump({ ...inputs, digest: third });
    expect(second.errorMessages).toEqual([]);
    expect(second.outputs['pull-request-number']).toBe('1');
    expect(await show(repo, 'overlays/prod/kustomization.yaml', branch)).toContain(third);
    const pulls = api.state.pulls.filter((p) => p.repo === 'gitops' && p.head === branch);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]?.title).toBe(`Deploy ${WEB}@${third} to prod`);
    expect(pulls[0]?.base).toBe('main');
    expect(pulls[0]?.labels).toEqual(['deploy', 'prod']);
    expect(api.schemaViolations).toEqual([]);
  });
});

test('pull-request mode closes its own stale PR once the base already pins the digest', async () => {
  const { repo, url } = await gitopsRepo();
  const inputs = { repository: url, paths: 'overlays/dev', image: WEB, digest: NEW };
  const opened = await bump({ ...inputs, mode: 'pull-request', environment: 'dev-stale' });
  const number = Number(opened.outputs['pull-request-number']);
  // The same digest reaches main another way (a push), and the PR mode runs again.
  await bump(inputs);
  const again = await bump({ ...inputs, mode: 'pull-request', environment: 'dev-stale' });
  expect(again.errorMessages).toEqual([]);
  expect(again.outputs.changed).toBe('false');
  const pull = api.state.pulls.find((p) => p.number === number);
  expect(pull?.state).toBe('closed');
  expect(api.state.comments.find((c) => c.issue_number === number)?.body).toContain(
    `main already pins ${WEB}@${NEW}`,
  );
  expect(await show(repo, 'overlays/dev/kustomization.yaml')).toContain(NEW);
  // A PR proposing something else (a newer digest) is never closed by a run whose digest the base has.
  const newer = await bump({
    ...inputs,
    digest: digestOf(9),
    mode: 'pull-request',
    environment: 'dev-stale',
  });
  const late = await bump({ ...inputs, mode: 'pull-request', environment: 'dev-stale' });
  expect(late.outputs.changed).toBe('false');
  expect(api.state.pulls.find((p) => p.number === Number(newer.outputs['pull-request-number']))?.state).toBe(
    'open',
  );
  expect(api.schemaViolations).toEqual([]);
});

describe('sign-commits: commits made by the GitHub API (verified)', () => {
  test('push mode: the API makes the commit from our change, compare-and-swap on the head', async () => {
    const { repo, url } = await gitopsRepo();
    apiRepositories['acme/gitops'] = repo.path;
    const before = await head(repo);
    const run = await bump(
      { repository: url, paths: 'overlays/dev', image: WEB, digest: NEW, 'sign-commits': 'true' },
      { keep: true },
    );
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs.changed).toBe('true');
    const commit = await head(repo);
    expect(run.outputs.commit).toBe(commit);
    expect(api.state.verifiedCommits.has(commit)).toBe(true);
    expect(await git(['rev-parse', `${commit}^`], { cwd: repo.path })).toBe(`${before}\n`);
    expect(await show(repo, 'overlays/dev/kustomization.yaml')).toBe(
      FILES['overlays/dev/kustomization.yaml']?.replace(OLD, NEW),
    );
    const message = await git(['log', '-1', '--format=%B', 'main'], { cwd: repo.path });
    expect(message).toContain(`deploy(dev): ${WEB} ${WEB}@${NEW}`);
    expect(message).toContain(`Shipchain-New-Ref: ${WEB}@${NEW}`);
    expect(readFileSync(run.outputs.diff as string, 'utf8')).toContain(`+    digest: ${NEW} # pinned by CI`);
    // Revert reads the trailers of the API-made commit like any other.
    const reverted = await bump({ repository: url, revert: commit, 'sign-commits': 'true' });
    expect(reverted.errorMessages).toEqual([]);
    expect(await show(repo, 'overlays/dev/kustomization.yaml')).toBe(
      FILES['overlays/dev/kustomization.yaml'],
    );
    expect(api.schemaViolations).toEqual([]);
  });

  test('4 concurrent signed bumps of different images all land (a moved head is a lost race)', async () => {
    const images = ['a', 'b', 'c', 'd'].map((n) => `ghcr.io/acme/${n}`);
    const files = Object.fromEntries(
      images.map((image, i) => [`apps/${i}.yaml`, deployment(`${image}@${OLD}`)]),
    );
    const { repo, url } = await gitopsRepo(files);
    apiRepositories['acme/gitops'] = repo.path;
    const runs = await Promise.all(
      images.map((image) =>
        bump({
          repository: url,
          paths: 'apps',
          image,
          digest: NEW,
          'sign-commits': 'true',
          summary: 'false',
        }),
      ),
    );
    for (const run of runs) expect(run.errorMessages).toEqual([]);
    for (const [i, image] of images.entries())
      expect(await show(repo, `apps/${i}.yaml`)).toBe(deployment(`${image}@${NEW}`));
    expect(await count(repo)).toBe(5);
    for (const run of runs) expect(api.state.verifiedCommits.has(run.outputs.commit as string)).toBe(true);
  }, 60_000);

  test('pull-request mode: a verified commit on the PR branch, auto-merge enabled', async () => {
    const { repo, url } = await gitopsRepo();
    apiRepositories['acme/gitops'] = repo.path;
    const run = await bump({
      repository: url,
      paths: 'overlays/staging',
      image: WEB,
      digest: NEW,
      mode: 'pull-request',
      'sign-commits': 'true',
      'auto-merge': 'squash',
      environment: 'staging-eu',
    });
    expect(run.errorMessages).toEqual([]);
    const branch = 'gitops-bump/staging-eu/ghcr.io-acme-web';
    const tip = await head(repo, branch);
    expect(run.outputs.commit).toBe(tip);
    expect(api.state.verifiedCommits.has(tip)).toBe(true);
    expect(await show(repo, 'overlays/staging/kustomization.yaml', branch)).toContain(NEW);
    const pull = api.state.pulls.find((p) => p.head === branch);
    expect(run.annotations.map((a) => a.message)).toEqual([]);
    expect(pull?.autoMerge).toBe('SQUASH');
    expect(String(pull?.number)).toBe(run.outputs['pull-request-number']);
  });
});

describe('safety', () => {
  test('20 concurrent runs bumping 20 images in one branch all land, nothing lost', async () => {
    const images = Array.from({ length: 20 }, (_, i) => `ghcr.io/acme/svc-${i}`);
    const files = Object.fromEntries(
      images.map((image, i) => [
        `apps/svc-${i}/deployment.yaml`,
        `kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}@${OLD}\n`,
      ]),
    );
    const { repo, url } = await gitopsRepo({
      ...files,
      'apps/kustomization.yaml': `images:\n${images.map((i) => `  - name: ${i}\n    digest: ${OLD}\n`).join('')}`,
    });
    const runs = await Promise.all(
      images.map((image, i) =>
        bump({ repository: url, paths: 'apps', image, digest: digestOf(10 + i), summary: 'false' }),
      ),
    );
    for (const run of runs) expect(run.errorMessages).toEqual([]);
    expect(runs.every((run) => run.outputs.changed === 'true')).toBe(true);
    expect(await count(repo)).toBe(21);
    const kustomization = await show(repo, 'apps/kustomization.yaml');
    for (const [i, image] of images.entries()) {
      expect(await show(repo, `apps/svc-${i}/deployment.yaml`)).toContain(
        `image: ${image}@${digestOf(10 + i)}\n`,
      );
      expect(kustomization).toContain(`  - name: ${image}\n    digest: ${digestOf(10 + i)}\n`);
    }
    // Races were lost and re-applied, not failed.
    expect(runs.some((run) => Number(run.outputs.attempts) > 1)).toBe(true);
  }, 120_000);

  test('a run that loses more races than the old 10-attempt limit keeps going within push-timeout and lands', async () => {
    const { repo, url } = await gitopsRepo();
    // Another writer lands a commit while each of the first 10 pushes is received.
    const racer = installRacingWriter(repo, { times: 10 });
    const run = await bump({
      repository: url,
      paths: 'overlays/dev',
      image: WEB,
      digest: NEW,
      summary: 'false',
    });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs.attempts).toBe('11');
    expect(racer.landed()).toBe(10);
    expect(run.outputs.commit).toBe(await head(repo));
    expect(await show(repo, 'overlays/dev/kustomization.yaml')).toBe(
      FILES['overlays/dev/kustomization.yaml']?.replace(OLD, NEW),
    );
    // Nothing lost: all ten competing commits are under ours.
    expect(await show(repo, 'racing-writer.txt')).toBe('racing push 10\n');
    expect(await count(repo)).toBe(12);
  }, 120_000);

  test('the deprecated max-attempts still bounds the retries, and a warning names push-timeout', async () => {
    const { repo, url } = await gitopsRepo();
    installRacingWriter(repo); // every push loses
    const run = await bump({
      repository: url,
      paths: 'overlays/dev',
      image: WEB,
      digest: NEW,
      'max-attempts': '2',
      summary: 'false',
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.type === 'warning').map((a) => a.message)).toEqual([
      'Input "max-attempts" is deprecated: "push-timeout" (default 5m) bounds the push retries by time. With max-attempts set, a run still stops after 2 attempts, which can fail under load; remove it and raise push-timeout if needed.',
    ]);
    expect(run.errorMessages).toHaveLength(1);
    expect(run.errorMessages[0]).toMatch(
      /Gave up after 2 attempts over [\d.]+ m?s \(max-attempts 2\): publishing to main of git:\/\/\S+ kept losing to other writers; the last rejection: .*\(failed to update ref\)\. Remove max-attempts/,
    );
    expect(await show(repo, 'overlays/dev/kustomization.yaml')).not.toContain(NEW);
  });

  test('5 concurrent runs with the same digest make exactly one commit', async () => {
    const { repo, url } = await gitopsRepo();
    const runs = await Promise.all(
      Array.from({ length: 5 }, () =>
        bump({ repository: url, paths: 'overlays/dev', image: WEB, digest: NEW, summary: 'false' }),
      ),
    );
    for (const run of runs) expect(run.errorMessages).toEqual([]);
    expect(runs.filter((run) => run.outputs.changed === 'true')).toHaveLength(1);
    expect(await count(repo)).toBe(2);
  }, 60_000);

  test('a hold marker keeps a hand-pinned field and says so', async () => {
    const held = `images:\n  # shipchain:hold  rolled back by hand, INC-42\n  - name: ghcr.io/acme/web\n    digest: ${OLD}\n`;
    const { repo, url } = await gitopsRepo({ ...FILES, 'overlays/prod/kustomization.yaml': held });
    const run = await bump({ repository: url, paths: 'overlays/prod', image: WEB, digest: NEW });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs.changed).toBe('false');
    expect(run.outputs.refused).toContain('overlays/prod/kustomization.yaml:4 is held');
    expect(run.annotations.some((a) => a.type === 'warning' && a.message.includes('is held'))).toBe(true);
    expect(await show(repo, 'overlays/prod/kustomization.yaml')).toBe(held);
  });
});

test('forbid-downgrade keeps a newer build in place, reading build dates from the registry', async () => {
  const registry = await startRegistry();
  try {
    const push = async (created: string) => {
      const image = makeOciImage({ 'built.txt': created }, { 'org.opencontainers.image.created': created });
      for (const blob of [image.config, ...image.layers]) await pushBlob(registry, 'acme/web', blob.bytes);
      return pushManifest(registry, 'acme/web', created.slice(0, 10), image.manifest, OCI_MANIFEST);
    };
    const older = await push('2026-11-01T10:00:00Z');
    const newer = await push('2026-11-20T10:00:00Z');
    const image = `${registry.host}/acme/web`;
    const { repo, url } = await gitopsRepo({ 'prod/web.yaml': deployment(`${image}@${newer}`) });
    const late = await bump({
      repository: url,
      paths: 'prod',
      image,
      digest: older,
      'forbid-downgrade': 'true',
    });
    expect(late.errorMessages).toEqual([]);
    expect(late.outputs.changed).toBe('false');
    expect(late.outputs.refused).toContain(
      `prod/web.yaml pins ${image}@${newer}, built 2026-11-20T10:00:00.000Z, newer than ${older}`,
    );
    expect(await show(repo, 'prod/web.yaml')).toBe(deployment(`${image}@${newer}`));
    // Without the guard the same bump goes through; with it, a newer build still does.
    const back = await bump({ repository: url, paths: 'prod', image, digest: older });
    expect(back.outputs.changed).toBe('true');
    const forward = await bump({
      repository: url,
      paths: 'prod',
      image,
      digest: newer,
      'forbid-downgrade': 'true',
    });
    expect(forward.errorMessages).toEqual([]);
    expect(forward.outputs.changed).toBe('true');
  } finally {
    await registry.stop();
  }
});

describe('bad input fails before anything is fetched, naming the input', () => {
  test.each([
    [{ image: WEB, digest: 'latest', paths: 'overlays/dev' }, 'Input "digest" is the tag "latest"'],
    [{ image: WEB, digest: NEW }, 'Input "paths" is empty'],
    [
      { image: `${WEB}:1.0`, digest: NEW, paths: 'x' },
      'Input "image" is "ghcr.io/acme/web:1.0", which carries a tag',
    ],
    [
      { image: WEB, digest: NEW, paths: 'x', 'commit-message': 'bump {imgae}' },
      'Input "commit-message" uses {imgae}',
    ],
    [{ image: WEB, digest: NEW, paths: 'x', author: 'bot' }, 'Input "author" is "bot"'],
    [{ image: WEB, digest: NEW, paths: 'x', form: 'tag-digest' }, 'set the "tag" input'],
    [
      { image: WEB, digest: NEW, paths: 'x', 'promote-from': 'overlays/dev' },
      'Inputs "promote-from" and "digest" conflict',
    ],
  ])('%j', async (inputs, message) => {
    const run = await bump(inputs as Record<string, string>);
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toContain(message);
  });

  test('a workspace that is not a checkout, a missing branch and paths that match nothing', async () => {
    const notRepo = await bump({ image: WEB, digest: NEW, paths: 'overlays/dev' });
    expect(notRepo.errorMessages.join('\n')).toContain('must be a git checkout');
    const { url } = await gitopsRepo();
    const branch = await bump({
      repository: url,
      branch: 'nope',
      image: WEB,
      digest: NEW,
      paths: 'overlays/dev',
    });
    expect(branch.errorMessages.join('\n')).toContain('Branch "nope" does not exist');
    const paths = await bump({ repository: url, image: WEB, digest: NEW, paths: 'overlays/qa' });
    expect(paths.errorMessages.join('\n')).toContain('Input "paths" (overlays/qa) matches no tracked .yaml');
  });

  test('a manifest nested 50,000 levels deep: one error naming the file and line, no stack overflow or trace', async () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const { repo, url } = await gitopsRepo({
      ...FILES,
      'overlays/dev/args.yaml': `# web's arguments\nimage: ${WEB}:1.0.0\nargs: ${deep}\n`,
    });
    const before = await head(repo);
    const run = await bump({ repository: url, image: WEB, digest: NEW, paths: 'overlays/dev' });
    expect(run.failed).toBe(true);
    expect(run.errorMessages).toEqual([
      'overlays/dev/args.yaml:3: collections nest more than 1000 levels deep, far deeper than any manifest, so it is not read. Fix the file, or leave it out of "paths".',
    ]);
    const output = run.stdoutMasked + run.stderrMasked;
    expect(output).not.toContain('Maximum call stack');
    expect(output).not.toMatch(/^\s+at /m);
    expect(await head(repo)).toBe(before);
  });
});
