import { ConfigurationError } from '@shipchain/action-runtime';
import type { Finding } from './finding';

/** OpenVEX statuses; `not_affected` and `fixed` suppress a finding, the others do not. */
export type VexStatus = 'not_affected' | 'affected' | 'fixed' | 'under_investigation';

const STATUSES: readonly string[] = ['not_affected', 'affected', 'fixed', 'under_investigation'];

export interface VexProduct {
  /** The product's @id or purl: a package purl, or an image (pkg:oci/…@sha256:…, or a bare digest). */
  ids: string[];
  /** Packages inside the product the statement is limited to. */
  subcomponents: string[][];
}

export interface VexStatement {
  /** The vulnerability's name and aliases. */
  names: string[];
  products: VexProduct[];
  status: VexStatus;
  /** justification, impact or action statement: shown as the reason. */
  explanation: string;
  /** Milliseconds; the latest matching statement decides. */
  timestamp: number;
  /** The document it came from, for the reason. */
  document: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (...values: unknown[]): string[] =>
  values.filter((value): value is string => typeof value === 'string' && value !== '');

/** The identifiers of a product or subcomponent: its @id, and identifiers.purl. */
function identifiers(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!isObject(value)) return [];
  const ids = isObject(value.identifiers) ? value.identifiers : {};
  return strings(value['@id'], ids.purl);
}

/** An OpenVEX document's statements (v0.2.0, and v0.0.1's string vulnerability and products). */
export function parseVex(text: string, file: string, input = 'vex'): VexStatement[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `Input "${input}": ${file} is not JSON (${(error as Error).message}); give an OpenVEX document.`,
      input,
    );
  }
  if (
    !isObject(document) ||
    typeof document['@context'] !== 'string' ||
    !document['@context'].startsWith('https://openvex.dev/ns') ||
    !Array.isArray(document.statements)
  )
    throw new ConfigurationError(
      `Input "${input}": ${file} is not an OpenVEX document (an "@context" of https://openvex.dev/ns/… and "statements").`,
      input,
    );
  const documentTime = Date.parse(typeof document.timestamp === 'string' ? document.timestamp : '') || 0;
  return document.statements.map((statement, index) => {
    const where = `${file} statement ${index + 1}`;
    if (!isObject(statement))
      throw new ConfigurationError(`Input "${input}": ${where} is not an object.`, input);
    const vulnerability = statement.vulnerability;
    const names = isObject(vulnerability)
      ? strings(
          vulnerability.name,
          vulnerability['@id'],
          ...(Array.isArray(vulnerability.aliases) ? vulnerability.aliases : []),
        )
      : strings(vulnerability);
    if (names.length === 0)
      throw new ConfigurationError(`Input "${input}": ${where} names no vulnerability.`, input);
    if (typeof statement.status !== 'string' || !STATUSES.includes(statement.status))
      throw new ConfigurationError(
        `Input "${input}": ${where} has status ${JSON.stringify(statement.status)}; OpenVEX's are ${STATUSES.join(', ')}.`,
        input,
      );
    const products = (Array.isArray(statement.products) ? statement.products : []).map((product) => ({
      ids: identifiers(product),
      subcomponents: (isObject(product) && Array.isArray(product.subcomponents) ? product.subcomponents : [])
        .map(identifiers)
        .filter((ids) => ids.length > 0),
    }));
    if (products.length === 0)
      throw new ConfigurationError(`Input "${input}": ${where} names no product.`, input);
    return {
      names,
      products,
      status: statement.status as VexStatus,
      explanation: strings(
        statement.justification,
        statement.impact_statement,
        statement.action_statement,
      ).join('; '),
      timestamp:
        Date.parse(typeof statement.timestamp === 'string' ? statement.timestamp : '') || documentTime,
      document: file,
    };
  });
}

