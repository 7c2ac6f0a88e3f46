import type { DockerLogin } from '@shipchain/cloud-credentials';

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
