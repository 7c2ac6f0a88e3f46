import { describe, expect, test } from '@jest/globals';
import { osvPackagePurl, parseVex, vexDecision } from '../src/vex';
import { finding } from './fixtures';

const doc = (statements: unknown[], timestamp = '2026-01-01T00:00:00Z') =>
  JSON.stringify({ '@context': 'https://openvex.dev/ns/v0.2.0', timestamp, statements });

describe('OpenVEX', () => {
  test('the latest matching statement decides', () => {
    const statements = parseVex(
      doc([
        {
          vulnerability: { name: 'GHSA-2099-yaml-0001' },
          products: [{ '@id': 'pkg:npm/yaml@2.9.1' }],
          status: 'not_affected',
          timestamp: '2026-02-01T00:00:00Z',
        },
        {
          vulnerability: { name: 'GHSA-2099-yaml-0001' },
          products: [{ '@id': 'pkg:npm/yaml@2.9.1' }],
          status: 'affected',
          timestamp: '2026-03-01T00:00:00Z',
        },
      ]),
      'a.json',
    );
    expect(vexDecision(statements, finding())?.status).toBe('affected');
  });

  test('products: purl with or without version, qualifiers ignored, identifiers.purl; other versions do not match', () => {
    const match = (product: unknown) =>
      vexDecision(
        parseVex(doc([{ vulnerability: 'CVE-2099-70001', products: [product], status: 'fixed' }]), 'a'),
        finding(),
      )?.status;
    expect(match('pkg:npm/yaml')).toBe('fixed');
    expect(match({ '@id': 'x', identifiers: { purl: 'pkg:npm/yaml@2.9.1?foo=bar' } })).toBe('fixed');
    expect(match('pkg:npm/yaml@2.9.0')).toBeUndefined();
    expect(match('pkg:pypi/yaml@2.9.1')).toBeUndefined();
  });

  test('an image product by digest, limited by subcomponents', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const statements = parseVex(
      doc([
        {
          vulnerability: { name: 'GHSA-2099-yaml-0001' },
          products: [
            {
              '@id': `pkg:oci/app@${encodeURIComponent(digest)}?repository_url=r/app`,
              subcomponents: [{ '@id': 'pkg:npm/yaml' }],
            },
          ],
          status: 'not_affected',
          justification: 'inline_mitigations_already_exist',
        },
      ]),
      'a',
    );
    expect(vexDecision(statements, finding(), digest)?.explanation).toBe('inline_mitigations_already_exist');
    expect(vexDecision(statements, finding(), `sha256:${'b'.repeat(64)}`)).toBeUndefined();
    expect(
      vexDecision(statements, finding({ installed: [], package: 'json', version: '1' }), digest),
    ).toBeUndefined();
  });

  test('lockfile entries without a purl match by the OSV package purl', () => {
    expect(osvPackagePurl({ ecosystem: 'Go', package: 'golang.org/x/net', version: '0.17.0' })).toBe(
      'pkg:golang/golang.org/x/net@v0.17.0',
    );
    expect(osvPackagePurl({ ecosystem: 'Maven', package: 'g:a', version: '1' })).toBe('pkg:maven/g/a@1');
    expect(osvPackagePurl({ ecosystem: 'Debian:12', package: 'openssl', version: '1' })).toBeUndefined();
    const statements = parseVex(
      doc([{ vulnerability: 'PYSEC-1', products: ['pkg:pypi/PyYAML@6.0'], status: 'not_affected' }]),
      'a',
    );
    expect(
      vexDecision(
        statements,
        finding({
          id: 'PYSEC-1',
          aliases: [],
          ecosystem: 'PyPI',
          package: 'pyyaml',
          version: '6.0',
          installed: [],
        }),
      )?.status,
    ).toBe('not_affected');
  });

  test('not OpenVEX, or a bad statement: a configuration error naming the input', () => {
    expect(() => parseVex('{}', 'a.json')).toThrow('Input "vex": a.json is not an OpenVEX document');
    expect(() => parseVex('nope', 'a.json')).toThrow(/^Input "vex": a\.json is not JSON/);
    expect(() => parseVex(doc([{ vulnerability: 'X', products: ['p'], status: 'maybe' }]), 'a.json')).toThrow(
      'Input "vex": a.json statement 1 has status "maybe"; OpenVEX\'s are not_affected, affected, fixed, under_investigation.',
    );
    expect(() => parseVex(doc([{ vulnerability: 'X', status: 'fixed' }]), 'a.json')).toThrow(
      'names no product',
    );
  });
});
