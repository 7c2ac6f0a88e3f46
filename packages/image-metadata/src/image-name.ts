import { ConfigurationError } from '@shipchain/action-runtime';

const INPUT = 'image';

// distribution/reference grammar. A path component is lower-case alphanumerics joined by one
// `.`, one or two `_`, or any run of `-`; a domain component may not start or end with `-`.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])$/;
const IPV6_HOST = /^\[[0-9a-f:.]+\]$/;
// distribution's NameTotalLengthMax.
const NAME_MAX_LENGTH = 255;

export interface ImageName {
  /** The normalized repository name, e.g. `ghcr.io/acme/web`. */
  name: string;
  /** `host[:port]` when the name starts with one, else undefined (Docker Hub). */
  registry: string | undefined;
  /** The repository path after the registry, e.g. `acme/web`. */
  path: string;
  /** Set when the name was lower-cased; the action prints it as a notice. */
  notice: string | undefined;
}

/**
 * Trims and lower-cases the `image` input and checks it against the distribution grammar.
 * Lower-casing is forgiven with a notice (registries refuse upper case, and authors often copy
 * `Owner/Repo` from GitHub); a tag, digest or scheme is refused, since guessing would hide intent.
 */
export function normalizeImageName(raw: string): ImageName {
  const given = raw.trim();
  if (given === '') {
    throw new ConfigurationError(
      'Input "image" is empty, but it must name the image repository, such as ghcr.io/acme/web.',
      INPUT,
    );
  }
  const fail = (reason: string): ConfigurationError =>
    new ConfigurationError(`Input "image" got ${JSON.stringify(given)}, but ${reason}`, INPUT);

  const name = given.toLowerCase();
  if (/\s/.test(name)) throw fail('it contains whitespace; give a single repository name.');
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(name);
  if (scheme) {
    throw fail(
      `it must not start with a URL scheme; set it to ${JSON.stringify(name.slice(scheme[0].length))}.`,
    );
  }
  const at = name.indexOf('@');
  if (at >= 0) {
    throw fail(
      `it must not carry a digest (the digest is an output of the build); set it to ${JSON.stringify(withoutTag(name.slice(0, at)))}.`,
    );
  }
  // Cut the tag from the text as given: tags keep their case, only the name is lower-cased.
  const givenBare = withoutTag(given);
  if (givenBare !== given) {
    throw fail(
      `it must not carry a tag; put ${JSON.stringify(given.slice(givenBare.length + 1))} in "tags" (or a rule in "tag-rules") and set "image" to ${JSON.stringify(givenBare.toLowerCase())}.`,
    );
  }
  if (name.length > NAME_MAX_LENGTH) throw fail(`it is longer than ${NAME_MAX_LENGTH} characters.`);

  const segments = name.split('/');
  const first = segments[0] as string;
  // Docker's rule: the first segment names a registry when it has a `.` or `:`, or is `localhost`.
  const hasRegistry =
    segments.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : undefined;
  const pathSegments = hasRegistry ? segments.slice(1) : segments;

  if (registry !== undefined) {
    const problem = registryProblem(registry);
    if (problem) throw fail(`its registry ${JSON.stringify(registry)} ${problem}`);
  }
  for (const segment of pathSegments) {
    if (segment === '') throw fail('it has an empty path component (a leading, trailing or doubled "/").');
    if (!PATH_COMPONENT.test(segment)) {
      throw fail(
        `the path component ${JSON.stringify(segment)} is invalid: use lower-case letters and digits, separated by ".", "_", "__" or dashes, starting and ending with a letter or digit.`,
      );
    }
  }

  const notice =
    name === given
      ? undefined
      : `Input "image": ${JSON.stringify(given)} was lower-cased to ${JSON.stringify(name)}; repository names must be lower case.`;
  return { name, registry, path: pathSegments.join('/'), notice };
}

/** The name without a trailing `:tag`; a colon before the last `/` is a registry port, not a tag. */
function withoutTag(name: string): string {
  const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
  return colon >= 0 ? name.slice(0, colon) : name;
}

function registryProblem(registry: string): string | undefined {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(registry);
  const host = match?.[1] ?? '';
  const port = match?.[2];
  if (port !== undefined) {
    const value = /^\d{1,5}$/.test(port) ? Number(port) : NaN;
    if (!(value >= 1 && value <= 65535))
      return `has an invalid port ${JSON.stringify(port)}; use 1 to 65535.`;
  }
  if (host.startsWith('['))
    return IPV6_HOST.test(host) ? undefined : 'is not a valid bracketed IPv6 address.';
  const bad = host.split('.').find((component) => !DOMAIN_COMPONENT.test(component));
  if (bad !== undefined) {
    return `is not a valid host name: ${JSON.stringify(bad)} must be letters, digits and inner dashes.`;
  }
  return undefined;
}
