// A registry's error body is not ours: workflow commands in it must not reach the runner as commands.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoInjectedCommands, runAction } from '../../../../test/harness/index';

const HOSTILE_MESSAGE = [
  'denied',
  '::add-mask::acme',
  '::error title=INJECTED::from the registry',
  '  ##[set-output name=verified]true',
  '::stop-commands::aaaaaaaaaaaa',
].join('\n');

let server: Server;
let host: string;
let keyPath: string;

beforeAll(async () => {
  // A registry that answers the API check and refuses everything else with a hostile error body.
  server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.setHeader('docker-distribution-api-version', 'registry/2.0');
    if (request.url === '/v2/') {
      response.end('{}');
      return;
    }
    // HEAD has no body to quote: say the manifest is there, so the client GETs it.
    if (request.method === 'HEAD') {
      response.setHeader('content-type', 'application/vnd.oci.image.manifest.v1+json');
      response.setHeader('docker-content-digest', `sha256:${'1'.repeat(64)}`);
      response.end();
      return;
    }
    response.statusCode = 403;
    response.end(JSON.stringify({ errors: [{ code: 'DENIED', message: HOSTILE_MESSAGE }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const directory = mkdtempSync(join(tmpdir(), 'verify-key-'));
  keyPath = join(directory, 'cosign.pub');
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(keyPath, publicKey.export({ type: 'spki', format: 'pem' }));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('image-verify log lines', () => {
  test('a registry error body with LF, ::add-mask::, ::error and ##[: reported as text, no mask, annotation or output', async () => {
    const run = await runAction({
      action: 'actions/image-verify',
      inputs: {
        image: `${host}/acme/web@sha256:${'0'.repeat(64)}`,
        key: keyPath,
        'registry-insecure': 'true',
      },
    });

    expect(run.failed).toBe(true);
    expectNoInjectedCommands(run, ['::add-mask::acme', '::error title=INJECTED', '::stop-commands::aaaa']);
    expect(run.masks).not.toContain('acme');
    expect(run.annotations.filter((annotation) => annotation.title === 'INJECTED')).toEqual([]);
    expect(run.outputs.verified).not.toBe('true');
    expect(run.deprecations).toEqual([]);
    // The failure quotes the registry, inside the one error annotation our runtime wrote.
    expect(run.annotations).toHaveLength(1);
    expect(run.errorMessages.join('\n')).toContain('::add-mask::acme');
  });
});
