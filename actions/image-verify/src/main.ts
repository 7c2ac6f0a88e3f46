import {
  ConfigurationError,
  SummaryBuilder,
  appendStepSummary,
  markdownCode,
  markdownText,
  type MainContext,
} from '@shipchain/action-runtime';
import type { KeyObject } from 'node:crypto';
import { resolveTrust, verifySbom, type ReferrerBundle, type Trust } from '@shipchain/attestation-verify';
import { registryClientFromEnv, type RegistryClient } from '@shipchain/oci-client';
import {
  digestSubject,
  readBundles,
  readCosignSignatures,
  signatureTag,
  verifyWithKey,
  type IdentityPolicy,
  type ImageSubject,
} from '@shipchain/signing';
import { VULN_SCAN_PREDICATE_TYPE, formatCounts } from '@shipchain/vuln-attestation';
import type { inputs, outputs } from './contract';
import { verifyKeyless } from './keyless';
import { regexpInput, verifyProvenance } from './provenance';
import { findingLine } from './vuln-policy';
import { verifyVulnScan } from './vuln-scan';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

const REQUIREMENTS: readonly string[] = ['signature', 'provenance', 'sbom', 'vuln-scan'];

/** Signature verification failed: not a user mistake in the inputs, so no ConfigurationError. */
export class VerificationFailedError extends Error {
  override readonly name = 'VerificationFailedError';
}

export async function main(context: Context): Promise<void> {
  const { inputs, toolkit } = context;
  const env = toolkit.env();
  const subject = digestSubject(inputs.image);
  const unknown = inputs.require.filter((item) => !REQUIREMENTS.includes(item));
  if (unknown.length > 0 || inputs.require.length === 0)
    throw new ConfigurationError(
      `Input "require" is ${JSON.stringify(inputs.require.join(','))}; give one or more of ${REQUIREMENTS.join(', ')}.`,
      'require',
    );
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const trust = await resolveTrust(inputs, workspace, `${env.RUNNER_TEMP ?? workspace}/sigstore-tuf`);
  const client = await registryClientFromEnv(subject.registry, env, inputs['registry-insecure']);
  // Attestations and keyless signatures are all bundle referrers: list and fetch them once.
  let bundles: Promise<ReferrerBundle[]> | undefined;
  const referrerBundles = () => (bundles ??= readBundles(client, subject.repository, subject.digest));
  if (inputs.require.includes('provenance'))
    await verifyProvenanceRequirement(context, subject, await referrerBundles(), trust);
  if (inputs.require.includes('sbom'))
    verifySbomRequirement(context, subject, await referrerBundles(), trust);
  if (inputs.require.includes('vuln-scan'))
    verifyVulnScanRequirement(context, subject, await referrerBundles(), trust);
  if (inputs.require.includes('signature')) {
    if ('key' in trust) await verifyKeySignatures(context, subject, client, trust.key);
    else
      await verifyKeylessSignatures(
        context,
        subject,
        client,
        trust.identity,
        trust.trustedRoot,
        await referrerBundles(),
      );
  }
}

async function verifyKeySignatures(
  { inputs, outputs, log, toolkit }: Context,
  subject: ImageSubject,
  client: RegistryClient,
  key: KeyObject,
): Promise<void> {
  const tag = signatureTag(subject.digest);
  const signatureRef = `${subject.name}:${tag}`;
  const signatures = await readCosignSignatures(client, subject.repository, subject.digest);
  if (signatures.length === 0)
    throw new VerificationFailedError(
      `${subject.name}@${subject.digest} has no signatures (nothing at ${signatureRef}): sign it with image-sign first, or check that the digest is the one that was signed.`,
    );
  const result = verifyWithKey(subject, signatures, key);
  const details = {
    image: `${subject.name}@${subject.digest}`,
    signatureRef,
    signatures: signatures.length,
    ...result,
  };
  outputs.set('details', JSON.stringify(details));
  if (!result.matched) {
    outputs.set('verified', 'false');
    throw new VerificationFailedError(
      `No signature of ${subject.name}@${subject.digest} verifies with the given key (${signatures.length} checked at ${signatureRef}):\n${result.rejected.map((r) => `- signature ${r.index + 1}: ${r.reason}`).join('\n')}`,
    );
  }
  log.info(
    `Verified: signature ${result.matched.index + 1} of ${signatures.length} at ${signatureRef} is valid for ${subject.digest}.`,
  );
  outputs.set('verified', 'true');
  outputs.set('signature-ref', signatureRef);
  await writeVerifiedSummary({ inputs, toolkit }, subject, [
    [
      'Signature over the exact payload, with the given key',
      `passed (signature ${(result.matched?.index ?? 0) + 1} of ${signatures.length})`,
    ],
    ['Payload names this digest and repository', `passed: ${markdownCode(subject.digest)}`],
  ]);
}

