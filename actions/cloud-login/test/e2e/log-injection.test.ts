// A token endpoint's error body is not ours: the retry message that quotes it stays text in the log.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectNoInjectedCommands, runAction } from '../../../../test/harness/index';
import { startLocalGoogle, type LocalGoogle } from '../../../../test/services/cloud/google';
import { startOidcIssuer, type OidcIssuer } from '../../../../test/services/oidc-issuer';

const PROVIDER = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/github-actions';
const HOSTILE = {
  error: 'temporarily_unavailable',
  error_description:
    'busy\n::add-mask::acme\n::warning title=INJECTED::x\r::set-output name=project-id::evil',
};

let oidc: OidcIssuer;
let google: LocalGoogle;
let sts: Server;
let stsUrl: string;

beforeAll(async () => {
  oidc = await startOidcIssuer();
  google = await startLocalGoogle({
    issuer: oidc.issuer,
    jwksUri: oidc.jwksUri,
    providers: [{ name: PROVIDER, subject: 'repo:acme/web:*' }],
    serviceAccounts: [],
  });
  // In front of the local STS: the first exchange gets a transient 503 with a hostile body, the
  // next ones go through.
  let answered = false;
  sts = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        if (!answered) {
          answered = true;
          response.writeHead(503, { 'content-type': 'application/json' });
          response.end(JSON.stringify(HOSTILE));
          return;
        }
        const upstream = await fetch(google.stsUrl, {
          method: request.method ?? 'POST',
          headers: { 'content-type': request.headers['content-type'] ?? 'application/json' },
          body: Buffer.concat(chunks),
        });
        response.writeHead(upstream.status, { 'content-type': 'application/json' });
        response.end(await upstream.text());
      })();
    });
  });
  await new Promise<void>((resolve) => sts.listen(0, '127.0.0.1', resolve));
  stsUrl = `http://127.0.0.1:${(sts.address() as AddressInfo).port}/sts/v1/token`;
});
afterAll(async () => {
  sts.closeAllConnections();
  await new Promise((resolve) => sts.close(resolve));
  await Promise.all([oidc?.stop(), google?.stop()]);
});

describe('cloud-login log lines', () => {
  test('a 503 whose body carries LF, CR and :: commands: retried and logged as text; no mask, annotation or output', async () => {
    const run = await runAction({
      action: 'actions/cloud-login',
      inputs: {
        provider: 'gcp',
        'workload-identity-provider': PROVIDER,
        'project-id': 'shop-prod',
        'sts-endpoint': stsUrl,
        'iam-credentials-endpoint': google.iamUrl,
      },
      oidc: { url: oidc.requestUrl, token: oidc.requestToken },
      context: { repository: 'acme/web' },
    });

    expect(run.errorMessages).toEqual([]);
    expectNoInjectedCommands(run, ['::add-mask::acme', '::warning title=INJECTED', '::set-output']);
    expect(run.masks).not.toContain('acme');
    expect(run.annotations).toEqual([]);
    expect(run.deprecations).toEqual([]);
    expect(run.outputs['project-id']).toBe('shop-prod');
    // The retry is logged, the body's lines each shown and guarded.
    expect(run.stdoutMasked).toContain('\\::add-mask::acme');
  });
});
