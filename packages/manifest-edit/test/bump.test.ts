import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  YamlSyntaxError,
  addKustomizeImage,
  bumpImage,
  currentReferences,
  renderLike,
  splitImage,
} from '../src';

const golden = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const read = (name: string): string => readFileSync(join(golden, name), 'utf8');
const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('byte-minimal image bumps (golden files, byte for byte)', () => {
  test.each(['workloads', 'kustomization', 'helm', 'helmrelease', 'markers'])('%s', (name) => {
    const input = read(`${name}.in.yaml`);
    const { text, changes } = bumpImage(input, { image: 'ghcr.io/acme/web', digest: DIGEST });
    expect(text).toBe(read(`${name}.out.yaml`));
    expect(changes.length).toBeGreaterThan(0);
    // A second bump to the same digest changes nothing.
    expect(bumpImage(text, { image: 'ghcr.io/acme/web', digest: DIGEST })).toMatchObject({
      text,
      changes: [],
    });
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
    const kustomization = 'images:\r\n  - name: web\r\n    newName: ghcr.io/acme/web\r\nresources: []\r\n';
    expect(bumpImage(kustomization, { image: 'ghcr.io/acme/web', digest: DIGEST }).text).toBe(
      `images:\r\n  - name: web\r\n    newName: ghcr.io/acme/web\r\n    digest: ${DIGEST}\r\nresources: []\r\n`,
    );
  });

  test('Kustomize renders name:newTag@digest, so the digest form drops newTag', () => {
    const bump = { image: 'ghcr.io/acme/web', digest: DIGEST };
    const both = `images:\n  - name: ghcr.io/acme/web\n    newTag: v1 # old\n    digest: sha256:${'1'.repeat(64)}\nx: 1\n`;
    expect(bumpImage(both, bump).text).toBe(
      `images:\n  - name: ghcr.io/acme/web\n    digest: ${DIGEST}\nx: 1\n`,
    );
    const flow = `images: [{name: ghcr.io/acme/web, newTag: v1, digest: sha256:${'1'.repeat(64)}}]\n`;
    expect(bumpImage(flow, bump).text).toBe(`images: [{name: ghcr.io/acme/web, digest: ${DIGEST}}]\n`);
    // With tag-digest both stay, each set.
    const tagged = bumpImage(both, { ...bump, tag: 'v2', form: 'tag-digest' }).text;
    expect(tagged).toBe(
      `images:\n  - name: ghcr.io/acme/web\n    newTag: v2 # old\n    digest: ${DIGEST}\nx: 1\n`,
    );
  });
});

describe('markers, holds and reading references', () => {
  const markers = read('markers.in.yaml');

  test('a hold marker keeps its field and is reported; tag-only fields wait for a tag', () => {
    const result = bumpImage(markers, { image: 'ghcr.io/acme/web', digest: DIGEST });
    expect(result.held).toEqual([
      { line: 18, old: 'ghcr.io/acme/web:debug', new: `ghcr.io/acme/web@${DIGEST}` },
    ]);
    expect(result.skipped).toEqual([23]);
    const tagged = bumpImage(markers, {
      image: 'ghcr.io/acme/web',
      digest: DIGEST,
      tag: '1.4.0',
      form: 'tag-digest',
    });
    expect(tagged.skipped).toEqual([]);
    expect(tagged.text).toContain('  tag: "1.4.0" # {"$imagepolicy": "flux-system:web:tag"}');
    expect(tagged.text).toContain(
      `image: ghcr.io/acme/web:1.4.0@${DIGEST} # {"$imagepolicy": "flux-system:web"}`,
    );
    // The other policy's fields are not ours.
    expect(tagged.text).toContain('  tag: 2.0.0 # {"$imagepolicy": "flux-system:api:tag"}');
  });

  test('a tag-only bump sets tags and drops digests that would win over them', () => {
    const text = `image:\n  repository: ghcr.io/acme/web\n  tag: "1"\n  digest: sha256:${'1'.repeat(64)}\nspec:\n  containers:\n    - image: ghcr.io/acme/web@sha256:${'1'.repeat(64)}\n`;
    const result = bumpImage(text, { image: 'ghcr.io/acme/web', tag: '2', form: 'tag' });
    expect(result.text).toBe(
      'image:\n  repository: ghcr.io/acme/web\n  tag: "2"\nspec:\n  containers:\n    - image: ghcr.io/acme/web:2\n',
    );
  });

  test('a hold comment before a document holds all of it', () => {
    const text = '# shipchain:hold\nspec:\n  containers:\n    - image: ghcr.io/acme/web:1\n';
    const result = bumpImage(text, { image: 'ghcr.io/acme/web', digest: DIGEST });
    expect(result.text).toBe(text);
    expect(result.held).toHaveLength(1);
  });

  test('current references are read from every kind of site', () => {
    const bumped = bumpImage(markers, { image: 'ghcr.io/acme/web', digest: DIGEST }).text;
    const refs = currentReferences(bumped, 'ghcr.io/acme/web');
    expect(refs.map((r) => r.digest).filter(Boolean)).toEqual([DIGEST, DIGEST, DIGEST, DIGEST]);
    expect(refs.find((r) => r.line === 18)).toEqual({ line: 18, tag: 'debug' });
    const kustomize = currentReferences(read('kustomization.in.yaml'), 'ghcr.io/acme/web');
    expect(kustomize).toEqual([
      { line: 6, tag: '1.3.0' },
      { line: 10, digest: `sha256:${'1'.repeat(64)}` },
    ]);
  });
});

test('an anchored image is edited where it is defined; aliases follow it; broken YAML is refused', () => {
  const text =
    'a:\n  containers:\n    - image: &web ghcr.io/acme/web:1 # anchor\nb:\n  containers:\n    - image: *web\n';
  const result = bumpImage(text, { image: 'ghcr.io/acme/web', digest: DIGEST });
  expect(result.text).toBe(text.replace('ghcr.io/acme/web:1', `ghcr.io/acme/web@${DIGEST}`));
  expect(result.changes).toHaveLength(1);
  for (const broken of [
    'spec:\n  containers: [\n    - image: x\n',
    'spec:\n  containers:\n    - image: "x\n',
  ])
    expect(() => bumpImage(broken, { image: 'x', digest: DIGEST })).toThrow(YamlSyntaxError);
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

describe('adding a Kustomization images entry', () => {
  test('after the last entry at its indentation, or as a new block; never twice, never to other files', () => {
    const listed = `resources:\n  - ../base\nimages:\n  - name: ghcr.io/acme/api # api\n    newTag: "2"\nlabels: []\n`;
    expect(addKustomizeImage(listed, 'ghcr.io/acme/web', { digest: DIGEST })).toBe(
      `resources:\n  - ../base\nimages:\n  - name: ghcr.io/acme/api # api\n    newTag: "2"\n  - name: ghcr.io/acme/web\n    digest: ${DIGEST}\nlabels: []\n`,
    );
    expect(addKustomizeImage('resources:\n- ../base', 'ghcr.io/acme/web', { digest: DIGEST })).toBe(
      `resources:\n- ../base\nimages:\n  - name: ghcr.io/acme/web\n    digest: ${DIGEST}\n`,
    );
    expect(
      addKustomizeImage(read('kustomization.in.yaml'), 'ghcr.io/acme/web', { digest: DIGEST }),
    ).toBeUndefined();
    expect(addKustomizeImage(read('helm.in.yaml'), 'ghcr.io/acme/web', { digest: DIGEST })).toBeUndefined();
  });
});
