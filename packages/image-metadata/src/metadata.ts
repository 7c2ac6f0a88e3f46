import type { ConfigurationError } from '@shipchain/action-runtime';
import { combineConfigurationErrors, isConfigurationError } from '@shipchain/action-runtime';
import type { GitHubContext } from './context';
import { normalizeImageName } from './image-name';
import { computeLabels } from './labels';
import { isShaTag } from './mutable-tags';
import type { TagRule } from './tag-rules';
import { parseTagRules } from './tag-rules';
import type { ComputedTags } from './tags';
import { computeTags } from './tags';

export interface ImageMetadataInputs {
  /** The `image` input: repository name without tag or digest. */
  image: string;
  /** The `tags` input, already split into items. */
  tags?: readonly string[];
  /** The `tag-rules` input as written (one rule per line). */
  tagRules?: string;
  /** The `sha-length` input; default 7. */
  shaLength?: number;
  /** The `labels` input (KEY=value lines, as parsed by the runtime). */
  labels?: ReadonlyMap<string, string>;
  /** RFC 3339 creation time, from resolveCreatedTimestamp (never the clock inside the library). */
  created: string;
}

export interface ImageMetadata {
  /** The normalized repository name. */
  image: string;
  /** Bare tags: `sha-<commit>` first, then explicit tags, then rule tags; no duplicates. */
  tags: string[];
  /** `image:tag` for each tag, in the same order. */
  refs: string[];
  /** OCI labels, keys sorted. */
  labels: Record<string, string>;
  /** Things the action should print as notices (e.g. the image name was lower-cased). */
  notices: string[];
  /** Things the action should print as warnings (e.g. a semver rule met a non-semver git tag). */
  warnings: string[];
}

/**
 * Everything `image-build` needs to name and label the image. Problems in several inputs are
 * reported together, so one failed run shows every mistake.
 */
export function computeImageMetadata(inputs: ImageMetadataInputs, context: GitHubContext): ImageMetadata {
  const errors: ConfigurationError[] = [];
  const attempt = <T>(step: () => T): T | undefined => {
    try {
      return step();
    } catch (error) {
      if (!isConfigurationError(error)) throw error;
      errors.push(error);
      return undefined;
    }
  };

  const image = attempt(() => normalizeImageName(inputs.image));
  const rules: TagRule[] | undefined = attempt(() => parseTagRules(inputs.tagRules ?? ''));
  const computed: ComputedTags | undefined =
    rules === undefined
      ? undefined
      : attempt(() => computeTags({ tags: inputs.tags, rules, shaLength: inputs.shaLength }, context));
  // Labels are checked even when the tags failed, so their mistakes show up in the same run.
  const version = computed ? versionOf(computed) : 'unknown';
  const labels = attempt(() =>
    computeLabels(context, { created: inputs.created, version, overrides: inputs.labels }),
  );
  if (errors.length > 0 || !image || !computed || !labels) throw combineConfigurationErrors(errors);

  return {
    image: image.name,
    tags: computed.tags,
    refs: computed.tags.map((tag) => `${image.name}:${tag}`),
    labels,
    notices: [...(image.notice ? [image.notice] : []), ...computed.notices],
    warnings: computed.warnings,
  };
}

/** The version label: the semver of a release tag ref, else the first tag a person chose, else the short SHA. */
function versionOf(computed: ComputedTags): string {
  if (computed.version) return computed.version.version;
  return computed.tags.find((tag) => !isShaTag(tag)) ?? computed.shaTag.slice('sha-'.length);
}
