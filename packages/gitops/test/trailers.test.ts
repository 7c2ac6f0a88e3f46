// The trailer block of docs/trailers.md: written one line per value, read back by name.
import { describe, expect, test } from '@jest/globals';
import { TRAILERS, readTrailers, withTrailers } from '../src/index';

describe('trailers', () => {
  test('every trailer written is read back; empty ones are left out; newlines become ", "', () => {
    const message = withTrailers('Revert "deploy(prod): web"\n\nThis reverts commit abc.', {
      kind: 'revert',
      environment: 'prod',
      image: 'ghcr.io/acme/web',
      digest: `sha256:${'1'.repeat(64)}`,
      reverts: 'a'.repeat(40),
      reason: 'error rate 12%\nsee INC-7',
      sourceRepository: 'https://github.com/acme/web',
      run: '',
    });
    expect(message).toContain('\n\nShipchain-Kind: revert\nShipchain-Environment: prod\n');
    expect(message).toContain('Shipchain-Reason: error rate 12%, see INC-7\n');
    expect(message).not.toContain('Shipchain-Run');
    expect(readTrailers(message)).toEqual({
      kind: 'revert',
      environment: 'prod',
      image: 'ghcr.io/acme/web',
      digest: `sha256:${'1'.repeat(64)}`,
      reverts: 'a'.repeat(40),
      reason: 'error rate 12%, see INC-7',
      sourceRepository: 'https://github.com/acme/web',
    });
  });

  test('the trailer names are the ones docs/trailers.md documents', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile(new URL('../../../docs/trailers.md', import.meta.url), 'utf8');
    for (const name of Object.values(TRAILERS)) expect(doc).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
  });
});
