import { describe, expect, test } from '@jest/globals';
import { stickyMarker } from '@shipchain/github-publish';
import { inspectMarkdown } from '../../../test/markdown/gfm';

describe('stickyMarker', () => {
  test('a plain key gives the marker existing comments carry', () => {
    expect(stickyMarker('test-gate:unit tests')).toBe('<!-- shipchain:sticky:test-gate:unit tests -->');
  });

  test.each(['x --->', 'x -->', 'x --!>', 'a > b', '<img src=x onerror=alert(1)>', 'é @octocat %'])(
    'a key cannot end the hidden comment early: %j',
    (key) => {
      const marker = stickyMarker(key);
      const page = inspectMarkdown(`${marker}\nbody`);
      expect(page.elements).toEqual(['#comment', 'p[]']);
      expect(page.text).toBe('body');
      expect(marker.indexOf('--', 4)).toBe(marker.length - 3);
    },
  );

  test('different keys keep different markers', () => {
    expect(stickyMarker('a<b')).not.toBe(stickyMarker('a>b'));
    expect(stickyMarker('a%3Cb')).not.toBe(stickyMarker('a<b'));
  });
});
