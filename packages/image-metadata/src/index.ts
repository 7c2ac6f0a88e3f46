export type { GitHubContext, RefKind } from './context';
export {
  classifyRef,
  isDefaultBranch,
  isPullRequestEvent,
  pullRequestNumber,
  repositoryUrl,
} from './context';
export { normalizeImageName } from './image-name';
export type { ImageName } from './image-name';
export { MAX_TAG_LENGTH, isValidTag, sanitizeTag, tagProblem, validateExplicitTags } from './docker-tag';
export { parseSemver } from './semver';
export type { SemVer } from './semver';
export { parseTagRules, RULE_TYPES } from './tag-rules';
export type { TagRule, RuleType, EnableCondition } from './tag-rules';
export {
  computeTags,
  evaluateRule,
  shaTag,
  DEFAULT_SHA_LENGTH,
  MIN_SHA_LENGTH,
  MAX_SHA_LENGTH,
} from './tags';
export type { TagOptions, ComputedTags } from './tags';
export { isMutableOnly, isFloatingTag, isShaTag, checkMutableTags } from './mutable-tags';
export type { MutableTagPolicy } from './mutable-tags';
export { computeLabels, labelKeyProblem, OCI_ANNOTATION_KEYS } from './labels';
export type { LabelOptions } from './labels';
export { isRfc3339, resolveCreatedTimestamp } from './created';
export type { CreatedSources } from './created';
export { computeImageMetadata } from './metadata';
export type { ImageMetadataInputs, ImageMetadata } from './metadata';
