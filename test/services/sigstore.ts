/**
 * A local Sigstore: Fulcio, Rekor and a timestamp authority from @sigstore/mock, served on
 * a loopback HTTP server, with the trusted root that verifiers need built from their keys.
 * Fulcio here does what the real one does with a GitHub token: it verifies the JWT against
 * the issuer's JWKS, requires the `sigstore` audience, and certifies the job's workflow
 * (`https://github.com/<job_workflow_ref>`) with the token's claims as extensions.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface LocalSigstore {
  url: string;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  /** A Sigstore trusted root (JSON) for these services. */
  trustedRoot: Record<string, unknown>;
  /** Requests Fulcio refused, with the reason (wrong audience, bad signature…). */
  refusals: string[];
  stop(): Promise<void>;
}

const keyPair = (): { publicKey: KeyObject; privateKey: KeyObject } =>
  generateKeyPairSync('ec', { namedCurve: 'P-256' });
const der = (key: KeyObject): Buffer => key.export({ type: 'spki', format: 'der' });
const base64 = (bytes: ArrayBufferView): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const unsignedJwt = (claims: Record<string, unknown>): string =>
  `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;

export async function startLocalSigstore(options: {
  oidcIssuer: string;
  jwksUri: string;
  /** Issue certificates as of this time (default: a minute ago), e.g. long expired. */
  caClock?: Date;
}): Promise<LocalSigstore> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const keys = { ca: keyPair(), ct: keyPair(), tlog: keyPair(), tsa: keyPair() };
  const ctLog = await initializeCTLog(keys.ct);
  // Certificates valid from a minute ago (for ten minutes): the mock would otherwise start
  // them at the current millisecond, after a log entry or timestamp made in the same second.
  const ca = await initializeCA(keys.ca, ctLog, options.caClock ?? new Date(Date.now() - 60_000));
  const tlog = await initializeTLog(url, keys.tlog);
  const tsa = await initializeTSA(keys.tsa);
  // The mock writes genTime's fraction without trailing zeros (".5Z"), which @sigstore/core
  // rejects: keep the milliseconds off multiples of ten (a 1 ms nudge).
  Object.assign(tsa, {
    getCurrentTime: (): Date => {
      const now = new Date();
      if (now.getMilliseconds() % 10 === 0) now.setMilliseconds(now.getMilliseconds() + 1);
      return now;
    },
  });
  const jwks = createRemoteJWKSet(new URL(options.jwksUri));
  const refusals: string[] = [];
  const mockFulcio = fulcioHandler(ca, { subjectClaim: 'san' }).fn;

  /** Verify the GitHub token, then hand the mock CA the claims it certifies. */
  const fulcio: HandlerFn = async (body) => {
    const request = JSON.parse(body) as { credentials?: { oidcIdentityToken?: string } };
    try {
      const { payload } = await jwtVerify(request.credentials?.oidcIdentityToken ?? '', jwks, {
        issuer: options.oidcIssuer,
        audience: 'sigstore',
      });
      const san = `https://github.com/${String(payload.job_workflow_ref)}`;
      const forwarded = { ...request, credentials: { oidcIdentityToken: unsignedJwt({ ...payload, san }) } };
      return await mockFulcio(JSON.stringify(forwarded));
    } catch (error) {
      refusals.push((error as Error).message);
      return {
        statusCode: 401,
        response: JSON.stringify({ message: `invalid identity token: ${(error as Error).message}` }),
      };
    }
  };
  const routes = new Map<string, HandlerFn>([
    ['/api/v2/signingCert', fulcio],
    [rekorHandler(tlog).path, rekorHandler(tlog).fn],
    [tsaHandler(tsa).path, tsaHandler(tsa).fn],
  ]);
  server.on('request', (request, response) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const handler =
        request.method === 'POST' ? routes.get(new URL(request.url ?? '/', url).pathname) : undefined;
      if (!handler) {
        response.writeHead(404, { 'content-type': 'application/json' });
        return response.end('{"message":"not found"}');
      }
      const answer = await handler(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(answer.statusCode, { 'content-type': answer.contentType ?? 'application/json' });
      response.end(answer.response);
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });

  const start = new Date(Date.now() - 86_400_000).toISOString();
  const publicKey = (key: KeyObject) => ({
    rawBytes: der(key).toString('base64'),
    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
    validFor: { start },
  });
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: publicKey(keys.tlog.publicKey),
        logId: { keyId: createHash('sha256').update(der(keys.tlog.publicKey)).digest('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'shipchain-test', commonName: 'local fulcio' },
        uri: url,
        certChain: { certificates: [{ rawBytes: base64(ca.rootCertificate) }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: publicKey(keys.ct.publicKey),
        logId: { keyId: base64(ctLog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'shipchain-test', commonName: 'local tsa' },
        uri: url,
        certChain: {
          certificates: [{ rawBytes: base64(tsa.intCertificate) }, { rawBytes: base64(tsa.rootCertificate) }],
        },
        validFor: { start },
      },
    ],
  };
  return {
    url,
    fulcioUrl: url,
    rekorUrl: url,
    tsaUrl: url,
    trustedRoot,
    refusals,
    stop: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
