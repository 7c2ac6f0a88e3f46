// The Node the tooling needs is the Node it runs on: package.json's engines, the Node 24 that
// scripts/install-node24.sh provides (linked as node_modules/.bin/node, so npm scripts and npx use it),
// and npm's engine check over every locked dependency agree.
import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const engines = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }
).engines.node;

const version = (text: string): number[] => text.replace(/^v/, '').split('.').map(Number);
const atLeast = (actual: number[], minimum: number[]): boolean => {
  for (const [index, part] of minimum.entries()) {
    if ((actual[index] ?? 0) !== part) return (actual[index] ?? 0) > part;
  }
  return true;
};

test('engines.node is a floor on Node 24, and the tests run on a Node that meets it', () => {
  const floor = /^>=(24\.\d+\.\d+)$/.exec(engines)?.[1];
  expect(floor).toBeDefined();
  expect(atLeast(version(process.version), version(floor ?? ''))).toBe(true);
});

test('npm ci through scripts/with-node24.sh finds no dependency whose engines refuse this Node', () => {
  const ci = spawnSync(
    'bash',
    ['scripts/with-node24.sh', 'npm', 'ci', '--dry-run', '--no-audit', '--no-fund'],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(ci.status).toBe(0);
  expect(`${ci.stdout}${ci.stderr}`).not.toContain('EBADENGINE');
});
