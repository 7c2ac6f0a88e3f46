/**
 * Server side of AWS Signature Version 4: recompute the signature of a request from the
 * secret we issued and compare. The AWS SDK signs STS, ECR and every other call this way.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data).digest();
const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export interface SignedBy {
  accessKeyId: string;
  region: string;
  service: string;
}

/** The signing access key and scope, or a reason the request is not signed correctly. */
export function verifySigV4(
  request: { method: string; path: string; headers: IncomingHttpHeaders; body: string },
  secretFor: (accessKeyId: string) => string | undefined,
): { ok: true; signer: SignedBy } | { ok: false; code: string; message: string } {
  const authorization = String(request.headers.authorization ?? '');
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      authorization,
    );
  if (!match)
    return {
      ok: false,
      code: 'MissingAuthenticationToken',
      message: 'Request is missing Authentication Token',
    };
  const [, accessKeyId = '', date = '', region = '', service = '', signedHeaders = '', signature = ''] =
    match;
  const secret = secretFor(accessKeyId);
  if (!secret)
    return {
      ok: false,
      code: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
    };
  const amzDate = String(request.headers['x-amz-date'] ?? '');
  const [pathname = '/', query = ''] = request.path.split('?');
  const canonicalQuery = query
    .split('&')
    .filter(Boolean)
    .map(
      (pair) => pair.split('=').map((part) => encodeRfc3986(decodeURIComponent(part))) as [string, string?],
    )
    .sort(([a, av = ''], [b, bv = '']) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([key, value = '']) => `${key}=${value}`)
    .join('&');
  const names = signedHeaders.split(';');
  const canonicalHeaders = names.map((name) => `${name}:${headerValue(request.headers, name)}\n`).join('');
  const payloadHash = String(request.headers['x-amz-content-sha256'] ?? sha256(request.body));
  const canonicalRequest = [
    request.method,
    pathname,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  const expected = hmac(key, stringToSign);
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex')))
    return {
      ok: false,
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match the signature you provided.',
    };
  return { ok: true, signer: { accessKeyId, region, service } };
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value.join(',') : String(value ?? '')).trim().replace(/\s+/g, ' ');
}

function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
