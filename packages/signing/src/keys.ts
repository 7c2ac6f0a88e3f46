import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { Signer } from '@sigstore/sign';
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '@shipchain/action-runtime';
import { isCosignEncryptedKey, openCosignKey } from './cosign-key';

/**
 * A key input is the PEM itself or a path to it (workflows pass secrets as content,
 * checked-in public keys as paths). Only ECDSA P-256 is accepted: it is what cosign and
 * Sigstore verifiers expect by default.
 */
export async function readKeyInput(value: string, workspace: string, input: string): Promise<string> {
  if (value.includes('-----BEGIN')) return value;
  try {
    return await readFile(value.startsWith('/') ? value : `${workspace}/${value}`, 'utf8');
  } catch {
    throw new ConfigurationError(
      `Input "${input}" is neither a PEM key (-----BEGIN …) nor a readable file path: pass the key's content (from a secret) or its path in the workspace.`,
      input,
    );
  }
}

export function loadPrivateKey(pem: string, input = 'key', password?: string): KeyObject {
  if (isCosignEncryptedKey(pem)) {
    const opened = openCosignKey(pem, password, input);
    requireP256(opened, input);
    return opened;
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(password ? { key: pem, passphrase: password } : pem);
  } catch (error) {
    const encrypted = /ENCRYPTED/.test(pem) && !password;
    throw new ConfigurationError(
      encrypted
        ? `Input "${input}" is an encrypted private key: set "key-password" too.`
        : `Input "${input}" is not a readable PEM private key (${(error as Error).message}): give a PKCS#8 ECDSA P-256 key, e.g. from openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256.`,
      input,
    );
  }
  requireP256(key, input);
  return key;
}

export function loadPublicKey(pem: string, input = 'key'): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (error) {
    throw new ConfigurationError(
      `Input "${input}" is not a readable PEM public key (${(error as Error).message}).`,
      input,
    );
  }
  requireP256(key, input);
  return key;
}

function requireP256(key: KeyObject, input: string): void {
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
    throw new ConfigurationError(
      `Input "${input}" is a ${key.asymmetricKeyType ?? 'unknown'} key${key.asymmetricKeyDetails?.namedCurve ? ` on ${key.asymmetricKeyDetails.namedCurve}` : ''}; only ECDSA P-256 keys are accepted.`,
      input,
    );
}

/** ECDSA-SHA256 over `payload`, DER-encoded, as cosign stores it (base64). */
export function signBytes(key: KeyObject, payload: Buffer): string {
  return sign('sha256', payload, key).toString('base64');
}

export function verifyBytes(key: KeyObject, payload: Buffer, signatureBase64: string): boolean {
  const signature = Buffer.from(signatureBase64, 'base64');
  if (signature.length === 0) return false;
  try {
    return verify('sha256', payload, key, signature);
  } catch {
    return false;
  }
}

export const publicKeyPem = (key: KeyObject): string =>
  createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();

/**
 * The key as a @sigstore/sign signer: the bundle builders call it to sign (a message or a
 * DSSE encoding) and record the public key, with its sha256 as the hint.
 */
export function keySigner(key: KeyObject): Signer {
  const publicKey = publicKeyPem(key);
  const hint = createHash('sha256').update(publicKey).digest('base64');
  return {
    sign: (bytes: Buffer) =>
      Promise.resolve({
        signature: sign('sha256', bytes, key),
        key: { $case: 'publicKey', publicKey, hint },
      }),
  };
}
