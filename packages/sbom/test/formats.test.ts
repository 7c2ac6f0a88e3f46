import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import {
  catalog,
  cycloneDxDocument,
  readDirectoryFiles,
  spdxDocument,
  wantedByCatalogers,
  type DocumentInputs,
} from '../src';
import { isSpdxExpression } from '../src/formats/licenses';

/** The host's own dpkg database, copyright files, os-release and Python packages: real data, a few hundred packages. */
async function hostCatalog() {
  const root = mkdtempSync(join(tmpdir(), 'sbom-formats-'));
  for (const path of [
    'etc/os-release',
    'usr/lib/os-release',
    'var/lib/dpkg/status',
    'usr/share/doc',
    'usr/lib/python3/dist-packages',
  ]) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    cpSync(`/${path}`, join(root, path), { recursive: true, verbatimSymlinks: true });
  }
  return catalog(await readDirectoryFiles(root, wantedByCatalogers()));
}

const digest = `sha256:${'ab'.repeat(32)}`;
const inputsFor = async (): Promise<DocumentInputs> => ({
  subject: {
    kind: 'image',
    image: {
      reference: { registry: '127.0.0.1:5000', repository: 'team/app', digest },
      manifestDigest: digest,
      platform: 'linux/amd64',
      layers: [],
      config: { labels: {} },
    },
  },
  catalog: await hostCatalog(),
  created: new Date('2026-01-02T03:04:05.678Z'),
  tool: { name: 'shipchain-sbom', version: '0.0.0' },
});

describe('CycloneDX 1.6', () => {
  test('valid against the published 1.6 JSON schema (strict), the image as root containing every package', async () => {
    const inputs = await inputsFor();
    const document = cycloneDxDocument(inputs) as {
      metadata: { component: { purl: string; type: string } };
      components: Array<{ 'bom-ref': string; type: string }>;
      dependencies: Array<{ ref: string; dependsOn: string[] }>;
    };
    const error = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(
      JSON.stringify(document),
    );
    expect(error).toBeNull();
    expect(document.metadata.component).toMatchObject({
      type: 'container',
      purl: `pkg:oci/app@sha256:${'ab'.repeat(32)}?arch=amd64&os=linux&repository_url=127.0.0.1:5000%2Fteam%2Fapp`,
    });
    expect(inputs.catalog.components.length).toBeGreaterThan(100);
    const root = document.dependencies.find((dependency) => dependency.ref === 'subject');
    expect(new Set(root?.dependsOn)).toEqual(
      new Set(document.components.map((component) => component['bom-ref'])),
    );
    expect(document.components.filter((component) => component.type === 'operating-system')).toHaveLength(1);
  });

  test('a document the schema refuses is caught by the validator (it is not a no-op)', async () => {
    const document = cycloneDxDocument(await inputsFor()) as { components: Array<Record<string, unknown>> };
    document.components[1]!.licenses = [{ license: { id: 'Not-A-Listed-License' } }];
    expect(
      await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(JSON.stringify(document)),
    ).not.toBeNull();
  });
});

describe('SPDX 2.3', () => {
  test('describes the image, which contains every package; every reference resolves; licenses are SPDX expressions', async () => {
    const inputs = await inputsFor();
    const document = spdxDocument(inputs) as {
      spdxVersion: string;
      creationInfo: { created: string };
      documentDescribes: string[];
      packages: Array<{
        SPDXID: string;
        licenseDeclared?: string;
        externalRefs?: Array<{ referenceLocator: string }>;
      }>;
      relationships: Array<{ spdxElementId: string; relationshipType: string; relatedSpdxElement: string }>;
      hasExtractedLicensingInfos?: Array<{ licenseId: string }>;
    };
    expect(document.spdxVersion).toBe('SPDX-2.3');
    expect(document.creationInfo.created).toBe('2026-01-02T03:04:05Z');
    const ids = new Set(document.packages.map((pkg) => pkg.SPDXID));
    expect(ids.size).toBe(document.packages.length);
    for (const relationship of document.relationships) {
      if (relationship.spdxElementId !== 'SPDXRef-DOCUMENT')
        expect(ids).toContain(relationship.spdxElementId);
      expect(ids).toContain(relationship.relatedSpdxElement);
    }
    const contained = document.relationships
      .filter((relationship) => relationship.relationshipType === 'CONTAINS')
      .map((relationship) => relationship.relatedSpdxElement);
    expect(contained).toHaveLength(document.packages.length - 1);
    // The image contains the OS, which contains the packages dpkg installed (as trivy reads SPDX).
    const containerOf = new Map(
      document.relationships
        .filter((relationship) => relationship.relationshipType === 'CONTAINS')
        .map((relationship) => [relationship.relatedSpdxElement, relationship.spdxElementId]),
    );
    expect(containerOf.get('SPDXRef-OperatingSystem')).toBe('SPDXRef-Subject');
    const debs = document.packages.filter((pkg) =>
      pkg.externalRefs?.some((ref) => ref.referenceLocator.startsWith('pkg:deb/')),
    );
    expect(debs.length).toBeGreaterThan(100);
    for (const deb of debs) expect(containerOf.get(deb.SPDXID)).toBe('SPDXRef-OperatingSystem');
    const refs = new Set(document.hasExtractedLicensingInfos?.map((info) => info.licenseId));
    for (const pkg of document.packages.slice(1)) {
      const declared = pkg.licenseDeclared ?? 'NOASSERTION';
      if (declared === 'NOASSERTION') continue;
      expect(isSpdxExpression(declared)).toBe(true);
      for (const ref of declared.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? []) expect(refs).toContain(ref);
    }
    expect(document.packages.some((pkg) => pkg.licenseDeclared?.includes('GPL'))).toBe(true);
  });
});

test('license expressions: listed ids and LicenseRefs joined by operators only', () => {
  expect(isSpdxExpression('MIT')).toBe(true);
  expect(isSpdxExpression('(MIT OR Apache-2.0) AND GPL-2.0+')).toBe(true);
  expect(isSpdxExpression('GPL-2.0-only WITH Classpath-exception-2.0')).toBe(true);
  expect(isSpdxExpression('GPL-2+')).toBe(false);
  expect(isSpdxExpression('MIT OR')).toBe(false);
});
