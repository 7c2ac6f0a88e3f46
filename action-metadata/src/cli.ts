/**
 * npx tsx action-metadata/src/cli.ts [check|write] [action dirs…]
 * Default targets: every actions/* with an action.yml, and test/fixtures/* with action.yml + src/contract.ts.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAction } from './check';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function defaultTargets(): Promise<string[]> {
  const targets: string[] = [];
  for (const [parent, needsContract] of [
    ['actions', false],
    ['test/fixtures', true],
  ] as const) {
    const base = join(root, parent);
    if (!existsSync(base)) continue;
    for (const entry of await readdir(base, { withFileTypes: true })) {
      const dir = join(base, entry.name);
      if (!entry.isDirectory() || !existsSync(join(dir, 'action.yml'))) continue;
      if (needsContract && !existsSync(join(dir, 'src/contract.ts'))) continue;
      targets.push(dir);
    }
  }
  return targets.sort();
}

async function main(args: string[]): Promise<number> {
  const mode = args[0] === 'write' || args[0] === 'check' ? args.shift() : 'check';
  const targets = args.length > 0 ? args.map((arg) => resolve(arg)) : await defaultTargets();
  let failed = 0;
  for (const dir of targets) {
    const problems = await checkAction(dir, { write: mode === 'write' });
    const name = relative(root, dir) || dir;
    if (problems.length === 0) {
      console.log(`✓ ${name}`);
      continue;
    }
    failed++;
    for (const problem of problems) console.error(`✗ ${name}: ${problem}`);
  }
  if (failed > 0) console.error(`\n${failed} action(s) have metadata problems.`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
