import { ConfigurationError, type ParsedInputs } from '@shipchain/action-runtime';
import {
  GOOGLE_IAM_CREDENTIALS,
  GOOGLE_STS,
  checkServiceAccount,
  checkWorkloadIdentityProvider,
  externalAccountConfig,
  googleFederatedToken,
  projectOfServiceAccount,
  serviceAccountAccessToken,
  serviceAccountIdToken,
} from '@shipchain/cloud-credentials';
import type { inputs } from './contract';
import type { LoginContext, LoginResult } from './result';

type Inputs = ParsedInputs<typeof inputs>;

export function checkGcpInputs(values: Inputs): { provider: string; serviceAccount?: string } {
  const provider = values['workload-identity-provider'];
  if (!provider)
    throw new ConfigurationError(
      'Input "workload-identity-provider" is required for provider gcp: projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>.',
      'workload-identity-provider',
    );
  checkWorkloadIdentityProvider(provider, 'workload-identity-provider');
  const serviceAccount = values['service-account'] || undefined;
  if (serviceAccount) checkServiceAccount(serviceAccount, 'service-account');
  if (values['token-format'] === 'id-token') {
    if (!serviceAccount)
      throw new ConfigurationError(
        'Input "token-format" is id-token, which needs "service-account" (Google signs ID tokens for a service account).',
        'service-account',
      );
    if (!values['id-token-audience'])
      throw new ConfigurationError(
        'Input "token-format" is id-token: set "id-token-audience" to the URL of the service the token is for.',
        'id-token-audience',
      );
  }
  if (values['registry-login'] && !values.registry)
    throw new ConfigurationError(
      'Input "registry" is required with registry-login for gcp: the Artifact Registry host, e.g. europe-docker.pkg.dev.',
      'registry',
    );
  return { provider, ...(serviceAccount ? { serviceAccount } : {}) };
}

export const gcpAudience = (provider: string): string => `https://iam.googleapis.com/${provider}`;

/**
 * Writes the external_account credentials file (and the token file it reads), then proves the
 * trust works with one STS exchange (and impersonation), so a misconfigured pool fails here,
 * not in a later step. With token-format it hands out the access or ID token itself.
 */
export async function gcpLogin(
  values: Inputs,
  checked: ReturnType<typeof checkGcpInputs>,
  context: LoginContext,
): Promise<LoginResult> {
  const { provider, serviceAccount } = checked;
  const endpoints = {
    sts: values['sts-endpoint'] || GOOGLE_STS,
    iamCredentials: values['iam-credentials-endpoint'] || GOOGLE_IAM_CREDENTIALS,
  };
  const { exporter, mask, log } = context;
  const token = context.token as string; // main always requests one for this provider
  const tokenFile = await exporter.file('github-oidc-token', token);
  const config = externalAccountConfig(provider, tokenFile, endpoints, serviceAccount);
  const credentialsFile = await exporter.file('gcp-credentials.json', `${JSON.stringify(config, null, 2)}\n`);

  const exchange = { provider, token, endpoints, mask, onRetry: (message: string) => log.info(message) };
  const federated = await googleFederatedToken(exchange);
  let accessToken = federated.token;
  let expiration = federated.expiresAt;
  if (serviceAccount && (values['token-format'] !== 'id-token' || values['registry-login'])) {
    const impersonated = await serviceAccountAccessToken({
      ...exchange,
      federatedToken: federated.token,
      serviceAccount,
      scopes: values['access-token-scopes'],
      lifetimeSeconds: Math.round(values['access-token-lifetime'] / 1000),
    });
    accessToken = impersonated.token;
    expiration = impersonated.expiresAt;
  }
  let idToken: string | undefined;
  if (values['token-format'] === 'id-token' && serviceAccount) {
    idToken = await serviceAccountIdToken({
      ...exchange,
      federatedToken: federated.token,
      serviceAccount,
      audience: values['id-token-audience'] as string,
      includeEmail: values['id-token-include-email'],
    });
  }
  log.info(
    `Authenticated to Google Cloud through ${provider}${serviceAccount ? ` as ${serviceAccount}` : ' (direct workload identity)'}.`,
  );

  exporter.variable('GOOGLE_APPLICATION_CREDENTIALS', credentialsFile);
  exporter.variable('CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE', credentialsFile);
  exporter.variable('GOOGLE_GHA_CREDS_PATH', credentialsFile);
  const project =
    values['project-id'] || (serviceAccount ? projectOfServiceAccount(serviceAccount) : undefined) || '';
  if (project)
    for (const name of [
      'CLOUDSDK_CORE_PROJECT',
      'CLOUDSDK_PROJECT',
      'GCLOUD_PROJECT',
      'GCP_PROJECT',
      'GOOGLE_CLOUD_PROJECT',
    ])
      exporter.variable(name, project);

  const outputs: Record<string, string> = { 'credentials-file-path': credentialsFile, 'project-id': project };
  // Tokens asked for by token-format are the point of asking: outputs, masked.
  if (values['token-format'] === 'access-token') outputs['access-token'] = accessToken;
  if (idToken) outputs['id-token'] = idToken;
  return {
    expiration,
    outputs,
    secretOutputs: {},
    summary: [
      ['Provider', provider],
      ['Identity', serviceAccount ?? 'federated principal'],
      ...(project ? ([['Project', project]] as Array<[string, string]>) : []),
    ],
    ...(values['registry-login']
      ? {
          registry: {
            registry: values.registry as string,
            username: 'oauth2accesstoken',
            password: accessToken,
          },
        }
      : {}),
  };
}
