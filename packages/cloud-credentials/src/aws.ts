import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type Credentials,
} from '@aws-sdk/client-sts';
import { ConfigurationError, withRetry } from '@shipchain/action-runtime';
import { describeFacts, tokenFacts } from './claims';
import { CloudRefusedError, isTransientCloudError } from './errors';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export interface AwsRoleRequest {
  roleArn: string;
  region: string;
  sessionName: string;
  durationSeconds: number;
  /** Exchange this job token (AssumeRoleWithWebIdentity)… */
  webIdentityToken?: string;
  /** …or assume the role with these credentials (role chaining, AssumeRole). */
  sourceCredentials?: AwsCredentials;
  externalId?: string;
  inlineSessionPolicy?: string;
  managedSessionPolicies?: string[];
  /** STS endpoint (private, FIPS, or a local one); default: the SDK's for the region. */
  endpoint?: string;
  /** Called with each secret the moment it exists, before anything is logged. */
  mask(value: string): void;
  retry?: { attempts?: number; baseDelayMs?: number; onRetry?: (message: string) => void };
}

const ROLE_ARN = /^arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:iam::\d{12}:role\/[\w+=,.@/-]{1,128}$/;
const REGION = /^[a-z]{2}(?:-gov|-iso|-isob)?-[a-z]+-\d{1,2}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

export function checkRoleArn(arn: string, input: string): void {
  if (!ROLE_ARN.test(arn))
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(arn)}, which is not an IAM role ARN like arn:aws:iam::123456789012:role/deploy.`,
      input,
    );
}

export function checkRegion(region: string, input: string): void {
  if (!REGION.test(region))
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(region)}, which is not an AWS region like us-east-1.`,
      input,
    );
}

/** A session name AWS accepts: 2-64 of [\w+=,.@-]; other characters become "-". */
export function sessionName(given: string | undefined, fallback: string, input: string): string {
  if (given) {
    if (!SESSION_NAME.test(given))
      throw new ConfigurationError(
        `Input "${input}" is ${JSON.stringify(given)}: AWS allows 2 to 64 letters, digits and + = , . @ _ - in a session name.`,
        input,
      );
    return given;
  }
  return fallback
    .replace(/[^\w+=,.@-]/g, '-')
    .slice(0, 64)
    .padEnd(2, '-');
}

function stsClient(region: string, endpoint: string | undefined, credentials?: AwsCredentials): STSClient {
  return new STSClient({
    region,
    // Retries are ours: only transient failures, jittered, bounded; permanent ones fail at once.
    maxAttempts: 1,
    ...(endpoint ? { endpoint } : {}),
    ...(credentials ? { credentials } : {}),
  });
}

/** AssumeRoleWithWebIdentity (or AssumeRole when chaining); every secret masked as it arrives. */
export async function assumeAwsRole(
  request: AwsRoleRequest,
): Promise<{ credentials: AwsCredentials; assumedRoleArn: string }> {
  const client = stsClient(request.region, request.endpoint, request.sourceCredentials);
  const common = {
    RoleArn: request.roleArn,
    RoleSessionName: request.sessionName,
    DurationSeconds: request.durationSeconds,
    ...(request.inlineSessionPolicy ? { Policy: request.inlineSessionPolicy } : {}),
    ...(request.managedSessionPolicies?.length
      ? { PolicyArns: request.managedSessionPolicies.map((arn) => ({ arn })) }
      : {}),
  };
  const command = request.webIdentityToken
    ? new AssumeRoleWithWebIdentityCommand({ ...common, WebIdentityToken: request.webIdentityToken })
    : new AssumeRoleCommand({ ...common, ...(request.externalId ? { ExternalId: request.externalId } : {}) });
  try {
    const response = await withRetry(() => client.send(command as AssumeRoleCommand), {
      attempts: request.retry?.attempts ?? 5,
      baseDelayMs: request.retry?.baseDelayMs ?? 500,
      isTransient: isTransientCloudError,
      onRetry: ({ attempt, delayMs, error }) =>
        request.retry?.onRetry?.(
          `STS attempt ${attempt} failed (${(error as Error).name}: ${(error as Error).message}); retrying in ${delayMs} ms.`,
        ),
    });
    const credentials = credentialsOf(response.Credentials, request.mask);
    return { credentials, assumedRoleArn: response.AssumedRoleUser?.Arn ?? '' };
  } catch (error) {
    throw explain(error, request);
  } finally {
    client.destroy();
  }
}

