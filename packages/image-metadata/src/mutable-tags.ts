import { ConfigurationError } from '@shipchain/action-runtime';

const SHA_TAG = /^sha-[0-9a-f]{7,64}$/;
// Channel names that, by convention, move to whatever was built last. `nightly` is the default
// of type=schedule. Branch, PR and version tags are not here: they still say where a build came from.
const FLOATING_NAMES = ['latest', 'edge', 'nightly', 'stable'];

/** The immutable `sha-<commit>` tag. */
export function isShaTag(tag: string): boolean {
  return SHA_TAG.test(tag);
}

/** `latest`, `edge`, `nightly`, `stable`, also with a `-`-joined variant: `latest-alpine`, `alpine-latest`. */
export function isFloatingTag(tag: string): boolean {
  return FLOATING_NAMES.some(
    (name) => tag === name || tag.startsWith(`${name}-`) || tag.endsWith(`-${name}`),
  );
}

/**
 * True when every tag besides `sha-*` is a floating one (`latest`, …) and there is at least one:
 * the author asked for tags, yet none of them identifies this build. Takes bare tags.
 */
export function isMutableOnly(tags: readonly string[]): boolean {
  const others = tags.filter((tag) => !isShaTag(tag));
  return others.length > 0 && others.every(isFloatingTag);
}

export interface MutableTagPolicy {
  /** The `push` input: nothing is published otherwise, so nothing can mislead. */
  push: boolean;
  /** The `forbid-mutable-tags` input: refuse instead of warning. */
  forbidMutableTags: boolean;
}

/**
 * The action's check for a `latest`-only tag set: undefined when fine, a warning to print when
 * only floating tags would be pushed, and a ConfigurationError when `forbid-mutable-tags` is set.
 */
export function checkMutableTags(tags: readonly string[], policy: MutableTagPolicy): string | undefined {
  if (!policy.push || !isMutableOnly(tags)) return undefined;
  const floating = tags.filter((tag) => !isShaTag(tag)).join(', ');
  const sha = tags.filter(isShaTag).join(', ');
  const fix =
    'add a tag that identifies the build (type=semver,pattern={{version}}, type=branch, or a version in "tags"), and deploy by the "image" output (name@sha256:…)';
  if (policy.forbidMutableTags) {
    throw new ConfigurationError(
      `Input "forbid-mutable-tags" is true, but the only tags to push besides ${sha || 'the commit tag'} are floating (${floating}); ${fix}, or set forbid-mutable-tags to false.`,
      'forbid-mutable-tags',
    );
  }
  return `The only tags pushed besides ${sha || 'the commit tag'} are floating (${floating}): they move with every build. To fix, ${fix}. Set forbid-mutable-tags: true to make this an error.`;
}
