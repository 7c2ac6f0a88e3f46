import { describe, expect, it } from '@jest/globals';
import { parseGoDuration } from '../src';

describe('parseGoDuration (Go time.ParseDuration, as Argo reads interval, initialDelay and step)', () => {
  it.each<[string, number]>([
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['500ms', 500],
    ['1m30s250ms', 90_250],
    ['0', 0],
    ['-1m', -60_000],
    ['.5s', 500],
    ['1500us', 1.5],
  ])('%s → %p ms', (text, ms) => {
    expect(parseGoDuration(text)).toBe(ms);
  });

  it.each(['', '5', '5 m', '1d', 'm', '1h 30m', '1x', '10s5'])('refuses %p', (text) => {
    expect(parseGoDuration(text)).toBeUndefined();
  });
});
