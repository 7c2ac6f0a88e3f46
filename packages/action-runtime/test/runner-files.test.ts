import { describe, expect, test } from '@jest/globals';
import { parseKeyValueFile } from '@shipchain/test/harness/file-commands';
import { keyValueEntry } from '../src/runner-files';

describe('keyValueEntry', () => {
  test('a value with newlines and command-looking lines reads back whole through the runner file parser', () => {
    const value = 'line 1\n::set-output name=x::y\nname<<EOF\nEOF';
    expect(parseKeyValueFile(`${keyValueEntry('out', value)}\n`)).toEqual([['out', value]]);
  });

  test('each entry has its own delimiter', () => {
    const delimiterOf = (entry: string) => /^out<<(.*)$/m.exec(entry)?.[1];
    expect(delimiterOf(keyValueEntry('out', 'a'))).not.toBe(delimiterOf(keyValueEntry('out', 'a')));
  });

  test('a name or value holding the delimiter is refused, so it cannot end the entry early', () => {
    expect(() => keyValueEntry('out', 'a\nDELIM\nb', 'DELIM')).toThrow(
      /value should not contain the delimiter/,
    );
    expect(() => keyValueEntry('outDELIM', 'a', 'DELIM')).toThrow(/name should not contain the delimiter/);
  });
});
