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

  /**
   * The contents of blobs, by object id, in one `git cat-file --batch`: thousands of manifests
   * cost one process instead of a file open each. Text is read as UTF-8, as YAML is.
   */
  async readBlobs(ids: readonly string[]): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return texts;
    const { stdout } = await this.exec(['cat-file', '--batch'], {
      input: `${wanted.join('\n')}\n`,
      // Everything asked for is needed in memory anyway: no tail cut.
      maxBufferBytes: Number.MAX_SAFE_INTEGER,
    });
    // The output is decoded as UTF-8; encoded again it has the sizes git gave, byte for byte.
    const bytes = Buffer.from(stdout, 'utf8');
    let at = 0;
    for (const id of wanted) {
      const newline = bytes.indexOf(10, at);
      const [name, type, size] = bytes.subarray(at, newline).toString('utf8').split(' ');
      const end = newline + 1 + Number(size);
      if (name !== id || type !== 'blob' || bytes[end] !== 10)
        throw new NotUtf8Error(id, `git cat-file gave ${JSON.stringify(`${name} ${type}`)} for ${id}`);
      texts.set(id, bytes.subarray(newline + 1, end).toString('utf8'));
      at = end + 1;
    }
    return texts;
  }

  /** Like run, but a non-zero exit is returned rather than thrown. */
  async attempt(args: readonly string[], input?: string): Promise<ExecResult> {
    return this.exec(args, { input, allowFailure: true });
  }

  private exec(
    args: readonly string[],
    extra: { input?: string | undefined; allowFailure?: boolean; maxBufferBytes?: number },
  ) {
    return execCommand('git', args, {
      cwd: this.dir,
      env: this.options.env,
      secrets: this.options.secrets,
      ...(extra.input !== undefined ? { input: extra.input } : {}),
      ...(extra.allowFailure ? { allowFailure: true } : {}),
      ...(extra.maxBufferBytes !== undefined ? { maxBufferBytes: extra.maxBufferBytes } : {}),
    });
  }
}

/**
 * A blob whose bytes are not UTF-8 shifts everything read after it (its decoded text no longer
 * has git's size): it names the first object that did not line up.
 */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error';
  constructor(
    readonly id: string,
    detail: string,
  ) {
    super(`${detail}: an object before it (or it) is not UTF-8 text`);
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
