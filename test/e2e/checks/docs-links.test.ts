// The repository stands alone: every relative link in its markdown points at a file or folder inside
// the checkout (not at a sibling folder that exists only on the machine it was written on).
import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Relative link targets of a markdown text: inline links and images, without their #fragment. */
function relativeLinks(markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? '');
  return targets
    .filter((target) => !/^([a-z][a-z0-9+.-]*:|#)/i.test(target))
    .map((target) => decodeURIComponent(target.split('#')[0] ?? ''))
    .filter((target) => target !== '');
}

test('relative links in the markdown stay inside the repository and resolve', () => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file !== '' && existsSync(join(root, file)));
  expect(files).toContain('CONTRIBUTING.md');
  const broken: string[] = [];
  for (const file of files) {
    for (const target of relativeLinks(readFileSync(join(root, file), 'utf8'))) {
      const path = resolve(root, dirname(file), target);
      const inside = relative(root, path);
      if (inside.startsWith(`..${sep}`) || inside === '..')
        broken.push(`${file}: ${target} leaves the repository`);
      else if (!existsSync(path)) broken.push(`${file}: ${target} does not exist`);
    }
  }
  expect(broken).toEqual([]);
});
