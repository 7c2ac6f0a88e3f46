import { spawn } from 'node:child_process';

/**
 * Runs git with an argument array (no shell) and hands each NUL-terminated record of its stdout
 * to `onRecord` as it arrives: a year of history is parsed while git is still writing it, and
 * never held whole in memory as one string.
 */
export function gitRecords(
  dir: string,
  args: readonly string[],
  onRecord: (record: string) => void,
  env?: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
      ...(env ? { env: { ...env, LC_ALL: 'C' } } : {}),
    });
    let pending: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      let start = 0;
      for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
        pending.push(chunk.subarray(start, end));
        // Decoded once the record is whole: a UTF-8 character may straddle two chunks.
        onRecord(Buffer.concat(pending).toString('utf8'));
        pending = [];
        start = end + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        const rest = Buffer.concat(pending).toString('utf8');
        if (rest.trim()) onRecord(rest);
        resolve();
      } else reject(new GitReadError(`git ${args[0]} failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}

export class GitReadError extends Error {
  override readonly name = 'GitReadError';
}
