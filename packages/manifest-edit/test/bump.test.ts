import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bumpImage, renderLike, splitImage } from '../src';

const golden = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const read = (name: string): string => readFileSync(join(golden, name), 'utf8');
const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('byte-minimal image bumps (golden files, byte for byte)', () => {
  test.each(['workloads', 'kustomization', 'helm', 'helmrelease'])('%s', (name) => {
    const input = read(`${name}.in.yaml`);
    const { text, changes } = bumpImage(input, { image: 'ghcr.io/acme/web', digest: DIGEST });
    expect(text).toBe(read(`${name}.out.yaml`));
    expect(changes.length).toBeGreaterThan(0);
    // A second bump to the same digest changes nothing.
    expect(bumpImage(text, { image: 'ghcr.io/acme/web', digest: DIGEST })).toEqual({ text, changes: [] });
  });

  test('changes report the line, the old and the new scalar', () => {
    const { changes } = bumpImage(read('workloads.in.yaml'), { image: 'ghcr.io/acme/web', digest: DIGEST });
    expect(changes).toEqual([
      { line: 11, old: '"ghcr.io/acme/web:1.3.0"', new: `"ghcr.io/acme/web@${DIGEST}"` },
      { line: 14, old: 'ghcr.io/acme/web:1.3.0', new: `ghcr.io/acme/web@${DIGEST}` },
      { line: 31, old: `ghcr.io/acme/web@sha256:${'1'.repeat(64)}`, new: `ghcr.io/acme/web@${DIGEST}` },
    ]);
  });

  test('tag-digest form, CRLF files and other images untouched', () => {
    const crlf =
      'spec:\r\n  containers:\r\n    - image: ghcr.io/acme/web:old # keep\r\n    - image: nginx\r\n';
    const { text } = bumpImage(crlf, {
      image: 'ghcr.io/acme/web',
      digest: DIGEST,
      tag: '1.4.0',
      form: 'tag-digest',
    });
    expect(text).toBe(
      `spec:\r\n  containers:\r\n    - image: ghcr.io/acme/web:1.4.0@${DIGEST} # keep\r\n    - image: nginx\r\n`,
    );
    // An added key line ends with CRLF too, after the \r of the line before it.
    const kustomization = 'images:\r\n  - name: ghcr.io/acme/web\r\n    newTag: v1\r\nresources: []\r\n';
    expect(bumpImage(kustomization, { image: 'ghcr.io/acme/web', digest: DIGEST }).text).toBe(
      `images:\r\n  - name: ghcr.io/acme/web\r\n    newTag: v1\r\n    digest: ${DIGEST}\r\nresources: []\r\n`,
    );
  });
});

test('scalars keep their style; image strings split as Docker does', () => {
  expect(renderLike('PLAIN', 'ghcr.io/a/b@sha256:00')).toBe('ghcr.io/a/b@sha256:00');
  expect(renderLike('QUOTE_SINGLE', "it's")).toBe("'it''s'");
  expect(renderLike('QUOTE_DOUBLE', 'x')).toBe('"x"');
  expect(splitImage('localhost:5000/web:1@sha256:00')).toEqual({
    repository: 'localhost:5000/web',
    tag: '1',
    digest: 'sha256:00',
  });
});
