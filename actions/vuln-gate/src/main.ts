import { appendStepSummary, workspaceDirectory, type MainContext } from '@shipchain/action-runtime';
import {
  decide,
  gateMarkdown,
  groupPackages,
  matchGroups,
  vulnPredicate,
  type GateResult,
  type ScanContext,
} from '@shipchain/vuln-scan';
import type { VulnScanPredicate } from '@shipchain/vuln-attestation';
import { attestScan, planAttestation, type AttestationPlan } from './attest';
import type { inputs, outputs } from './contract';
import { readRecords } from './data';
import { dockerfileLocation, sarifLocator } from './locations';
import { readPackages, type ScannedInput } from './packages';
import { readPolicy } from './policy';
import { commentOnPullRequest } from './publish';
import { setGateOutputs, writeResults } from './results';
import { sbomTrust } from './sbom-trust';
import { chooseTarget, targetDigest, type Target } from './target';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

export const SCANNER = {
  name: 'shipchain vuln-gate',
  uri: 'https://github.com/shipchain/shipchain/actions/vuln-gate',
  version: '0.1.0',
};

export async function main(context: Context): Promise<void> {
  const startedOn = new Date();
  const { inputs, outputs, log, toolkit } = context;
  const env = toolkit.env();
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();

  // Every input is checked before anything is fetched: the target, the policy files, the signer.
  const target = chooseTarget(inputs, workspace);
  const policy = readPolicy(inputs, workspace, targetDigest(target));
  const sbomSigner = await sbomTrust(inputs, target, workspace, env);
  const plan = await planAttestation(inputs.attest, target, inputs, toolkit, workspace);
  const outputDirectory = workspaceDirectory(inputs.output, workspace, 'output', true);
  const dockerfile = inputs.dockerfile ? dockerfileLocation(inputs.dockerfile, workspace) : undefined;

  const scanned = await readPackages(
    target,
    {
      platform: inputs.platform,
      registryInsecure: inputs['registry-insecure'],
      env,
      workspace,
      outputDirectory,
      version: SCANNER.version,
      ...(sbomSigner ? { sbomTrust: sbomSigner } : {}),
    },
    log,
  );
  const groups = groupPackages(scanned.list.packages);
  log.info(
    `${scanned.list.packages.length} packages (${groups.length} to look up), ${scanned.list.notScanned.length} not scanned`,
  );
  const data = await readRecords(
    groups,
    {
      osvUrl: inputs['osv-url'],
      osvDb: inputs['osv-db'],
      onDataError: inputs['on-data-error'],
      workspace,
      env,
    },
    log,
  );
  const matched = matchGroups(groups, (group) => data.looked.records.get(group.key) ?? []);
  for (const note of matched.notes) log.debug(note);
  const gate = decide(matched.findings, policy);
  const notScanned = [...scanned.list.notScanned, ...matched.notScanned, ...data.unread];

  const scan: ScanContext = {
    target: {
      kind: target.kind,
      name: target.shown,
      ...(targetDigest(target) ? { digest: targetDigest(target) } : {}),
    },
    scanner: SCANNER,
    db: { uri: data.dbUri, readAt: data.looked.readAt },
    startedOn,
    finishedOn: new Date(),
    failOn: policy.failOn,
    onlyFixed: policy.onlyFixed,
    invocation: invocationOf(env),
  };
  const paths = writeResults(
    outputDirectory,
    scan,
    gate,
    notScanned,
    data.dataErrors,
    sarifLocator(scanned.sbom, dockerfile),
  );
  setGateOutputs(outputs, gate, paths);
  logDecisions(context, gate);

  const attestation = await attest(context, plan, scanned, vulnPredicate(scan, gate));
  outputs.set('attestation-refs', 'refs' in attestation ? attestation.refs.join('\n') : '');

  const render = (budget: number) =>
    gateMarkdown(
      {
        target: target.shown,
        gate,
        failOn: policy.failOn,
        notScanned,
        dataErrors: data.dataErrors,
        reportPath: paths.reportPath,
        attestation,
        ...(scanned.sbomAttestation ? { sbomAttestation: scanned.sbomAttestation } : {}),
      },
      budget,
    );
  await publish(context, target, render);
  if (gate.verdict === 'fail') toolkit.setFailed(`vuln-gate failed: ${gate.failures.join('; ')}.`);
}

/** The workflow run as the attestation's invocation: its URL and id, empty outside a runner. */
function invocationOf(env: Readonly<Record<string, string | undefined>>): ScanContext['invocation'] {
  const runId = env.GITHUB_RUN_ID ?? '';
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const uri =
    runId && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${runId}` : '';
  return { uri, eventId: runId };
}

function logDecisions({ log }: Context, gate: GateResult): void {
  for (const { finding, status, reason } of gate.decisions)
    log.info(
      `${status}: ${finding.id} ${finding.package} ${finding.version} (${finding.severity}): ${reason}`,
    );
  for (const entry of gate.stale)
    log.warning(
      `Ignore entry ${entry.position} (${JSON.stringify(entry.id)}) matched no finding: it is stale, remove it.`,
    );
  log.info(
    `Verdict ${gate.verdict}: ${gate.effective} finding(s) count ${JSON.stringify(gate.counts)}, ${gate.ignored} ignored or suppressed`,
  );
}

/** The scan signed and attached to the image, or why not. */
async function attest(
  { log }: Context,
  plan: AttestationPlan,
  scanned: ScannedInput,
  predicate: VulnScanPredicate,
): Promise<{ refs: string[] } | { skipped: string }> {
  if ('skipped' in plan || !scanned.image) {
    const reason = 'skipped' in plan ? plan.skipped : 'not an image';
    log.info(`Not attested: ${reason}.`);
    return { skipped: reason };
  }
  const { refs, identity } = await attestScan(
    scanned.image.client,
    scanned.image.reference,
    predicate,
    plan.signer,
  );
  log.info(`Attested the scan as ${identity}: ${refs.join(', ')}`);
  return { refs };
}

/** The job summary, and the sticky comment of a pull_request run when a token is given. */
async function publish(
  { inputs, toolkit }: Context,
  target: Target,
  render: (budget: number) => string,
): Promise<void> {
  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath) {
    await appendStepSummary(summaryPath, render);
  }
  if (inputs['github-token'])
    await commentOnPullRequest(
      inputs['github-token'],
      toolkit.env(),
      `vuln-gate:${target.kind}:${target.shown}`,
      render,
      toolkit,
    );
}
