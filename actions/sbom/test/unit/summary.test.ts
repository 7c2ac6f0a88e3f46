import { expect, test } from '@jest/globals';
import type { Catalog, Component } from '@shipchain/sbom';
import { dependencyTreeSizes, sbomSummary } from '../../src/summary';

const npm = (name: string, dependsOn: string[] = []): Component => ({
  ecosystem: 'npm',
  name,
  version: '1.0.0',
  purl: `pkg:npm/${name}@1.0.0`,
  licenses: [],
  foundIn: `node_modules/${name}/package.json`,
  dependsOn,
});

test('dependency trees count every package below, once, through cycles', () => {
  const found: Catalog = {
    components: [npm('app', ['a', 'b']), npm('a', ['c']), npm('b', ['c']), npm('c', ['a']), npm('lone')],
    unread: [],
  };
  const sizes = new Map(dependencyTreeSizes(found).map((tree) => [tree.name, tree.size]));
  expect(Object.fromEntries(sizes)).toEqual({ app: 3, a: 1, b: 2, c: 1, lone: 0 });
});

test('names from the image are untrusted: markdown, HTML and mentions in them are escaped', () => {
  const hostile = '<img src=x onerror=alert(1)> @octocat [link](https://evil.example) | cell';
  const found: Catalog = {
    os: { id: 'debian', prettyName: `Debian ${hostile}` },
    components: [npm(hostile, ['dep']), npm('dep')],
    unread: [{ path: `node_modules/${hostile}/package.json`, reason: `not valid JSON (${hostile})` }],
  };
  const markdown = sbomSummary('127.0.0.1:5000/app@sha256:abc', found, ['/ws/sbom/sbom.cdx.json']).render();
  // Inside code spans (markdownCode) text renders literally; everywhere else it must be escaped.
  const outsideCode = markdown.replace(/`[^`\n]*`/g, '');
  expect(markdown).toContain('`<img src=x onerror=alert(1)>');
  expect(outsideCode).not.toContain('<img');
  expect(outsideCode).not.toContain('](https://evil.example)');
  expect(outsideCode).not.toMatch(/(^|[^\w])@octocat/);
  expect(markdown).toContain('| npm');
  expect(markdown).toContain('Not read');
  expect(markdown).toContain('Largest dependency trees');
});

test('ecosystems without dependency edges are named, and the attestations are listed or the skip explained', () => {
  const deb: Component = {
    ecosystem: 'deb',
    name: 'libc6',
    version: '2.36',
    purl: 'pkg:deb/debian/libc6@2.36',
    licenses: [],
    foundIn: 'var/lib/dpkg/status',
  };
  const found: Catalog = { components: [npm('app', ['a']), npm('a'), deb], unread: [] };
  const attested = sbomSummary('img', found, ['/ws/sbom.cdx.json'], {
    refs: ['r/app@sha256:1', 'r/app:sha256-2.att'],
    identity: 'https://github.com/acme/web/.github/workflows/release.yml@refs/heads/main',
  }).render();
  expect(attested).toContain('No dependency edges are recorded for deb');
  expect(attested).toMatch(/\| `app` +\| npm +\| 1 +\|/);
  expect(attested).toContain('`r/app:sha256-2.att`');
  const skipped = sbomSummary('dir', found, [], { skipped: 'attest is false' }).render();
  expect(skipped).toContain('Not attested: attest is false.');
});
