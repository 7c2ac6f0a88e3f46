/**
 * A local AWS: the STS query API (AssumeRoleWithWebIdentity, AssumeRole, GetCallerIdentity) with
 * XML responses and AWS's error codes, and ECR's GetAuthorizationToken (JSON 1.1 protocol).
 * Web identity tokens are verified against the GitHub issuer's JWKS and the role's trust
 * conditions; every other call must be SigV4-signed with credentials this server issued.
 * Point the SDK at it with AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_ECR (or endpoint options).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdentityTokenVerifier, type TrustConditions } from './identity-token';
import { verifySigV4 } from './sigv4';

export interface AwsRole {
  arn: string;
  /** Who may assume it with a web identity token. */
  webIdentity?: TrustConditions;
  /** Roles whose sessions may assume it (role chaining), with the external id they must give. */
  trustedRoles?: Array<{ arn: string; externalId?: string }>;
  maxSessionSeconds?: number;
}

export interface IssuedAwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  roleArn: string;
  sessionName: string;
  /** The session policy and managed policy ARNs the caller asked for. */
  policy?: string;
  policyArns: string[];
}

export interface LocalAws {
  url: string;
  account: string;
  issued: IssuedAwsCredentials[];
  /** Actions received, in order (after authentication). */
  calls: string[];
  /** The ECR password GetAuthorizationToken hands out (user AWS). */
  ecrPassword: string;
  /** Answer the next `count` STS calls with this error (e.g. Throttling, IDPCommunicationError). */
  failNext(count: number, code: string): void;
  stop(): Promise<void>;
}

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const STATUS: Record<string, number> = { AccessDenied: 403, InternalFailure: 500, ServiceUnavailable: 503 };

