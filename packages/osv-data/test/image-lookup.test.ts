// The data path end to end, on real data: the SBOM packages/sbom writes for the bookworm root
// filesystem fixture, its packages asked of the local OSV API serving the fixture records.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, cycloneDxDocument, readDirectoryFiles, wantedByCatalogers } from '@shipchain/sbom';
import { osvFixtureRecords, startOsvApi, type OsvApi } from '../../../test/services/osv-api';
import { OsvClient, queryKey, sbomPackages, type PackageRef } from '../src';

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(here, '../../..');
let work: string;
let api: OsvApi;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'osv-image-'));
  cpSync(join(here, 'fixtures/debian-rootfs'), join(work, 'rootfs'), { recursive: true });
  for (const name of ['yaml', '@sigstore/mock']) {
    mkdirSync(join(work, 'rootfs/app/node_modules', name), { recursive: true });
    cpSync(
      join(repositoryRoot, 'node_modules', name, 'package.json'),
      join(work, 'rootfs/app/node_modules', name, 'package.json'),
    );
  }
  api = await startOsvApi({ records: osvFixtureRecords(), pageSize: 2 });
});
afterAll(async () => {
  await api?.stop();
  rmSync(work, { recursive: true, force: true });
});

test("every record affecting one of the image's installed source packages comes back, each distinct query asked once", async () => {
  const document = cycloneDxDocument({
    subject: { kind: 'directory', name: 'rootfs' },
    catalog: catalog(await readDirectoryFiles(join(work, 'rootfs'), wantedByCatalogers())),
    created: new Date('2026-01-02T03:04:05Z'),
    tool: { name: 'shipchain-sbom', version: '0.0.0' },
  });
  const { packages } = sbomPackages(JSON.stringify(document), 'sbom.cdx.json');
  // Binaries of one source ask one query: the action does this before calling the client.
  const unique = [...new Map(packages.map((ref): [string, PackageRef] => [queryKey(ref), ref])).values()];
  expect(unique.length).toBeLessThan(packages.length);
  const client = new OsvClient({ url: api.url });
  const { perPackage, records } = await client.lookup(unique);
  const idsOf = (name: string) =>
    perPackage[unique.findIndex((ref) => ref.name === name)]?.map((ref) => ref.id) ?? [];
  expect(idsOf('openssl')).toEqual(['DEBIAN-CVE-2099-10001']);
  expect(idsOf('krb5')).toEqual([]);
  expect(idsOf('bash')).toEqual([]);
  // As api.osv.dev answers: only the records that affect the installed versions. Left out: openssl's
  // fixed before 3.0.20-1~deb12u2 and its 3.1 branch, zlib's "1.3" (epoch 0, below 1:1.2.13), shadow's
  // last_affected 1:4.13+dfsg1-1+deb12u1 (the image has deb12u2), krb5's withdrawn record.
  expect([...records.keys()].sort()).toEqual([
    'DEBIAN-CVE-2099-10001',
    'DEBIAN-CVE-2099-20001',
    'DEBIAN-CVE-2099-30002',
    'DEBIAN-CVE-2099-40002',
    'DEBIAN-CVE-2099-50001',
    'GHSA-2099-sigstore-mock-0001',
    'GHSA-2099-yaml-0001',
    'PYSEC-2099-0001',
  ]);
  // One querybatch (no query has more than a page of 2); one vulns/{id} per record.
  expect(client.counts).toMatchObject({ querybatch: 1, vulns: 8, retries: 0 });
});
