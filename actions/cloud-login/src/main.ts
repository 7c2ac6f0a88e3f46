import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SummaryBuilder,
  appendStepSummary,
  idTokenAvailable,
  requestIdToken,
  tableCell,
  ConfigurationError,
  type MainContext,
} from '@shipchain/action-runtime';
import { CloudRefusedError, describeFacts, tokenFacts, writeDockerLogin } from '@shipchain/cloud-credentials';
import { awsLogin, checkAwsInputs } from './aws';
import { azureLogin, checkAzureInputs } from './azure';
import { checkGcpInputs, gcpAudience, gcpLogin } from './gcp';
import type { inputs, outputs } from './contract';
import { Exporter } from './exports';
import type { LoginResult } from './result';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

/** Audience of the job token each cloud expects by default. */
function defaultAudience(values: Context['inputs']): string {
  if (values.provider === 'aws') return 'sts.amazonaws.com';
  if (values.provider === 'gcp') return gcpAudience(values['workload-identity-provider'] as string);
  return 'api://AzureADTokenExchange';
}

export async function main({ inputs, outputs, state, log, toolkit }: Context): Promise<void> {
  const env = toolkit.env();
  const mask = (value: string): void => toolkit.setSecret(value);
  if (inputs.provider === 'aws') checkAwsInputs(inputs);
  if (inputs.provider === 'gcp') checkGcpInputs(inputs);
  if (inputs.provider === 'azure') checkAzureInputs(inputs);
  const chaining = inputs.provider === 'aws' && inputs['role-chaining'];

  // Fail first, naming the fix, when the job has no token to exchange.
  if (!chaining && !idTokenAvailable(env))
    throw new ConfigurationError(
      `cloud-login (${inputs.provider}) needs the job's OIDC token, and ACTIONS_ID_TOKEN_REQUEST_URL is not set: add \`permissions: id-token: write\` to the job. Pull requests from forks never get a token; run deploys on push or workflow_run.`,
      'provider',
    );
  const audience = inputs.audience || defaultAudience(inputs);
  let token: string | undefined;
  if (!chaining) {
    token = await requestIdToken(env, audience, 'provider');
    mask(token);
    log.debug(`Job token claims: ${describeFacts(tokenFacts(token))}`);
  }

  const exporter = new Exporter(toolkit, state, env.RUNNER_TEMP || tmpdir());
  let result: LoginResult;
  try {
    const common = { env, mask, log, exporter };
    if (inputs.provider === 'aws')
      result = await awsLogin(inputs, { ...common, ...(token ? { token } : {}) });
    else if (inputs.provider === 'gcp')
      result = await gcpLogin(inputs, { ...common, token: token as string });
    else result = await azureLogin(inputs, { ...common, token: token as string });
  } catch (error) {
    if (error instanceof CloudRefusedError) throw new ConfigurationError(error.message, 'provider');
    throw error;
  }

  outputs.set('expiration', result.expiration.toISOString());
  for (const [name, value] of Object.entries(result.outputs)) outputs.set(name as never, value);
  if (inputs['output-credentials'])
    for (const [name, value] of Object.entries(result.secretOutputs)) outputs.set(name as never, value);

  if (result.registry) {
    const existing =
      env.REGISTRY_AUTH_FILE || join(env.DOCKER_CONFIG || join(env.HOME ?? '', '.docker'), 'config.json');
    const { configDir, configPath } = await writeDockerLogin(
      env.RUNNER_TEMP || tmpdir(),
      result.registry,
      existing,
    );
    exporter.remember(configDir);
    exporter.variable('DOCKER_CONFIG', configDir);
    exporter.variable('REGISTRY_AUTH_FILE', configPath);
    outputs.set('registry', result.registry.registry);
    log.info(`Logged in to ${result.registry.registry} (Docker config ${configPath}).`);
  }

  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath)
    await appendStepSummary(summaryPath, (budget) =>
      new SummaryBuilder()
        .heading(`Cloud login: ${inputs.provider}`, 2)
        .table(
          ['', ''],
          [
            ...result.summary.map(([key, value]) => [key, `\`${tableCell(value)}\``]),
            ['Expires', result.expiration.toISOString()],
            ...(result.registry ? [['Registry', `\`${tableCell(result.registry.registry)}\``]] : []),
          ],
        )
        .render(budget),
    );
}
