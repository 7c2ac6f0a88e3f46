import {
  ConfigurationError,
  SummaryBuilder,
  appendStepSummary,
  type MainContext,
} from '@shipchain/action-runtime';
import { registryClientFromEnv, sha256Of } from '@shipchain/oci-client';
import {
  attachCosignSignature,
  buildPayload,
  digestSubject,
  loadPrivateKey,
  publicKeyPem,
  readKeyInput,
  signBytes,
} from '@shipchain/signing';
import type { inputs, outputs } from './contract';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

export async function main({ inputs, outputs, log, toolkit }: Context): Promise<void> {
  const env = toolkit.env();
  const subject = digestSubject(inputs.image);
  if (!inputs.key)
    throw new ConfigurationError(
      'Input "key" is empty: this version signs with a key (PEM content from a secret, or a path). Generate one with openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256, keep it in a secret, and publish its public key for image-verify.',
      'key',
    );
  const key = loadPrivateKey(
    await readKeyInput(inputs.key, env.GITHUB_WORKSPACE ?? process.cwd(), 'key'),
    'key',
    inputs['key-password'],
  );

  const client = await registryClientFromEnv(subject.registry, env, inputs['registry-insecure']);
  // Signing a digest the registry does not have would store a signature nobody can use.
  if (!(await client.headManifest(subject.repository, subject.digest)))
    throw new ConfigurationError(
      `Input "image" is ${inputs.image}, which ${subject.registry} does not have: push it first (image-build's "image" output is the reference to pass) or check the digest.`,
      'image',
    );

  const payload = buildPayload(subject, Object.fromEntries(inputs.annotations));
  const signature = signBytes(key, payload);
  const { tag, added } = await attachCosignSignature(client, subject.repository, subject.digest, {
    payload,
    signature,
  });
  const signatureRef = `${subject.name}:${tag}`;
  const publicKey = publicKeyPem(key);
  log.info(
    added
      ? `Signed ${subject.name}@${subject.digest}: ${signatureRef}.`
      : `${signatureRef} already holds this signature.`,
  );

  outputs.set('signature-ref', signatureRef);
  outputs.set('public-key', publicKey);
  outputs.set('payload-digest', sha256Of(payload));
  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath) {
    await appendStepSummary(summaryPath, (budget) =>
      new SummaryBuilder()
        .heading(`Signed ${subject.name}`, 2)
        .table(
          ['', ''],
          [
            ['Digest', `\`${subject.digest}\``],
            ['Signature', `\`${signatureRef}\` (cosign format)`],
            ['Key', `ECDSA P-256, public key sha256 \`${sha256Of(Buffer.from(publicKey))}\``],
          ],
        )
        .render(budget),
    );
  }
}
