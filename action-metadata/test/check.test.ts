import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { checkAction } from '@shipchain/action-metadata';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = join(root, 'test/fixtures/runtime-action');
// Inside the repo, so the copied contract.ts resolves @shipchain/action-runtime.
const scratch = join(root, '.cache/tmp', `metadata-${process.pid}`);
let counter = 0;
let dir: string;

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const path = join(dir, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
}

beforeAll(async () => mkdir(scratch, { recursive: true }));
afterAll(async () => rm(scratch, { recursive: true, force: true }));
beforeEach(async () => {
  dir = join(scratch, `action-${counter++}`);
  await cp(fixture, dir, {
    recursive: true,
    filter: (source) => !source.includes('/dist/') || source.endsWith('index.js'),
  });
});

describe('checkAction', () => {
  test('the fixture action is clean', async () => {
    expect(await checkAction(dir)).toEqual([]);
  });

  test('an input the code reads but action.yml does not declare fails', async () => {
    await edit('src/contract.ts', (text) =>
      text.replace(
        'who: input.string({ required: true }),',
        'who: input.string({ required: true }),\n  extra: input.string(),',
      ),
    );
    expect(await checkAction(dir)).toEqual([
      'code reads input "extra" that action.yml does not declare; add it to action.yml',
    ]);
  });

  test('an input action.yml declares but nothing reads fails', async () => {
    await edit('src/contract.ts', (text) =>
      text.replace("  loud: input.boolean({ default: 'false' }),\n", ''),
    );
    expect(await checkAction(dir)).toContain(
      'action.yml declares input "loud" that nothing reads; remove it or read it in src/contract.ts',
    );
  });

  test('runs.using other than node24 fails', async () => {
    await edit('action.yml', (text) => text.replace("using: 'node24'", "using: 'node20'"));
    expect(await checkAction(dir)).toEqual([
      'action.yml: runs.using is "node20"; shipchain actions run on node24',
    ]);
  });

  test('an input without description fails', async () => {
    await edit('action.yml', (text) => text.replace("    description: 'Who to greet.'\n", ''));
    expect(await checkAction(dir)).toContain(
      'action.yml: input "who" has no description; describe what it does and what it accepts',
    );
  });

  test('an unquoted (non-string) default fails', async () => {
    await edit('action.yml', (text) => text.replace("default: 'false'", 'default: false'));
    expect(await checkAction(dir)).toContain(
      'action.yml: input "loud": default false must be a quoted string, e.g. default: \'false\'',
    );
  });

  test('a default the input kind cannot parse fails', async () => {
    await edit('action.yml', (text) => text.replace("default: '2'", "default: 'two'"));
    await edit('src/contract.ts', (text) => text.replace("default: '2'", "default: 'two'"));
    expect(await checkAction(dir)).toContain(
      'input "times": the action.yml default does not parse: Input "times" got "two", but it must be a whole number from 1 to 5.',
    );
  });

  test('defaults that disagree between action.yml and code fail', async () => {
    await edit('action.yml', (text) => text.replace("default: '2'", "default: '3'"));
    expect(await checkAction(dir)).toContain(
      'input "times": action.yml default "3" differs from the code\'s "2"',
    );
  });

  test('outputs must match both ways', async () => {
    await edit('src/contract.ts', (text) => text.replace("['greeting', 'count']", "['greeting', 'total']"));
    expect(await checkAction(dir)).toEqual([
      'action.yml declares output "count" that the code never sets; remove it or add it to defineOutputs',
      'code sets output "total" that action.yml does not declare; add it to action.yml',
    ]);
  });

  test('reading an input around the contract fails', async () => {
    await edit('src/main.ts', (text) => `${text}\nexport const sneaky = () => core.getInput('who');\n`);
    const problems = await checkAction(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^src\/main\.ts:\d+ calls getInput; read inputs through src\/contract\.ts$/);
  });

  test('bad branding and a missing bundle are reported', async () => {
    await edit('action.yml', (text) =>
      text
        .replace("color: 'green'", "color: 'pink'")
        .replace("main: 'dist/index.js'", "main: 'dist/main.js'"),
    );
    expect(await checkAction(dir)).toEqual([
      'action.yml: branding.color "pink" must be one of: white, black, yellow, blue, green, orange, red, purple, gray-dark',
      'action.yml: runs.main points to dist/main.js, which does not exist; run npm run bundle',
    ]);
  });

  test('a stale README table fails, and write mode fixes it', async () => {
    await edit('action.yml', (text) => text.replace("'Who to greet.'", "'Who to greet, by name.'"));
    expect(await checkAction(dir)).toEqual(['README.md tables are stale; run npm run metadata:write']);
    expect(await checkAction(dir, { write: true })).toEqual([]);
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toMatch(
      /\| `who` +\| yes +\| +\| Who to greet, by name\. +\|/,
    );
    expect(await checkAction(dir)).toEqual([]);
  });
});