function credentialsOf(c: Credentials | undefined, mask: (value: string) => void): AwsCredentials {
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration)
    throw new Error('STS answered without credentials.');
  mask(c.SecretAccessKey);
  mask(c.SessionToken);
  mask(c.AccessKeyId);
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: new Date(c.Expiration),
  };
}

/** Turn STS's refusals into messages that say what to fix. */
function explain(error: unknown, request: AwsRoleRequest): unknown {
  const e = error as { name?: string; message?: string };
  const code = e?.name ?? '';
  const facts = request.webIdentityToken ? describeFacts(tokenFacts(request.webIdentityToken)) : '';
  if (code === 'AccessDenied' && request.webIdentityToken)
    return new CloudRefusedError(
      `AWS refused to let this job assume ${request.roleArn}: ${e.message}. The role's trust policy must allow the GitHub OIDC provider and this token (${facts}); check its conditions on token.actions.githubusercontent.com:sub and :aud.`,
      code,
      { cause: error },
    );
  if (code === 'AccessDenied')
    return new CloudRefusedError(
      `AWS refused the chained AssumeRole of ${request.roleArn}: ${e.message}. Its trust policy must allow the first role${request.externalId ? ' with this external id' : ''}.`,
      code,
      { cause: error },
    );
  if (code === 'InvalidIdentityToken')
    return new CloudRefusedError(
      `AWS did not accept the job token (${e.message}); token: ${facts}. Is the IAM OIDC provider for this issuer set up, with this audience in its client IDs?`,
      code,
      { cause: error },
    );
  if (code === 'ExpiredTokenException')
    return new CloudRefusedError(
      `AWS says the job token expired (${e.message}); it is requested just before the exchange, so check the runner's clock.`,
      code,
      { cause: error },
    );
  if (code === 'ValidationError')
    return new CloudRefusedError(
      `AWS rejected the request: ${e.message}. Check role-to-assume, role-session-name and role-duration-seconds.`,
      code,
      { cause: error },
    );
  return error;
}

/** GetCallerIdentity with the new credentials: proves they work and names the account. */
export async function awsCallerIdentity(
  credentials: AwsCredentials,
  region: string,
  endpoint?: string,
): Promise<{ account: string; arn: string }> {
  const client = stsClient(region, endpoint, credentials);
  try {
    const identity = await withRetry(() => client.send(new GetCallerIdentityCommand({})), {
      isTransient: isTransientCloudError,
    });
    if (!identity.Account || !identity.Arn) throw new Error('GetCallerIdentity answered without an account.');
    return { account: identity.Account, arn: identity.Arn };
  } finally {
    client.destroy();
  }
}

/** ECR's Docker login: user AWS and a 12-hour password, for the account's registry. */
export async function ecrLogin(
  credentials: AwsCredentials,
  region: string,
  mask: (value: string) => void,
  endpoint?: string,
): Promise<{ username: string; password: string }> {
  const client = new ECRClient({ region, credentials, maxAttempts: 1, ...(endpoint ? { endpoint } : {}) });
  try {
    const response = await withRetry(() => client.send(new GetAuthorizationTokenCommand({})), {
      isTransient: isTransientCloudError,
    });
    const token = response.authorizationData?.[0]?.authorizationToken;
    if (!token) throw new Error('ECR answered without an authorization token.');
    mask(token);
    const [username = '', password = ''] = Buffer.from(token, 'base64').toString('utf8').split(/:(.*)/s);
    mask(password);
    return { username, password };
  } finally {
    client.destroy();
  }
}