async function verifyKeylessSignatures(
  { inputs, outputs, log, toolkit }: Context,
  subject: ImageSubject,
  client: RegistryClient,
  policy: IdentityPolicy,
  trustedRoot: unknown,
  bundles: ReferrerBundle[],
): Promise<void> {
  const outcome = await verifyKeyless(client, subject, policy, trustedRoot, bundles);
  outputs.set('details', JSON.stringify({ image: `${subject.name}@${subject.digest}`, ...outcome }));
  const wanted = policy.identity ?? String(policy.identityRegexp);
  if (!outcome.matched) {
    outputs.set('verified', 'false');
    throw new VerificationFailedError(
      outcome.checked === 0
        ? `${subject.name}@${subject.digest} has no keyless signatures (no Sigstore bundle referrer, no certificate in ${signatureTag(subject.digest)}): sign it with image-sign first.`
        : `No keyless signature of ${subject.name}@${subject.digest} passed for identity ${wanted} and issuer ${policy.issuer} (${outcome.checked} checked):\n${outcome.rejected.map((r) => `- ${r.ref}: ${r.reason}`).join('\n')}`,
    );
  }
  const matched = outcome.matched;
  log.info(`Verified: ${matched.ref} was signed by ${matched.identity} (issuer ${policy.issuer}).`);
  outputs.set('verified', 'true');
  outputs.set('signature-ref', matched.ref);
  outputs.set('certificate-identity', matched.identity);
  await writeVerifiedSummary({ inputs, toolkit }, subject, [
    [
      'Signature over the exact bytes, certificate chain to the trusted root, SCT, log entry or timestamp',
      'passed',
    ],
    ['Signer identity', `${markdownCode(matched.identity)} (issuer ${markdownText(policy.issuer)})`],
    ['Signed digest', `${markdownCode(subject.digest)} (${markdownText(matched.format)} format)`],
  ]);
}

async function verifyProvenanceRequirement(
  { inputs, outputs, log }: Context,
  subject: ImageSubject,
  bundles: ReferrerBundle[],
  trust: Trust,
): Promise<void> {
  const builderIdRegexp = regexpInput(inputs['builder-id-regexp'], 'builder-id-regexp');
  const sourceRefRegexp = regexpInput(inputs['source-ref-regexp'], 'source-ref-regexp');
  const outcome = verifyProvenance(bundles, subject, trust, {
    ...(inputs['builder-id'] ? { builderId: inputs['builder-id'] } : {}),
    ...(builderIdRegexp ? { builderIdRegexp } : {}),
    ...(inputs['source-repository'] ? { sourceRepository: inputs['source-repository'] } : {}),
    ...(inputs['source-ref'] ? { sourceRef: inputs['source-ref'] } : {}),
    ...(sourceRefRegexp ? { sourceRefRegexp } : {}),
    allowedEvents: inputs['allowed-events'],
    denySelfHostedRunners: inputs['deny-self-hosted-runners'],
  });
  if (!outcome.matched) {
    outputs.set('verified', 'false');
    throw new VerificationFailedError(
      outcome.checked === 0
        ? `${subject.name}@${subject.digest} has no provenance attestation (no in-toto bundle referrer): attest it with the provenance action first.`
        : `No provenance of ${subject.name}@${subject.digest} passed (${outcome.checked} checked):\n${outcome.rejected.map((r) => `- ${r.ref}: ${r.reason}`).join('\n')}`,
    );
  }
  log.info(
    `Provenance verified: ${outcome.matched.ref}, builder ${outcome.matched.builder}, signed by ${outcome.matched.identity}.`,
  );
  outputs.set('verified', 'true');
  outputs.set('provenance-ref', outcome.matched.ref);
  outputs.set('builder-id', outcome.matched.builder);
}

