import { describe, expect, test } from '@jest/globals';
import { inspectMarkdown } from '../../../test/markdown/gfm';
import { decide } from '../src/gate';
import { gateMarkdown } from '../src/markdown';
import { finding } from './fixtures';

const HOSTILE = '<script>alert(1)</script> @octocat | [x](javascript:alert(1))';

describe('gateMarkdown', () => {
  const many = Array.from({ length: 5000 }, (_, index) =>
    finding({
      id: `GHSA-${index}`,
      package: `${HOSTILE}-${index}`,
      summary: `${HOSTILE} ${'x'.repeat(300)}`,
    }),
  );
  const gate = decide(many, { failOn: 'high', onlyFixed: false, ignores: [], vex: [], now: new Date() });
  const notScanned = Array.from({ length: 2000 }, (_, index) => ({
    subject: `pkg:rpm/x${index}`,
    reason: 'rpm is not looked up',
    location: { file: 'sbom.json' },
  }));

  test('within the byte budget, rows cut with a count of what was left out', () => {
    for (const budget of [1024 * 1024, 65_000, 4_000]) {
      const markdown = gateMarkdown(
        { target: 'app', gate, failOn: 'high', notScanned, dataErrors: [], reportPath: 'out/r.json' },
        budget,
      );
      expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(budget);
      const shown = (markdown.match(/^\| high 7\.5 \|/gm) ?? []).length;
      expect(shown).toBeGreaterThan(0);
      expect(markdown).toContain(
        `> ${5000 - shown} more finding(s) not shown here: all are in \`out/r.json\`.`,
      );
    }
  });

  test('untrusted names and summaries stay text: no element, mention or broken row', () => {
    const markdown = gateMarkdown(
      {
        target: `x ${HOSTILE}`,
        gate: decide(many.slice(0, 3), {
          failOn: 'high',
          onlyFixed: false,
          ignores: [],
          vex: [],
          now: new Date(),
        }),
        failOn: 'high',
        notScanned: [],
        dataErrors: [HOSTILE],
        sbomAttestation: { ref: `r@sha256:1 ${HOSTILE}`, identity: `https://x/${HOSTILE}` },
      },
      100_000,
    );
    expect(markdown).toMatch(/^Scanned the SBOM attestation `.*`, its signer verified: `.*`\.$/m);
    const rendered = inspectMarkdown(markdown);
    expect(rendered.elements.filter((element) => element.startsWith('script'))).toEqual([]);
    expect(rendered.mentions).toEqual([]);
    expect(rendered.links.every((link) => link.startsWith('https://osv.dev/'))).toBe(true);
    const findings = rendered.tableRows.find((rows) => rows[0] === 7);
    expect(findings).toEqual([7, 7, 7, 7]);
    expect(rendered.text).toContain('<script>alert(1)</script>');
  });
});
