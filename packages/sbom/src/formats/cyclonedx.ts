import type { Component } from '../model';
import {
  componentRefs,
  contentUuid,
  dependencyIndexes,
  isoSeconds,
  subjectName,
  subjectPurl,
  type DocumentInputs,
} from './document-inputs';
import { isSpdxExpression, spdxId } from './licenses';

const ROOT_REF = 'subject';

/** CycloneDX's license choice: a listed id, an SPDX expression, or a name as declared. */
function licenseChoices(licenses: readonly string[]): object[] {
  const expression =
    licenses.length === 1 && / (AND|OR|WITH) /.test(licenses[0] ?? '') ? licenses[0] : undefined;
  if (expression && isSpdxExpression(expression)) return [{ expression }];
  return licenses.map((license) => {
    const id = spdxId(license);
    return { license: id ? { id } : { name: license } };
  });
}

const properties = (component: Component): Array<{ name: string; value: string }> => [
  { name: 'shipchain:sbom:found-in', value: component.foundIn },
  ...(component.layer ? [{ name: 'shipchain:sbom:layer', value: component.layer }] : []),
  ...(component.source
    ? [
        { name: 'shipchain:sbom:source-name', value: component.source.name },
        { name: 'shipchain:sbom:source-version', value: component.source.version },
      ]
    : []),
];

/**
 * A CycloneDX 1.6 JSON document: the image (or directory) as metadata.component, every package
 * as a library component, the OS as an operating-system component, and a dependency graph whose
 * root contains them all.
 */
export function cycloneDxDocument(inputs: DocumentInputs): object {
  const { subject, catalog, created, tool } = inputs;
  const components = catalog.components;
  const refs = componentRefs(components);
  const dependencies = dependencyIndexes(components);
  const rootPurl = subjectPurl(subject);
  const osRef = catalog.os ? `os:${catalog.os.id}` : undefined;
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${contentUuid('cyclonedx', rootPurl ?? subjectName(subject), JSON.stringify(components))}`,
    version: 1,
    metadata: {
      timestamp: isoSeconds(created),
      tools: { components: [{ type: 'application', name: tool.name, version: tool.version }] },
      component: {
        type: subject.kind === 'image' ? 'container' : 'application',
        'bom-ref': ROOT_REF,
        name: subjectName(subject),
        ...(subject.kind === 'image' ? { version: subject.image.reference.digest } : {}),
        ...(rootPurl ? { purl: rootPurl } : {}),
      },
    },
    components: [
      ...(catalog.os && osRef
        ? [
            {
              type: 'operating-system',
              'bom-ref': osRef,
              name: catalog.os.id,
              ...(catalog.os.versionId ? { version: catalog.os.versionId } : {}),
              ...(catalog.os.prettyName ? { description: catalog.os.prettyName } : {}),
            },
          ]
        : []),
      ...components.map((component, index) => ({
        type: 'library',
        'bom-ref': refs[index],
        name: component.name,
        version: component.version,
        purl: component.purl,
        ...(component.licenses.length > 0 ? { licenses: licenseChoices(component.licenses) } : {}),
        properties: properties(component),
      })),
    ],
    dependencies: [
      { ref: ROOT_REF, dependsOn: [...(osRef ? [osRef] : []), ...refs] },
      ...(osRef ? [{ ref: osRef, dependsOn: [] }] : []),
      ...components.map((_, index) => ({
        ref: refs[index],
        dependsOn: [...new Set((dependencies[index] ?? []).map((target) => refs[target]))],
      })),
    ],
  };
}
