import type { KeyObject } from 'node:crypto';
import { ConfigurationError } from '@shipchain/action-runtime';
import { loadPublicKey, readKeyInput, type IdentityPolicy } from '@shipchain/signing';
import { identityPolicy, readTrustedRoot } from './keyless';

/** Whose signatures count: a public key, or a keyless identity under a trusted root. */
export type Trust = { key: KeyObject } | { identity: IdentityPolicy; trustedRoot: unknown };

/**
 * Read the trust inputs once for every requirement (the trusted root may come over the
 * network through TUF): `key`, else certificate identity + issuer + trusted root.
 */
export async function resolveTrust(
  inputs: {
    key?: string | undefined;
    'certificate-identity'?: string | undefined;
    'certificate-identity-regexp'?: string | undefined;
    'certificate-oidc-issuer': string;
    'trusted-root'?: string | undefined;
  },
  workspace: string,
  tufCachePath: string,
): Promise<Trust> {
  if (inputs.key) {
    const pem = await readKeyInput(inputs.key, workspace, 'key');
    if (/PRIVATE KEY/.test(pem))
      throw new ConfigurationError(
        'Input "key" is a private key: verification needs only the public key (image-sign\'s "public-key" output, or openssl pkey -pubout). Rotate that private key if it was exposed in a workflow file.',
        'key',
      );
    return { key: loadPublicKey(pem, 'key') };
  }
  const identity = identityPolicy(
    inputs['certificate-identity'],
    inputs['certificate-identity-regexp'],
    inputs['certificate-oidc-issuer'],
  );
  return { identity, trustedRoot: await readTrustedRoot(inputs['trusted-root'], workspace, tufCachePath) };
}
