import { RegistryError } from './errors';

/**
 * The connection dropped after the headers, before the whole body arrived (the server or a proxy
 * closed it, or it timed out). Nothing about the request was wrong, so it is worth another try.
 */
export class BodyCutOffError extends RegistryError {}

/**
 * Read `response`'s whole body. A body cut off mid-read becomes a BodyCutOffError naming the
 * registry and the request (never its headers, so never its credentials) and how far it got,
 * instead of fetch's bare `TypeError: terminated`.
 */
export async function readWholeBody(response: Response, registry: string, request: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    if (response.body)
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        chunks.push(chunk);
        received += chunk.byteLength;
      }
  } catch (error) {
    const length = response.headers.get('content-length');
    // fetch says `terminated` and keeps the socket's reason in `cause` (duck-typed: another realm's errors).
    const cause = (error as { cause?: unknown })?.cause;
    const reason = [error, cause]
      .map((part) => (part as { message?: unknown })?.message)
      .filter((message): message is string => typeof message === 'string' && message !== '')
      .join(': ');
    throw new BodyCutOffError(
      `${registry}: the body of ${request} was cut off after ${received}${length ? ` of ${length}` : ''} bytes (${reason || String(error)}): the connection dropped mid-transfer; check the network or a proxy between here and the registry.`,
      'network',
      undefined,
      error,
    );
  }
  return Buffer.concat(chunks);
}
