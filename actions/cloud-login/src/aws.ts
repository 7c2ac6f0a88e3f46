import { ConfigurationError, type ParsedInputs } from '@shipchain/action-runtime';
import {
  assumeAwsRole,
  awsCallerIdentity,
  checkRegion,
  checkRoleArn,
  ecrLogin,
  sessionName,
  type AwsCredentials,
} from '@shipchain/cloud-credentials';
import type { inputs } from './contract';
import type { LoginContext, LoginResult } from './result';

type Inputs = ParsedInputs<typeof inputs>;

export function checkAwsInputs(values: Inputs): { roleArn: string; region: string } {
  const roleArn = values['role-to-assume'];
  const region = values['aws-region'];
  if (!roleArn)
    throw new ConfigurationError(
      'Input "role-to-assume" is required for provider aws: the ARN of the IAM role this job assumes.',
      'role-to-assume',
    );
  if (!region)
    throw new ConfigurationError(
      'Input "aws-region" is required for provider aws, e.g. us-east-1.',
      'aws-region',
    );
  checkRoleArn(roleArn, 'role-to-assume');
  checkRegion(region, 'aws-region');
  if (values['role-session-name']) sessionName(values['role-session-name'], '', 'role-session-name');
  if (values['inline-session-policy']) {
    try {
      JSON.parse(values['inline-session-policy']);
    } catch (error) {
      throw new ConfigurationError(
        `Input "inline-session-policy" is not JSON: ${(error as Error).message}.`,
        'inline-session-policy',
      );
    }
  }
  for (const arn of values['managed-session-policies'])
    if (!/^arn:aws[\w-]*:iam::(?:\d{12}|aws):policy\/[\w+=,.@/-]+$/.test(arn))
      throw new ConfigurationError(
        `Input "managed-session-policies" has ${JSON.stringify(arn)}, which is not an IAM policy ARN.`,
        'managed-session-policies',
      );
  return { roleArn, region };
}

export async function awsLogin(
  values: Inputs,
  checked: ReturnType<typeof checkAwsInputs>,
  context: LoginContext,
): Promise<LoginResult> {
  const { roleArn, region } = checked;
  const { env } = context;
  const endpoint = values['sts-endpoint'] || undefined;
  const fallbackName = `GitHubActions-${env.GITHUB_REPOSITORY?.split('/')[1] ?? 'job'}-${env.GITHUB_RUN_ID ?? '0'}`;
  let source: AwsCredentials | undefined;
  if (values['role-chaining']) {
    if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY)
      throw new ConfigurationError(
        'Input "role-chaining" is true, but the job has no AWS credentials to chain from: run cloud-login for the first role in an earlier step.',
        'role-chaining',
      );
    source = {
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      sessionToken: env.AWS_SESSION_TOKEN ?? '',
      expiration: new Date(Date.now() + 3600_000),
    };
  }
  const { credentials } = await assumeAwsRole({
    roleArn,
    region,
    sessionName: sessionName(values['role-session-name'], fallbackName, 'role-session-name'),
    durationSeconds: values['role-chaining']
      ? Math.min(values['role-duration-seconds'], 3600)
      : values['role-duration-seconds'],
    ...(source ? { sourceCredentials: source } : { webIdentityToken: context.token as string }),
    ...(values['role-external-id'] ? { externalId: values['role-external-id'] } : {}),
    ...(values['inline-session-policy'] ? { inlineSessionPolicy: values['inline-session-policy'] } : {}),
    managedSessionPolicies: values['managed-session-policies'],
    ...(endpoint ? { endpoint } : {}),
    mask: context.mask,
    retry: { onRetry: (message) => context.log.info(message) },
  });
  const identity = await awsCallerIdentity(credentials, region, endpoint);
  context.log.info(
    `Authenticated to AWS as ${identity.arn} (account ${identity.account}) until ${credentials.expiration.toISOString()}.`,
  );

  const { exporter } = context;
  exporter.variable('AWS_REGION', region);
  exporter.variable('AWS_DEFAULT_REGION', region);
  const profile = values['aws-profile'];
  if (profile) {
    // Keys in files the SDKs and the CLI read, not in every later step's environment.
    const credentialsFile = await exporter.file(
      'aws-credentials',
      `[${profile}]\naws_access_key_id = ${credentials.accessKeyId}\naws_secret_access_key = ${credentials.secretAccessKey}\naws_session_token = ${credentials.sessionToken}\n`,
    );
    const configFile = await exporter.file(
      'aws-config',
      `[${profile === 'default' ? 'default' : `profile ${profile}`}]\nregion = ${region}\n`,
    );
    exporter.variable('AWS_SHARED_CREDENTIALS_FILE', credentialsFile);
    exporter.variable('AWS_CONFIG_FILE', configFile);
    exporter.variable('AWS_PROFILE', profile);
  } else {
    exporter.variable('AWS_ACCESS_KEY_ID', credentials.accessKeyId);
    exporter.variable('AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey);
    exporter.variable('AWS_SESSION_TOKEN', credentials.sessionToken);
  }

  let registry: LoginResult['registry'];
  if (values['registry-login']) {
    const host = values.registry || `${identity.account}.dkr.ecr.${region}.amazonaws.com`;
    const login = await ecrLogin(credentials, region, context.mask, env.AWS_ENDPOINT_URL_ECR || undefined);
    registry = { registry: host, ...login };
  }
  return {
    expiration: credentials.expiration,
    outputs: {
      'aws-account-id': identity.account,
      'authenticated-arn': identity.arn,
    },
    secretOutputs: {
      'aws-access-key-id': credentials.accessKeyId,
      'aws-secret-access-key': credentials.secretAccessKey,
      'aws-session-token': credentials.sessionToken,
    },
    summary: [
      ['Identity', identity.arn],
      ['Account', identity.account],
      ['Region', region],
    ],
    ...(registry ? { registry } : {}),
  };
}
