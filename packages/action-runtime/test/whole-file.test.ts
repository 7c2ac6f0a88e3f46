import { afterEach, describe, expect, test } from '@jest/globals';
import {
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWholeFile } from '../src/index';

const made: string[] = [];
const directory = (): string => {
  const path = mkdtempSync(join(tmpdir(), 'whole-file-'));
  made.push(path);
  return path;
};
afterEach(() => made.splice(0).forEach((path) => rmSync(path, { recursive: true, force: true })));

describe('writeWholeFile', () => {
  test('replaces an existing file and leaves no partial file beside it', () => {
    const dir = directory();
    writeFileSync(join(dir, 'report.json'), 'old');
    writeWholeFile(join(dir, 'report.json'), 'new');
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  test('a symbolic link at the name is replaced, never written through', () => {
    const dir = directory();
    const elsewhere = join(directory(), 'victim');
    writeFileSync(elsewhere, 'untouched');
    symlinkSync(elsewhere, join(dir, 'report.json'));
    writeWholeFile(join(dir, 'report.json'), 'report');
    expect(readFileSync(elsewhere, 'utf8')).toBe('untouched');
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('report');
  });

  test('a failed write removes its partial file and throws', () => {
    const dir = directory();
    expect(() => writeWholeFile(join(dir, 'missing', 'report.json'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
