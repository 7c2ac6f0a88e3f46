import { describe, expect, test } from '@jest/globals';
import type { FileChange } from '@shipchain/gitops';
import { renderSummary, type SummaryFacts } from '../../src/summary';
import { inspectMarkdown, readableText } from '../../../../test/markdown/gfm';

/** A file name a pull request to the GitOps repository can create (git allows all of this but NUL and `/`). */
const HOSTILE_FILE =
  'overlays/dev/</details><img src=x onerror=alert(1)> `@octocat` | ## x [a](https://evil.example).yaml';

const change = (file: string): FileChange => ({
  file,
  changes: [{ line: 3, old: 'registry.example/web:1', new: 'registry.example/web@sha256:bbbb' }],
  held: [],
  skipped: [],
  before: ['registry.example/web:1'],
});

function facts(file: string, reason: string): SummaryFacts {
  return {
    title: 'GitOps bump of dev',
    environment: 'dev',
    repository: 'acme/gitops',
    branch: 'main',
    mode: 'push',
    record: {
      files: [change(file)],
      oldRefs: ['registry.example/web@sha256:aaaa'],
      newRef: 'registry.example/web@sha256:bbbb',
      image: 'registry.example/web',
      refused: [reason],
      warnings: [],
    },
    commit: '0123456789abcdef0123',
    commitUrl: 'https://github.com/acme/gitops/commit/0123456789abcdef0123',
    attempts: 1,
    diff: `--- a/${file}\n+++ b/${file}\n-  image: a\n+  image: b\n`,
  };
}

describe('gitops-bump summary with a hostile file name', () => {
  test('the name renders as text in the table, the warning and the diff, adding nothing to the page', () => {
    const hostile = inspectMarkdown(
      renderSummary(facts(HOSTILE_FILE, `${HOSTILE_FILE} is held by a marker`), 1024 * 1024),
    );
    const benign = inspectMarkdown(
      renderSummary(facts('overlays/dev/a.yaml', 'a.yaml is held'), 1024 * 1024),
    );
    expect(hostile.elements).toEqual(benign.elements);
    expect(hostile.links).toEqual(benign.links);
    expect(hostile.mentions).toEqual([]);
    expect(hostile.tableRows).toEqual(benign.tableRows);
    expect(hostile.text).toContain(`Files ${readableText(HOSTILE_FILE)}`);
    expect(hostile.text).toContain(readableText(`${HOSTILE_FILE} is held by a marker`));
    expect(hostile.preformatted).toEqual([facts(HOSTILE_FILE, '').diff]);
  });
});
