import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  catalog,
  cycloneDxDocument,
  readDirectoryFiles,
  spdxDocument,
  wantedByCatalogers,
} from '@shipchain/sbom';
import { trivyRootfsCycloneDx } from '../../../test/images/trivy';
import { sbomPackages, type PackageList } from '../src';

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(here, '../../..');
/** npm packages written into the root filesystem's /app, with their real names and versions from this install. */
const NPM_PACKAGES = ['yaml', '@sigstore/mock'];

let work: string;
let rootfs: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'osv-sbom-'));
  rootfs = join(work, 'rootfs');
  // Real dpkg paragraphs of the debootstrap image (bookworm), its os-release and Debian's PyYAML dist-info.
  cpSync(join(here, 'fixtures/debian-rootfs'), rootfs, { recursive: true });
  for (const name of NPM_PACKAGES) {
    const target = join(rootfs, 'app/node_modules', name);
    mkdirSync(target, { recursive: true });
    cpSync(join(repositoryRoot, 'node_modules', name, 'package.json'), join(target, 'package.json'));
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const documents = async () => {
  const found = catalog(await readDirectoryFiles(rootfs, wantedByCatalogers()));
  const inputs = {
    subject: { kind: 'directory' as const, name: 'rootfs' },
    catalog: found,
    created: new Date('2026-01-02T03:04:05Z'),
    tool: { name: 'shipchain-sbom', version: '0.0.0' },
  };
  return { cyclonedx: JSON.stringify(cycloneDxDocument(inputs)), spdx: JSON.stringify(spdxDocument(inputs)) };
};

const npmVersion = (name: string) =>
  (
    JSON.parse(readFileSync(join(repositoryRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/** (ecosystem, name, version) as OSV is asked, one line each, sorted and unique. */
const queries = (list: PackageList) =>
  [...new Set(list.packages.map((ref) => `${ref.ecosystem} ${ref.name} ${ref.version}`))].sort();

describe('SBOMs written by packages/sbom', () => {
  test('CycloneDX: Debian packages keyed by their source package and source version, npm and PyPI by name', async () => {
    const list = sbomPackages((await documents()).cyclonedx, 'sbom.cdx.json');
    expect(list.notScanned).toEqual([]);
    expect(queries(list)).toEqual([
      'Debian:12 base-files 12.4+deb12u15',
      'Debian:12 bash 5.2.15-2',
      'Debian:12 glibc 2.36-9+deb12u14',
      'Debian:12 krb5 1.20.1-2+deb12u5',
      'Debian:12 openssl 3.0.20-1~deb12u2',
      'Debian:12 perl 5.36.0-7+deb12u3',
      'Debian:12 pyyaml 6.0-3',
      'Debian:12 shadow 1:4.13+dfsg1-1+deb12u2',
      'Debian:12 util-linux 2.38.1-5+deb12u3',
      'Debian:12 zlib 1:1.2.13.dfsg-1',
      'PyPI pyyaml 6.0',
      `npm @sigstore/mock ${npmVersion('@sigstore/mock')}`,
      `npm yaml ${npmVersion('yaml')}`,
    ]);
    const libssl = list.packages.find((ref) => ref.installed.name === 'libssl3');
    expect(libssl).toMatchObject({
      ecosystem: 'Debian:12',
      name: 'openssl',
      installed: {
        name: 'libssl3',
        version: '3.0.20-1~deb12u2',
        purl: expect.stringMatching(/^pkg:deb\/debian\/libssl3@/),
      },
      location: { file: 'sbom.cdx.json' },
    });
    // Two binaries of one source are two packages asking the same query.
    expect(
      list.packages
        .filter((ref) => ref.name === 'glibc')
        .map((ref) => ref.installed.name)
        .sort(),
    ).toEqual(['libc-bin', 'libc6']);
  });

  test('SPDX gives the same queries as CycloneDX (source from sourceInfo, release from the OS package)', async () => {
    const { cyclonedx, spdx } = await documents();
    const fromSpdx = sbomPackages(spdx, 'sbom.spdx.json');
    expect(fromSpdx.notScanned).toEqual([]);
    expect(queries(fromSpdx)).toEqual(queries(sbomPackages(cyclonedx, 'sbom.cdx.json')));
  });
});

test('a CycloneDX made by trivy (SrcName/SrcVersion/SrcRelease/SrcEpoch properties) gives the same Debian queries', async () => {
  const output = join(work, 'trivy.cdx.json');
  await trivyRootfsCycloneDx(rootfs, output, join(work, 'trivy-cache'));

  const fromTrivy = sbomPackages(readFileSync(output, 'utf8'), 'trivy.cdx.json');
  const ours = sbomPackages((await documents()).cyclonedx, 'sbom.cdx.json');
  const debian = (list: PackageList) => queries(list).filter((line) => line.startsWith('Debian:'));
  expect(debian(fromTrivy)).toEqual(debian(ours));
  expect(debian(fromTrivy)).toContain('Debian:12 zlib 1:1.2.13.dfsg-1');
  expect(queries(fromTrivy)).toContain('PyPI pyyaml 6.0');
});

test('an Alpine image catalogued by packages/sbom: keyed by origin on the v<major.minor> branch', async () => {
  const alpine = join(work, 'alpine');
  mkdirSync(join(alpine, 'etc'), { recursive: true });
  mkdirSync(join(alpine, 'lib/apk/db'), { recursive: true });
  writeFileSync(join(alpine, 'etc/os-release'), 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1\n');
  // apk's installed database as Alpine 3.19 writes it (fields trimmed to those read).
  writeFileSync(
    join(alpine, 'lib/apk/db/installed'),
    [
      'P:libcrypto3\nV:3.1.4-r5\nA:x86_64\nL:Apache-2.0\no:openssl\nD:so:libc.musl-x86_64.so.1',
      'P:libssl3\nV:3.1.4-r5\nA:x86_64\nL:Apache-2.0\no:openssl',
      'P:musl\nV:1.2.4_git20230717-r4\nA:x86_64\nL:MIT\no:musl',
      'P:busybox-binsh\nV:1.36.1-r15\nA:x86_64\nL:GPL-2.0-only\no:busybox',
      '',
    ].join('\n\n'),
  );
  const found = catalog(await readDirectoryFiles(alpine, wantedByCatalogers()));
  const document = cycloneDxDocument({
    subject: { kind: 'directory', name: 'alpine' },
    catalog: found,
    created: new Date('2026-01-02T03:04:05Z'),
    tool: { name: 'shipchain-sbom', version: '0.0.0' },
  });
  expect(queries(sbomPackages(JSON.stringify(document), 'alpine.cdx.json'))).toEqual([
    'Alpine:v3.19 busybox 1.36.1-r15',
    'Alpine:v3.19 musl 1.2.4_git20230717-r4',
    'Alpine:v3.19 openssl 3.1.4-r5',
  ]);
});

describe('purl-based documents of other tools, and what is not scanned', () => {
  const cyclonedx = (components: object[]) =>
    JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', components });

  test("syft's upstream qualifier names the source; Alpine is keyed by origin on its branch", () => {
    const list = sbomPackages(
      cyclonedx([
        {
          type: 'library',
          name: 'libssl3',
          version: '3.0.11-1~deb12u2',
          purl: 'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&upstream=openssl&distro=debian-12',
        },
        {
          type: 'library',
          name: 'libc6',
          version: '2.36-9',
          purl: 'pkg:deb/debian/libc6@2.36-9?upstream=glibc%402.36-9&distro=debian-bookworm',
        },
        {
          type: 'library',
          name: 'libcrypto3',
          version: '3.1.4-r5',
          purl: 'pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&upstream=openssl&distro=alpine-3.19.1',
        },
        {
          type: 'library',
          name: 'busybox',
          version: '1.36.1-r15',
          purl: 'pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64&distro=alpine-3.19.1',
        },
      ]),
      'syft.json',
    );
    expect(queries(list)).toEqual([
      'Alpine:v3.19 busybox 1.36.1-r15',
      'Alpine:v3.19 openssl 3.1.4-r5',
      'Debian:12 glibc 2.36-9',
      'Debian:12 openssl 3.0.11-1~deb12u2',
    ]);
  });

  test('each language ecosystem maps to its OSV name', () => {
    const list = sbomPackages(
      cyclonedx([
        { type: 'library', name: 'PyYAML', purl: 'pkg:pypi/PyYAML@6.0.1' },
        { type: 'library', name: 'zope.interface', purl: 'pkg:pypi/zope.interface@6.1' },
        { type: 'library', name: 'net', purl: 'pkg:golang/golang.org/x/net@v0.17.0' },
        { type: 'library', name: 'stdlib', purl: 'pkg:golang/stdlib@go1.21.5' },
        {
          type: 'library',
          name: 'jackson-databind',
          purl: 'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.13.4',
        },
        { type: 'library', name: 'serde', purl: 'pkg:cargo/serde@1.0.193' },
        { type: 'library', name: 'rails', purl: 'pkg:gem/rails@7.1.2' },
        { type: 'library', name: 'mock', purl: 'pkg:npm/%40sigstore/mock@0.13.0' },
      ]),
      'other.json',
    );
    expect(queries(list)).toEqual([
      'Go golang.org/x/net 0.17.0',
      'Go stdlib 1.21.5',
      'Maven com.fasterxml.jackson.core:jackson-databind 2.13.4',
      'PyPI pyyaml 6.0.1',
      'PyPI zope-interface 6.1',
      'RubyGems rails 7.1.2',
      'crates.io serde 1.0.193',
      'npm @sigstore/mock 0.13.0',
    ]);
  });

  test('unknown types, Ubuntu, no version, no purl, no release: listed with the reason, not dropped', () => {
    const list = sbomPackages(
      cyclonedx([
        {
          type: 'library',
          name: 'bash',
          version: '4.4.20',
          purl: 'pkg:rpm/redhat/bash@4.4.20-4.el8?arch=x86_64',
        },
        { type: 'library', name: 'curl', purl: 'pkg:deb/ubuntu/curl@7.81.0-1ubuntu1.15?distro=ubuntu-22.04' },
        { type: 'library', name: 'left-pad', purl: 'pkg:npm/left-pad' },
        { type: 'library', name: 'vendored', version: '1.0' },
        { type: 'library', name: 'zlib1g', purl: 'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1' },
      ]),
      'odd.json',
    );
    expect(list.packages).toEqual([]);
    expect(list.notScanned.map(({ subject, reason }) => `${subject}: ${reason}`)).toEqual([
      'pkg:rpm/redhat/bash@4.4.20-4.el8?arch=x86_64: purl type rpm has no OSV ecosystem this scanner reads',
      'pkg:deb/ubuntu/curl@7.81.0-1ubuntu1.15?distro=ubuntu-22.04: deb packages of ubuntu are not in an ecosystem this scanner reads (Debian only)',
      'pkg:npm/left-pad: the purl has no version',
      'vendored@1.0: it has no purl',
      'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1: no Debian release: the purl has no distro qualifier and the SBOM names no OS',
    ]);
  });

  test('a document that is not CycloneDX or SPDX is refused, naming the input and the fix', () => {
    expect(() => sbomPackages('{"packages": []}', 'sbom.json')).toThrow(
      'Input "sbom": sbom.json is neither CycloneDX JSON (bomFormat "CycloneDX") nor SPDX JSON (spdxVersion "SPDX-2.x"); give an SBOM in one of them.',
    );
    expect(() => sbomPackages('<bom/>', 'sbom.xml')).toThrow(
      /^Input "sbom": sbom\.xml is not JSON \(.+\); give a CycloneDX or SPDX JSON SBOM\.$/,
    );
  });
});
