import { tagProblem } from './docker-tag';
import { problemsError } from './problems';
import type { PatternPart, SemVer, SemverPlaceholder } from './semver';
import { renderPattern, SEMVER_PLACEHOLDERS } from './semver';

/**
 * The `tag-rules` input: one rule per line, `key=value` pairs separated by commas, e.g.
 *
 *     type=branch
 *     type=semver,pattern={{major}}.{{minor}}
 *     type=raw,value=latest,enable={{is_default_branch}}
 *
 * Blank lines and lines starting with `#` are skipped. Unknown types, unknown keys, duplicate keys
 * and values that could not make a valid tag are errors naming the line: a typo must not silently
 * drop a tag.
 */
export const RULE_TYPES = ['branch', 'pr', 'semver', 'raw', 'schedule'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

/** `enable=`: a fixed answer, or "only on a push to the default branch". */
export type EnableCondition = boolean | 'default-branch';

interface RuleCommon {
  /** 1-based line in the input, for messages. */
  line: number;
  /** The rule as written (trimmed), for messages. */
  text: string;
  enable: EnableCondition;
  prefix: string;
  suffix: string;
}
export interface BranchRule extends RuleCommon {
  type: 'branch';
}
export interface PullRequestRule extends RuleCommon {
  type: 'pr';
}
export interface SemverRule extends RuleCommon {
  type: 'semver';
  pattern: PatternPart[];
  /** Also tag `latest` (with prefix/suffix) for a release (never a prerelease). */
  latest: boolean;
}
export interface RawRule extends RuleCommon {
  type: 'raw';
  value: string;
}
export interface ScheduleRule extends RuleCommon {
  type: 'schedule';
  value: string;
}
export type TagRule = BranchRule | PullRequestRule | SemverRule | RawRule | ScheduleRule;

const INPUT = 'tag-rules';
const COMMON_KEYS = ['type', 'enable', 'prefix', 'suffix'];
const TYPE_KEYS: Record<RuleType, readonly string[]> = {
  branch: [],
  pr: [],
  semver: ['pattern', 'latest'],
  raw: ['value'],
  schedule: ['value'],
};
// metadata-action types people will carry over, with what to write here instead.
const TYPE_HINTS: Record<string, string> = {
  sha: 'the sha-<commit> tag is always added; set "sha-length" to change its length',
  ref: 'use type=branch, type=pr or type=semver',
  edge: 'use type=raw,value=edge,enable={{is_default_branch}}',
  match: 'use type=semver with a pattern',
};
const LITERAL = /^[A-Za-z0-9_.-]*$/;
const DEFAULT_SCHEDULE_VALUE = 'nightly';
// Sample values to check that a rule's prefix/suffix/pattern can form a valid tag at all.
const SAMPLE_VERSION: SemVer = {
  major: '1',
  minor: '2',
  patch: '3',
  prerelease: undefined,
  build: undefined,
  version: '1.2.3',
};

export function parseTagRules(raw: string): TagRule[] {
  const rules: TagRule[] = [];
  const problems: string[] = [];
  raw.split(/\r\n|\n|\r/).forEach((rawLine, index) => {
    const text = rawLine.trim();
    if (text === '' || text.startsWith('#')) return;
    const parsed = parseRule(text, index + 1);
    if (typeof parsed === 'string') problems.push(`line ${index + 1} (${JSON.stringify(text)}): ${parsed}`);
    else rules.push(parsed);
  });
  if (problems.length > 0) throw problemsError(INPUT, problems);
  return rules;
}

/** One rule, or the reason it is wrong (a sentence ending with a period). */
function parseRule(text: string, line: number): TagRule | string {
  const pairs = new Map<string, string>();
  for (const item of text.split(',').map((part) => part.trim())) {
    if (item === '') return 'has an empty item; remove the extra comma.';
    const equals = item.indexOf('=');
    if (equals <= 0) return `${JSON.stringify(item)} is not key=value; write type=<type>,key=value,…`;
    const key = item.slice(0, equals).trim();
    if (pairs.has(key)) return `the key "${key}" is given twice; keep one.`;
    pairs.set(key, item.slice(equals + 1).trim());
  }

  const type = pairs.get('type');
  if (type === undefined) return `has no type; start it with type= and one of: ${RULE_TYPES.join(', ')}.`;
  if (!isRuleType(type)) {
    const hint = TYPE_HINTS[type];
    return `the type ${JSON.stringify(type)} is unknown; ${hint ? `${hint}. Types are` : 'use one of'}: ${RULE_TYPES.join(', ')}.`;
  }
  const accepted = [...COMMON_KEYS, ...TYPE_KEYS[type]];
  for (const key of pairs.keys()) {
    if (!accepted.includes(key)) {
      return `the key ${JSON.stringify(key)} is not accepted by type=${type}; accepted keys: ${accepted.join(', ')}.`;
    }
  }

  const enableText = pairs.get('enable') ?? 'true';
  const enable = parseEnable(enableText);
  if (enable === undefined) {
    return `enable=${enableText} is not accepted; use enable=true, enable=false or enable={{is_default_branch}}.`;
  }
  const prefix = pairs.get('prefix') ?? '';
  const suffix = pairs.get('suffix') ?? '';
  for (const [key, value] of [
    ['prefix', prefix],
    ['suffix', suffix],
  ] as const) {
    if (!LITERAL.test(value)) return `${key}=${value} ${literalProblem(value)}`;
  }
  const common: RuleCommon = { line, text, enable, prefix, suffix };

  let rule: TagRule;
  let sample: string;
  switch (type) {
    case 'branch':
      rule = { ...common, type };
      sample = 'main';
      break;
    case 'pr':
      rule = { ...common, type };
      sample = 'pr-1';
      break;
    case 'raw':
    case 'schedule': {
      const value = pairs.get('value') ?? (type === 'schedule' ? DEFAULT_SCHEDULE_VALUE : undefined);
      if (value === undefined || value === '') return `type=${type} needs value=<tag>, such as value=latest.`;
      if (!LITERAL.test(value)) return `value=${value} ${literalProblem(value)}`;
      rule = { ...common, type, value };
      sample = value;
      break;
    }
    case 'semver': {
      const patternText = pairs.get('pattern');
      if (patternText === undefined || patternText === '') {
        return 'type=semver needs a pattern, such as pattern={{version}} or pattern={{major}}.{{minor}}.';
      }
      const pattern = parsePattern(patternText);
      if (typeof pattern === 'string') return pattern;
      const latestText = pairs.get('latest') ?? 'false';
      if (latestText !== 'true' && latestText !== 'false') {
        return `latest=${latestText} is not accepted; use latest=true or latest=false.`;
      }
      rule = { ...common, type, pattern, latest: latestText === 'true' };
      sample = renderPattern(pattern, SAMPLE_VERSION);
      break;
    }
  }
  const tag = `${prefix}${sample}${suffix}`;
  const problem = tagProblem(tag);
  if (problem) return `makes tags such as ${JSON.stringify(tag)}, which ${problem}`;
  return rule;
}

function isRuleType(type: string): type is RuleType {
  return (RULE_TYPES as readonly string[]).includes(type);
}

function parseEnable(text: string): EnableCondition | undefined {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^\{\{\s*is_default_branch\s*\}\}$/.test(text)) return 'default-branch';
  return undefined;
}