/** A purl without qualifiers and subpath, percent-decoded, type lower-cased: what identity is compared on. */
function purlIdentity(purl: string): { base: string; version?: string } | undefined {
  if (!purl.startsWith('pkg:')) return undefined;
  const bare = purl.split(/[?#]/)[0] ?? '';
  const at = bare.lastIndexOf('@');
  const slash = bare.lastIndexOf('/');
  const [path, version] = at > slash ? [bare.slice(0, at), bare.slice(at + 1)] : [bare, undefined];
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  const [rawType = '', ...rest] = decoded.slice(4).split('/');
  const type = rawType.toLowerCase();
  // PyPI names compare PEP 503-normalised, as the purl spec says for the pypi type.
  const name =
    type === 'pypi'
      ? rest
          .join('/')
          .toLowerCase()
          .replace(/[-_.]+/g, '-')
      : rest.join('/');
  return {
    base: `pkg:${type}/${name}`,
    ...(version ? { version: safeDecode(version) } : {}),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Same package, and same version unless the VEX purl leaves the version out (all versions). */
function samePackage(vexPurl: string, installedPurl: string | undefined): boolean {
  if (!installedPurl) return false;
  const vex = purlIdentity(vexPurl);
  const installed = purlIdentity(installedPurl);
  if (!vex || !installed || vex.base !== installed.base) return false;
  return vex.version === undefined || vex.version === installed.version;
}

/** The image's digest named by an id: `sha256:…` itself, or a pkg:oci purl's version. */
function namesImage(id: string, digest: string | undefined): boolean {
  if (!digest) return false;
  if (id === digest) return true;
  const identity = purlIdentity(id);
  return identity?.base.startsWith('pkg:oci/') === true && identity.version === digest;
}

// purl types of the OSV ecosystems whose names map one to one (Debian and Alpine name source packages).
const PURL_TYPES: Record<string, string> = {
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'golang',
  Maven: 'maven',
  'crates.io': 'cargo',
  RubyGems: 'gem',
};

/** The purl of the package OSV was asked about, for lockfile entries that carry none. */
export function osvPackagePurl(
  finding: Pick<Finding, 'ecosystem' | 'package' | 'version'>,
): string | undefined {
  const type = PURL_TYPES[finding.ecosystem];
  if (!type) return undefined;
  const name =
    type === 'maven'
      ? finding.package.replace(':', '/')
      : type === 'pypi'
        ? finding.package.toLowerCase().replace(/[-_.]+/g, '-')
        : finding.package;
  const version = type === 'golang' && /^\d/.test(finding.version) ? `v${finding.version}` : finding.version;
  return `pkg:${type}/${name}@${version}`;
}

function productCovers(product: VexProduct, finding: Finding, imageDigest: string | undefined): boolean {
  const purls = [...finding.installed.map((copy) => copy.purl), osvPackagePurl(finding)];
  const packageNamed = (ids: string[]) => ids.some((id) => purls.some((purl) => samePackage(id, purl)));
  if (packageNamed(product.ids)) return true;
  if (!product.ids.some((id) => namesImage(id, imageDigest))) return false;
  return product.subcomponents.length === 0 || product.subcomponents.some(packageNamed);
}

/**
 * The statement that decides a finding: the latest of those naming its vulnerability (id or an
 * alias) and a product covering it (its package purl, or the scanned image by digest, limited to
 * the subcomponents listed). Undefined when none does.
 */
export function vexDecision(
  statements: readonly VexStatement[],
  finding: Finding,
  imageDigest?: string,
): VexStatement | undefined {
  const names = new Set([finding.id, ...finding.aliases]);
  let latest: VexStatement | undefined;
  for (const statement of statements) {
    if (!statement.names.some((name) => names.has(name))) continue;
    if (!statement.products.some((product) => productCovers(product, finding, imageDigest))) continue;
    if (!latest || statement.timestamp >= latest.timestamp) latest = statement;
  }
  return latest;
}

export const suppresses = (statement: VexStatement): boolean =>
  statement.status === 'not_affected' || statement.status === 'fixed';
