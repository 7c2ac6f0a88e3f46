import { CommandFailedError, execCommand, type ExecResult } from '@shipchain/action-runtime';

export interface GitOptions {
  /** The environment git runs with (GIT_* credentials config included). */
  env: Readonly<Record<string, string | undefined>>;
  /** Values redacted from anything logged or thrown (tokens, auth headers). */
  secrets: readonly string[];
  log?: (line: string) => void;
}

/** git in one directory, without a shell, with a fixed environment and redaction. */
export class Git {
  constructor(
    readonly dir: string,
    private readonly options: GitOptions,
  ) {}

  async run(args: readonly string[], input?: string): Promise<string> {
    return (await this.exec(args, { input })).stdout;
  }

  /** Like run, but a non-zero exit is returned rather than thrown. */
  async attempt(args: readonly string[], input?: string): Promise<ExecResult> {
    return this.exec(args, { input, allowFailure: true });
  }

  private exec(args: readonly string[], extra: { input?: string | undefined; allowFailure?: boolean }) {
    return execCommand('git', args, {
      cwd: this.dir,
      env: this.options.env,
      secrets: this.options.secrets,
      ...(extra.input !== undefined ? { input: extra.input } : {}),
      ...(extra.allowFailure ? { allowFailure: true } : {}),
    });
  }
}

/**
 * The environment for git: the job's, minus inherited GIT_* variables that could point git
 * elsewhere, never prompting, C locale (push results are parsed), and the commit identity.
 * Credentials go in as GIT_CONFIG_* pairs: never in argv (visible to other processes) and
 * never in a config file (that would outlive the step).
 */
export function gitEnvironment(
  base: Readonly<Record<string, string | undefined>>,
  identity: { name: string; email: string },
  config: Record<string, string> = {},
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(base)) if (!key.startsWith('GIT_')) env[key] = value;
  const entries = Object.entries(config);
  entries.forEach(([key, value], index) => {
    env[`GIT_CONFIG_KEY_${index}`] = key;
    env[`GIT_CONFIG_VALUE_${index}`] = value;
  });
  return {
    ...env,
    GIT_CONFIG_COUNT: String(entries.length),
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: 'true',
    LC_ALL: 'C',
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  };
}

/** `Name <email>` as git wants it; a clear error otherwise. */
export function parseIdentity(text: string): { name: string; email: string } | undefined {
  const match = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  return match?.[1] && match[2] ? { name: match[1], email: match[2] } : undefined;
}

export function gitFailure(error: unknown): string {
  if (error instanceof CommandFailedError) return (error.stderr || error.stdout || error.message).trim();
  return error instanceof Error ? error.message : String(error);
}
