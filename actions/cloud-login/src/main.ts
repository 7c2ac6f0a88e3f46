import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SummaryBuilder,
  appendStepSummary,
  idTokenAvailable,
  requestIdToken,
  markdownCode,
  ConfigurationError,
  type MainContext,
} from '@shipchain/action-runtime';
import { CloudRefusedError, describeFacts, tokenFacts, writeDockerLogin } from '@shipchain/cloud-credentials';
import { awsLogin, checkAwsInputs } from './aws';
import { azureLogin, checkAzureInputs } from './azure';
import { checkGcpInputs, gcpAudience, gcpLogin } from './gcp';
import type { inputs, outputs } from './contract';
import { Exporter } from './exports';
import type { LoginContext, LoginResult } from './result';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

interface PreparedLogin {
  /** Audience of the job token this cloud expects by default. */
  audience: string;
  /** False only for AWS role chaining, which uses the credentials already in the job. */
  needsToken: boolean;
  run(context: LoginContext): Promise<LoginResult>;
}

/** The provider's inputs checked once, before any token is requested. */
function prepare(values: Context['inputs']): PreparedLogin {
  if (values.provider === 'aws') {
    const checked = checkAwsInputs(values);
    return {
      audience: 'sts.amazonaws.com',
      needsToken: !values['role-chaining'],
      run: (context) => awsLogin(values, checked, context),
    };
  }
  if (values.provider === 'gcp') {
    const checked = checkGcpInputs(values);
    return {
      audience: gcpAudience(checked.provider),
      needsToken: true,
      run: (context) => gcpLogin(values, checked, context),
    };
  }
  const checked = checkAzureInputs(values);
  return {
    audience: 'api://AzureADTokenExchange',
    needsToken: true,
    run: (context) => azureLogin(values, checked, context),
  };
}

export async function main({ inputs, outputs, state, log, toolkit }: Context): Promise<void> {
  const env = toolkit.env();
  const mask = (value: string): void => toolkit.setSecret(value);
  const login = prepare(inputs);

  // Fail first, naming the fix, when the job has no token to exchange.
  if (login.needsToken && !idTokenAvailable(env))
    throw new ConfigurationError(
      `cloud-login (${inputs.provider}) needs the job's OIDC token, and ACTIONS_ID_TOKEN_REQUEST_URL is not set: add \`permissions: id-token: write\` to the job. Pull requests from forks never get a token; run deploys on push or workflow_run.`,
      'provider',
    );
  let token: string | undefined;
  if (login.needsToken) {
    token = await requestIdToken(env, inputs.audience || login.audience, 'provider');
    mask(token);
    log.debug(`Job token claims: ${describeFacts(tokenFacts(token))}`);
  }

  const exporter = new Exporter(toolkit, state, env.RUNNER_TEMP || tmpdir());
  let result: LoginResult;
  try {
    result = await login.run({ env, mask, log, exporter, ...(token ? { token } : {}) });
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
            ...result.summary.map(([key, value]) => [key, markdownCode(value)]),
            ['Expires', result.expiration.toISOString()],
            ...(result.registry ? [['Registry', markdownCode(result.registry.registry)]] : []),
          ],
        )
        .render(budget),
    );
}
