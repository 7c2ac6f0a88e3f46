// File names, package names and versions inside an image are not ours: workflow commands, line
// breaks, markdown and HTML hidden in them stay text in the log and in the job summary. Two images
// of the same shape are pushed to the real registry, one with hostile names and one with plain
// ones; the summaries must render to the same page structure.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expectNoInjectedCommands, runAction } from '../../../../test/harness/index';
import { inspectMarkdown, readableText } from '../../../../test/markdown/gfm';
import { OCI_GZIP_LAYER, pushImageOfLayers } from '../../../../test/images/oci-image';
import { pushBlob, startRegistry, type Registry } from '../../../../test/services/registry';

const PLANTED = [
  '::set-output name=package-count::999',
  '::add-mask::packages',
  '::warning title=INJECTED',
  '::error title=INJECTED',
];
/** Usable as a file name (no slash): LF, CR, commands, HTML, markdown emphasis, a link, a mention, a pipe. */
const HOSTILE =
  'x\n::set-output name=package-count::999\n::add-mask::packages\r::warning title=INJECTED::y <img src=x onerror=alert(1)> **b** [l](javascript:alert(1)) @octocat | `c` <td>';
const PLAIN = 'plain-name';

let registry: Registry;
const work = mkdtempSync(join(tmpdir(), 'sbom-injection-'));

/** An image whose os-release, npm package (name, version) and an unreadable jar carry `text`. */
async function pushImage(repository: string, text: string): Promise<string> {
  const root = join(work, repository.replace('/', '-'));
  const files: Record<string, string> = {
    // os-release values are one line: the commands and markup without the line breaks.
    'etc/os-release': `ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian ${text.replace(/[\r\n"]/g, ' ')}"\n`,
    'app/node_modules/top/package.json': JSON.stringify({
      name: `top-${text}`,
      version: `1.0.0-${text}`,
      dependencies: { dep: '1' },
    }),
    'app/node_modules/dep/package.json': JSON.stringify({ name: 'dep', version: '1.0.0' }),
    // Not a zip: named in the warning and the summary's "Not read" table.
    [`app/lib/${text}.jar`]: 'not a zip archive',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const layer = execFileSync('tar', ['--format=pax', '--sort=name', '-C', root, '-czf', '-', '.']);
  const image = await pushImageOfLayers(registry, repository, [
    { mediaType: OCI_GZIP_LAYER, digest: await pushBlob(registry, repository, layer), size: layer.length },
  ]);
  return image.reference;
}

beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('sbom log lines and summary', () => {
  test('names carrying LF, CR, :: commands, HTML and markdown: nothing executed, the summary adds nothing to the page', async () => {
    const [hostileImage, plainImage] = [
      await pushImage('sbom/hostile', HOSTILE),
      await pushImage('sbom/plain', PLAIN),
    ];
    const hostile = await runAction({
      action: 'actions/sbom',
      inputs: { image: hostileImage, attest: 'false' },
      secrets: [],
    });
    const plain = await runAction({
      action: 'actions/sbom',
      inputs: { image: plainImage, attest: 'false' },
      secrets: [],
    });

    expect(hostile.failed).toBe(false);
    expectNoInjectedCommands(hostile, PLANTED);
    expect(hostile.deprecations).toEqual([]);
    expect(hostile.masks).not.toContain('packages');
    expect(hostile.outputs['package-count']).toBe('2');
    // One warning, the action's own, naming the jar with its line breaks kept inside the message.
    expect(hostile.annotations).toEqual([
      expect.objectContaining({
        type: 'warning',
        message: expect.stringContaining(`Not read: app/lib/${HOSTILE}.jar: not read as a zip`),
      }),
    ]);
    expect(hostile.annotations[0]!.title).toBeUndefined();

    const [page, plainPage] = [inspectMarkdown(hostile.summary), inspectMarkdown(plain.summary)];
    expect(plain.failed).toBe(false);
    expect(page.elements).toEqual(plainPage.elements);
    expect(page.links).toEqual([]);
    expect(page.mentions).toEqual([]);
    expect(page.tableRows).toEqual(plainPage.tableRows);
    // Shown as text: the package name in the largest trees, the jar in "Not read", the OS name.
    expect(page.text).toContain(readableText(`top-${HOSTILE}`));
    expect(page.text).toContain(readableText(`app/lib/${HOSTILE}.jar`));
    expect(page.text).toContain(readableText(`Debian ${HOSTILE.replace(/[\r\n"]/g, ' ')}`));
  });
});
