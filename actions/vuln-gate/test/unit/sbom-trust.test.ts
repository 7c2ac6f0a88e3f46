import { describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sbomTrust } from '../../src/sbom-trust';
import { chooseTarget } from '../../src/target';

const ISSUER = { 'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com' };

describe('sbomTrust', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'vuln-gate-trust-'));
  const attested = chooseTarget(
    { sbom: 'attested', image: `registry.test/a@sha256:${'a'.repeat(64)}` },
    workspace,
  );
  const checkout = chooseTarget({ path: '.' }, workspace);

  test('sbom: attested reads public-key as the trust, and a private key there is refused by that name', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const trust = await sbomTrust(
      { ...ISSUER, 'public-key': publicKey.export({ type: 'spki', format: 'pem' }).toString() },
      attested,
      workspace,
      {},
    );
    expect(trust && 'key' in trust && trust.key.equals(publicKey)).toBe(true);
    await expect(
      sbomTrust(
        { ...ISSUER, 'public-key': privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
        attested,
        workspace,
        {},
      ),
    ).rejects.toMatchObject({ input: 'public-key' });
  });

  test('sbom: attested without a signer to trust names public-key and certificate-identity', async () => {
    await expect(sbomTrust(ISSUER, attested, workspace, {})).rejects.toThrow(
      /^Give "public-key" \(sbom: attested, .*\) or "certificate-identity"/,
    );
  });

  test('trust inputs without sbom: attested are refused by name, not silently unused', async () => {
    expect(await sbomTrust(ISSUER, checkout, workspace, {})).toBeUndefined();
    await expect(
      sbomTrust({ ...ISSUER, 'certificate-identity': 'https://x/y' }, checkout, workspace, {}),
    ).rejects.toMatchObject({ input: 'certificate-identity' });
  });
});
