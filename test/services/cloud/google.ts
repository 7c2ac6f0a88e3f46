/**
 * A local Google Cloud for workload identity federation: the Security Token Service
 * (`POST /v1/token`, RFC 8693 token exchange) and IAM Credentials (`generateAccessToken`,
 * `generateIdToken` on `/v1/projects/-/serviceAccounts/{email}:…`), with Google's error shapes.
 * Job tokens are verified against the GitHub issuer's JWKS, the provider's allowed audience
 * and an attribute condition on `sub`; a service account is usable only by the subjects
 * granted roles/iam.workloadIdentityUser on it.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { IdentityTokenVerifier, globMatch } from './identity-token';

export interface GoogleProvider {
  /** projects/NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER */
  name: string;
  /** Attribute condition, as a glob over the token's sub. */
  subject: string;
  /** Allowed audiences; Google's default is https://iam.googleapis.com/<name>. */
  audiences?: string[];
}

export interface GoogleServiceAccount {
  email: string;
  /** Subjects granted roles/iam.workloadIdentityUser (glob over sub). */
  workloadIdentityUsers: string;
}

export interface GoogleToken {
  token: string;
  kind: 'federated' | 'access' | 'id';
  subject: string;
  serviceAccount?: string;
  scopes?: string[];
  audience?: string;
  expiresAt: Date;
}

export interface LocalGoogle {
  url: string;
  stsUrl: string;
  iamUrl: string;
  issued: GoogleToken[];
  calls: string[];
  failNext(count: number, status?: number): void;
  stop(): Promise<void>;
}

