/**
 * release.yml's whole chain on this machine: every service it talks to started on 127.0.0.1 —
 * the GitHub OIDC issuer, a local AWS (STS + ECR) guarding the OCI registry, Sigstore (Fulcio,
 * Rekor, TSA), the GitHub API, the OSV API (test/fixtures/osv), a source repository holding the sample app and a GitOps
 * repository served by git daemon — then the workflow run by the local executor, our actions
 * from their committed dist/ under Node 24. Used by `npm run demo` and by the e2e tests.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { REPO_ROOT } from '../harness/paths';
import { startLocalAws } from '../services/cloud/aws';
import { createBareRepo, git, startGitDaemon } from '../services/git';
import { startGitHubApi } from '../services/github-api/index';
import { runOk } from '../services/lib/run';
import { startOidcIssuer } from '../services/oidc-issuer';
import { osvFixtureRecords, startOsvApi } from '../services/osv-api';
import { startRegistry } from '../services/registry';
import { startLocalSigstore } from '../services/sigstore';
import { runWorkflow, type WorkflowResult } from './executor';
import { localArtifacts, localCheckout, localCodeScanning, type SarifUpload } from './local-actions';

export const EXAMPLES = join(REPO_ROOT, 'workflows-examples');
const ROLE = 'arn:aws:iam::123456789012:role/release';
const TOKEN = 'ghs_localPipelineToken000000000000000000';
const READ_TOKEN = 'ghs_localPipelineReadOnly00000000000000';
/** The GITOPS_TOKEN secret: a token with contents and pull-requests write on the GitOps repository. */
const GITOPS_TOKEN = 'ghp_localPipelineGitOps000000000000000';

export interface LocalPipeline {
  /** Services and repositories, for the caller to inspect. */
  registryHost: string;
  /** The login the registry accepts (what ECR hands out through cloud-login). */
  registryLogin: { username: string; password: string };
  gitopsRepository: string;
  /** The GitOps repository's bare directory on this machine (for git log and show in tests). */
  gitopsPath: string;
  api: Awaited<ReturnType<typeof startGitHubApi>>;
  /** The OSV API vuln-gate reads (records of test/fixtures/osv): its requests, for tests. */
  osv: Awaited<ReturnType<typeof startOsvApi>>;
  /** What upload-sarif sent to code scanning, in order. */
  codeScanning: SarifUpload[];
  sourceCommit: string;
  release(log?: (line: string) => void): Promise<WorkflowResult>;
  /**
   * A pull request's head commit: the sample app at main, edited, committed on top of it and kept
   * as refs/pull/<number>/head of the source repository (a fork's commit, as GitHub serves it).
   */
  pullRequestHead(
    number: number,
    edit: (files: Record<string, string>) => Record<string, string>,
  ): Promise<string>;
  /** Any example workflow, with the same services, variables and local equivalents. */
  run(file: string, options: ExampleRun): Promise<WorkflowResult>;
  /** The dev overlay as the GitOps repository's main branch has it now. */
  devOverlay(): Promise<string>;
  /** Any file of the GitOps repository at a ref. */
  gitopsFile(path: string, ref?: string): Promise<string>;
  stop(): Promise<void>;
}

