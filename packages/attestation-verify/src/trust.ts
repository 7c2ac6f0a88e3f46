import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from '@shipchain/action-runtime';
import { loadPublicKey, readKeyInput, type IdentityPolicy } from '@shipchain/signing';

/** Whose signatures count: a public key, or a keyless identity under a trusted root. */
export type Trust = { key: KeyObject } | { identity: IdentityPolicy; trustedRoot: unknown };

/** The trust inputs as image-verify names them; another action may name the public key differently. */
export interface TrustInputs {
  key?: string | undefined;
  'certificate-identity'?: string | undefined;
  'certificate-identity-regexp'?: string | undefined;
  'certificate-oidc-issuer': string;
  'trusted-root'?: string | undefined;
}

/** How the caller names the public-key input, and what the trust is for (said when inputs are missing). */
export interface TrustNaming {
  keyInput: string;
  purpose: string;
}

const IMAGE_VERIFY_NAMING: TrustNaming = { keyInput: 'key', purpose: 'key-based signatures' };

/**
 * Read the trust inputs once for every requirement (the trusted root may come over the
 * network through TUF): the public key, else certificate identity + issuer + trusted root.
 */
export async function resolveTrust(
  inputs: TrustInputs,
  workspace: string,
  tufCachePath: string,
  naming: TrustNaming = IMAGE_VERIFY_NAMING,
): Promise<Trust> {
  const { keyInput } = naming;
  if (inputs.key) {
    const pem = await readKeyInput(inputs.key, workspace, keyInput);
    if (/PRIVATE KEY/.test(pem))
      throw new ConfigurationError(
        `Input "${keyInput}" is a private key: verification needs only the public key (image-sign's "public-key" output, or openssl pkey -pubout). Rotate that private key if it was exposed in a workflow file.`,
        keyInput,
      );
    return { key: loadPublicKey(pem, keyInput) };
  }
  const identity = identityPolicy(
    inputs['certificate-identity'],
    inputs['certificate-identity-regexp'],
    inputs['certificate-oidc-issuer'],
    naming,
  );
  return { identity, trustedRoot: await readTrustedRoot(inputs['trusted-root'], workspace, tufCachePath) };
}

/** The identity policy from the inputs; one of the two identity inputs is required. */
export function identityPolicy(
  identity: string | undefined,
  pattern: string | undefined,
  issuer: string,
  naming: TrustNaming = IMAGE_VERIFY_NAMING,
): IdentityPolicy {
  if (identity) return { identity, issuer };
  if (pattern) {
    try {
      return { identityRegexp: new RegExp(pattern), issuer };
    } catch (error) {
      throw new ConfigurationError(
        `Input "certificate-identity-regexp" is not a valid regular expression: ${errorMessage(error)}.`,
        'certificate-identity-regexp',
      );
    }
  }
  throw new ConfigurationError(
    `Give "${naming.keyInput}" (${naming.purpose}) or "certificate-identity" / "certificate-identity-regexp" (keyless: whose workflow must have signed, e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml@refs/heads/main).`,
    'certificate-identity',
  );
}

/**
 * The trusted root: JSON content or a path; empty means the public-good Sigstore instance,
 * whose root is fetched and checked through its TUF repository (as cosign and sigstore-js do).
 */
export async function readTrustedRoot(
  value: string | undefined,
  workspace: string,
  tufCachePath: string,
): Promise<unknown> {
  if (!value) {
    const { getTrustedRoot } = await import('@sigstore/tuf');
    try {
      return await getTrustedRoot({ cachePath: tufCachePath });
    } catch (error) {
      throw new ConfigurationError(
        `Input "trusted-root" is empty and the public-good Sigstore trusted root could not be fetched through TUF (${errorMessage(error)}): check network access to tuf-repo-cdn.sigstore.dev, or pass the trusted root JSON (a private or test instance's) in "trusted-root".`,
        'trusted-root',
      );
    }
  }
  const text = value.trimStart().startsWith('{')
    ? value
    : await readFile(value.startsWith('/') ? value : `${workspace}/${value}`, 'utf8').catch(() => {
        throw new ConfigurationError(
          `Input "trusted-root" is neither JSON nor a readable file: ${value}.`,
          'trusted-root',
        );
      });
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigurationError(
      `Input "trusted-root" is not valid JSON: ${errorMessage(error)}.`,
      'trusted-root',
    );
  }
}
