import { ConfigurationError } from '@shipchain/action-runtime';
import { osvPackageFor, type PackageHints } from './ecosystems';
import type { NotScanned, PackageList, PackageRef } from './packages';
import { parsePurl } from './purl-parse';

/** One package of an SBOM before mapping: its purl and what the document says about its source. */
interface SbomEntry {
  label: string;
  purl?: string;
  source?: { name?: string; version?: string };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * The packages of a CycloneDX or SPDX JSON document, named as OSV names them. Works with what
 * packages/sbom writes (source fields as properties or SPDX sourceInfo) and with purl-based
 * documents of other tools (trivy's SrcName/SrcVersion properties, syft's `upstream` qualifier).
 * Anything without a purl, or of a type OSV is not asked about, is listed in notScanned.
 */
export function sbomPackages(content: string, file: string, input = 'sbom'): PackageList {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    throw new ConfigurationError(
      `Input "${input}": ${file} is not JSON (${(error as Error).message}); give a CycloneDX or SPDX JSON SBOM.`,
      input,
    );
  }
  if (isObject(document) && document.bomFormat === 'CycloneDX') return mapEntries(cycloneDx(document), file);
  if (
    isObject(document) &&
    typeof document.spdxVersion === 'string' &&
    document.spdxVersion.startsWith('SPDX-')
  )
    return mapEntries(spdx(document), file);
  throw new ConfigurationError(
    `Input "${input}": ${file} is neither CycloneDX JSON (bomFormat "CycloneDX") nor SPDX JSON (spdxVersion "SPDX-2.x"); give an SBOM in one of them.`,
    input,
  );
}

function mapEntries(
  { entries, os }: { entries: SbomEntry[]; os?: PackageHints['os'] },
  file: string,
): PackageList {
  const packages: PackageRef[] = [];
  const notScanned: NotScanned[] = [];
  const location = { file };
  for (const entry of entries) {
    const parsed = entry.purl ? parsePurl(entry.purl) : undefined;
    if (!parsed) {
      notScanned.push({
        subject: entry.label,
        reason: entry.purl ? 'its purl does not parse' : 'it has no purl',
        location,
      });
      continue;
    }
    const mapped = osvPackageFor(parsed, {
      ...(entry.source ? { source: entry.source } : {}),
      ...(os ? { os } : {}),
    });
    if ('reason' in mapped) {
      notScanned.push({ subject: entry.purl ?? entry.label, reason: mapped.reason, location });
      continue;
    }
    packages.push({
      ...mapped,
      installed: { name: parsed.name, version: parsed.version ?? '', purl: entry.purl },
      location,
    });
  }
  return { packages, notScanned };
}

/** CycloneDX: components at any depth; the operating-system component gives the release. */
function cycloneDx(document: Json): { entries: SbomEntry[]; os?: PackageHints['os'] } {
  const entries: SbomEntry[] = [];
  let os: PackageHints['os'];
  const visit = (components: unknown): void => {
    if (!Array.isArray(components)) return;
    for (const component of components) {
      if (!isObject(component)) continue;
      if (component.type === 'operating-system') {
        const id = text(component.name);
        if (id) os = { id, ...(text(component.version) ? { versionId: text(component.version) } : {}) };
      } else {
        const purl = text(component.purl);
        entries.push({
          label: purl ?? `${text(component.name) ?? '(unnamed)'}@${text(component.version) ?? ''}`,
          ...(purl ? { purl } : {}),
          ...sourceFromProperties(component.properties),
        });
      }
      visit(component.components);
    }
  };
  visit(document.components);
  return { entries, ...(os ? { os } : {}) };
}

/** shipchain's `shipchain:sbom:source-*` properties, or trivy's `aquasecurity:trivy:Src*` ones. */
function sourceFromProperties(properties: unknown): Pick<SbomEntry, 'source'> {
  if (!Array.isArray(properties)) return {};
  const values = new Map<string, string>();
  for (const property of properties)
    if (isObject(property) && typeof property.name === 'string' && typeof property.value === 'string')
      values.set(property.name, property.value);
  const name = values.get('shipchain:sbom:source-name') ?? values.get('aquasecurity:trivy:SrcName');
  let version = values.get('shipchain:sbom:source-version');
  const trivyVersion = values.get('aquasecurity:trivy:SrcVersion');
  if (!version && trivyVersion) {
    // trivy splits a Debian version into epoch, upstream version and release.
    const epoch = values.get('aquasecurity:trivy:SrcEpoch');
    const release = values.get('aquasecurity:trivy:SrcRelease');
    version = `${epoch && epoch !== '0' ? `${epoch}:` : ''}${trivyVersion}${release ? `-${release}` : ''}`;
  }
  return name || version ? { source: { ...(name ? { name } : {}), ...(version ? { version } : {}) } } : {};
}

/** SPDX: every package but the described subject and the OS; sourceInfo as packages/sbom writes it. */
function spdx(document: Json): { entries: SbomEntry[]; os?: PackageHints['os'] } {
  const described = new Set(Array.isArray(document.documentDescribes) ? document.documentDescribes : []);
  if (Array.isArray(document.relationships))
    for (const relationship of document.relationships)
      if (isObject(relationship) && relationship.relationshipType === 'DESCRIBES')
        described.add(relationship.relatedSpdxElement);
  const entries: SbomEntry[] = [];
  let os: PackageHints['os'];
  for (const pkg of Array.isArray(document.packages) ? document.packages : []) {
    if (!isObject(pkg) || described.has(pkg.SPDXID)) continue;
    if (pkg.primaryPackagePurpose === 'OPERATING-SYSTEM') {
      const id = text(pkg.name);
      if (id) os = { id, ...(text(pkg.versionInfo) ? { versionId: text(pkg.versionInfo) } : {}) };
      continue;
    }
    const purl = (Array.isArray(pkg.externalRefs) ? pkg.externalRefs : [])
      .filter(isObject)
      .find((ref) => ref.referenceType === 'purl' && typeof ref.referenceLocator === 'string')
      ?.referenceLocator as string | undefined;
    const source = /^built from source package (\S+) (\S+)$/.exec(text(pkg.sourceInfo) ?? '');
    entries.push({
      label: purl ?? `${text(pkg.name) ?? '(unnamed)'}@${text(pkg.versionInfo) ?? ''}`,
      ...(purl ? { purl } : {}),
      ...(source ? { source: { name: source[1], version: source[2] } } : {}),
    });
  }
  return { entries, ...(os ? { os } : {}) };
}