function filesUnder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!name.startsWith('.') && !full.includes('/reports/'))
        files[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

export interface ExampleRun {
  eventName: string;
  event?: Record<string, unknown>;
  inputs?: Record<string, string>;
  ref?: string;
  runId?: string;
  /** Repository variables, over the pipeline's own. */
  vars?: Record<string, string>;
  /** The job token: write by default; a fork PR's is read-only. */
  token?: 'write' | 'read';
  log?: (line: string) => void;
}

export interface LocalPipelineOptions {
  /** Change the sample app before it is committed (e.g. break a test). */
  editSource?: (files: Record<string, string>) => Record<string, string>;
}

export async function startLocalPipeline(options: LocalPipelineOptions = {}): Promise<LocalPipeline> {
  const stops: Array<() => Promise<void>> = [];
  const work = mkdtempSync(join(tmpdir(), 'shipchain-pipeline-'));
  stops.push(async () => {
    // vfs layers of a chroot build can be read-only directories.
    await runOk('chmod', ['-R', 'u+w', work]).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  });
  try {
    const oidc = await startOidcIssuer();
    stops.push(oidc.stop);
    const aws = await startLocalAws({
      issuer: oidc.issuer,
      jwksUri: oidc.jwksUri,
      roles: [
        {
          arn: ROLE,
          webIdentity: { audience: 'sts.amazonaws.com', subject: 'repo:acme/web:ref:refs/heads/main' },
        },
      ],
    });
    stops.push(aws.stop);
    // The registry takes the ECR login cloud-login gets from the local AWS, and nothing else.
    const registry = await startRegistry({ auth: { username: 'AWS', password: aws.ecrPassword } });
    stops.push(registry.stop);
    const sigstore = await startLocalSigstore({ oidcIssuer: oidc.issuer, jwksUri: oidc.jwksUri });
    stops.push(sigstore.stop);
    const osv = await startOsvApi({ records: osvFixtureRecords() });
    stops.push(osv.stop);
    const trustedRoot = join(work, 'trusted-root.json');
    writeFileSync(trustedRoot, JSON.stringify(sigstore.trustedRoot));
    const api = await startGitHubApi({
      tokens: { [TOKEN]: 'write', [READ_TOKEN]: 'read', [GITOPS_TOKEN]: 'write' },
    });
    stops.push(api.stop);

    const sample = filesUnder(join(EXAMPLES, 'sample-app'));
    const source = await createBareRepo({
      initialFiles: options.editSource ? options.editSource(sample) : sample,
    });
    stops.push(source.cleanup);
    const sourceCommit = (await git(['rev-parse', 'main'], { cwd: source.path })).trim();
    const image = `${registry.host}/web`;
    const gitops = await createBareRepo({
      initialFiles: {
        'deploy/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
        'deploy/base/deployment.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ${image}:bootstrap\n`,
        ...Object.fromEntries(
          ['dev', 'staging', 'prod', 'canary'].map((env) => [
            `deploy/overlays/${env}/kustomization.yaml`,
            `# ${env}: what Argo CD syncs\nresources:\n  - ../../base\nimages:\n  - name: ${image}\n    newTag: bootstrap\n`,
          ]),
        ),
      },
    });
    stops.push(gitops.cleanup);
    const daemon = await startGitDaemon(gitops.baseDir);
    stops.push(daemon.stop);
    const gitopsRepository = `${daemon.url}repo.git`;

    const artifacts = localArtifacts(join(work, 'artifacts'));
    const codeScanning: SarifUpload[] = [];
    const run = (file: string, example: ExampleRun): Promise<WorkflowResult> =>
      runWorkflow({
        file: join(EXAMPLES, file),
        eventName: example.eventName,
        event: example.event ?? {},
        ...(example.inputs ? { inputs: example.inputs } : {}),
        vars: {
          AWS_ROLE_ARN: ROLE,
          AWS_REGION: 'us-east-1',
          REGISTRY: registry.host,
          AWS_STS_ENDPOINT: aws.url,
          FULCIO_URL: sigstore.fulcioUrl,
          REKOR_URL: sigstore.rekorUrl,
          OIDC_ISSUER: oidc.issuer,
          OSV_URL: osv.url,
          SIGSTORE_TRUSTED_ROOT: trustedRoot,
          GITOPS_REPOSITORY: gitopsRepository,
          IMAGE: image,
          ...example.vars,
        },
        secrets: { GITOPS_TOKEN },
        github: {
          repository: 'acme/web',
          sha: sourceCommit,
          ref: example.ref ?? 'refs/heads/main',
          token: example.token === 'read' ? READ_TOKEN : TOKEN,
          apiUrl: api.url,
          runId: example.runId ?? '3003',
        },
        oidc: { url: oidc.requestUrl, token: oidc.requestToken },
        localActions: {
          'actions/checkout': localCheckout(source.url, sourceCommit),
          ...artifacts,
          ...localCodeScanning(codeScanning),
        },
        env: {
          // The runner's builder setup and where its AWS SDK finds ECR's API.
          CONTAINERS_STORAGE_CONF: join(work, 'storage.conf'),
          BUILDAH_ISOLATION: 'chroot',
          AWS_ENDPOINT_URL_ECR: aws.url,
        },
        ...(example.log ? { log: example.log } : {}),
        // GitHub names the workflow file that defines the job (a reusable one, when called).
        beforeJob: ({ workflowFile, callerFile }) => {
          const ref = example.ref ?? 'refs/heads/main';
          oidc.setClaims({
            job_workflow_ref: `acme/web/.github/workflows/${basename(workflowFile)}@${ref}`,
            workflow_ref: `acme/web/.github/workflows/${basename(callerFile)}@${ref}`,
          });
        },
      });
    const storage = join(work, 'containers');
    writeFileSync(
      join(work, 'storage.conf'),
      `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/graph"\nrunroot = "${storage}/run"\n`,
    );

    return {
      registryHost: registry.host,
      registryLogin: { username: 'AWS', password: aws.ecrPassword },
      gitopsRepository,
      gitopsPath: gitops.path,
      api,
      osv,
      codeScanning,
      sourceCommit,
      release: (log) =>
        run('release.yml', {
          eventName: 'push',
          event: { ref: 'refs/heads/main', after: sourceCommit, repository: { full_name: 'acme/web' } },
          runId: '3003',
          ...(log ? { log } : {}),
        }),
      run,
      async pullRequestHead(number, edit) {
        const checkout = mkdtempSync(join(tmpdir(), 'shipchain-pull-'));
        try {
          await git(['clone', '--quiet', source.url, checkout], { cwd: tmpdir() });
          const tracked = (await git(['ls-files', '-z'], { cwd: checkout })).split('\0').filter(Boolean);
          const files = Object.fromEntries(
            tracked.map((path) => [path, readFileSync(join(checkout, path), 'utf8')]),
          );
          for (const [path, content] of Object.entries(edit(files))) {
            mkdirSync(dirname(join(checkout, path)), { recursive: true });
            writeFileSync(join(checkout, path), content);
          }
          await git(['add', '--all'], { cwd: checkout });
          await git(['commit', '--quiet', '-m', `pull request #${number}`], { cwd: checkout });
          await git(['push', '--quiet', 'origin', `HEAD:refs/pull/${number}/head`], { cwd: checkout });
          return (await git(['rev-parse', 'HEAD'], { cwd: checkout })).trim();
        } finally {
          rmSync(checkout, { recursive: true, force: true });
        }
      },
      devOverlay: () => git(['show', 'main:deploy/overlays/dev/kustomization.yaml'], { cwd: gitops.path }),
      gitopsFile: (path, ref = 'main') => git(['show', `${ref}:${path}`], { cwd: gitops.path }),
      async stop() {
        for (const stop of stops.reverse()) await stop().catch(() => undefined);
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
}
