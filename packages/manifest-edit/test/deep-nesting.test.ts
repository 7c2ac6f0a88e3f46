// Manifests nested absurdly deep (a hostile or generated file) are refused by a depth limit with
// the place they pass it, instead of overflowing the stack ("Maximum call stack size exceeded").
import { describe, expect, test } from '@jest/globals';
import { MAX_NESTING_DEPTH, YamlNestingError, addKustomizeImage, bumpImage, currentReferences } from '../src';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const IMAGE = 'ghcr.io/acme/web';
const HEADER = `spec:\n  containers:\n    - image: ${IMAGE}:1\n`;
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Collections `levels` deep under `deep:`, in each style YAML has for nesting. */
const nested: Record<string, (levels: number) => string> = {
  'flow sequences': (levels) => `deep: ${'['.repeat(levels)}${']'.repeat(levels)}\n`,
  'flow maps': (levels) => `deep: ${'{a: '.repeat(levels)}1${'}'.repeat(levels)}\n`,
  // Compact block sequences nest one level per "- " on a single line.
  'block sequences': (levels) => `deep:\n  ${'- '.repeat(levels)}x\n`,
  // Block maps nest one level per line, each indented one more column.
  'block maps': (levels) =>
    `deep:\n${Array.from({ length: levels }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} v\n`,
};

describe('nesting depth', () => {
  test.each(Object.keys(nested))(
    '%s nested far past the limit: a YamlNestingError at its line, no stack overflow',
    (style) => {
      // Block maps need a line per level; 5,000 of them already make a 12 MB file.
      const levels = style === 'block maps' ? 5_000 : 50_000;
      const text = HEADER + (nested[style] as (levels: number) => string)(levels);
      let thrown: unknown;
      try {
        bumpImage(text, { image: IMAGE, digest: DIGEST });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(YamlNestingError);
      const error = thrown as YamlNestingError;
      expect(error.message).toBe(`collections nest more than ${MAX_NESTING_DEPTH} levels deep`);
      // The offset is the first collection past the limit: in the deep part, not at the top.
      const line = { 'block maps': 4 + MAX_NESTING_DEPTH, 'block sequences': 5 }[style] ?? 4;
      expect(lineOf(text, error.offset)).toBe(line);
      expect(error.offset).toBeGreaterThan(HEADER.length);
      expect(() => currentReferences(text, IMAGE)).toThrow(YamlNestingError);
    },
  );

  test.each(Object.keys(nested))('%s exactly at the limit are still read and bumped', (style) => {
    // `deep:`'s map is level 1, so the limit leaves MAX_NESTING_DEPTH - 1 levels under it.
    const text = HEADER + (nested[style] as (levels: number) => string)(MAX_NESTING_DEPTH - 1);
    const result = bumpImage(text, { image: IMAGE, digest: DIGEST });
    expect(result.text).toBe(text.replace(`${IMAGE}:1`, `${IMAGE}@${DIGEST}`));
    const over = HEADER + (nested[style] as (levels: number) => string)(MAX_NESTING_DEPTH);
    expect(() => bumpImage(over, { image: IMAGE, digest: DIGEST })).toThrow(YamlNestingError);
  });

  test('a Kustomization nested too deep is refused the same way', () => {
    const text = `resources: [a.yaml]\nextra: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    expect(() => addKustomizeImage(text, IMAGE, { digest: DIGEST })).toThrow(YamlNestingError);
  });
});
