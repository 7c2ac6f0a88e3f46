import { ConfigurationError } from '@shipchain/action-runtime';

export const MESSAGE_VARIABLES = [
  'image',
  'digest',
  'tag',
  'new-ref',
  'old-ref',
  'paths',
  'environment',
  'source-commit',
  'source-short',
  'run-url',
] as const;
export type MessageVariables = Record<(typeof MESSAGE_VARIABLES)[number], string>;

/**
 * Trailers that mark a commit as ours, carry what revert needs and what dora-report counts.
 * docs/trailers.md is the contract (rollout-guard writes the same names): change both together.
 */
export const TRAILERS = {
  kind: 'Shipchain-Kind',
  environment: 'Shipchain-Environment',
  image: 'Shipchain-Image',
  digest: 'Shipchain-Digest',
  oldRef: 'Shipchain-Old-Ref',
  newRef: 'Shipchain-New-Ref',
  paths: 'Shipchain-Paths',
  sourceRepository: 'Shipchain-Source-Repository',
  source: 'Shipchain-Source-Commit',
  reverts: 'Shipchain-Reverts',
  reason: 'Shipchain-Reason',
  metric: 'Shipchain-Metric',
  measurements: 'Shipchain-Measurements',
  run: 'Shipchain-Run',
} as const;

/** What a commit did to its environment (the Shipchain-Kind trailer). */
export const CHANGE_KINDS = ['deploy', 'promote', 'revert', 'rollback'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type Trailers = Partial<Record<keyof typeof TRAILERS, string>>;

/** Check a template's `{placeholders}` up front, so a typo fails before anything is fetched. */
export function checkTemplate(template: string, input = 'commit-message'): void {
  for (const [, name] of template.matchAll(/\{([^{}\s]+)\}/g)) {
    if (!(MESSAGE_VARIABLES as readonly string[]).includes(name as string))
      throw new ConfigurationError(
        `Input "${input}" uses {${name}}, which is not a known placeholder. Use any of: ${MESSAGE_VARIABLES.map((v) => `{${v}}`).join(', ')}.`,
        input,
      );
  }
  if (!template.trim())
    throw new ConfigurationError(`Input "${input}" is empty: give a commit message.`, input);
}

export function renderTemplate(template: string, variables: MessageVariables): string {
  return template.replace(/\{([^{}\s]+)\}/g, (whole, name: string) =>
    name in variables ? variables[name as keyof MessageVariables] : whole,
  );
}

/** The message with our trailers (one line each) appended as git's trailer block. */
export function withTrailers(message: string, trailers: Trailers): string {
  const lines = Object.entries(trailers)
    .filter(([, value]) => value)
    .map(
      ([key, value]) =>
        `${TRAILERS[key as keyof typeof TRAILERS]}: ${String(value).replace(/\s*\n\s*/g, ', ')}`,
    );
  return `${message.trimEnd()}\n\n${lines.join('\n')}\n`;
}

/** Our trailers found in a commit message (last paragraph). */
export function readTrailers(message: string): Trailers {
  const found: Trailers = {};
  for (const [key, pattern] of TRAILER_PATTERNS) {
    const match = pattern.exec(message);
    if (match?.[1]) found[key] = match[1].trim();
  }
  return found;
}

// Compiled once: dora-report reads the trailers of thousands of commits per run.
const TRAILER_PATTERNS = Object.entries(TRAILERS).map(
  ([key, name]) => [key as keyof typeof TRAILERS, new RegExp(`^${name}: (.+)$`, 'm')] as const,
);

/**
 * The message as `git commit` would store it (its default clean-up when no editor runs): trailing
 * whitespace and leading and trailing blank lines dropped, runs of blank lines made one.
 */
export function cleanMessage(message: string): string {
  const lines = message.split('\n').map((line) => line.replace(/[ \t\r\v\f]+$/, ''));
  const kept = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
  while (kept[0] === '') kept.shift();
  while (kept.at(-1) === '') kept.pop();
  return kept.length ? `${kept.join('\n')}\n` : '';
}
