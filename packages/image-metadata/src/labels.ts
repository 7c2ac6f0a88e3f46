import type { GitHubContext } from './context';
import { commitSha, repositoryName, repositoryUrl } from './context';
import { isRfc3339 } from './created';
import { problemsError } from './problems';

const INPUT = 'labels';
const OCI_PREFIX = 'org.opencontainers.image.';

/** The pre-defined annotation keys of the OCI image spec (annotations.md). */
export const OCI_ANNOTATION_KEYS = [
  'created',
  'authors',
  'url',
  'documentation',
  'source',
  'version',
  'revision',
  'vendor',
  'licenses',
  'ref.name',
  'title',
  'description',
  'base.digest',
  'base.name',
].map((key) => `${OCI_PREFIX}${key}`);

// Docker's label-key guideline: lower-case alphanumerics separated by single `.`, `-` or `_`,
// starting and ending with an alphanumeric. Stricter than the engine, which accepts anything.
const LABEL_KEY = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const RESERVED_PREFIXES = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

export interface LabelOptions {
  /** RFC 3339 time of creation, chosen by the caller (see resolveCreatedTimestamp). */
  created: string;
  /** The image version: a semver tag, else the first non-sha tag, else the short SHA. */
  version: string;
  /** The `labels` input; a value overrides a computed label, an empty value removes it. */
  overrides?: ReadonlyMap<string, string>;
}

/** Why `key` is not an acceptable label key, or undefined. */
export function labelKeyProblem(key: string): string | undefined {
  if (!LABEL_KEY.test(key)) {
    return 'is not a valid label key: use lower-case letters and digits separated by single ".", "-" or "_", in reverse-DNS style such as com.example.team.';
  }
  if (RESERVED_PREFIXES.some((prefix) => key.startsWith(prefix))) {
    return `is in a namespace Docker reserves (${RESERVED_PREFIXES.map((prefix) => `${prefix}*`).join(', ')}); use your own reverse-DNS prefix.`;
  }
  if (key.startsWith(OCI_PREFIX) && !OCI_ANNOTATION_KEYS.includes(key)) {
    return `is not defined by the OCI image spec; the org.opencontainers.image keys are: ${OCI_ANNOTATION_KEYS.map((k) => k.slice(OCI_PREFIX.length)).join(', ')}.`;
  }
  return undefined;
}

/**
 * OCI labels from the context, then the user's overrides. Keys are sorted so the output (and the
 * image config built from it) does not depend on map order.
 */
export function computeLabels(context: GitHubContext, options: LabelOptions): Record<string, string> {
  if (!isRfc3339(options.created)) {
    throw new Error(`The created time ${JSON.stringify(options.created)} is not an RFC 3339 timestamp.`);
  }
  const url = repositoryUrl(context);
  const labels = new Map<string, string>([
    [`${OCI_PREFIX}created`, options.created],
    [`${OCI_PREFIX}source`, url],
    [`${OCI_PREFIX}url`, url],
    [`${OCI_PREFIX}revision`, commitSha(context)],
    [`${OCI_PREFIX}version`, options.version],
    [`${OCI_PREFIX}title`, repositoryName(context)],
  ]);
  const description = context.repoDescription?.trim();
  if (description) labels.set(`${OCI_PREFIX}description`, description);
  // GitHub reports NOASSERTION when it cannot tell the license; that is not a license.
  const license = context.license?.trim();
  if (license && license !== 'NOASSERTION') labels.set(`${OCI_PREFIX}licenses`, license);

  const problems: string[] = [];
  for (const [key, value] of options.overrides ?? []) {
    const problem = labelKeyProblem(key);
    if (problem) {
      problems.push(`key ${JSON.stringify(key)} ${problem}`);
    } else if (value === '') {
      labels.delete(key);
    } else if (key === `${OCI_PREFIX}created` && !isRfc3339(value)) {
      problems.push(
        `key ${JSON.stringify(key)} got ${JSON.stringify(value)}, but it must be an RFC 3339 time such as 2024-05-01T12:00:00Z.`,
      );
    } else {
      labels.set(key, value);
    }
  }
  if (problems.length > 0) throw problemsError(INPUT, problems);
  return Object.fromEntries([...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
