import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@shipchain/action-runtime';
import { resolveTrust, type Trust } from '@shipchain/attestation-verify';
import type { Target } from './target';

export interface SbomTrustInputs {
  'public-key'?: string | undefined;
  'certificate-identity'?: string | undefined;
  'certificate-identity-regexp'?: string | undefined;
  'certificate-oidc-issuer': string;
  'trusted-root'?: string | undefined;
}

const TRUST_INPUTS = [
  'public-key',
  'certificate-identity',
  'certificate-identity-regexp',
  'trusted-root',
] as const;

/**
 * Whose SBOM attestation counts with `sbom: attested`: the same trust, read by the same code, as
 * image-verify's `require: sbom`. Read before anything is fetched; set without `sbom: attested`,
 * these inputs are refused rather than silently unused.
 */
export async function sbomTrust(
  inputs: SbomTrustInputs,
  target: Target,
  workspace: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Trust | undefined> {
  if (target.kind !== 'attested-sbom') {
    const given = TRUST_INPUTS.find((name) => inputs[name]);
    if (given)
      throw new ConfigurationError(
        `Input "${given}" is set, but it only checks the signer of an attested SBOM: set "sbom: attested" with "image", or remove "${given}".`,
        given,
      );
    return undefined;
  }
  return resolveTrust(
    {
      key: inputs['public-key'],
      'certificate-identity': inputs['certificate-identity'],
      'certificate-identity-regexp': inputs['certificate-identity-regexp'],
      'certificate-oidc-issuer': inputs['certificate-oidc-issuer'],
      'trusted-root': inputs['trusted-root'],
    },
    workspace,
    // This run's own TUF cache (made only when the public-good root is fetched): no path shared with another scan.
    join(env.RUNNER_TEMP ?? tmpdir(), `sigstore-tuf-${randomUUID()}`),
    { keyInput: 'public-key', purpose: 'sbom: attested, the SBOM attestation signed with a key' },
  );
}