function literalProblem(value: string): string {
  if (value.includes('{{')) return 'uses a template; templates work only in a type=semver pattern.';
  return 'may contain only letters, digits, "_", "." and "-".';
}

/**
 * `{{version}}`, `{{major}}`, `{{minor}}`, `{{patch}}` and literal text. Without `{{version}}`
 * the placeholders must be a leading run (`{{major}}`, `{{major}}.{{minor}}`, …): `{{minor}}`
 * alone would give different releases the same tag.
 */
function parsePattern(text: string): PatternPart[] | string {
  const parts: PatternPart[] = [];
  const used = new Set<SemverPlaceholder>();
  let last = 0;
  for (const match of text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) {
    const literal = text.slice(last, match.index);
    if (!LITERAL.test(literal)) return patternLiteralProblem(text, literal);
    if (literal !== '') parts.push({ literal });
    const name = match[1] as string;
    if (!(SEMVER_PLACEHOLDERS as readonly string[]).includes(name)) {
      return `pattern=${text} uses {{${name}}}; use {{version}}, {{major}}, {{minor}} or {{patch}}.`;
    }
    parts.push({ placeholder: name as SemverPlaceholder });
    used.add(name as SemverPlaceholder);
    last = match.index + match[0].length;
  }
  const tail = text.slice(last);
  if (!LITERAL.test(tail)) return patternLiteralProblem(text, tail);
  if (tail !== '') parts.push({ literal: tail });
  if (used.size === 0) {
    return `pattern=${text} has no placeholder; use {{version}}, {{major}}, {{minor}} or {{patch}} (for a fixed tag use type=raw).`;
  }
  if (!used.has('version')) {
    const run = used.has('patch') ? 3 : used.has('minor') ? 2 : 1;
    const needed = (['major', 'minor', 'patch'] as const).slice(0, run);
    if (needed.some((name) => !used.has(name))) {
      return `pattern=${text} skips a version part, so different releases would share a tag; use {{major}}, {{major}}.{{minor}} or {{version}}.`;
    }
  }
  return parts;
}

function patternLiteralProblem(pattern: string, literal: string): string {
  return `pattern=${pattern} has ${JSON.stringify(literal)} outside placeholders; literal text may contain only letters, digits, "_", "." and "-", and placeholders are written {{version}}.`;
}
