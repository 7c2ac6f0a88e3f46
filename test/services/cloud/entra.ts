/**
 * A local Microsoft Entra ID (the v2.0 token endpoint and its OpenID metadata), Azure Resource
 * Manager (GET subscription) and ACR's token exchange, over HTTPS as MSAL requires. A client
 * assertion is accepted when it is a GitHub job token that verifies against the issuer's JWKS
 * and matches one of the app's federated credentials (issuer, subject, audience), as Entra's
 * AADSTS errors say when it does not.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { SignJWT, generateKeyPair } from 'jose';
import { IdentityTokenVerifier } from './identity-token';
import { localCertificate } from './tls';

export interface EntraApp {
  clientId: string;
  tenantId: string;
  /** Federated identity credentials: the subject (exact, or a * glob) and audience a job token must carry. */
  federated: Array<{ subject: string; audience?: string }>;
  /** Subscriptions the app holds a role on. */
  subscriptions: string[];
}

export interface EntraToken {
  token: string;
  clientId: string;
  tenantId: string;
  scope: string;
  expiresAt: Date;
}

export interface LocalEntra {
  /** https://127.0.0.1:PORT — the authority host, the ARM endpoint and the ACR registry host in one. */
  url: string;
  host: string;
  caFile: string;
  issued: EntraToken[];
  /** ACR refresh tokens handed out. */
  acrTokens: string[];
  calls: string[];
  failNext(count: number, status?: number): void;
  stop(): Promise<void>;
}

