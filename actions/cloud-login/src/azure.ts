import { ConfigurationError, execCommand, type Logger, type ParsedInputs } from '@shipchain/action-runtime';
import {
  AZURE_CLOUDS,
  acrRefreshToken,
  armSubscription,
  checkGuid,
  checkTenant,
  entraAccessToken,
} from '@shipchain/cloud-credentials';
import type { inputs } from './contract';
import type { LoginContext, LoginResult } from './result';

type Inputs = ParsedInputs<typeof inputs>;

export function checkAzureInputs(values: Inputs): {
  clientId: string;
  tenantId: string;
  subscriptionId?: string;
} {
  const clientId = checkGuid(
    values['client-id'],
    'client-id',
    "app registration's (or managed identity's) client id",
  );
  const tenantId = checkTenant(values['tenant-id'], 'tenant-id');
  if (!values['subscription-id'] && !values['allow-no-subscriptions'])
    throw new ConfigurationError(
      'Input "subscription-id" is empty: give the subscription to work in, or set allow-no-subscriptions: true for tenant-level access only.',
      'subscription-id',
    );
  const subscriptionId = values['subscription-id']
    ? checkGuid(values['subscription-id'], 'subscription-id', 'subscription id')
    : undefined;
  if (values['registry-login'] && !values.registry)
    throw new ConfigurationError(
      'Input "registry" is required with registry-login for azure: the registry host, e.g. contoso.azurecr.io.',
      'registry',
    );
  return { clientId, tenantId, ...(subscriptionId ? { subscriptionId } : {}) };
}

/**
 * The job token as a client assertion for a Resource Manager token (verified against the
 * subscription), then the variables Azure SDKs' workload identity credential and Terraform's
 * azurerm provider read, with the job token in a 0600 file under RUNNER_TEMP.
 */
export async function azureLogin(
  values: Inputs,
  checked: ReturnType<typeof checkAzureInputs>,
  context: LoginContext,
): Promise<LoginResult> {
  const { clientId, tenantId, subscriptionId } = checked;
  const cloud = AZURE_CLOUDS[values.environment];
  const authorityHost = (values['authority-host'] || cloud.authorityHost).replace(/\/$/, '');
  const resourceManager = (values['resource-manager-endpoint'] || cloud.resourceManager).replace(/\/$/, '');
  const { exporter, log, mask } = context;
  const token = context.token as string; // main always requests one for this provider

  const arm = await entraAccessToken({
    authorityHost,
    tenantId,
    clientId,
    token,
    scope: `${resourceManager}/.default`,
    mask,
    onRetry: (message) => log.info(message),
  });
  let subscriptionName = '';
  if (subscriptionId)
    subscriptionName = (await armSubscription(resourceManager, subscriptionId, arm.token)).displayName;
  log.info(
    `Authenticated to Azure as ${clientId} in ${tenantId}${subscriptionId ? ` (subscription ${subscriptionName})` : ''}.`,
  );

  const tokenFile = await exporter.file('azure-federated-token', token);
  exporter.variable('AZURE_CLIENT_ID', clientId);
  exporter.variable('AZURE_TENANT_ID', tenantId);
  exporter.variable('AZURE_FEDERATED_TOKEN_FILE', tokenFile);
  if (authorityHost !== AZURE_CLOUDS.public.authorityHost)
    exporter.variable('AZURE_AUTHORITY_HOST', authorityHost);
  // Terraform's azurerm provider.
  exporter.variable('ARM_CLIENT_ID', clientId);
  exporter.variable('ARM_TENANT_ID', tenantId);
  exporter.variable('ARM_USE_OIDC', 'true');
  exporter.variable('ARM_OIDC_TOKEN_FILE_PATH', tokenFile);
  if (subscriptionId) {
    exporter.variable('AZURE_SUBSCRIPTION_ID', subscriptionId);
    exporter.variable('ARM_SUBSCRIPTION_ID', subscriptionId);
  }
  if (values['az-cli']) await azCliLogin(clientId, tenantId, subscriptionId, token, mask, log);

  let registry: LoginResult['registry'];
  if (values['registry-login']) {
    const host = values.registry as string;
    const password = await acrRefreshToken(host, tenantId, arm.token, mask);
    registry = { registry: host, username: '00000000-0000-0000-0000-000000000000', password };
  }
  return {
    expiration: arm.expiresAt,
    outputs: {},
    secretOutputs: { 'azure-access-token': arm.token },
    summary: [
      ['Client', clientId],
      ['Tenant', tenantId],
      ...(subscriptionId
        ? ([['Subscription', `${subscriptionName} (${subscriptionId})`]] as Array<[string, string]>)
        : []),
    ],
    ...(registry ? { registry } : {}),
  };
}

/** `az login` only when asked and present: SDKs and Terraform do not need it. */
async function azCliLogin(
  clientId: string,
  tenantId: string,
  subscriptionId: string | undefined,
  token: string,
  mask: (v: string) => void,
  log: Logger,
): Promise<void> {
  const probe = await execCommand('az', ['version'], { allowFailure: true }).catch(() => undefined);
  if (!probe || probe.exitCode !== 0) {
    log.warning(
      'Input "az-cli" is true, but the az CLI is not installed on this runner; skipped az login (SDKs and Terraform use the exported variables).',
    );
    return;
  }
  mask(token);
  await execCommand(
    'az',
    [
      'login',
      '--service-principal',
      '--username',
      clientId,
      '--tenant',
      tenantId,
      '--federated-token',
      token,
      '--output',
      'none',
    ],
    { secrets: [token] },
  );
  if (subscriptionId) await execCommand('az', ['account', 'set', '--subscription', subscriptionId], {});
}
