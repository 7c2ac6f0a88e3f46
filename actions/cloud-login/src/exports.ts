import { randomBytes } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StateWriter, Toolkit } from '@shipchain/action-runtime';

/** What main left behind, for the post step to remove and clear. */
export interface Leftovers {
  files: string[];
  variables: string[];
}

export const LEFTOVERS_STATE = 'cloud_login_leftovers';

/**
 * Exports and credential files, recorded in state as they are made, so the post step can undo
 * them even when main fails halfway (or runs nested in a composite action).
 */
export class Exporter {
  private readonly leftovers: Leftovers = { files: [], variables: [] };
  private dir?: string;

  constructor(
    private readonly toolkit: Toolkit,
    private readonly state: StateWriter,
    private readonly tempDir: string,
  ) {}

  variable(name: string, value: string): void {
    this.toolkit.exportVariable(name, value);
    if (!this.leftovers.variables.includes(name)) this.leftovers.variables.push(name);
    this.save();
  }

  /** A credentials file under RUNNER_TEMP (never the workspace or a build context), mode 0600. */
  async file(name: string, content: string): Promise<string> {
    if (!this.dir) {
      this.dir = join(this.tempDir, `cloud-login-${randomBytes(6).toString('hex')}`);
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      await chmod(this.dir, 0o700);
      this.remember(this.dir);
    }
    const path = join(this.dir, name);
    await writeFile(path, content, { mode: 0o600 });
    await chmod(path, 0o600);
    return path;
  }

  remember(path: string): void {
    this.leftovers.files.push(path);
    this.save();
  }

  private save(): void {
    this.state.save(LEFTOVERS_STATE, this.leftovers);
  }
}