function verifySbomRequirement(
  { outputs, log }: Context,
  subject: ImageSubject,
  bundles: ReferrerBundle[],
  trust: Trust,
): void {
  const outcome = verifySbom(bundles, subject, trust);
  if (!outcome.matched) {
    outputs.set('verified', 'false');
    throw new VerificationFailedError(
      outcome.checked === 0
        ? `require sbom: ${subject.name}@${subject.digest} has no SBOM attestation (no CycloneDX or SPDX in-toto bundle referrer): attest it with the sbom action first.`
        : `require sbom: no SBOM attestation of ${subject.name}@${subject.digest} passed (${outcome.checked} checked):\n${outcome.rejected.map((r) => `- ${r.ref}: ${r.reason}`).join('\n')}`,
    );
  }
  const { ref, identity, statement } = outcome.matched;
  log.info(`SBOM verified: ${ref} (${statement.predicateType ?? ''}), signed by ${identity}.`);
  outputs.set('verified', 'true');
  outputs.set('sbom-ref', ref);
}

function verifyVulnScanRequirement(
  { inputs, outputs, log }: Context,
  subject: ImageSubject,
  bundles: ReferrerBundle[],
  trust: Trust,
): void {
  const image = `${subject.name}@${subject.digest}`;
  const outcome = verifyVulnScan(bundles, subject, trust, {
    maxSeverity: inputs['max-severity'],
    maxAgeMs: inputs['max-scan-age'],
    now: Date.now(),
  });
  const { latest, problems, worst, rejected } = outcome;
  const notCounted = rejected.map((r) => `- ${r.ref}: ${r.reason}`);
  if (!latest && problems.length === 0) {
    outputs.set('verified', 'false');
    throw new VerificationFailedError(
      outcome.checked === 0
        ? `require vuln-scan: ${image} has no vulnerability-scan attestation (no ${VULN_SCAN_PREDICATE_TYPE} in-toto bundle referrer): scan it with vuln-gate first.`
        : `require vuln-scan: no scan attestation of ${image} passed (${outcome.checked} checked):\n${notCounted.join('\n')}`,
    );
  }
  if (problems.length > 0) {
    outputs.set('verified', 'false');
    const judged = latest
      ? ` (${latest.ref}, finished ${latest.predicate.metadata.scanFinishedOn}, signed by ${latest.identity})`
      : '';
    const lines = [`require vuln-scan: ${image} is refused by its latest signed scan${judged}:`];
    lines.push(...problems.map((problem) => `- ${problem}`));
    if (worst.length > 0)
      lines.push(
        `Worst findings above max-severity ${inputs['max-severity']}:`,
        ...worst.map((f) => `- ${findingLine(f)}`),
      );
    if (notCounted.length > 0) lines.push('Scan attestations not counted:', ...notCounted);
    throw new VerificationFailedError(lines.join('\n'));
  }
  const scan = latest!;
  log.info(
    `Vulnerability scan verified: ${scan.ref}, finished ${scan.predicate.metadata.scanFinishedOn}, counts ${formatCounts(scan.predicate.scanner.result.counts)}, signed by ${scan.identity}.`,
  );
  outputs.set('verified', 'true');
  outputs.set('vuln-scan-ref', scan.ref);
}

/** The job summary of a passed signature check: one table of what was checked. */
async function writeVerifiedSummary(
  { inputs, toolkit }: Pick<Context, 'inputs' | 'toolkit'>,
  subject: ImageSubject,
  rows: string[][],
): Promise<void> {
  const summaryPath = toolkit.summaryPath();
  if (!inputs.summary || !summaryPath) return;
  await appendStepSummary(summaryPath, (budget) =>
    new SummaryBuilder()
      .heading(`✅ Verified ${subject.name}`, 2)
      .table(['Check', 'Result'], rows)
      .render(budget),
  );
}
