import { createPrivateKey, scryptSync, type KeyObject } from 'node:crypto';
import nacl from 'tweetnacl';
import { ConfigurationError } from '@shipchain/action-runtime';

/** cosign's encrypted key PEM types (`cosign generate-key-pair`), newer and older. */
const COSIGN_PEM = /-----BEGIN (ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY)-----([\s\S]*?)-----END \1-----/;

interface EncryptedKey {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

export const isCosignEncryptedKey = (pem: string): boolean => COSIGN_PEM.test(pem);

/**
 * Open a cosign-encrypted private key: scrypt derives a 32-byte key from the password,
 * NaCl secretbox (XSalsa20-Poly1305) decrypts the PKCS#8 DER inside.
 */
export function openCosignKey(pem: string, password: string | undefined, input = 'key'): KeyObject {
  const match = COSIGN_PEM.exec(pem);
  if (!match) throw new ConfigurationError(`Input "${input}" is not a cosign encrypted private key.`, input);
  if (!password)
    throw new ConfigurationError(
      `Input "${input}" is a cosign encrypted private key: set "key-password" too.`,
      `${input}-password`,
    );
  let encrypted: EncryptedKey;
  try {
    encrypted = JSON.parse(
      Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64').toString('utf8'),
    ) as EncryptedKey;
  } catch {
    throw new ConfigurationError(
      `Input "${input}" looks like a cosign key but its content is not readable.`,
      input,
    );
  }
  if (encrypted.kdf?.name !== 'scrypt' || encrypted.cipher?.name !== 'nacl/secretbox')
    throw new ConfigurationError(
      `Input "${input}" uses ${encrypted.kdf?.name ?? '?'}/${encrypted.cipher?.name ?? '?'}; only cosign's scrypt + nacl/secretbox keys are supported.`,
      input,
    );
  const { N, r, p } = encrypted.kdf.params;
  const secret = scryptSync(password, Buffer.from(encrypted.kdf.salt, 'base64'), 32, {
    N,
    r,
    p,
    maxmem: 256 * N * r + 1024 * 1024,
  });
  const opened = nacl.secretbox.open(
    Buffer.from(encrypted.ciphertext, 'base64'),
    Buffer.from(encrypted.cipher.nonce, 'base64'),
    secret,
  );
  if (!opened)
    throw new ConfigurationError(
      `Input "key-password" does not open the cosign key in "${input}": check the password.`,
      `${input}-password`,
    );
  return createPrivateKey({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
}
