// Benchmark: cloud-login's wall time from process start to credentials exported, per provider,
// against the local endpoints (AWS STS, Google STS + IAM Credentials, Entra ID over HTTPS), next
// to a floor measured in the same run: a bare Node 24 script that fetches the job token and
// makes the same one exchange with fetch (no validation, verification, retries, masking or
// files). Also the bundle's size and cold start (exit on a missing input) against `node -e 0`.
// Usage: npm run bench:cloud-login [-- --runs 10]
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  NODE24_BINARY,
  REPO_ROOT,
  inputEnvName,
  readActionManifest,
  resolveInputs,
} from '../test/harness/index';
import { startLocalAws } from '../test/services/cloud/aws';
import { startLocalEntra } from '../test/services/cloud/entra';
import { startLocalGoogle } from '../test/services/cloud/google';
import { run } from '../test/services/lib/run';
import { startOidcIssuer } from '../test/services/oidc-issuer';
import { numberFlag } from './flags';

const runs = numberFlag('runs', 10);
const work = mkdtempSync(join(tmpdir(), 'bench-cloud-login-'));
const bundle = join(REPO_ROOT, 'actions/cloud-login/dist/index.js');
const PROVIDER = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/github-actions';
const SA = 'deploy@shop-prod.iam.gserviceaccount.com';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const APP = '5a6b7c8d-1111-4222-8333-944455556666';
const SUB = 'c0ffee00-aaaa-4bbb-8ccc-ddddeeeeffff';

const oidc = await startOidcIssuer();
const aws = await startLocalAws({
  issuer: oidc.issuer,
  jwksUri: oidc.jwksUri,
  roles: [
    {
      arn: 'arn:aws:iam::123456789012:role/deploy',
      webIdentity: { audience: 'sts.amazonaws.com', subject: 'repo:acme/web:*' },
    },
  ],
});
const google = await startLocalGoogle({
  issuer: oidc.issuer,
  jwksUri: oidc.jwksUri,
  providers: [{ name: PROVIDER, subject: 'repo:acme/web:*' }],
  serviceAccounts: [{ email: SA, workloadIdentityUsers: 'repo:acme/web:*' }],
});
const entra = await startLocalEntra({
  issuer: oidc.issuer,
  jwksUri: oidc.jwksUri,
  apps: [
    {
      clientId: APP,
      tenantId: TENANT,
      federated: [{ subject: 'repo:acme/web:ref:refs/heads/main' }],
      subscriptions: [SUB],
    },
  ],
});

const inputs: Record<string, Record<string, string>> = {
  aws: {
    provider: 'aws',
    'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
    'aws-region': 'eu-west-1',
    'sts-endpoint': aws.url,
  },
  gcp: {
    provider: 'gcp',
    'workload-identity-provider': PROVIDER,
    'service-account': SA,
    'sts-endpoint': google.stsUrl,
    'iam-credentials-endpoint': google.iamUrl,
  },
  azure: {
    provider: 'azure',
    'client-id': APP,
    'tenant-id': TENANT,
    'subscription-id': SUB,
    'authority-host': entra.url,
    'resource-manager-endpoint': entra.url,
  },
};

const manifest = readActionManifest(join(REPO_ROOT, 'actions/cloud-login'));

/** The runner contract, minimally: INPUT_* (with defaults), file commands, the OIDC endpoint. */
function contractEnv(given: Record<string, string>): Record<string, string> {
  // What the runner supplies for inputs a workflow leaves out: action.yml's defaults.
  const values = Object.keys(given).length > 0 ? resolveInputs(manifest, given, {}).values.toRecord() : {};
  const dir = mkdtempSync(join(work, 'step-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: '/nonexistent',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'acme/web',
    GITHUB_RUN_ID: '1',
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    NODE_EXTRA_CA_CERTS: entra.caFile,
    INPUT_SUMMARY: 'false',
  };
  for (const name of ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    env[name] = join(dir, name.toLowerCase());
    writeFileSync(env[name] as string, '');
  }
  for (const [key, value] of Object.entries(values)) env[inputEnvName(key)] = value;
  return env;
}

const floorScript = join(work, 'floor.mjs');
writeFileSync(
  floorScript,
  `const provider = process.argv[2];
const audience = { aws: 'sts.amazonaws.com', gcp: 'https://iam.googleapis.com/${PROVIDER}', azure: 'api://AzureADTokenExchange' }[provider];
const t = await (await fetch(process.env.ACTIONS_ID_TOKEN_REQUEST_URL + '&audience=' + encodeURIComponent(audience), { headers: { authorization: 'Bearer ' + process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN } })).json();
const form = (o) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(o) });
let r;
if (provider === 'aws') r = await fetch('${aws.url}', form({ Action: 'AssumeRoleWithWebIdentity', Version: '2011-06-15', RoleArn: 'arn:aws:iam::123456789012:role/deploy', RoleSessionName: 'floor', WebIdentityToken: t.value }));
if (provider === 'gcp') r = await fetch('${google.stsUrl}', form({ grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', audience: '//iam.googleapis.com/${PROVIDER}', scope: 'https://www.googleapis.com/auth/cloud-platform', requested_token_type: 'urn:ietf:params:oauth:token-type:access_token', subject_token: t.value, subject_token_type: 'urn:ietf:params:oauth:token-type:jwt' }));
if (provider === 'azure') r = await fetch('${entra.url}/${TENANT}/oauth2/v2.0/token', form({ client_id: '${APP}', scope: '${entra.url}/.default', grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: t.value }));
if (!r.ok) throw new Error(await r.text());
`,
);

async function timed(args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const result = await run(NODE24_BINARY, args, { env });
  const ms = performance.now() - started;
  if (result.code !== 0 && !args.includes('--expect-failure'))
    throw new Error(`${args.join(' ')} failed: ${result.stdout}${result.stderr}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`bundle: ${(statSync(bundle).size / 1024).toFixed(0)} KiB (actions/cloud-login/dist/index.js)`);
const cold: number[] = [];
const bare: number[] = [];
for (let i = 0; i < runs; i++) {
  bare.push(await timed(['-e', '0'], { PATH: process.env.PATH ?? '' }));
  const started = performance.now();
  await run(NODE24_BINARY, [bundle], { env: contractEnv({}) }); // fails at once: provider is required
  cold.push(performance.now() - started);
}
console.log(
  `cold start (load the bundle, fail on a missing input): ${median(cold).toFixed(0)} ms; node -e 0: ${median(bare).toFixed(0)} ms; bundle load cost ${(median(cold) - median(bare)).toFixed(0)} ms`,
);
for (const provider of ['aws', 'gcp', 'azure']) {
  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await timed([floorScript, provider], contractEnv({})));
    ours.push(await timed([bundle], contractEnv(inputs[provider] as Record<string, string>)));
  }
  console.log(
    `${provider.padEnd(5)} start to credentials exported: ${median(ours).toFixed(0)} ms median (p90 ${[...ours].sort((a, b) => a - b)[Math.floor(runs * 0.9)]?.toFixed(0)} ms); floor (token + one exchange, bare fetch): ${median(floor).toFixed(0)} ms; ratio ${(median(ours) / median(floor)).toFixed(2)}x`,
  );
}
await Promise.all([oidc.stop(), aws.stop(), google.stop(), entra.stop()]);
rmSync(work, { recursive: true, force: true });
