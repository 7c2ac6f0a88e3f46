// No import cycles in the workspace: the graph of every packages/*/src and actions/*/src TypeScript file
// (relative and @shipchain/* imports resolved to files; see import-graph.ts for what counts as an edge)
// has no cycle, and a failure lists each one as `a → b → a`. The walker itself is checked on a small
// tree written here, so the check is known to find what it is looking for.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCycles, importGraph, runtimeSpecifiers } from './import-graph';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const walked = ['packages', 'actions'];

describe('the repository', () => {
  test('has no import cycle among the modules that load at run time', () => {
    const { graph, unresolved } = importGraph(root, walked);
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('actions/test-gate/src/index.ts')).toContain('packages/action-runtime/src/index.ts');
    expect(unresolved).toEqual([]);
    expect(importCycles(graph)).toEqual([]);
  });

  test('has no import cycle even counting type-only imports', () => {
    const { graph } = importGraph(root, walked, true);
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the walker', () => {
  let tree: string;
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  };

  beforeAll(() => {
    tree = mkdtempSync(join(tmpdir(), 'import-cycles-'));
    write(
      'packages/left/package.json',
      JSON.stringify({ name: '@shipchain/left', exports: { '.': './src/index.ts' } }),
    );
    write('packages/left/src/index.ts', "export { a } from './a';\n");
    write('packages/left/src/a.ts', "import { b } from '@shipchain/right';\nexport const a = () => b();\n");
    write(
      'packages/right/package.json',
      JSON.stringify({ name: '@shipchain/right', exports: { '.': './src/index.ts' } }),
    );
    write('packages/right/src/index.ts', "export * from './b.js';\n");
    write(
      'packages/right/src/b.ts',
      "export const b = async () => (await import('../../left/src/index')).a;\n",
    );
    // A cycle through type-only imports: erased at run time.
    write('actions/solo/src/x.ts', "import type { Y } from './y';\nexport type X = { y?: Y };\n");
    write('actions/solo/src/y.ts', "import type { X } from './x';\nexport type Y = { x?: X };\n");
    write('actions/solo/src/self.ts', "export * from './self';\n");
    write('actions/solo/src/typo.ts', "import { z } from './nowhere';\nexport const t = z;\n");
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  test('names each cycle once as a path that returns to its start, across packages and dynamic imports', () => {
    const { graph, unresolved } = importGraph(tree, walked);
    expect(importCycles(graph)).toEqual([
      'actions/solo/src/self.ts → actions/solo/src/self.ts',
      'packages/left/src/a.ts → packages/right/src/index.ts → packages/right/src/b.ts → packages/left/src/index.ts → packages/left/src/a.ts',
    ]);
    expect(unresolved).toEqual(['actions/solo/src/typo.ts: ./nowhere']);
  });

  test('counts type-only imports only when asked', () => {
    const { graph } = importGraph(tree, walked, true);
    expect(importCycles(graph)).toContain(
      'actions/solo/src/x.ts → actions/solo/src/y.ts → actions/solo/src/x.ts',
    );
  });

  test('keeps an import whose bindings are all types (verbatimModuleSyntax leaves it in place)', () => {
    const text = [
      "import type { A } from './erased';",
      "import { type B } from './kept';",
      "export type { C } from './erased-too';",
      "export { d } from './re-exported';",
      "import './side-effect';",
      'const lazy = () => import(`./template`);',
      "const later = () => import('./lazy');",
    ].join('\n');
    expect(runtimeSpecifiers(text)).toEqual([
      './kept',
      './re-exported',
      './side-effect',
      './template',
      './lazy',
    ]);
  });
});
