/** Why a registry call failed, told apart so the message can name the fix. */
export type RegistryFailure = 'auth' | 'denied' | 'not-found' | 'quota' | 'network' | 'server' | 'protocol';

export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  constructor(
    message: string,
    readonly kind: RegistryFailure,
    /** HTTP status, when the registry answered; transient ones (429, 5xx) are retried. */
    readonly status?: number,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

const HINTS: Record<RegistryFailure, string> = {
  auth: 'the registry did not accept the credentials: log in first (cloud-login with registry-login, or docker/login-action) so a Docker config holds them',
  denied:
    'the credentials are valid but may not do this: check the token has push (write:packages) rights to this repository',
  'not-found': 'the repository or manifest does not exist',
  quota: 'the registry refused the data as too large or over quota: free space or raise the quota',
  network: 'the registry could not be reached: check the host name, port and network',
  server: 'the registry failed on its side: try again later',
  protocol: 'the registry answered in a way the distribution API does not allow',
};

export function failureHint(kind: RegistryFailure): string {
  return HINTS[kind];
}

/** The kind of failure an HTTP status (and the body's error codes) means; `undefined` for success. */
export function failureForStatus(
  status: number,
  errorCodes: readonly string[] = [],
): RegistryFailure | undefined {
  if (status < 400) return undefined;
  if (status === 413 || errorCodes.some((code) => code.includes('QUOTA'))) return 'quota';
  if (status === 401) return 'auth';
  if (status === 403) return 'denied';
  if (status === 404) return 'not-found';
  if (status >= 500 || status === 429 || status === 408) return 'server';
  return 'protocol';
}
