import {
  ConfigurationError,
  SummaryBuilder,
  appendStepSummary,
  type MainContext,
} from '@shipchain/action-runtime';
import { registryClientFromEnv } from '@shipchain/oci-client';
import {
  digestSubject,
  loadPublicKey,
  readCosignSignatures,
  readKeyInput,
  signatureTag,
  verifyWithKey,
} from '@shipchain/signing';
import type { inputs, outputs } from './contract';
import { identityPolicy, readTrustedRoot, verifyKeyless } from './keyless';
import { regexpInput, verifyProvenance } from './provenance';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

/** Signature verification failed: not a user mistake in the inputs, so no ConfigurationError. */
export class VerificationFailedError extends Error {
  override readonly name = 'VerificationFailedError';
}

export async function main(context: Context): Promise<void> {
  const { inputs, toolkit } = context;
  const env = toolkit.env();
  const subject = digestSubject(inputs.image);
  const unknown = inputs.require.filter((item) => item !== 'signature' && item !== 'provenance');
  if (unknown.length > 0 || inputs.require.length === 0)
    throw new ConfigurationError(
      `Input "require" is ${JSON.stringify(inputs.require.join(','))}; give signature, provenance or both.`,
      'require',
    );
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  if (inputs.require.includes('provenance')) await verifyProvenanceRequirement(context, subject, workspace);
  if (inputs.require.includes('signature')) await verifySignatureRequirement(context, subject, workspace);
}

async function verifySignatureRequirement(
  context: Context,
  subject: ReturnType<typeof digestSubject>,
  workspace: string,
): Promise<void> {
  const { inputs, outputs, log, toolkit } = context;
  const env = toolkit.env();
  if (!inputs.key) {
    await verifyKeylessSignatures(context, subject, workspace);
    return;
  }
  const pem = await readKeyInput(inputs.key, workspace, 'key');
  if (/PRIVATE KEY/.test(pem))
    throw new ConfigurationError(
      'Input "key" is a private key: verification needs only the public key (image-sign\'s "public-key" output, or openssl pkey -pubout). Rotate that private key if it was exposed in a workflow file.',
      'key',
    );
  const key = loadPublicKey(pem, 'key');
  const client = await registryClientFromEnv(subject.registry, env, inputs['registry-insecure']);
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
  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath) {
    await appendStepSummary(summaryPath, (budget) =>
      new SummaryBuilder()
        .heading(`✅ Verified ${subject.name}`, 2)
        .table(
          ['Check', 'Result'],
          [
            [
              'Signature over the exact payload, with the given key',
              `passed (signature ${(result.matched?.index ?? 0) + 1} of ${signatures.length})`,
            ],
            ['Payload names this digest and repository', `passed: \`${subject.digest}\``],
          ],
        )
        .render(budget),
    );
  }
}

async function verifyKeylessSignatures(
  { inputs, outputs, log, toolkit }: Context,
  subject: ReturnType<typeof digestSubject>,
  workspace: string,
): Promise<void> {
  const policy = identityPolicy(
    inputs['certificate-identity'],
    inputs['certificate-identity-regexp'],
    inputs['certificate-oidc-issuer'],
  );
  const trustedRoot = await readTrustedRoot(
    inputs['trusted-root'],
    workspace,
    `${toolkit.env().RUNNER_TEMP ?? workspace}/sigstore-tuf`,
  );
  const client = await registryClientFromEnv(subject.registry, toolkit.env(), inputs['registry-insecure']);
  const outcome = await verifyKeyless(client, subject, policy, trustedRoot);
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
  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath) {
    await appendStepSummary(summaryPath, (budget) =>
      new SummaryBuilder()
        .heading(`✅ Verified ${subject.name}`, 2)
        .table(
          ['Check', 'Result'],
          [
            [
              'Signature over the exact bytes, certificate chain to the trusted root, SCT, log entry or timestamp',
              'passed',
            ],
            ['Signer identity', `\`${matched.identity}\` (issuer ${policy.issuer})`],
            ['Signed digest', `\`${subject.digest}\` (${matched.format} format)`],
          ],
        )
        .render(budget),
    );
  }
}

async function verifyProvenanceRequirement(
  { inputs, outputs, log, toolkit }: Context,
  subject: ReturnType<typeof digestSubject>,
  workspace: string,
): Promise<void> {
  let signer: Parameters<typeof verifyProvenance>[2];
  let trustedRoot: unknown;
  if (inputs.key) {
    const pem = await readKeyInput(inputs.key, workspace, 'key');
    if (/PRIVATE KEY/.test(pem))
      throw new ConfigurationError(
        'Input "key" is a private key: verification needs only the public key.',
        'key',
      );
    signer = { key: loadPublicKey(pem, 'key') };
  } else {
    signer = {
      identity: identityPolicy(
        inputs['certificate-identity'],
        inputs['certificate-identity-regexp'],
        inputs['certificate-oidc-issuer'],
      ),
    };
    trustedRoot = await readTrustedRoot(
      inputs['trusted-root'],
      workspace,
      `${toolkit.env().RUNNER_TEMP ?? workspace}/sigstore-tuf`,
    );
  }
  const builderIdRegexp = regexpInput(inputs['builder-id-regexp'], 'builder-id-regexp');
  const sourceRefRegexp = regexpInput(inputs['source-ref-regexp'], 'source-ref-regexp');
  const client = await registryClientFromEnv(subject.registry, toolkit.env(), inputs['registry-insecure']);
  const outcome = await verifyProvenance(client, subject, signer, trustedRoot, {
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
