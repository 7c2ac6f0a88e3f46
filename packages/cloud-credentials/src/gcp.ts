import { ConfigurationError } from '@shipchain/action-runtime';
import { describeFacts, tokenFacts } from './claims';
import { CloudRefusedError } from './errors';
import { requestJson } from './http';

export const GOOGLE_STS = 'https://sts.googleapis.com/v1/token';
export const GOOGLE_IAM_CREDENTIALS = 'https://iamcredentials.googleapis.com/v1';

const PROVIDER =
  /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]{4,32}\/providers\/[a-z0-9-]{4,32}$/;
const SERVICE_ACCOUNT =
  /^[a-z0-9-]{6,30}@[a-z0-9-]+\.iam\.gserviceaccount\.com$|^[\w.-]+@(?:developer|appspot|cloudservices)\.gserviceaccount\.com$/;

export function checkWorkloadIdentityProvider(name: string, input: string): void {
  if (!PROVIDER.test(name))
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(name)}; give the provider's full resource name: projects/<project NUMBER>/locations/global/workloadIdentityPools/<pool>/providers/<provider>.`,
      input,
    );
}

export function checkServiceAccount(email: string, input: string): void {
  if (!SERVICE_ACCOUNT.test(email))
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(email)}, not a service account email like deploy@my-project.iam.gserviceaccount.com.`,
      input,
    );
}

/** The project a service account belongs to (deploy@PROJECT.iam.gserviceaccount.com). */
export function projectOfServiceAccount(email: string): string | undefined {
  return /@([a-z0-9-]+)\.iam\.gserviceaccount\.com$/.exec(email)?.[1];
}

export interface GoogleEndpoints {
  sts: string;
  iamCredentials: string;
}

/**
 * An `external_account` credentials file that google-auth-library, gcloud and Terraform read:
 * the job token comes from `tokenFile` (the token itself, never the runner's request token).
 */
export function externalAccountConfig(
  provider: string,
  tokenFile: string,
  endpoints: GoogleEndpoints,
  serviceAccount?: string,
): Record<string, unknown> {
  return {
    type: 'external_account',
    audience: `//iam.googleapis.com/${provider}`,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: endpoints.sts,
    ...(serviceAccount
      ? {
          service_account_impersonation_url: `${endpoints.iamCredentials}/projects/-/serviceAccounts/${serviceAccount}:generateAccessToken`,
        }
      : {}),
    credential_source: { file: tokenFile, format: { type: 'text' } },
  };
}

interface Exchange {
  provider: string;
  token: string;
  endpoints: GoogleEndpoints;
  mask(value: string): void;
  onRetry?: (message: string) => void;
}

/** RFC 8693 token exchange at Google STS: the job token for a federated access token. */
export async function googleFederatedToken(request: Exchange): Promise<{ token: string; expiresAt: Date }> {
  const body = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    audience: `//iam.googleapis.com/${request.provider}`,
    scope: 'https://www.googleapis.com/auth/cloud-platform',
    requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    subject_token: request.token,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
  });
  const answer = await call(
    request,
    request.endpoints.sts,
    { 'content-type': 'application/x-www-form-urlencoded' },
    body.toString(),
  );
  const token = answer.access_token;
  if (typeof token !== 'string') throw new Error('Google STS answered without an access token.');
  request.mask(token);
  return { token, expiresAt: new Date(Date.now() + Number(answer.expires_in ?? 3600) * 1000) };
}

/** IAM Credentials generateAccessToken for the service account, with the federated token. */
export async function serviceAccountAccessToken(
  request: Exchange & {
    federatedToken: string;
    serviceAccount: string;
    scopes: string[];
    lifetimeSeconds: number;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const url = `${request.endpoints.iamCredentials}/projects/-/serviceAccounts/${encodeURIComponent(request.serviceAccount)}:generateAccessToken`;
  const answer = await call(
    request,
    url,
    jsonAuth(request.federatedToken),
    JSON.stringify({ scope: request.scopes, lifetime: `${request.lifetimeSeconds}s` }),
  );
  if (typeof answer.accessToken !== 'string')
    throw new Error('IAM Credentials answered without an access token.');
  request.mask(answer.accessToken);
  return { token: answer.accessToken, expiresAt: new Date(String(answer.expireTime)) };
}

/** IAM Credentials generateIdToken: a Google-signed ID token for `audience`. */
export async function serviceAccountIdToken(
  request: Exchange & {
    federatedToken: string;
    serviceAccount: string;
    audience: string;
    includeEmail: boolean;
  },
): Promise<string> {
  const url = `${request.endpoints.iamCredentials}/projects/-/serviceAccounts/${encodeURIComponent(request.serviceAccount)}:generateIdToken`;
  const answer = await call(
    request,
    url,
    jsonAuth(request.federatedToken),
    JSON.stringify({ audience: request.audience, includeEmail: request.includeEmail }),
  );
  if (typeof answer.token !== 'string') throw new Error('IAM Credentials answered without an ID token.');
  request.mask(answer.token);
  return answer.token;
}

const jsonAuth = (bearer: string) => ({
  'content-type': 'application/json',
  authorization: `Bearer ${bearer}`,
});

function call(
  request: Exchange,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<Record<string, unknown>> {
  return requestJson(url, {
    headers,
    body,
    service: 'Google',
    refuse: (status, answer) => refusal(status, answer, url, request),
    ...(request.onRetry ? { onRetry: request.onRetry } : {}),
  });
}

function refusal(status: number, answer: Record<string, unknown>, url: string, request: Exchange): Error {
  const oauth =
    typeof answer.error === 'string'
      ? `${answer.error}: ${String(answer.error_description ?? '')}`
      : undefined;
  const api = answer.error as { message?: string; status?: string } | undefined;
  const detail = oauth ?? (api?.message ? `${api.status ?? status}: ${api.message}` : `HTTP ${status}`);
  const code =
    status === 429
      ? 'TooManyRequestsException'
      : status >= 500
        ? 'ServiceUnavailable'
        : String(typeof answer.error === 'string' ? answer.error : (api?.status ?? status));
  if (status === 429 || status >= 500) return new CloudRefusedError(`${url} answered ${detail}`, code);
  const facts = describeFacts(tokenFacts(request.token));
  const impersonating = url.includes('serviceAccounts');
  if (impersonating && status === 400)
    return new CloudRefusedError(
      `IAM Credentials rejected the request (${detail}): check access-token-lifetime, access-token-scopes and id-token-audience.`,
      code,
    );
  const where = impersonating
    ? 'Google refused to let the federated identity act as the service account'
    : 'Google STS refused the job token';
  const hint = impersonating
    ? 'Grant roles/iam.workloadIdentityUser on the service account to principalSet://iam.googleapis.com/<pool>/attribute.repository/<owner/repo> (or the principal for this sub).'
    : "Check the provider's allowed audiences and its attribute condition against these claims.";
  return new CloudRefusedError(`${where} (${detail}); token: ${facts}. ${hint}`, code);
}
