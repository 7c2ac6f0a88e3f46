import { ConfigurationError } from '@shipchain/action-runtime';
import { describeFacts, tokenFacts } from './claims';
import { CloudRefusedError } from './errors';
import { requestJson } from './http';

export interface AzureCloud {
  authorityHost: string;
  resourceManager: string;
}

/** Entra authority and Resource Manager of each Azure cloud. */
export const AZURE_CLOUDS: Record<'public' | 'usgov' | 'china', AzureCloud> = {
  public: {
    authorityHost: 'https://login.microsoftonline.com',
    resourceManager: 'https://management.azure.com',
  },
  usgov: {
    authorityHost: 'https://login.microsoftonline.us',
    resourceManager: 'https://management.usgovcloudapi.net',
  },
  china: {
    authorityHost: 'https://login.chinacloudapi.cn',
    resourceManager: 'https://management.chinacloudapi.cn',
  },
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkGuid(value: string | undefined, input: string, what: string): string {
  if (!value)
    throw new ConfigurationError(
      `Input "${input}" is required for provider azure: the ${what} (a GUID).`,
      input,
    );
  if (!GUID.test(value))
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(value)}, which is not a GUID like 00000000-0000-0000-0000-000000000000 (the ${what}).`,
      input,
    );
  return value;
}

export function checkTenant(value: string | undefined, input: string): string {
  if (!value)
    throw new ConfigurationError(
      `Input "${input}" is required for provider azure: the directory (tenant) id.`,
      input,
    );
  if (!GUID.test(value) && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value))
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(value)}: give the tenant's GUID or its domain (contoso.onmicrosoft.com).`,
      input,
    );
  return value;
}

interface AzureRequest {
  authorityHost: string;
  tenantId: string;
  clientId: string;
  token: string;
  mask(value: string): void;
  onRetry?: (message: string) => void;
}

/** The job token as a client assertion (client credentials grant) for a token of `scope`. */
export async function entraAccessToken(
  request: AzureRequest & { scope: string },
): Promise<{ token: string; expiresAt: Date }> {
  const url = `${request.authorityHost.replace(/\/$/, '')}/${request.tenantId}/oauth2/v2.0/token`;
  const body = new URLSearchParams({
    client_id: request.clientId,
    scope: request.scope,
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: request.token,
  });
  const answer = await requestJson(url, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
    service: 'Entra',
    refuse(status, json) {
      const description = String(json.error_description ?? `HTTP ${status}`).replace(/ Trace ID:.*$/s, '');
      if (status >= 500 || status === 429 || json.error === 'temporarily_unavailable')
        return new CloudRefusedError(`Entra answered ${description}`, 'temporarily_unavailable');
      return new CloudRefusedError(
        `Entra refused the job token as a client assertion for ${request.clientId} (${description}); token: ${describeFacts(tokenFacts(request.token))}. ${hintFor(description)}`,
        String(json.error ?? status),
      );
    },
    ...(request.onRetry ? { onRetry: request.onRetry } : {}),
  });
  if (typeof answer.access_token !== 'string') throw new Error('Entra answered without an access token.');
  request.mask(answer.access_token);
  return {
    token: answer.access_token,
    expiresAt: new Date(Date.now() + Number(answer.expires_in ?? 3600) * 1000),
  };
}

function hintFor(description: string): string {
  if (description.includes('AADSTS70021'))
    return "Add a federated credential to the app registration whose issuer, subject and audience are exactly this token's (e.g. subject repo:<owner>/<repo>:environment:<name>).";
  if (description.includes('AADSTS700016'))
    return 'Check client-id and tenant-id: the app registration was not found in that tenant.';
  if (description.includes('AADSTS90002')) return 'Check tenant-id.';
  return 'Check client-id, tenant-id and the federated credential of the app registration.';
}

/** GET the subscription with the ARM token: proves the login can see it (a role is assigned). */
export async function armSubscription(
  resourceManager: string,
  subscriptionId: string,
  accessToken: string,
): Promise<{ displayName: string; tenantId: string }> {
  const json = (await requestJson(
    `${resourceManager.replace(/\/$/, '')}/subscriptions/${subscriptionId}?api-version=2022-12-01`,
    {
      method: 'GET',
      headers: { authorization: `Bearer ${accessToken}` },
      service: 'Resource Manager',
      refuse(status, body) {
        if (status >= 500 || status === 429)
          return new CloudRefusedError(`Resource Manager answered HTTP ${status}`, 'ServiceUnavailable');
        const error = body.error as { code?: string; message?: string } | undefined;
        return new CloudRefusedError(
          `The login works, but subscription ${subscriptionId} is not visible to it (${error?.code ?? status}: ${error?.message ?? ''}). Assign the app a role on the subscription (or a resource group in it), or set allow-no-subscriptions: true.`,
          error?.code ?? String(status),
        );
      },
    },
  )) as { displayName?: string; tenantId?: string };
  return { displayName: json.displayName ?? subscriptionId, tenantId: json.tenantId ?? '' };
}

/** ACR's token exchange: an Entra access token for a registry refresh token (docker password). */
export async function acrRefreshToken(
  registry: string,
  tenantId: string,
  accessToken: string,
  mask: (value: string) => void,
): Promise<string> {
  const refused = (status: number) =>
    new CloudRefusedError(
      `${registry} did not exchange the Entra token for a registry token (HTTP ${status}): the app needs the AcrPush or AcrPull role on the registry.`,
      String(status),
    );
  const json = (await requestJson(`https://${registry}/oauth2/exchange`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'access_token',
      service: registry,
      tenant: tenantId,
      access_token: accessToken,
    }),
    service: registry,
    refuse: (status) =>
      status >= 500 || status === 429
        ? new CloudRefusedError(`${registry} answered HTTP ${status}`, 'ServiceUnavailable')
        : refused(status),
  })) as { refresh_token?: string };
  if (!json.refresh_token) throw refused(200);
  mask(json.refresh_token);
  return json.refresh_token;
}
