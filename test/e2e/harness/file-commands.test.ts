import { describe, expect, it } from '@jest/globals';
import {
  FileCommandError,
  applyPathAdditions,
  iterateKeyValueFile,
  parseKeyValueFile,
  parsePathFile,
  processSummary,
} from '../../harness/file-commands';

describe('GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE files', () => {
  it('reads name=value lines, splitting at the first "=" and skipping empty lines', () => {
    expect(parseKeyValueFile('a=1\n\nb=x=y\nc=\n')).toEqual([
      ['a', '1'],
      ['b', 'x=y'],
      ['c', ''],
    ]);
    expect(parseKeyValueFile('last=no newline')).toEqual([['last', 'no newline']]);
    expect(parseKeyValueFile('')).toEqual([]);
  });

  it('reads heredoc values, multi-line and empty, with any delimiter', () => {
    const text = 'multi<<EOF\nline 1\n\nline 3\nEOF\nempty<<ghadelimiter_1\nghadelimiter_1\nafter=1\n';
    expect(parseKeyValueFile(text)).toEqual([
      ['multi', 'line 1\n\nline 3'],
      ['empty', ''],
      ['after', '1'],
    ]);
    // The delimiter line may end the file without a newline.
    expect(parseKeyValueFile('k<<END\nv\nEND')).toEqual([['k', 'v']]);
  });

  it('decides between "=" and "<<" by whichever comes first', () => {
    expect(parseKeyValueFile('a=b<<c\n')).toEqual([['a', 'b<<c']]);
    expect(parseKeyValueFile('a<<X=Y\nvalue\nX=Y\n')).toEqual([['a', 'value']]);
  });

  it('keeps "\\r" on Linux: values keep it, and "EOF\\r" does not close an "EOF" heredoc', () => {
    expect(parseKeyValueFile('a=1\r\n')).toEqual([['a', '1\r']]);
    expect(parseKeyValueFile('k<<EOF\r\nv\r\nEOF\r\n')).toEqual([['k', 'v\r']]);
    expect(() => parseKeyValueFile('k<<EOF\nv\nEOF\r\n')).toThrow("Matching delimiter not found 'EOF'");
  });

  it('rejects malformed files with the runner messages', () => {
    const cases: Array<[string, string]> = [
      ['k<<EOF\nvalue\n', "Invalid value. Matching delimiter not found 'EOF'"],
      ['k<<EOF\nvalue', 'Invalid value. EOF marker missing new line.'],
      ['no separator\n', "Invalid format 'no separator'"],
      ['<<EOF\nx\nEOF\n', "Invalid format '<<EOF'. Name must not be empty and delimiter must not be empty"],
      ['k<<\nx\n', "Invalid format 'k<<'. Name must not be empty and delimiter must not be empty"],
      ['=value\n', "Invalid format '=value'. Name must not be empty"],
    ];
    for (const [text, message] of cases) {
      expect(() => parseKeyValueFile(text)).toThrow(FileCommandError);
      expect(() => parseKeyValueFile(text)).toThrow(message);
    }
  });

  it('yields the pairs before a malformed one (the runner applies them)', () => {
    const seen: string[] = [];
    expect(() => {
      for (const [name] of iterateKeyValueFile('a=1\nb<<EOF\nnever closed\n')) seen.push(name);
    }).toThrow(FileCommandError);
    expect(seen).toEqual(['a']);
  });
});

describe('GITHUB_PATH', () => {
  it('reads one directory per line, any line ending, skipping empty lines', () => {
    expect(parsePathFile('/a\r\n/b\n\n/c\r/d')).toEqual(['/a', '/b', '/c', '/d']);
    expect(parsePathFile('')).toEqual([]);
  });

  it('moves a re-added directory to the front of the next PATH', () => {
    const prepend: string[] = [];
    applyPathAdditions(prepend, ['/a', '/b']);
    applyPathAdditions(prepend, ['/a']);
    expect([...prepend].reverse()).toEqual(['/a', '/b']);
  });
});

describe('GITHUB_STEP_SUMMARY', () => {
  it('masks each line and terminates every line with a newline', () => {
    const result = processSummary('# Title\r\nkey: s3cret\nlast', (line) => line.replace('s3cret', '***'));
    expect(result).toEqual({ kind: 'uploaded', content: '# Title\nkey: ***\nlast\n' });
  });

  it('skips an empty summary and rejects one above 1 MiB', () => {
    expect(processSummary('', (l) => l)).toEqual({ kind: 'empty' });
    const result = processSummary('x'.repeat(1024 * 1024 + 1), (l) => l);
    expect(result.kind).toBe('too-large');
    expect(result.kind === 'too-large' && result.message).toMatch(
      /^\$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1024k\./,
    );
  });
});
