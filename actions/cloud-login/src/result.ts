import type { Logger } from '@shipchain/action-runtime';
import type { DockerLogin } from '@shipchain/cloud-credentials';
import type { Exporter } from './exports';

/** What a provider's login produced, for outputs, the registry login and the summary. */
export interface LoginResult {
  expiration: Date;
  /** Non-secret outputs. */
  outputs: Record<string, string>;
  /** Set only with output-credentials: true. */
  secretOutputs: Record<string, string>;
  summary: Array<[string, string]>;
  registry?: DockerLogin;
}

/** What every provider's login gets from main. */
export interface LoginContext {
  /** The job token (absent only for AWS role chaining). */
  token?: string;
  env: Readonly<Record<string, string | undefined>>;
  mask(value: string): void;
  log: Logger;
  exporter: Exporter;
}
