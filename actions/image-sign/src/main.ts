import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ConfigurationError,
  SummaryBuilder,
  appendStepSummary,
  markdownCode,
  requestIdToken,
  type MainContext,
} from '@shipchain/action-runtime';
import { registryClientFromEnv, sha256Of, type RegistryClient } from '@shipchain/oci-client';
import {
  BUNDLE_ANNOTATION,
  CERTIFICATE_ANNOTATION,
  attachBundle,
  attachCosignSignature,
  buildPayload,
  digestSubject,
  loadPrivateKey,
  publicKeyPem,
  readKeyInput,
  signBytes,
  signKeyless,
  signWithKeyAndLog,
  type ImageSubject,
  type KeylessOptions,
} from '@shipchain/signing';
import type { inputs, outputs } from './contract';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

export async function main(context: Context): Promise<void> {
  const { inputs, toolkit } = context;
  const env = toolkit.env();
  const subject = digestSubject(inputs.image);
  const client = await registryClientFromEnv(subject.registry, env, inputs['registry-insecure']);
  // Signing a digest the registry does not have would store a signature nobody can use.
  const manifest = await client.headManifest(subject.repository, subject.digest);
  if (!manifest)
    throw new ConfigurationError(
      `Input "image" is ${inputs.image}, which ${subject.registry} does not have: push it first (image-build's "image" output is the reference to pass) or check the digest.`,
      'image',
    );
  const rows: string[][] = [['Digest', markdownCode(subject.digest)]];
  if (inputs.key) await signWithKey(context, subject, client, rows);
  else await signKeylessly(context, subject, client, rows);

  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath) {
    await appendStepSummary(summaryPath, (budget) =>
      new SummaryBuilder().heading(`Signed ${subject.name}`, 2).table(['', ''], rows).render(budget),
    );
  }
}

async function signWithKey(
  { inputs, outputs, log, toolkit }: Context,
  subject: ImageSubject,
  client: RegistryClient,
  rows: string[][],
): Promise<void> {
  if (inputs.format === 'bundle')
    throw new ConfigurationError(
      'Input "format" is bundle, but Sigstore bundles are made by keyless signing here (they need a certificate and a log entry or timestamp): use format cosign with a key, or drop "key" to sign keylessly.',
      'format',
    );
  const workspace = toolkit.env().GITHUB_WORKSPACE ?? process.cwd();
  const key = loadPrivateKey(
    await readKeyInput(inputs.key ?? '', workspace, 'key'),
    'key',
    inputs['key-password'],
  );
  if (inputs.format === 'both')
    log.info('Signing with a key: stored in cosign format (Sigstore bundles come with keyless signing).');
  const payload = buildPayload(subject, Object.fromEntries(inputs.annotations));
  // As `cosign sign --key`: recorded in the transparency log unless tlog is false.
  const logged = inputs.tlog ? await signWithKeyAndLog(key, payload, inputs['rekor-url']) : undefined;
  const { tag, added } = await attachCosignSignature(client, subject.repository, subject.digest, {
    payload,
    signature: logged?.signature ?? signBytes(key, payload),
    ...(logged ? { annotations: { [BUNDLE_ANNOTATION]: logged.rekorBundle } } : {}),
  });
  if (logged) {
    outputs.set('log-index', logged.logIndex);
    rows.push(['Transparency log', `entry ${logged.logIndex} at ${inputs['rekor-url']}`]);
  }
  const signatureRef = `${subject.name}:${tag}`;
  const publicKey = publicKeyPem(key);
  log.info(added ? `Signed: ${signatureRef}.` : `${signatureRef} already holds this signature.`);
  outputs.set('signature-ref', signatureRef);
  outputs.set('public-key', publicKey);
  outputs.set('payload-digest', sha256Of(payload));
  rows.push(['Signature', `${markdownCode(signatureRef)} (cosign format)`]);
  rows.push(['Key', `ECDSA P-256, public key sha256 ${markdownCode(sha256Of(Buffer.from(publicKey)))}`]);
}

async function signKeylessly(
  { inputs, outputs, log, toolkit }: Context,
  subject: ImageSubject,
  client: RegistryClient,
  rows: string[][],
): Promise<void> {
  const env = toolkit.env();
  if (!inputs.tlog && !inputs['tsa-url'])
    throw new ConfigurationError(
      'Input "tlog" is false and "tsa-url" is empty: a keyless signature needs a transparency-log entry or a timestamp to prove it was made while its short-lived certificate was valid.',
      'tlog',
    );
  const token = await requestIdToken(env, 'sigstore', 'key');
  toolkit.setSecret(token);
  const options: KeylessOptions = {
    token,
    fulcioUrl: inputs['fulcio-url'],
    ...(inputs.tlog ? { rekorUrl: inputs['rekor-url'] } : {}),
    ...(inputs['tsa-url'] ? { tsaUrl: inputs['tsa-url'] } : {}),
  };

  if (inputs.format !== 'bundle') {
    const payload = buildPayload(subject, Object.fromEntries(inputs.annotations));
    const signed = await signKeyless(payload, options);
    const { tag } = await attachCosignSignature(client, subject.repository, subject.digest, {
      payload,
      signature: signed.signature,
      annotations: {
        [CERTIFICATE_ANNOTATION]: signed.certificatePem,
        ...(signed.rekorBundle ? { [BUNDLE_ANNOTATION]: signed.rekorBundle } : {}),
      },
    });
    outputs.set('signature-ref', `${subject.name}:${tag}`);
    outputs.set('payload-digest', sha256Of(payload));
    outputs.set('certificate-identity', signed.identity);
    if (signed.logIndex) outputs.set('log-index', signed.logIndex);
    rows.push(['Signature', `${markdownCode(`${subject.name}:${tag}`)} (cosign format)`]);
    rows.push(['Identity', markdownCode(signed.identity)]);
    log.info(
      `Signed as ${signed.identity}: ${subject.name}:${tag}${signed.logIndex ? `, log index ${signed.logIndex}` : ''}.`,
    );
  }
  if (inputs.format !== 'cosign') {
    // The bundle signs the image manifest itself: its message digest is the image digest.
    const manifest = await client.getManifest(subject.repository, subject.digest);
    const signed = await signKeyless(manifest.bytes, options);
    const attached = await attachBundle(client, subject.repository, manifest, signed.bundle);
    const bundlePath = join(
      env.RUNNER_TEMP ?? process.cwd(),
      `sigstore-bundle-${subject.digest.slice(7, 19)}.json`,
    );
    await writeFile(bundlePath, JSON.stringify(signed.bundle, null, 2));
    outputs.set('bundle-ref', `${subject.name}@${attached.digest}`);
    outputs.set('bundle-path', bundlePath);
    outputs.set('certificate-identity', signed.identity);
    if (signed.logIndex) outputs.set('log-index', signed.logIndex);
    rows.push([
      'Sigstore bundle',
      `${markdownCode(`${subject.name}@${attached.digest}`)} (OCI referrer${attached.stored === 'tag-schema' ? ', tag-schema fallback' : ''})`,
    ]);
    if (inputs.format === 'bundle') rows.push(['Identity', markdownCode(signed.identity)]);
    log.info(`Attached a Sigstore bundle: ${subject.name}@${attached.digest} (${attached.stored}).`);
  }
}
