import type { Component } from '../model';
import {
  contentUuid,
  dependencyIndexes,
  isoSeconds,
  subjectName,
  subjectPurl,
  type DocumentInputs,
} from './document-inputs';
import { isSpdxExpression, licenseRef, spdxId } from './licenses';

const SUBJECT_ID = 'SPDXRef-Subject';
const OS_ID = 'SPDXRef-OperatingSystem';

/** One declared license as SPDX wants it: a listed id or expression, else a LicenseRef with the text kept. */
function declaredLicense(licenses: readonly string[], extracted: Map<string, string>): string {
  if (licenses.length === 0) return 'NOASSERTION';
  const parts = licenses.map((license) => {
    if (isSpdxExpression(license))
      return licenses.length > 1 && / (AND|OR) /.test(license) ? `(${license})` : license;
    const id = spdxId(license);
    if (id) return id;
    const ref = licenseRef(license);
    extracted.set(ref, license);
    return ref;
  });
  return parts.join(' AND ');
}

const isOsPackage = (component: Component): boolean =>
  component.ecosystem === 'deb' || component.ecosystem === 'apk' || component.ecosystem === 'rpm';

const purpose = (component: Component): string => (isOsPackage(component) ? 'INSTALL' : 'LIBRARY');

/**
 * An SPDX 2.3 JSON document: it DESCRIBES the image (or directory), which CONTAINS the operating
 * system and every language package; the operating system CONTAINS the packages its package
 * manager installed (as trivy writes and reads it). Packages depending on others say so with
 * DEPENDS_ON. Licenses outside the SPDX list become
 * LicenseRef- ids whose declared text is kept in hasExtractedLicensingInfos.
 */
export function spdxDocument(inputs: DocumentInputs): object {
  const { subject, catalog, created, tool } = inputs;
  const components = catalog.components;
  const extracted = new Map<string, string>();
  const ids = components.map((_, index) => `SPDXRef-Package-${index + 1}`);
  const rootPurl = subjectPurl(subject);
  const name = subjectName(subject);
  const packages = [
    {
      SPDXID: SUBJECT_ID,
      name,
      ...(subject.kind === 'image' ? { versionInfo: subject.image.reference.digest } : {}),
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      primaryPackagePurpose: subject.kind === 'image' ? 'CONTAINER' : 'SOURCE',
      ...(rootPurl
        ? {
            externalRefs: [
              { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: rootPurl },
            ],
          }
        : {}),
    },
    ...(catalog.os
      ? [
          {
            SPDXID: OS_ID,
            name: catalog.os.id,
            ...(catalog.os.versionId ? { versionInfo: catalog.os.versionId } : {}),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            primaryPackagePurpose: 'OPERATING-SYSTEM',
          },
        ]
      : []),
    ...components.map((component, index) => ({
      SPDXID: ids[index],
      name: component.name,
      versionInfo: component.version,
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: declaredLicense(component.licenses, extracted),
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: purpose(component),
      ...(component.source
        ? { sourceInfo: `built from source package ${component.source.name} ${component.source.version}` }
        : {}),
      comment: `Found in ${component.foundIn}${component.layer ? ` (layer ${component.layer})` : ''}.`,
      externalRefs: [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: component.purl },
      ],
    })),
  ];
  const dependencies = dependencyIndexes(components);
  const relationships = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: SUBJECT_ID },
    ...(catalog.os
      ? [{ spdxElementId: SUBJECT_ID, relationshipType: 'CONTAINS', relatedSpdxElement: OS_ID }]
      : []),
    ...ids.map((id, index) => ({
      spdxElementId: catalog.os && isOsPackage(components[index]!) ? OS_ID : SUBJECT_ID,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: id,
    })),
    ...dependencies.flatMap((targets, index) =>
      [...new Set(targets)].map((target) => ({
        spdxElementId: ids[index],
        relationshipType: 'DEPENDS_ON',
        relatedSpdxElement: ids[target],
      })),
    ),
  ];
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(name)}-${contentUuid('spdx', rootPurl ?? name, JSON.stringify(components))}`,
    creationInfo: { created: isoSeconds(created), creators: [`Tool: ${tool.name}-${tool.version}`] },
    documentDescribes: [SUBJECT_ID],
    packages,
    relationships,
    ...(extracted.size > 0
      ? {
          hasExtractedLicensingInfos: [...extracted].map(([licenseId, text]) => ({
            licenseId,
            name: text,
            extractedText: `The package declares its license as: ${text}`,
          })),
        }
      : {}),
  };
}
