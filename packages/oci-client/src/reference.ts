import { ConfigurationError } from '@shipchain/action-runtime';

/** An image reference split the way the distribution API addresses it. */
export interface ImageReference {
  /** Host (and port) as written, `docker.io` when none was. */
  registry: string;
  /** Repository path, `library/` added for Docker Hub official images. */
  repository: string;
  tag?: string;
  digest?: string;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/**
 * Parse `[registry/]path[:tag][@sha256:…]` by Docker's rules: the first segment is a
 * registry when it has a `.` or `:` or is `localhost`. `input` names the action input
 * in the error, so a mistake says where to fix it.
 */
export function parseImageReference(text: string, input = 'image'): ImageReference {
  const fail = (why: string): ConfigurationError =>
    new ConfigurationError(`Input "${input}" is ${JSON.stringify(text)}, ${why}.`, input);
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw fail('whose digest is not sha256: followed by 64 lower-case hex digits');
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag))
      throw fail('whose tag is not valid (letters, digits, _ . -; at most 128; not starting with . or -)');
  }
  const segments = rest.split('/');
  const first = segments[0] ?? '';
  const hasRegistry =
    segments.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : 'docker.io';
  const pathSegments = hasRegistry ? segments.slice(1) : segments;
  if (pathSegments.length === 0 || pathSegments.some((segment) => !PATH_COMPONENT.test(segment)))
    throw fail(
      'which is not a valid repository name (lower-case letters, digits and separators . _ -, joined by /)',
    );
  if (registry === 'docker.io' && pathSegments.length === 1) pathSegments.unshift('library');
  return {
    registry,
    repository: pathSegments.join('/'),
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** `registry/repository`, the name later steps pair with a digest. */
export function repositoryName(reference: Pick<ImageReference, 'registry' | 'repository'>): string {
  return `${reference.registry}/${reference.repository}`;
}

/** The API host: Docker Hub answers at registry-1.docker.io. */
export function apiHost(registry: string): string {
  return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}

/** Loopback registries speak plain HTTP without an opt-in, as Docker allows. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith('[')
    ? registry.slice(1, registry.indexOf(']'))
    : registry.replace(/:\d+$/, '');
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
