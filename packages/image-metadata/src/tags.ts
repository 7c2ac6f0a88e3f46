import { ConfigurationError } from '@shipchain/action-runtime';
import type { GitHubContext } from './context';
import { classifyRef, commitSha, isDefaultBranch, isPullRequestEvent, pullRequestNumber } from './context';
import { MAX_TAG_LENGTH, isValidTag, sanitizeTag, validateExplicitTags } from './docker-tag';
import type { SemVer } from './semver';
import { parseSemver, renderPattern } from './semver';
import type { TagRule } from './tag-rules';

export const DEFAULT_SHA_LENGTH = 7;
export const MIN_SHA_LENGTH = 7;
export const MAX_SHA_LENGTH = 40;

export interface TagOptions {
  /** The explicit `tags` input, already split into items; checked strictly, never sanitized. */
  tags?: readonly string[];
  /** The parsed `tag-rules` input. */
  rules?: readonly TagRule[];
  /** Hex digits in the `sha-<commit>` tag (`sha-length`), 7 to 40; default 7. */
  shaLength?: number;
}

export interface ComputedTags {
  /** `sha-<commit>` first, then explicit tags, then rule tags in line order; no duplicates. */
  tags: string[];
  /** The immutable `sha-<commit>` tag. */
  shaTag: string;
  /** The version of a semver git tag ref, whether or not a rule used it. */
  version: SemVer | undefined;
  notices: string[];
  warnings: string[];
}

/** The always-present immutable tag: `sha-` and the first `length` hex digits of the commit. */
export function shaTag(context: GitHubContext, length: number = DEFAULT_SHA_LENGTH): string {
  if (!Number.isInteger(length) || length < MIN_SHA_LENGTH || length > MAX_SHA_LENGTH) {
    throw new ConfigurationError(
      `Input "sha-length" got ${JSON.stringify(String(length))}, but it must be a whole number from ${MIN_SHA_LENGTH} to ${MAX_SHA_LENGTH} (shorter prefixes collide).`,
      'sha-length',
    );
  }
  return `sha-${commitSha(context).slice(0, length)}`;
}

export function computeTags(options: TagOptions, context: GitHubContext): ComputedTags {
  const notices: string[] = [];
  const warnings: string[] = [];
  const sha = shaTag(context, options.shaLength ?? DEFAULT_SHA_LENGTH);
  const ordered = [sha, ...validateExplicitTags(options.tags ?? [])];
  for (const rule of options.rules ?? []) {
    ordered.push(...evaluateRule(rule, context, notices, warnings));
  }
  const tags = [...new Set(ordered)];
  // Every producer above guarantees a valid tag; a failure here is a bug, not a user mistake.
  const broken = tags.find((tag) => !isValidTag(tag));
  if (broken !== undefined) throw new Error(`Computed an invalid tag ${JSON.stringify(broken)}.`);
  const ref = classifyRef(context);
  const version = ref.kind === 'tag' ? parseSemver(ref.name) : undefined;
  return { tags, shaTag: sha, version, notices, warnings };
}

/** The tags one rule gives in this context (often none: a rule only fires on its kind of event). */
export function evaluateRule(
  rule: TagRule,
  context: GitHubContext,
  notices: string[] = [],
  warnings: string[] = [],
): string[] {
  const where = `tag-rules line ${rule.line} (${rule.text})`;
  if (rule.enable === false) return [];
  if (rule.enable === 'default-branch') {
    const onDefault = isDefaultBranch(context);
    if (onDefault === undefined) {
      warnings.push(
        `${where}: the default branch is unknown here, so {{is_default_branch}} counts as false.`,
      );
    }
    if (onDefault !== true) return [];
  }
  const wrap = (tag: string): string => `${rule.prefix}${tag}${rule.suffix}`;
  const ref = classifyRef(context);

  switch (rule.type) {
    case 'branch': {
      // On PR events the ref is a merge ref (or, for pull_request_target, the base branch).
      if (isPullRequestEvent(context) || ref.kind !== 'branch') return [];
      const room = MAX_TAG_LENGTH - rule.prefix.length - rule.suffix.length;
      const tag = sanitizeTag(ref.name, room);
      if (tag === '') {
        warnings.push(`${where}: the branch ${JSON.stringify(ref.name)} has no characters a tag can use.`);
        return [];
      }
      if (tag !== ref.name.replaceAll('/', '-')) {
        notices.push(
          `${where}: the branch ${JSON.stringify(ref.name)} is tagged ${JSON.stringify(tag)} (tags hold only letters, digits, "_", "." and "-", cannot start with "." or "-", and are at most ${MAX_TAG_LENGTH} characters).`,
        );
      }
      return [wrap(tag)];
    }
    case 'pr': {
      if (!isPullRequestEvent(context)) return [];
      const number = pullRequestNumber(context);
      if (number === undefined) {
        warnings.push(`${where}: this ${context.eventName} event carries no pull request number.`);
        return [];
      }
      return [wrap(`pr-${number}`)];
    }
    case 'semver': {
      if (ref.kind !== 'tag') return [];
      const version = parseSemver(ref.name);
      if (!version) {
        warnings.push(
          `${where}: the git tag ${JSON.stringify(ref.name)} is not a semantic version such as v1.2.3, so this rule adds no tag.`,
        );
        return [];
      }
      const placeholders = new Set(
        rule.pattern.flatMap((part) => ('placeholder' in part ? [part.placeholder] : [])),
      );
      const partial = !placeholders.has('version');
      // A prerelease must never move `2`, `2.0` or `latest`: those promise a release.
      if (partial && version.prerelease !== undefined) return [];
      // 0.x promises no compatibility, so a bare `0` tag would mislead (metadata-action agrees).
      if (placeholders.size === 1 && placeholders.has('major') && version.major === '0') return [];
      const tags = [wrap(renderPattern(rule.pattern, version))];
      if (rule.latest && version.prerelease === undefined) tags.push(wrap('latest'));
      const tooLong = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
      if (tooLong !== undefined) {
        warnings.push(
          `${where}: ${JSON.stringify(tooLong)} is longer than ${MAX_TAG_LENGTH} characters; no tag.`,
        );
        return [];
      }
      return tags;
    }
    case 'raw':
      return [wrap(rule.value)];
    case 'schedule':
      return context.eventName === 'schedule' ? [wrap(rule.value)] : [];
  }
}