export async function startLocalGoogle(options: {
  issuer: string;
  jwksUri: string;
  providers: GoogleProvider[];
  serviceAccounts: GoogleServiceAccount[];
}): Promise<LocalGoogle> {
  const verifier = new IdentityTokenVerifier(options.issuer, options.jwksUri);
  const issued: GoogleToken[] = [];
  const calls: string[] = [];
  const faults: Array<{ count: number; status: number }> = [];
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomBytes(8).toString('hex');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };

  const mint = (
    entry: Omit<GoogleToken, 'token' | 'expiresAt'>,
    prefix: string,
    seconds: number,
  ): GoogleToken => {
    const token: GoogleToken = {
      ...entry,
      token: `${prefix}${randomBytes(48).toString('base64url')}`,
      expiresAt: new Date(Date.now() + seconds * 1000),
    };
    issued.push(token);
    return token;
  };

  async function sts(body: Record<string, string>): Promise<[number, unknown]> {
    calls.push('sts.token');
    if (body.grant_type !== 'urn:ietf:params:oauth:grant-type:token-exchange')
      return [
        400,
        { error: 'unsupported_grant_type', error_description: `Unsupported grant_type: ${body.grant_type}` },
      ];
    if (
      !['urn:ietf:params:oauth:token-type:jwt', 'urn:ietf:params:oauth:token-type:id_token'].includes(
        body.subject_token_type ?? '',
      )
    )
      return [
        400,
        { error: 'invalid_request', error_description: 'Invalid value for "subject_token_type".' },
      ];
    const name = (body.audience ?? '').replace(/^\/\/iam\.googleapis\.com\//, '');
    const provider = options.providers.find((p) => p.name === name);
    if (!provider)
      return [
        400,
        {
          error: 'invalid_target',
          error_description: 'The target service indicated by the "audience" parameters is invalid.',
        },
      ];
    const audiences = provider.audiences ?? [`https://iam.googleapis.com/${provider.name}`];
    let claims: Record<string, unknown> | undefined;
    for (const audience of audiences) {
      const check = await verifier.check(body.subject_token ?? '', { audience, subject: '*' });
      if (check.ok) claims = check.claims;
      else if (check.reason !== 'audience')
        return [400, { error: 'invalid_grant', error_description: check.message }];
    }
    if (!claims)
      return [
        400,
        {
          error: 'invalid_grant',
          error_description: `The audience in ID Token does not match the expected audience ${audiences.join(', ')}.`,
        },
      ];
    if (!globMatch(provider.subject, String(claims.sub)))
      return [
        400,
        {
          error: 'unauthorized_client',
          error_description: 'The given credential is rejected by the attribute condition.',
        },
      ];
    const federated = mint(
      {
        kind: 'federated',
        subject: String(claims.sub),
        scopes: (body.scope ?? '').split(' ').filter(Boolean),
      },
      'ya29.d.',
      3600,
    );
    return [
      200,
      {
        access_token: federated.token,
        issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        token_type: 'Bearer',
        expires_in: 3599,
      },
    ];
  }

  async function iam(
    method: string,
    email: string,
    request: IncomingMessage,
    body: Record<string, unknown>,
  ): Promise<[number, unknown]> {
    calls.push(`iam.${method}`);
    const bearer = String(request.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    const caller = issued.find((t) => t.token === bearer && t.kind === 'federated');
    if (!caller || caller.expiresAt < new Date())
      return [
        401,
        {
          error: {
            code: 401,
            message: 'Request had invalid authentication credentials.',
            status: 'UNAUTHENTICATED',
          },
        },
      ];
    const account = options.serviceAccounts.find((sa) => sa.email === email);
    if (!account || !globMatch(account.workloadIdentityUsers, caller.subject))
      return [
        403,
        {
          error: {
            code: 403,
            message: `Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).`,
            status: 'PERMISSION_DENIED',
          },
        },
      ];
    if (method === 'generateAccessToken') {
      const lifetime = Number(String(body.lifetime ?? '3600s').replace(/s$/, ''));
      if (!Number.isFinite(lifetime) || lifetime > 43200)
        return [
          400,
          {
            error: {
              code: 400,
              message: 'Lifetime must be between 1 and 43200 seconds.',
              status: 'INVALID_ARGUMENT',
            },
          },
        ];
      const token = mint(
        { kind: 'access', subject: caller.subject, serviceAccount: email, scopes: body.scope as string[] },
        'ya29.c.',
        lifetime,
      );
      return [200, { accessToken: token.token, expireTime: token.expiresAt.toISOString() }];
    }
    const audience = String(body.audience ?? '');
    if (!audience)
      return [400, { error: { code: 400, message: 'Audience is required.', status: 'INVALID_ARGUMENT' } }];
    const jwt = await new SignJWT({
      ...(body.includeEmail ? { email, email_verified: true } : {}),
      azp: email,
    })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer('https://accounts.google.com')
      .setAudience(audience)
      .setSubject(`1${randomBytes(10).toString('hex')}`)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    issued.push({
      token: jwt,
      kind: 'id',
      subject: caller.subject,
      serviceAccount: email,
      audience,
      expiresAt: new Date(Date.now() + 3600_000),
    });
    return [200, { token: jwt }];
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) =>
      send(response, 500, { error: { code: 500, message: String(error), status: 'INTERNAL' } }),
    );
  });
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/jwks') return send(response, 200, { keys: [jwk] });
    const fault = faults.find((f) => f.count > 0);
    if (fault) {
      fault.count--;
      return send(response, fault.status, {
        error: {
          code: fault.status,
          message: 'The service is currently unavailable.',
          status: 'UNAVAILABLE',
        },
      });
    }
    const form = String(request.headers['content-type'] ?? '').includes('json')
      ? (JSON.parse(raw || '{}') as Record<string, string>)
      : Object.fromEntries(new URLSearchParams(raw));
    if (request.method === 'POST' && path === '/sts/v1/token') return send(response, ...(await sts(form)));
    const iamMatch =
      /^\/iam\/v1\/projects\/-\/serviceAccounts\/([^/:]+):(generateAccessToken|generateIdToken)$/.exec(path);
    if (request.method === 'POST' && iamMatch)
      return send(
        response,
        ...(await iam(
          iamMatch[2] as string,
          decodeURIComponent(iamMatch[1] as string),
          request,
          JSON.parse(raw || '{}') as Record<string, unknown>,
        )),
      );
    send(response, 404, { error: { code: 404, message: `Not found: ${path}`, status: 'NOT_FOUND' } });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    stsUrl: `${url}/sts/v1/token`,
    iamUrl: `${url}/iam/v1`,
    issued,
    calls,
    failNext(count, status = 503) {
      faults.push({ count, status });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