class StsError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startLocalAws(options: {
  issuer: string;
  jwksUri: string;
  roles: AwsRole[];
  account?: string;
}): Promise<LocalAws> {
  const account = options.account ?? '123456789012';
  const verifier = new IdentityTokenVerifier(options.issuer, options.jwksUri);
  const issued: IssuedAwsCredentials[] = [];
  const calls: string[] = [];
  const faults: Array<{ count: number; code: string }> = [];
  const ecrPassword = randomBytes(24).toString('base64url');

  const issue = (
    role: AwsRole,
    sessionName: string,
    params: URLSearchParams,
    chained: boolean,
  ): IssuedAwsCredentials => {
    const max = chained ? 3600 : (role.maxSessionSeconds ?? 3600);
    const duration = Number(params.get('DurationSeconds') ?? 3600);
    if (!Number.isInteger(duration) || duration < 900 || duration > max)
      throw new StsError(
        'ValidationError',
        `The requested DurationSeconds exceeds the MaxSessionDuration set for this role.`,
      );
    const policyArns: string[] = [];
    for (let i = 1; params.has(`PolicyArns.member.${i}.arn`); i++)
      policyArns.push(params.get(`PolicyArns.member.${i}.arn`) as string);
    const credentials: IssuedAwsCredentials = {
      accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(96).toString('base64')}`,
      expiration: new Date(Date.now() + duration * 1000),
      roleArn: role.arn,
      sessionName,
      ...(params.get('Policy') ? { policy: params.get('Policy') as string } : {}),
      policyArns,
    };
    issued.push(credentials);
    return credentials;
  };

  const roleOf = (arn: string | null): AwsRole => {
    if (!arn || !/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(arn))
      throw new StsError(
        'ValidationError',
        `1 validation error detected: Value '${arn}' at 'roleArn' failed to satisfy constraint`,
      );
    const role = options.roles.find((r) => r.arn === arn);
    if (!role) throw new StsError('AccessDenied', `Not authorized to perform sts:AssumeRoleWithWebIdentity`);
    return role;
  };

  const assumed = (c: IssuedAwsCredentials) => {
    const name = c.roleArn.split('/').slice(1).join('/');
    return {
      arn: `arn:aws:sts::${account}:assumed-role/${name}/${c.sessionName}`,
      id: `AROA${c.roleArn.length}EXAMPLE:${c.sessionName}`,
    };
  };
  const credentialsXml = (c: IssuedAwsCredentials) =>
    `<Credentials><AccessKeyId>${c.accessKeyId}</AccessKeyId><SecretAccessKey>${c.secretAccessKey}</SecretAccessKey><SessionToken>${c.sessionToken}</SessionToken><Expiration>${c.expiration.toISOString()}</Expiration></Credentials>`;

  async function sts(params: URLSearchParams, request: IncomingMessage, body: string): Promise<string> {
    const action = params.get('Action') ?? '';
    const fault = faults.find((f) => f.count > 0);
    if (fault) {
      fault.count--;
      throw new StsError(
        fault.code,
        fault.code === 'Throttling' ? 'Rate exceeded' : `Injected ${fault.code}`,
      );
    }
    if (action === 'AssumeRoleWithWebIdentity') {
      calls.push(action);
      const role = roleOf(params.get('RoleArn'));
      const sessionName = sessionNameOf(params);
      const token = params.get('WebIdentityToken') ?? '';
      if (!role.webIdentity)
        throw new StsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
      const check = await verifier.check(token, role.webIdentity);
      if (!check.ok) {
        if (check.reason === 'expired')
          throw new StsError(
            'ExpiredTokenException',
            'Token expired: current date/time must be before the expiration date/time',
          );
        if (check.reason === 'invalid') throw new StsError('InvalidIdentityToken', check.message);
        // Audience and subject mismatches are the trust policy saying no.
        throw new StsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
      }
      const c = issue(role, sessionName, params, false);
      const user = assumed(c);
      return `<AssumeRoleWithWebIdentityResponse xmlns="${NS}"><AssumeRoleWithWebIdentityResult><SubjectFromWebIdentityToken>${String(check.claims.sub)}</SubjectFromWebIdentityToken><Audience>${role.webIdentity.audience}</Audience><AssumedRoleUser><Arn>${user.arn}</Arn><AssumedRoleId>${user.id}</AssumedRoleId></AssumedRoleUser>${credentialsXml(c)}<Provider>${options.issuer.replace(/^https?:\/\//, '')}</Provider></AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`;
    }
    const caller = signedCaller(request, body);
    calls.push(action);
    if (action === 'GetCallerIdentity') {
      const user = assumed(caller);
      return `<GetCallerIdentityResponse xmlns="${NS}"><GetCallerIdentityResult><Arn>${user.arn}</Arn><UserId>${user.id}</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;
    }
    if (action === 'AssumeRole') {
      const role = roleOf(params.get('RoleArn'));
      const trust = role.trustedRoles?.find((t) => t.arn === caller.roleArn);
      if (!trust || (trust.externalId && trust.externalId !== params.get('ExternalId')))
        throw new StsError(
          'AccessDenied',
          `User: ${assumed(caller).arn} is not authorized to perform: sts:AssumeRole on resource: ${role.arn}`,
        );
      const c = issue(role, sessionNameOf(params), params, true);
      const user = assumed(c);
      return `<AssumeRoleResponse xmlns="${NS}"><AssumeRoleResult><AssumedRoleUser><Arn>${user.arn}</Arn><AssumedRoleId>${user.id}</AssumedRoleId></AssumedRoleUser>${credentialsXml(c)}</AssumeRoleResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleResponse>`;
    }
    throw new StsError('InvalidAction', `Could not find operation ${action} for version 2011-06-15`);
  }

  function signedCaller(request: IncomingMessage, body: string): IssuedAwsCredentials {
    const verdict = verifySigV4(
      { method: request.method ?? 'POST', path: request.url ?? '/', headers: request.headers, body },
      (id) => issued.find((c) => c.accessKeyId === id)?.secretAccessKey,
    );
    if (!verdict.ok) throw new StsError(verdict.code, verdict.message);
    const caller = issued.find((c) => c.accessKeyId === verdict.signer.accessKeyId) as IssuedAwsCredentials;
    if (request.headers['x-amz-security-token'] !== caller.sessionToken)
      throw new StsError('InvalidClientTokenId', 'The security token included in the request is invalid.');
    if (caller.expiration < new Date())
      throw new StsError('ExpiredToken', 'The security token included in the request is expired');
    return caller;
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) =>
      reply(
        response,
        500,
        `<ErrorResponse><Error><Code>InternalFailure</Code><Message>${String(error)}</Message></Error></ErrorResponse>`,
      ),
    );
  });
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const target = String(request.headers['x-amz-target'] ?? '');
    if (target.endsWith('.GetAuthorizationToken')) return ecr(request, response, body);
    const params = new URLSearchParams(request.method === 'GET' ? (request.url ?? '').split('?')[1] : body);
    try {
      reply(response, 200, await sts(params, request, body));
    } catch (error) {
      const e = error instanceof StsError ? error : new StsError('InternalFailure', String(error));
      const type = (STATUS[e.code] ?? 400) >= 500 ? 'Receiver' : 'Sender';
      reply(
        response,
        STATUS[e.code] ?? 400,
        `<ErrorResponse xmlns="${NS}"><Error><Type>${type}</Type><Code>${e.code}</Code><Message>${escapeXml(e.message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
      );
    }
  }

  function ecr(request: IncomingMessage, response: ServerResponse, body: string): void {
    try {
      signedCaller(request, body);
      calls.push('ecr:GetAuthorizationToken');
      const token = Buffer.from(`AWS:${ecrPassword}`).toString('base64');
      response.writeHead(200, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': randomUUID(),
      });
      response.end(
        JSON.stringify({
          authorizationData: [
            {
              authorizationToken: token,
              expiresAt: Date.now() / 1000 + 43200,
              proxyEndpoint: `https://${account}.dkr.ecr.us-east-1.amazonaws.com`,
            },
          ],
        }),
      );
    } catch (error) {
      const e = error as StsError;
      response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': e.code });
      response.end(JSON.stringify({ __type: e.code, message: e.message }));
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    account,
    issued,
    calls,
    ecrPassword,
    failNext(count, code) {
      faults.push({ count, code });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sessionNameOf(params: URLSearchParams): string {
  const name = params.get('RoleSessionName') ?? '';
  if (!/^[\w+=,.@-]{2,64}$/.test(name))
    throw new StsError(
      'ValidationError',
      `1 validation error detected: Value '${name}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  return name;
}

function reply(response: ServerResponse, status: number, xml: string): void {
  response.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() });
  response.end(xml);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