export async function startLocalEntra(options: {
  issuer: string;
  jwksUri: string;
  apps: EntraApp[];
}): Promise<LocalEntra> {
  const certificate = await localCertificate();
  const verifier = new IdentityTokenVerifier(options.issuer, options.jwksUri);
  const { privateKey } = await generateKeyPair('RS256');
  const issued: EntraToken[] = [];
  const acrTokens: string[] = [];
  const calls: string[] = [];
  const faults: Array<{ count: number; status: number }> = [];
  let url = '';

  const aadError = (status: number, error: string, code: number, description: string): [number, unknown] => [
    status,
    {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${randomUUID()}`,
      error_codes: [code],
      timestamp: new Date().toISOString(),
      trace_id: randomUUID(),
      correlation_id: randomUUID(),
    },
  ];

  async function token(tenant: string, form: URLSearchParams): Promise<[number, unknown]> {
    calls.push('token');
    const app = options.apps.find((a) => a.clientId === form.get('client_id'));
    if (!app)
      return aadError(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${form.get('client_id')}' was not found in the directory '${tenant}'.`,
      );
    if (app.tenantId !== tenant)
      return aadError(400, 'invalid_request', 90002, `Tenant '${tenant}' not found.`);
    if (
      form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' ||
      form.get('grant_type') !== 'client_credentials'
    )
      return aadError(
        400,
        'invalid_request',
        900144,
        "The request body must contain the following parameter: 'client_assertion_type'.",
      );
    const assertion = form.get('client_assertion') ?? '';
    let matched = false;
    let reason = '';
    for (const credential of app.federated) {
      const check = await verifier.check(assertion, {
        audience: credential.audience ?? 'api://AzureADTokenExchange',
        subject: credential.subject,
      });
      if (check.ok) matched = true;
      else if (check.reason === 'expired')
        return aadError(
          400,
          'invalid_client',
          700024,
          'Client assertion is not within its valid time range.',
        );
      else if (check.reason === 'invalid')
        return aadError(401, 'invalid_client', 700027, 'Client assertion failed signature validation.');
      else reason = check.message;
    }
    if (!matched) {
      const claims = JSON.parse(
        Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8'),
      ) as Record<string, unknown>;
      return aadError(
        400,
        'invalid_client',
        70021,
        `No matching federated identity record found for presented assertion. Assertion Issuer: '${String(claims.iss)}'. Assertion Subject: '${String(claims.sub)}'. Assertion Audience: '${String(claims.aud)}'. (${reason})`,
      );
    }
    const scope = form.get('scope') ?? '';
    const resource = scope.replace(/\/\.default$/, '');
    const jwt = await new SignJWT({ appid: app.clientId, tid: tenant, oid: randomUUID(), roles: [] })
      .setProtectedHeader({ alg: 'RS256', kid: 'local-entra' })
      .setIssuer(`https://sts.windows.net/${tenant}/`)
      .setAudience(resource)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    issued.push({
      token: jwt,
      clientId: app.clientId,
      tenantId: tenant,
      scope,
      expiresAt: new Date(Date.now() + 3600_000),
    });
    return [200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: jwt }];
  }

  function arm(subscription: string, request: IncomingMessage): [number, unknown] {
    calls.push('arm.subscription');
    const bearer = String(request.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    const caller = issued.find((t) => t.token === bearer);
    if (!caller || caller.expiresAt < new Date())
      return [
        401,
        { error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' } },
      ];
    const app = options.apps.find((a) => a.clientId === caller.clientId);
    if (!app?.subscriptions.includes(subscription))
      return [
        403,
        {
          error: {
            code: 'AuthorizationFailed',
            message: `The client '${caller.clientId}' does not have authorization to perform action 'Microsoft.Resources/subscriptions/read' over scope '/subscriptions/${subscription}'.`,
          },
        },
      ];
    return [
      200,
      {
        id: `/subscriptions/${subscription}`,
        subscriptionId: subscription,
        tenantId: caller.tenantId,
        displayName: 'shop-prod',
        state: 'Enabled',
      },
    ];
  }

  function acr(form: URLSearchParams): [number, unknown] {
    calls.push('acr.exchange');
    const caller = issued.find((t) => t.token === form.get('access_token'));
    if (form.get('grant_type') !== 'access_token' || !caller)
      return [401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }];
    const refresh = `acr-${randomBytes(32).toString('base64url')}`;
    acrTokens.push(refresh);
    return [200, { refresh_token: refresh }];
  }

  const server = createServer({ key: certificate.key, cert: certificate.cert }, (request, response) => {
    handle(request, response).catch((error: unknown) =>
      send(response, 500, { error: 'server_error', error_description: String(error) }),
    );
  });
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const fault = faults.find((f) => f.count > 0);
    if (fault && request.method === 'POST' && path.endsWith('/token')) {
      fault.count--;
      return send(response, fault.status, {
        error: 'temporarily_unavailable',
        error_description: 'AADSTS90033: A transient error has occurred. Please try again.',
        error_codes: [90033],
      });
    }
    const metadata = /^\/([^/]+)(?:\/v2\.0)?\/\.well-known\/openid-configuration$/.exec(path);
    if (metadata) {
      const tenant = metadata[1] as string;
      return send(response, 200, {
        token_endpoint: `${url}/${tenant}/oauth2/v2.0/token`,
        authorization_endpoint: `${url}/${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${url}/${tenant}/oauth2/v2.0/logout`,
        issuer: `${url}/${tenant}/v2.0`,
        jwks_uri: `${url}/${tenant}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        token_endpoint_auth_methods_supported: [
          'client_secret_post',
          'private_key_jwt',
          'client_secret_basic',
        ],
      });
    }
    const tokenPath = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path);
    if (request.method === 'POST' && tokenPath)
      return send(response, ...(await token(tokenPath[1] as string, form)));
    const subscription = /^\/subscriptions\/([^/]+)$/.exec(path);
    if (request.method === 'GET' && subscription)
      return send(response, ...arm(subscription[1] as string, request));
    if (request.method === 'POST' && path === '/oauth2/exchange') return send(response, ...acr(form));
    send(response, 404, { error: 'not_found', error_description: `No route ${request.method} ${path}` });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  url = `https://127.0.0.1:${port}`;
  return {
    url,
    host: `127.0.0.1:${port}`,
    caFile: certificate.caFile,
    issued,
    acrTokens,
    calls,
    failNext(count, status = 503) {
      faults.push({ count, status });
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await certificate.remove();
    },
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
